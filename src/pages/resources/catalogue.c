/* catalogue.c — the public library of learning resources: the catalogue at /resources
 * (public resources of every organisation, filtered by type, audience, language, age band,
 * topic and competence with a GET form, a page at a time), a resource's page (for whoever
 * may see it: domain/resources.h), its download and its link, each counted once. Anyone
 * may come; a resource the reader may not see answers 404, as one that does not exist. */
#include <stddef.h>
#include <string.h>

#include "core/rows.h"
#include "flows/resources/resource.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/pager.h"
#include "http/form.h"
#include "pages/resources/resources.h"
#include "q/resources/resource.h"
#include "views/competences/progress.h"
#include "views/resources/list.h"

/* The filters of the catalogue that are a vocabulary: the query's name, the label, the
 * vocabulary and where the choice goes. */
static const struct {
    const char *name, *label, *any;
    const Vocab *vocab;
    size_t at;
} filters[] = {
    {"kind", N_("Type"), N_("Any type"), &resource_kinds, offsetof(ResourceFilter, kind)},
    {"audience", N_("Audience"), N_("Anyone"), &resource_audiences,
     offsetof(ResourceFilter, audience)},
    {"lang", N_("Language"), N_("Any language"), &resource_langs, offsetof(ResourceFilter, lang)},
    {"age_band", N_("Age band"), N_("Any age"), &resource_ages, offsetof(ResourceFilter, age_band)},
};
#define NFILTERS (sizeof filters / sizeof filters[0])

static int *filter_of(ResourceFilter *f, size_t i)
{
    return (int *)((char *)f + filters[i].at);
}

/* Reads the filters of the query (an unknown value: no filter) and the pairs to keep in
 * the pager's links (keep: 2 * (NFILTERS + 2) + 1 slots). */
static void filters_read(Req *r, ResourceFilter *flt, const char **keep)
{
    int k = 0;
    for (size_t i = 0; i < NFILTERS; i++) {
        const char *v = query_get(r, filters[i].name);
        if (!v || !vocab_parse(filters[i].vocab, v, filter_of(flt, i)))
            *filter_of(flt, i) = -1;
        else {
            keep[k++] = filters[i].name;
            keep[k++] = v;
        }
    }
    const char *topic = query_get(r, "topic");
    flt->topic = topic && *topic && strlen(topic) <= 80 ? topic : "";
    if (*flt->topic) {
        keep[k++] = "topic";
        keep[k++] = flt->topic;
    }
    FieldSpec spec[] = {FIELD("competence", F_ID, N_("Competence"), .num = &flt->competence_id),
                        {0}};
    FormErrors e;
    if (!query_read(r, spec, &e))
        flt->competence_id = 0;
    if (flt->competence_id) {
        keep[k++] = "competence";
        keep[k++] = arena_printf(r->arena, "%lld", (long long)flt->competence_id);
    }
    keep[k] = NULL;
}

/* The filter form (GET): the selects, the search box, the order. False on a database
 * error (the topics and competences offered are read). */
static bool filter_form(Html *h, Req *r, const Pager *pg, ResourceFilter *flt)
{
    char *topic;
    Competence c;
    Rows tops = ROWS_FROM(r->arena, &topic), comps = ROWS_FROM(r->arena, &c);
    if (q_catalogue_topics(r->db, r->arena, &topic, rows_collect, &tops) < DB_NONE ||
        q_catalogue_competences(r->db, r->arena, &c, rows_collect, &comps) < DB_NONE)
        return false;
    Options topics = OPTIONS(r->arena);
    options_add(&topics, "", _(r, "Any topic"));
    for (int i = 0; i < tops.n; i++)
        options_add(&topics, *ROW(&tops, char *, i), *ROW(&tops, char *, i));
    Options competences = OPTIONS(r->arena);
    options_add(&competences, "", _(r, "Any competence"));
    for (int i = 0; i < comps.n; i++) {
        const Competence *x = ROW(&comps, Competence, i);
        options_id(&competences, x->id, competence_label(r, x->code, x->title));
    }
    /* <search>, not role="search" on the form: Pico CSS draws
     * the latter as one rounded input group, meant for a single
     * search box (as the programmes' catalogue) */
    html(h,
         "<search aria-label=\"%s\"><form method=\"get\" "
         "action=\"/resources\" "
         "class=\"filters\" novalidate>\n<div "
         "class=\"fields\">\n",
         _(r, "Filter the resources"));
    for (size_t i = 0; i < NFILTERS; i++) {
        int v = *filter_of(flt, i);
        html_lit(h, "<div>\n");
        html_select(h, NULL, filters[i].name, _(r, filters[i].label),
                    vocab_options(r, filters[i].vocab, "", _(r, filters[i].any)),
                    v >= 0 ? vocab_key(filters[i].vocab, v) : "");
        html_lit(h, "</div>\n");
    }
    html_lit(h, "<div>\n");
    html_select(h, NULL, "topic", _(r, "Topic"), options_end(&topics), flt->topic);
    html_lit(h, "</div>\n<div>\n");
    html_select(h, NULL, "competence", _(r, "Competence"), options_end(&competences),
                flt->competence_id ? arena_printf(r->arena, "%lld", (long long)flt->competence_id)
                                   : "");
    html(h,
         "</div>\n<div>\n<label for=\"f-q\">%s</label>\n<input "
         "type=\"search\" id=\"f-q\" "
         "name=\"q\" value=\"%s\">\n</div>\n<div>\n",
         _(r, "Words in the title or topic"), pg->q ? pg->q : "");
    static const char *const orders[] = {"title", N_("Title"), "added", N_("Newest first"), NULL};
    html_select(h, NULL, "sort", _(r, "Order"), options_translated(r, orders, NULL, NULL),
                resource_cols[pg->sort].key);
    html(h,
         "</div>\n</div>\n<div class=\"actions\"><button "
         "type=\"submit\">%s</button>",
         _(r, "Show the resources"));
    if ((pg->keep && pg->keep[0]) || pg->q)
        html(h, " <a href=\"/resources\">%s</a>", _(r, "Clear the filters"));
    html_lit(h, "</div>\n</form></search>\n");
    return true;
}

