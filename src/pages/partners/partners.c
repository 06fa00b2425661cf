/* partners.c — the partners of a training organisation: the list, a page at a time with a
 * search, the form a partner is recorded with (a name, a kind, a contact and, when it has
 * one, its organisation in traject, whose members then follow its records from their own
 * space), and the form it is changed with. */
#include "pages/partners/partners.h"
#include "core/rows.h"
#include "flows/partners/partner.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/pager.h"
#include "html/table.h"
#include "http/form.h"
#include "q/partners/partner.h"

/* Reads the partner form into p and *org_name; false with e filled when a field is wrong. */
static bool partner_read(Req *r, Partner *p, char **org_name, FormErrors *e)
{
    char *kind = NULL;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 200, .text = &p->name),
        FIELD("kind", F_CHOICE, N_("Kind of partner"), .choices = vocab_keys(r, &partner_kinds),
              .text = &kind),
        FIELD("contact_name", F_TEXT, N_("Contact person"), .required = true, .max = 200,
              .text = &p->contact_name),
        FIELD("contact_email", F_EMAIL, N_("Contact's e-mail address"), .required = true,
              .max = 254, .text = &p->contact_email),
        FIELD("contact_phone", F_TEXT, N_("Contact's phone number"), .max = 40,
              .text = &p->contact_phone),
        FIELD("org_name", F_TEXT, N_("Its organisation in traject"), .max = 200, .text = org_name),
        {0},
    };
    bool ok = form_read(r, spec, e);
    int k = PARTNER_COMPANY;
    if (kind)
        vocab_parse(&partner_kinds, kind, &k);
    p->kind = (PartnerKind)k;
    return ok;
}

/* The fields of the partner form: p and org_name what was typed or is recorded (NULL: an
 * empty form). */
static void partner_fields(Html *h, Req *r, const FormErrors *e, const Partner *p,
                           const char *org_name)
{
    html_input(h, r, e, "text", "name", _(r, "Name"), p ? p->name : NULL, "organization");
    html_select(h, e, "kind", _(r, "Kind of partner"), vocab_options(r, &partner_kinds, NULL, NULL),
                vocab_key(&partner_kinds, p ? (int)p->kind : PARTNER_COMPANY));
    html_input(h, r, e, "text", "contact_name", _(r, "Contact person"), p ? p->contact_name : NULL,
               "off");
    html_input(h, r, e, "email", "contact_email", _(r, "Contact's e-mail address"),
               p ? p->contact_email : NULL, "off");
    html_input(h, r, e, "tel", "contact_phone", _(r, "Contact's phone number (optional)"),
               p ? p->contact_phone : NULL, "off");
    html_input(h, r, e, "text", "org_name",
               _(r, "Its organisation in traject, exactly as named (optional)"), org_name, "off");
}

static const PagerCol partner_cols[PARTNER_SORTS] = {
    [PARTNER_BY_NAME] = {.key = "name", .label = N_("Name")},
};

static void partner_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const Partner *p = row;
    *k = (PagerKey){.text = p->name, .id = p->id};
}

static void partner_row(Html *h, Req *r, const Partner *x)
{
    html(h,
         "<tr><td><a href=\"/orgs/%lld/partners/%lld\">%s</a></td><td>%s</td><td>%s<br>%s</td>"
         "<td>%s</td><td>%s</td><td>%s</td></tr>\n",
         (long long)r->org_id, (long long)x->id, x->name,
         _(r, vocab_label(&partner_kinds, x->kind)), x->contact_name, x->contact_email,
         x->partner_org_id ? _(r, "Yes: its members follow its records") : _(r, "No"),
         number_text(r, x->cases, 0, 0), number_text(r, x->contributions, 0, 0));
}

