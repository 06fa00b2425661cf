/* frameworks.c — competence frameworks: the list (shipped and own), one framework with its
 * scale, areas and competences, and the forms that change an organisation's own ones
 * (title and scale, areas, competences, archiving). A shipped framework is read-only. */
#include <string.h>

#include "core/buf.h"
#include "flows/competences/framework.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/pager.h"
#include "http/confirm.h"
#include "pages/competences/competences.h"
#include "q/competences/framework.h"
#include "views/competences/progress.h"

static const PagerCol framework_cols[FRAMEWORK_SORTS] = {
    [FRAMEWORK_BY_TITLE] = {.key = "title", .label = N_("Title")},
};

static void framework_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const Framework *fw = row;
    *k = (PagerKey){.text = fw->title[LANG_EN], .id = fw->id};
}

static const char *framework_path(Req *r, int64_t id)
{
    return arena_printf(r->arena, "/orgs/%lld/competences/%lld", (long long)r->org_id,
                        (long long)id);
}

/* GET /orgs/{org}/competences */
enum MHD_Result page_frameworks(Req *r)
{
    Pager pg;
    Framework fw;
    pager_open(r, &pg, "frameworks", framework_cols, FRAMEWORK_SORTS, framework_key,
               ROWS_FROM(r->arena, &fw));
    if (!pager_done(
            &pg,
            q_framework_page(r->db, r->org_id, &pg.page, r->arena, &fw, rows_collect, &pg.rows),
            q_framework_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);

    Html *h = page_begin(r, _(r, "Competence frameworks"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Competence frameworks"),
         _(r, "DigComp 2.2 comes with traject and every organisation may use it. Add your own "
              "frameworks for the skills your programmes teach."));
    if (query_get(r, "archived"))
        html_notice(h, _(r, "The framework is archived."), false);
    html(h, "<p><a href=\"/orgs/%lld/competences/new\" role=\"button\">%s</a></p>\n",
         (long long)r->org_id, _(r, "New framework"));
    pager_search(h, r, &pg, _(r, "Search by title"));
    pager_summary(h, r, &pg, _(r, "No frameworks yet."));
    if (pg.n) {
        html_table_begin(h, _(r, "Competence frameworks"));
        html_lit(h, "<thead><tr>");
        pager_th(h, r, &pg, FRAMEWORK_BY_TITLE);
        html(h,
             "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
             "</tr></thead>\n<tbody>\n",
             _(r, "Provided by"), _(r, "Competences"), _(r, "Status"));
        for (int i = 0; i < pg.n; i++) {
            const Framework *x = ROW(&pg.rows, Framework, i);
            html(h, "<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                 framework_path(r, x->id), comp_title(r->lang, x->title),
                 x->org_id ? r->org_name : _(r, "Shipped with traject"),
                 number_text(r, x->competences, 0, 0),
                 x->archived ? _(r, "Archived") : _(r, "In use"));
        }
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* The title and scale form, for a new framework (fw->id 0) or an own one. */
static enum MHD_Result framework_form(Req *r, const Framework *fw, const char *levels,
                                      const FormErrors *e, int status)
{
    const char *title = fw->id ? _(r, "Edit the framework") : _(r, "New framework");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    fw->id
                        ? framework_path(r, fw->id)
                        : arena_printf(r->arena, "/orgs/%lld/competences", (long long)r->org_id));
    html_input(h, r, e, "text", "title", _(r, "Title"), fw->title[LANG_EN], "off");
    html_textarea(h, e, "levels", _(r, "Levels, one a line, lowest first"), levels, 6);
    html(h, "<button type=\"submit\">%s</button>\n",
         fw->id ? _(r, "Save") : _(r, "Add the framework"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/competences/new */
enum MHD_Result page_framework_new(Req *r)
{
    Framework fw = {0};
    return framework_form(r, &fw, NULL, NULL, 200);
}

static enum MHD_Result framework_save(Req *r, Framework *fw)
{
    char *levels = NULL;
    FieldSpec spec[] = {
        FIELD("title", F_TEXT, N_("Title"), .required = true, .max = 200,
              .text = &fw->title[LANG_EN]),
        FIELD("levels", F_TEXT, N_("Levels, one a line, lowest first"), .required = true,
              .max = 2000, .text = &levels),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return framework_form(r, fw, levels, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_framework_save(&f, fw->id, fw->title[LANG_EN], levels);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return framework_form(r, fw, levels, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?saved=1", framework_path(r, o.id)));
}

/* POST /orgs/{org}/competences */
enum MHD_Result page_framework_create(Req *r)
{
    Framework fw = {0};
    return framework_save(r, &fw);
}

/* Framework {id} when it is the organisation's own and not archived (DB_NONE for a
 * shipped or archived one): the only ones that can change. */
static DbStatus open_framework_get(Req *r, Framework *fw)
{
    DbStatus st = q_framework_get(r->db, r->org_id, req_id(r, "id"), r->arena, fw);
    if (st == DB_ONE && (fw->org_id != r->org_id || fw->archived))
        return DB_NONE;
    return st;
}

/* GET /orgs/{org}/competences/{id}/edit */
enum MHD_Result page_framework_edit(Req *r)
{
    Framework fw;
    DbStatus st = open_framework_get(r, &fw);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Level lv;
    Rows levels = ROWS_FROM(r->arena, &lv);
    if (q_level_list(r->db, r->org_id, fw.id, r->arena, &lv, rows_collect, &levels) < DB_NONE)
        return reply_error(r, ERR_DB);
    Buf b;
    buf_init(&b, r->arena, 256);
    for (int i = 0; i < levels.n; i++)
        buf_printf(&b, "%s\n", ROW(&levels, Level, i)->title[LANG_EN]);
    return framework_form(r, &fw, b.data, NULL, 200);
}

/* POST /orgs/{org}/competences/{id} */
enum MHD_Result page_framework_update(Req *r)
{
    Framework old;
    DbStatus st = open_framework_get(r, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Framework fw = {.id = old.id};
    return framework_save(r, &fw);
}

/* The framework page, with the forms of an own one (and their errors, e, when given). */
static enum MHD_Result framework_show(Req *r, const FormErrors *e, int status)
{
    Framework fw;
    DbStatus st = q_framework_get(r->db, r->org_id, req_id(r, "id"), r->arena, &fw);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Level lv;
    Area ar;
    Competence c;
    Rows levels = ROWS_FROM(r->arena, &lv), areas = ROWS_FROM(r->arena, &ar),
         comps = ROWS_FROM(r->arena, &c);
    if (q_level_list(r->db, r->org_id, fw.id, r->arena, &lv, rows_collect, &levels) < DB_NONE ||
        q_area_list(r->db, r->org_id, fw.id, r->arena, &ar, rows_collect, &areas) < DB_NONE ||
        q_competence_list(r->db, r->org_id, fw.id, r->arena, &c, rows_collect, &comps) < DB_NONE)
        return reply_error(r, ERR_DB);
    bool own = fw.org_id == r->org_id, open = own && !fw.archived;
    const char *title = comp_title(r->lang, fw.title);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    html_error_summary(h, r, e);
    html(h, "<p>%s</p>\n",
         !own          ? _(r, "Shipped with traject: every organisation may use it; nobody can "
                                       "change it.")
         : fw.archived ? _(r, "Archived: kept with its assessments, no longer offered.")
                       : _(r, "Your organisation's own framework."));
    if (open)
        html(h, "<p><a href=\"%s/edit\">%s</a></p>\n", framework_path(r, fw.id),
             _(r, "Edit the title and the levels"));

    html(h, "<h2>%s</h2>\n<ol class=\"levels\">\n", _(r, "Levels"));
    for (int i = 0; i < levels.n; i++) {
        const Level *l = ROW(&levels, Level, i);
        html(h, "<li>%s</li>\n", comp_title(r->lang, l->title));
    }
    html_lit(h, "</ol>\n");

    for (int i = 0, k = 0; i < areas.n; i++) {
        const Area *a = ROW(&areas, Area, i);
        html(h, "<h2>%s</h2>\n",
             a->code ? arena_printf(r->arena, "%s. %s", a->code, comp_title(r->lang, a->title))
                     : comp_title(r->lang, a->title));
        html_lit(h, "<ul>\n");
        int shown = 0;
        for (k = 0; k < comps.n; k++) {
            const Competence *x = ROW(&comps, Competence, k);
            if (x->area_id != a->id)
                continue;
            html(h, "<li>%s</li>\n", competence_label(r, x->code, x->title));
            shown++;
        }
        if (!shown)
            html(h, "<li>%s</li>\n", _(r, "No competences yet."));
        html_lit(h, "</ul>\n");
    }
    if (!areas.n)
        html(h, "<p>%s</p>\n", _(r, "No areas yet."));

    if (open) {
        html(h, "<h2>%s</h2>\n", _(r, "Add an area"));
        html_form_begin(h, r, arena_printf(r->arena, "%s/areas", framework_path(r, fw.id)));
        html_input(h, r, e, "text", "area_title", _(r, "Title of the area"), NULL, "off");
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add the area"));
        html_form_end(h);
        if (areas.n) {
            Options opts = OPTIONS(r->arena);
            for (int i = 0; i < areas.n; i++) {
                const Area *a = ROW(&areas, Area, i);
                options_id(&opts, a->id, comp_title(r->lang, a->title));
            }
            html(h, "<h2>%s</h2>\n", _(r, "Add a competence"));
            html_form_begin(h, r, arena_printf(r->arena, "%s/items", framework_path(r, fw.id)));
            html_select(h, e, "area_id", _(r, "Area"), options_end(&opts), NULL);
            html_input(h, r, e, "text", "code", _(r, "Code (optional)"), NULL, "off");
            html_input(h, r, e, "text", "title", _(r, "Title of the competence"), NULL, "off");
            html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add the competence"));
            html_form_end(h);
        }
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Archive"),
             _(r, "An archived framework keeps its assessments but is no longer offered for "
                  "programmes and assessments."));
        html_button_form(h, r, arena_printf(r->arena, "%s/archive", framework_path(r, fw.id)),
                         _(r, "Archive the framework"), NULL);
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/competences/{id} */
enum MHD_Result page_framework(Req *r)
{
    return framework_show(r, NULL, 200);
}

/* After an own framework's workflow: back to its page, or the page with the errors. */
static enum MHD_Result framework_after(Req *r, const Outcome *o)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return framework_show(r, &o->fields, o->status);
    return reply_redirect(r,
                          arena_printf(r->arena, "%s?saved=1", framework_path(r, req_id(r, "id"))));
}

/* POST /orgs/{org}/competences/{id}/areas */
enum MHD_Result page_area_add(Req *r)
{
    char *title = NULL;
    FieldSpec spec[] = {
        FIELD("area_title", F_TEXT, N_("Title of the area"), .required = true, .max = 200,
              .text = &title),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return framework_show(r, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_area_add(&f, req_id(r, "id"), title);
    return framework_after(r, &o);
}

/* POST /orgs/{org}/competences/{id}/items */
enum MHD_Result page_competence_add(Req *r)
{
    char *code = NULL, *title = NULL;
    int64_t area = 0;
    FieldSpec spec[] = {
        FIELD("area_id", F_ID, N_("Area"), .required = true, .num = &area),
        FIELD("code", F_TEXT, N_("Code (optional)"), .max = 20, .text = &code),
        FIELD("title", F_TEXT, N_("Title of the competence"), .required = true, .max = 300,
              .text = &title),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return framework_show(r, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_competence_add(&f, req_id(r, "id"), area, code, title);
    return framework_after(r, &o);
}

/* POST /orgs/{org}/competences/{id}/archive: asked first (it cannot be undone) */
enum MHD_Result page_framework_archive(Req *r)
{
    Framework fw;
    DbStatus st = open_framework_get(r, &fw);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *title = comp_title(r->lang, fw.title);
    if (!confirm_ok(r))
        return confirm_page(
            r, arena_printf(r->arena, _(r, "Archive %s?"), title),
            _(r, "Its competences and assessments are kept and stay readable, but it is no longer "
                 "offered for programmes and assessments, and it can no longer be changed."),
            _(r, "Archive the framework"), framework_path(r, fw.id));
    Flow f = req_flow(r);
    Outcome o = flow_framework_archive(&f, req_id(r, "id"));
    if (!o.ok)
        return reply_error(r, o.err != ERR_COUNT ? o.err : ERR_BAD_REQUEST);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/competences?archived=1", (long long)r->org_id));
}