/* GET /resources */
enum MHD_Result page_library(Req *r)
{
    ResourceFilter flt = {0};
    const char **keep = arena_alloc(r->arena, sizeof *keep * (2 * (NFILTERS + 2) + 1));
    filters_read(r, &flt, keep);
    const char *list =
        arena_printf(r->arena, "catalogue-%d-%d-%d-%d-%lld-%s", flt.kind, flt.audience, flt.lang,
                     flt.age_band, (long long)flt.competence_id, flt.topic);
    Pager pg;
    Resource x;
    pager_open(r, &pg, list, resource_cols, RESOURCE_SORTS, resource_key, ROWS_FROM(r->arena, &x));
    pg.keep = keep;
    if (!pager_done(&pg,
                    q_resource_page(r->db, 0, &flt, &pg.page, r->arena, &x, rows_collect, &pg.rows),
                    q_resource_count(r->db, 0, &flt, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Library of learning resources"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Library of learning resources"),
         _(r, "Videos, lesson plans, worksheets and slides "
              "shared by training organisations, "
              "free to use in your lessons."));
    if (!filter_form(h, r, &pg, &flt))
        return reply_error(r, ERR_DB);
    html(h, "<h2 class=\"sr\">%s</h2>\n", _(r, "Resources found"));
    pager_summary(h, r, &pg, _(r, "No resources yet."));
    if (pg.n)
        html_resource_items(h, r, &pg.rows);
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* "PDF, 1.2 MB": the file's extension and its size, rounded up to a tenth of a MB */
static const char *file_text(Req *r, const Resource *x)
{
    const char *dot = strrchr(x->file_name, '.');
    const char *ext = dot && dot[1] ? dot + 1 : "";
    char *up = arena_strdup(r->arena, ext);
    for (char *c = up; *c; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char)(*c - 'a' + 'A');
    int64_t tenths = (x->file_size * 10 + 1024 * 1024 - 1) / (1024 * 1024);
    return arena_printf(r->arena, "%s, %s MB", up, number_text(r, tenths, 1, 1));
}

/* GET /resources/{id} */
enum MHD_Result page_library_resource(Req *r)
{
    Resource x;
    Competence c;
    Rows comps = ROWS_FROM(r->arena, &c);
    DbStatus st = q_resource_find(r->db, req_id(r, "id"), r->arena, &x);
    Flow f = req_flow(r);
    if (st == DB_ONE && !flow_resource_visible(&f, &x, &st) && st >= DB_NONE)
        st = DB_NONE; /* not for this reader: as if it did not
                         exist */
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (q_resource_competences(r->db, x.org_id, x.id, r->arena, &c, rows_collect, &comps) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, x.title);
    html(h, "<article>\n<h1>%s</h1>\n<p>%s</p>\n<p>%s</p>\n", x.title, resource_facts(r, &x),
         arena_printf(r->arena, _(r, "Shared by %s."), x.org_name));
    if (*x.description)
        html(h, "<p class=\"pre\">%s</p>\n", x.description);
    if (comps.n) {
        html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Competences"));
        for (int i = 0; i < comps.n; i++) {
            const Competence *y = ROW(&comps, Competence, i);
            html(h, "<li>%s</li>\n", competence_label(r, y->code, y->title));
        }
        html_lit(h, "</ul>\n");
    }
    if (x.url)
        html(h,
             "<p><a href=\"/resources/%lld/open\" "
             "role=\"button\">%s</a></p>\n",
             (long long)x.id, _(r, "Watch the video"));
    else if (x.file_name)
        html(h,
             "<p><a href=\"/resources/%lld/file\" "
             "role=\"button\">%s</a></p>\n",
             (long long)x.id, arena_printf(r->arena, _(r, "Download (%s)"), file_text(r, &x)));
    html(h, "</article>\n<p><a href=\"/resources\">%s</a></p>\n", _(r, "Back to the library"));
    return page_end(r, h);
}

/* The file (file true) or the link of the route's resource, counted (a HEAD request is
 * answered the same, without counting: nothing was downloaded). */
static enum MHD_Result use(Req *r, bool file)
{
    Flow f = req_flow(r);
    ResourceUse u;
    Outcome o = flow_resource_use(&f, req_id(r, "id"), file, strcmp(r->method, "HEAD") != 0, &u);
    if (!o.ok)
        return reply_error(r, o.err == ERR_COUNT ? ERR_NOT_FOUND : o.err);
    if (!file)
        return reply_redirect(r, u.url);
    return reply_download(r, u.file_type, download_name(r->arena, u.file_name), u.data, u.size);
}

/* GET /resources/{id}/file */
enum MHD_Result page_resource_file(Req *r)
{
    return use(r, true);
}

/* GET /resources/{id}/open: the video's link */
enum MHD_Result page_resource_open(Req *r)
{
    return use(r, false);
}