/* The page; p and org_name hold what was typed when the form comes back with errors e. */
static enum MHD_Result partners_page(Req *r, const Partner *p, const char *org_name,
                                     const FormErrors *e, int status)
{
    Pager pg;
    Partner row;
    pager_open(r, &pg, "partners", partner_cols, PARTNER_SORTS, partner_key,
               ROWS_FROM(r->arena, &row));
    if (!pager_done(
            &pg, q_partner_page(r->db, r->org_id, &pg.page, r->arena, &row, rows_collect, &pg.rows),
            q_partner_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Partners"));
    html(h, "<h1>%s</h1>\n", _(r, "Partners"));
    html_notice(h, query_notice(r, "saved", N_("The partner has been recorded."), NULL), false);
    pager_search(h, r, &pg, _(r, "Search by name or contact"));
    pager_summary(h, r, &pg, _(r, "No partners yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(PARTNER_BY_NAME), PAGER_PLAIN(N_("Kind")),
            PAGER_PLAIN(N_("Contact")),    PAGER_PLAIN(N_("In traject")),
            PAGER_PLAIN(N_("Cases")),      PAGER_PLAIN(N_("Contributions")),
        };
        pager_table_open(h, r, &pg, _(r, "Partners"), heads, 6);
        for (int i = 0; i < pg.n; i++)
            partner_row(h, r, ROW(&pg.rows, Partner, i));
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    html(h, "<p><a href=\"/orgs/%lld/cases\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Cases from partners"));
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Record a partner"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/partners", (long long)r->org_id));
    partner_fields(h, r, e, p, org_name);
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

/* The form partner was is changed with: p as recorded or typed, e the errors. */
static enum MHD_Result edit_page(Req *r, const Partner *was, const Partner *p, const char *org_name,
                                 const FormErrors *e, int status)
{
    const char *title = arena_printf(r->arena, _(r, "Change %s"), was->name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/partners/%lld/edit", (long long)r->org_id,
                                 (long long)p->id));
    partner_fields(h, r, e, p, org_name);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the changes"));
    html_form_end(h);
    html(h, "<p><a href=\"/orgs/%lld/partners/%lld\">%s</a></p>\n", (long long)r->org_id,
         (long long)p->id, _(r, "Back to the partner"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/partners/{id}/edit */
enum MHD_Result page_partner_edit(Req *r)
{
    Partner p;
    DbStatus st = q_partner_get(r->db, r->org_id, false, req_id(r, "id"), r->arena, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return edit_page(r, &p, &p, p.partner_org_name, NULL, 200);
}

/* Reads the partner form into p (its id set when it is changed) and saves it: the form comes
 * back with its errors on the list (a new partner) or on the page that changes was. */
static enum MHD_Result partner_save(Req *r, Partner *p, const Partner *was)
{
    char *org_name = NULL;
    FormErrors e;
    Outcome o = outcome_ok();
    if (!partner_read(r, p, &org_name, &e)) {
        outcome_fields(&o, &e);
    } else {
        Flow f = req_flow(r);
        o = was ? flow_partner_edit(&f, p, org_name) : flow_partner_add(&f, p, org_name);
    }
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return was ? edit_page(r, was, p, org_name, &o.fields, o.status)
                   : partners_page(r, p, org_name, &o.fields, o.status);
    if (!was)
        return reply_redirect(
            r, arena_printf(r->arena, "/orgs/%lld/partners?saved=1", (long long)r->org_id));
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/partners/%lld?saved=1",
                                          (long long)r->org_id, (long long)p->id));
}

/* POST /orgs/{org}/partners */
enum MHD_Result page_partner_add(Req *r)
{
    Partner p = {0};
    return partner_save(r, &p, NULL);
}

/* POST /orgs/{org}/partners/{id}/edit */
enum MHD_Result page_partner_update(Req *r)
{
    Partner was;
    DbStatus st = q_partner_get(r->db, r->org_id, false, req_id(r, "id"), r->arena, &was);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Partner p = {.id = was.id};
    return partner_save(r, &p, &was);
}
