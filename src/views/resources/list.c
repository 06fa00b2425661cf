/* list.c — resources in lists (see list.h). */
#include "views/resources/list.h"

#include "q/resources/resource.h"

const PagerCol resource_cols[RESOURCE_SORTS] = {
    [RESOURCE_BY_TITLE] = {.key = "title", .label = N_("Title")},
    [RESOURCE_BY_ADDED] = {.key = "added",
                           .label = N_("Added"),
                           .numeric = true,
                           .desc_first = true},
};

void resource_key(const void *row, int sort, PagerKey *k)
{
    const Resource *x = row;
    *k = sort == RESOURCE_BY_ADDED ? (PagerKey){.num = x->created_at, .id = x->id}
                                   : (PagerKey){.text = x->title, .id = x->id};
}

const char *resource_facts(Req *r, const Resource *x)
{
    const char *s =
        arena_printf(r->arena, "%s · %s · %s · %s", _(r, vocab_label(&resource_kinds, x->kind)),
                     _(r, vocab_label(&resource_audiences, x->audience)),
                     _(r, vocab_label(&resource_langs, x->lang)),
                     _(r, vocab_label(&resource_ages, x->age_band)));
    return x->topic && *x->topic ? arena_printf(r->arena, "%s · %s", s, x->topic) : s;
}

/* the language attribute of a text in a resource's language, when it is one of ours */
static const char *lang_attr(int lang)
{
    return lang == RLANG_EN ? "en" : lang == RLANG_NL ? "nl" : lang == RLANG_FR ? "fr" : NULL;
}

void html_resource_items(Html *h, Req *r, const Rows *rows)
{
    html_lit(h, "<ul class=\"cards\">\n");
    for (int i = 0; i < rows->n; i++) {
        const Resource *x = ROW(rows, Resource, i);
        const char *lang = lang_attr(x->lang);
        html(h, "<li><article>\n<p class=\"kind\">%s</p>\n<h3",
             _(r, vocab_label(&resource_kinds, x->kind)));
        if (lang)
            html(h, " lang=\"%s\"", lang);
        html(h,
             "><a href=\"/resources/%lld\">%s</a></h3>\n<p class=\"org\">%s</p>\n"
             "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
             "<dt>%s</dt><dd>%s</dd>\n",
             (long long)x->id, x->title, x->org_name, _(r, "Audience"),
             _(r, vocab_label(&resource_audiences, x->audience)), _(r, "Language"),
             _(r, vocab_label(&resource_langs, x->lang)), _(r, "Age band"),
             _(r, vocab_label(&resource_ages, x->age_band)));
        if (*x->topic)
            html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Topic"), x->topic);
        html_lit(h, "</dl>\n</article></li>\n");
    }
    html_lit(h, "</ul>\n");
}

bool html_my_resources(Html *h, Req *r)
{
    Resource x;
    Rows rows = ROWS_FROM(r->arena, &x);
    if (q_my_resources(r->db, r->account->id, r->arena, &x, rows_collect, &rows) < DB_NONE)
        return false;
    if (!rows.n)
        return true;
    html(h, "<section aria-labelledby=\"h-resources\">\n<h2 id=\"h-resources\">%s</h2>\n",
         _(r, "Learning resources for you"));
    html_resource_items(h, r, &rows);
    html(h, "<p><a href=\"/resources\">%s</a></p>\n</section>\n",
         _(r, "More in the public library of resources"));
    return true;
}
