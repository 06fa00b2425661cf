/* staff.c — an organisation's learning resources for its staff: the list (a page at a
 * time, searched by title or topic, with the downloads counted), the form that adds one,
 * the page that changes one and the button that removes it (after a confirmation).
 * Membership and roles were checked by the router. */
#include "core/rows.h"
#include "flows/resources/resource.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "http/confirm.h"
#include "http/form.h"
#include "pages/resources/resources.h"
#include "q/resources/resource.h"
#include "views/resources/form.h"
#include "views/resources/list.h"

/* GET /orgs/{org}/resources */
enum MHD_Result page_resources(Req *r)
{
    Pager pg;
    Resource x;
    pager_open(r, &pg, "resources", resource_cols, RESOURCE_SORTS, resource_key,
               ROWS_FROM(r->arena, &x));
    if (!pager_done(&pg,
                    q_resource_page(r->db, r->org_id, &RESOURCE_ANY, &pg.page, r->arena, &x,
                                    rows_collect, &pg.rows),
                    q_resource_count(r->db, r->org_id, &RESOURCE_ANY, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Learning resources"));
    html(h, "<h1>%s</h1>\n", _(r, "Learning resources"));
    html_notice(h,
                query_notice(r, "saved", N_("The resource has been saved."), "removed",
                             N_("The resource has been removed."), NULL),
                false);
    html(h,
         "<p><a href=\"/orgs/%lld/resources/new\" "
         "role=\"button\">%s</a> "
         "<a href=\"/resources\">%s</a></p>\n",
         (long long)r->org_id, _(r, "Add a resource"), _(r, "The public catalogue"));
    pager_search(h, r, &pg, _(r, "Search by title or topic"));
    pager_summary(h, r, &pg, _(r, "No resources yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(RESOURCE_BY_TITLE),   PAGER_PLAIN(N_("Type")),
            PAGER_PLAIN(N_("Who may see it")), PAGER_PLAIN(N_("Downloads and opens")),
            PAGER_SORTED(RESOURCE_BY_ADDED),
        };
        pager_table_open(h, r, &pg, _(r, "Learning resources"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const Resource *y = ROW(&pg.rows, Resource, i);
            html(h,
                 "<tr><td><a "
                 "href=\"/orgs/%lld/resources/%lld\">%s</a></"
                 "td><td>%s</td>"
                 "<td>%s</td><td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)y->id, y->title,
                 _(r, vocab_label(&resource_kinds, y->kind)),
                 _(r, vocab_label(&resource_visibilities, y->visibility)),
                 number_text(r, y->downloads, 0, 0), day_words_text(r, y->created_at));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* The form of a new resource (old NULL) or of resource old, with x's values and e's
 * errors. */
static enum MHD_Result form_page(Req *r, const Resource *old, const ResourceInput *x,
                                 const FormErrors *e, int status)
{
    const char *title = old ? old->title : _(r, "Add a resource");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (old) {
        html_notice(h, query_notice(r, "saved", N_("The resource has been saved."), NULL), false);
        html(h,
             "<p>%s</p>\n<p><a "
             "href=\"/resources/%lld\">%s</a></p>\n",
             arena_printf(r->arena, _(r, "Downloaded or opened %s times."),
                          number_text(r, old->downloads, 0, 0)),
             (long long)old->id, _(r, "Its page, as readers see it"));
    }
    const char *action = old ? arena_printf(r->arena, "/orgs/%lld/resources/%lld",
                                            (long long)r->org_id, (long long)old->id)
                             : arena_printf(r->arena, "/orgs/%lld/resources", (long long)r->org_id);
    if (!html_resource_form(h, r, action, x, old ? old->file_name : NULL, e))
        return reply_error(r, ERR_DB);
    if (old) {
        html(h, "<h2>%s</h2>\n", _(r, "Remove the resource"));
        html_form_begin(h, r, arena_printf(r->arena, "%s/remove", action));
        html(h,
             "<p>%s</p>\n<button type=\"submit\" "
             "class=\"secondary\">%s</button>\n",
             _(r, "Its page, its file and its count of "
                  "downloads go; links to it stop working."),
             _(r, "Remove"));
        html_form_end(h);
    }
    html(h, "<p><a href=\"/orgs/%lld/resources\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the resources"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/resources/new */
enum MHD_Result page_resource_new(Req *r)
{
    ResourceInput x = {.kind = -1, .audience = -1, .lang = -1, .age_band = -1, .visibility = -1};
    return form_page(r, NULL, &x, NULL, 200);
}

/* Reads the form and saves it as resource old (NULL: a new one). */
static enum MHD_Result save(Req *r, const Resource *old)
{
    ResourceInput x = {0};
    FormErrors e;
    if (!resource_form_read(r, &x, &e))
        return form_page(r, old, &x, &e, 400);
    const FormField *file = form_file(r, "file");
    EvidenceFile ev = {0};
    if (file)
        ev = (EvidenceFile){.name = file->filename, .data = file->value, .len = file->len};
    Flow f = req_flow(r);
    Outcome o = flow_resource_save(&f, old ? old->id : 0, &x, &ev);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return form_page(r, old, &x, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/resources/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/resources (multipart: the file) */
enum MHD_Result page_resource_create(Req *r)
{
    return save(r, NULL);
}

/* The resource of the route's {id}, of the organisation. */
static DbStatus resource_load(Req *r, Resource *old)
{
    return q_resource_get(r->db, r->org_id, req_id(r, "id"), r->arena, old);
}

/* GET /orgs/{org}/resources/{id} */
enum MHD_Result page_resource(Req *r)
{
    Resource old;
    Competence c;
    Rows comps = ROWS_FROM(r->arena, &c);
    DbStatus st = resource_load(r, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (q_resource_competences(r->db, r->org_id, old.id, r->arena, &c, rows_collect, &comps) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    int64_t *ids = arena_alloc(r->arena, sizeof *ids * (size_t)(comps.n + 1));
    for (int i = 0; i < comps.n; i++)
        ids[i] = ROW(&comps, Competence, i)->id;
    ResourceInput x = resource_input_of(&old, ids, comps.n);
    return form_page(r, &old, &x, NULL, 200);
}

/* POST /orgs/{org}/resources/{id} (multipart: the file) */
enum MHD_Result page_resource_update(Req *r)
{
    Resource old;
    DbStatus st = resource_load(r, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return save(r, &old);
}

/* POST /orgs/{org}/resources/{id}/remove */
enum MHD_Result page_resource_remove(Req *r)
{
    Resource old;
    DbStatus st = resource_load(r, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *what = _(r, "Its page, its file and its count of downloads go; "
                            "links to it stop working.");
    if (!confirm_ok(r))
        return confirm_page(r, arena_printf(r->arena, _(r, "Remove %s?"), old.title), what,
                            _(r, "Remove"),
                            arena_printf(r->arena, "/orgs/%lld/resources/%lld",
                                         (long long)r->org_id, (long long)old.id));
    Flow f = req_flow(r);
    Outcome o = flow_resource_remove(&f, old.id);
    if (!o.ok)
        return reply_error(r, o.err == ERR_COUNT ? ERR_DB : o.err);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/resources?removed=1", (long long)r->org_id));
}
