/* partners.c — the partners of a training organisation: the list, and the form a partner is
 * recorded with (a name, a contact and, when it has one, its organisation in traject, whose
 * members then submit and follow its cases from their own space). */
#include "core/rows.h"
#include "flows/cases/case.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "pages/cases/cases.h"
#include "q/cases/partner.h"

/* The page; p and org_name hold what was typed when the form comes back with errors e. */
static enum MHD_Result partners_page(Req *r, const Partner *p, const char *org_name,
                                     const FormErrors *e, int status)
{
    Partner row;
    Rows rows = ROWS_FROM(r->arena, &row);
    if (q_partner_list(r->db, r->org_id, false, r->arena, &row, rows_collect, &rows) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Partners"));
    html(h, "<h1>%s</h1>\n", _(r, "Partners"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The partner has been recorded."), false);
    if (!rows.n)
        html(h, "<p>%s</p>\n", _(r, "No partners yet."));
    else {
        html_table_begin(h, _(r, "Partners"));
        html(h,
             "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
             "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
             _(r, "Name"), _(r, "Contact"), _(r, "In traject"), _(r, "Cases"));
        for (int i = 0; i < rows.n; i++) {
            const Partner *x = ROW(&rows, Partner, i);
            html(h, "<tr><td>%s</td><td>%s<br>%s</td><td>%s</td><td>%s</td></tr>\n", x->name,
                 x->contact_name, x->contact_email,
                 x->partner_org_id ? _(r, "Yes: its members follow its cases") : _(r, "No"),
                 number_text(r, x->cases, 0, 0));
        }
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    html(h, "<p><a href=\"/orgs/%lld/cases\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Cases from partners"));
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Record a partner"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/partners", (long long)r->org_id));
    html_input(h, r, e, "text", "name", _(r, "Name"), p ? p->name : NULL, "organization");
    html_input(h, r, e, "text", "contact_name", _(r, "Contact person"), p ? p->contact_name : NULL,
               "off");
    html_input(h, r, e, "email", "contact_email", _(r, "Contact's e-mail address"),
               p ? p->contact_email : NULL, "off");
    html_input(h, r, e, "text", "org_name",
               _(r, "Its organisation in traject, exactly as named (optional)"), org_name, "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record the partner"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/partners */
enum MHD_Result page_partners(Req *r)
{
    return partners_page(r, NULL, NULL, NULL, 200);
}

/* POST /orgs/{org}/partners */
enum MHD_Result page_partner_add(Req *r)
{
    Partner p = {0};
    char *org_name = NULL;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 200, .text = &p.name),
        FIELD("contact_name", F_TEXT, N_("Contact person"), .required = true, .max = 200,
              .text = &p.contact_name),
        FIELD("contact_email", F_EMAIL, N_("Contact's e-mail address"), .required = true,
              .max = 254, .text = &p.contact_email),
        FIELD("org_name", F_TEXT, N_("Its organisation in traject"), .max = 200, .text = &org_name),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return partners_page(r, &p, org_name, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_partner_add(&f, &p, org_name);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return partners_page(r, &p, org_name, &o.fields, o.status);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/partners?saved=1", (long long)r->org_id));
}
