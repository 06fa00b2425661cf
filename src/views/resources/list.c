/* list.c — resources in lists (see list.h). */
#include "views/resources/list.h"

#include "q/resources/resource.h"

const char *resource_facts(Req *r, const Resource *x)
{
    const char *s = arena_printf(
        r->arena, "%s · %s · %s · %s", _(r, vocab_label(&resource_kinds, x->kind)),
        _(r, vocab_label(&resource_audiences, x->audience)),
        _(r, vocab_label(&resource_langs, x->lang)), _(r, vocab_label(&age_bands, x->age_band)));
    return x->topic && *x->topic ? arena_printf(r->arena, "%s · %s", s, x->topic) : s;
}

void html_resource_items(Html *h, Req *r, const Rows *rows, bool with_org)
{
    html_lit(h, "<ul class=\"resources\">\n");
    for (int i = 0; i < rows->n; i++) {
        const Resource *x = ROW(rows, Resource, i);
        html(h, "<li><a href=\"/resources/%lld\">%s</a><br><small>%s", (long long)x->id, x->title,
             resource_facts(r, x));
        if (with_org)
            html(h, " · %s", x->org_name);
        html_lit(h, "</small></li>\n");
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
    html_resource_items(h, r, &rows, true);
    html(h, "<p><a href=\"/resources\">%s</a></p>\n</section>\n",
         _(r, "More in the public library of resources"));
    return true;
}
