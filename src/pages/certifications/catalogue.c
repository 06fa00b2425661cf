/* catalogue.c — an organisation's catalogue of vendor certifications, a page at a time
 * (search by name, vendor or exam code; sort by name or by exam code), added, changed,
 * archived and brought back through flows/certifications/catalogue. */
#include <stdlib.h>

#include "core/rows.h"
#include "flows/certifications/catalogue.h"
#include "html/pager.h"
#include "http/form.h"
#include "pages/certifications/certifications.h"
#include "q/certifications/certification.h"
#include "views/training/programme.h"

static const PagerCol cert_cols[CERT_SORTS] = {
    [CERT_BY_NAME] = {.key = "name", .label = N_("Name")},
    [CERT_BY_CODE] = {.key = "code", .label = N_("Exam code")},
};

static void cert_key(const void *row, int sort, PagerKey *k)
{
    const Certification *c = row;
    *k = (PagerKey){.text = sort == CERT_BY_CODE ? c->exam_code : c->name, .id = c->id};
}

static const char *validity_text(Req *r, int64_t months)
{
    if (months <= 0)
        return _(r, "Does not expire");
    return arena_printf(r->arena, _n(r, "%lld month", "%lld months", months), (long long)months);
}

static void cert_row(Html *h, Req *r, const Certification *c)
{
    html(h, "<tr><td>%s%s</td><td>%s</td><td>%s</td><td>%s</td>", c->name,
         c->archived ? arena_printf(r->arena, " (%s)", _(r, "archived")) : "", c->vendor,
         c->exam_code, validity_text(r, c->validity_months));
    if (training_can_edit(r))
        html(h,
             "<td><a href=\"/orgs/%lld/certifications/%lld/edit\">%s<span class=\"sr\"> "
             "%s</span></a></td>",
             (long long)r->org_id, (long long)c->id, _(r, "Change"), c->name);
    html_lit(h, "</tr>\n");
}

/* GET /orgs/{org}/certifications */
enum MHD_Result page_certs(Req *r)
{
    Pager pg;
    Certification c;
    pager_open(r, &pg, "certifications", cert_cols, CERT_SORTS, cert_key, ROWS_FROM(r->arena, &c));
    if (!pager_done(&pg,
                    q_cert_page(r->db, r->org_id, &pg.page, r->arena, &c, rows_collect, &pg.rows),
                    q_cert_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);

    bool edit = training_can_edit(r);
    Html *h = page_begin(r, _(r, "Certifications"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Certifications"), r->org_name);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    const char *imported = query_get(r, "imported");
    if (imported)
        html_notice(h,
                    arena_printf(r->arena, _(r, "Exam attempts recorded: %lld."),
                                 (long long)strtoll(imported, NULL, 10)),
                    false);
    if (edit)
        html(h,
             "<p><a href=\"/orgs/%lld/certifications/new\" role=\"button\">%s</a> "
             "<a href=\"/orgs/%lld/certifications/import\" role=\"button\" "
             "class=\"secondary\">%s</a></p>\n",
             (long long)r->org_id, _(r, "Add a certification"), (long long)r->org_id,
             _(r, "Import exam results"));
    pager_search(h, r, &pg, _(r, "Search by name, vendor or exam code"));
    pager_summary(h, r, &pg, _(r, "No certifications in the catalogue yet."));
    if (pg.n) {
        html_table_begin(h, _(r, "Certifications"));
        html_lit(h, "<thead><tr>");
        pager_th(h, r, &pg, CERT_BY_NAME);
        html(h, "<th scope=\"col\">%s</th>", _(r, "Vendor"));
        pager_th(h, r, &pg, CERT_BY_CODE);
        html(h, "<th scope=\"col\">%s</th>", _(r, "Validity"));
        if (edit)
            html(h, "<th scope=\"col\">%s</th>", _(r, "Actions"));
        html_lit(h, "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < pg.n; i++)
            cert_row(h, r, ROW(&pg.rows, Certification, i));
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

static enum MHD_Result cert_form(Req *r, const Certification *c, const char *validity,
                                 const FormErrors *e, int status)
{
    bool is_new = c->id == 0;
    const char *title = is_new ? _(r, "Add a certification") : _(r, "Edit the certification");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    is_new
                        ? arena_printf(r->arena, "/orgs/%lld/certifications", (long long)r->org_id)
                        : arena_printf(r->arena, "/orgs/%lld/certifications/%lld",
                                       (long long)r->org_id, (long long)c->id));
    html_input(h, r, e, "text", "name", _(r, "Name"), c->name, "off");
    html_input(h, r, e, "text", "vendor", _(r, "Vendor"), c->vendor, "off");
    html_input(h, r, e, "text", "exam_code", _(r, "Exam code"), c->exam_code, "off");
    html_input(h, r, e, "text", "validity_months",
               _(r, "Valid for how many months (empty: does not expire)"), validity, "off");
    html(h, "<button type=\"submit\">%s</button>\n",
         is_new ? _(r, "Add the certification") : _(r, "Save"));
    html_form_end(h);
    if (!is_new) {
        html(h, "<h2>%s</h2>\n", c->archived ? _(r, "Bring back") : _(r, "Archive"));
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/certifications/%lld/archive",
                                     (long long)r->org_id, (long long)c->id));
        html(h,
             "<input type=\"hidden\" name=\"archived\" value=\"%s\">\n<p>%s</p>\n"
             "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             c->archived ? "0" : "1",
             c->archived ? _(r, "It can again be required by programmes and recorded for "
                                "learners.")
                         : _(r, "Programmes can no longer choose it and no new attempt can be "
                                "recorded; what was recorded stays."),
             c->archived ? _(r, "Bring back to the catalogue") : _(r, "Archive"));
        html_form_end(h);
    }
    html(h, "<p><a href=\"/orgs/%lld/certifications\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the certifications"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/certifications/new */
enum MHD_Result page_cert_new(Req *r)
{
    Certification c = {0};
    return cert_form(r, &c, NULL, NULL, 200);
}

/* GET /orgs/{org}/certifications/{id}/edit */
enum MHD_Result page_cert_edit(Req *r)
{
    Certification c;
    DbStatus st = q_cert_get(r->db, r->org_id, req_id(r, "id"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return cert_form(
        r, &c,
        c.validity_months ? arena_printf(r->arena, "%lld", (long long)c.validity_months) : NULL,
        NULL, 200);
}

static enum MHD_Result cert_save(Req *r, Certification *c)
{
    c->validity_months = 0;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 200, .text = &c->name),
        FIELD("vendor", F_TEXT, N_("Vendor"), .required = true, .max = 100, .text = &c->vendor),
        FIELD("exam_code", F_TEXT, N_("Exam code"), .required = true, .max = 40,
              .text = &c->exam_code),
        FIELD("validity_months", F_INT, N_("Validity in months"), .min = 1, .max = 600,
              .num = &c->validity_months),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return cert_form(r, c, form_get(r, "validity_months"), &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_cert_save(&f, c);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return cert_form(r, c, form_get(r, "validity_months"), &o.fields, o.status);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/certifications?saved=1", (long long)r->org_id));
}

/* POST /orgs/{org}/certifications */
enum MHD_Result page_cert_create(Req *r)
{
    Certification c = {0};
    return cert_save(r, &c);
}

/* POST /orgs/{org}/certifications/{id} */
enum MHD_Result page_cert_update(Req *r)
{
    Certification old;
    DbStatus st = q_cert_get(r->db, r->org_id, req_id(r, "id"), r->arena, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Certification c = {.id = old.id, .archived = old.archived};
    return cert_save(r, &c);
}

/* POST /orgs/{org}/certifications/{id}/archive */
enum MHD_Result page_cert_archive(Req *r)
{
    bool archived = false;
    FieldSpec spec[] = {
        FIELD("archived", F_BOOL, N_("Archive"), .flag = &archived),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return form_errors_back(r, _(r, "Archive"), &e);
    Flow f = req_flow(r);
    Outcome o = flow_cert_archive(&f, req_id(r, "id"), archived);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/certifications?saved=1", (long long)r->org_id));
}
