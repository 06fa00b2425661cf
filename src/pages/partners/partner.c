/* partner.c — a partner's page for the training organisation's staff: who it is, the
 * sections of what it gave and what came of it (views/partners/sections.h), and the form a
 * contribution is recorded with; the list of its contributions, a page at a time; the form
 * a contribution is changed with. */
#include <string.h>

#include "domain/money.h"
#include "flows/partners/contribution.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "http/form.h"
#include "pages/partners/partners.h"
#include "q/partners/contribution.h"
#include "q/partners/partner.h"
#include "views/partners/contributions.h"
#include "views/partners/sections.h"

/* The largest value a contribution may have: a thousand million euros, in cents. */
#define VALUE_MAX 100000000000LL

/* Reads the contribution form into c; false with e filled when a field is wrong. */
static bool contribution_read(Req *r, Contribution *c, FormErrors *e)
{
    char *kind = NULL, *status = NULL;
    FieldSpec spec[] = {
        FIELD("kind", F_CHOICE, N_("Kind"), .required = true,
              .choices = vocab_keys(r, &contribution_kinds), .text = &kind),
        FIELD("description", F_TEXT, N_("Description"), .required = true, .max = 2000,
              .text = &c->description),
        FIELD("value", F_MONEY, N_("Value"), .max = VALUE_MAX, .num = &c->value_cents),
        FIELD("quantity", F_INT, N_("How many"), .min = 1, .max = 1000000, .num = &c->quantity),
        FIELD("starts_on", F_DATE, N_("First day"), .required = true, .text = &c->starts_on),
        FIELD("ends_on", F_DATE, N_("Last day"), .text = &c->ends_on),
        FIELD("status", F_CHOICE, N_("Status"), .choices = vocab_keys(r, &contribution_statuses),
              .text = &status),
        {0},
    };
    bool ok = form_read(r, spec, e);
    int k = CONTRIB_EQUIPMENT, s = CONTRIB_PROMISED;
    if (kind)
        vocab_parse(&contribution_kinds, kind, &k);
    if (status)
        vocab_parse(&contribution_statuses, status, &s);
    c->kind = (ContributionKind)k;
    c->status = (ContributionStatus)s;
    return ok;
}

/* A field's value: what was typed when the form comes back, else what is recorded. */
static const char *typed(Req *r, const char *name, const char *recorded)
{
    return strcmp(r->method, "POST") ? recorded : form_get(r, name);
}

/* The fields of the contribution form: c as recorded (NULL: a new one), e the errors. */
static void contribution_fields(Html *h, Req *r, const FormErrors *e, const Contribution *c)
{
    char value[32] = "", quantity[24] = "";
    if (c && c->value_cents)
        money_plain(c->value_cents, value, sizeof value);
    if (c && c->quantity)
        snprintf(quantity, sizeof quantity, "%lld", (long long)c->quantity);
    html_select(h, e, "kind", _(r, "Kind"), vocab_options(r, &contribution_kinds, NULL, NULL),
                typed(r, "kind", c ? vocab_key(&contribution_kinds, c->kind) : NULL));
    html_textarea(h, e, "description", _(r, "Description"),
                  typed(r, "description", c ? c->description : NULL), 3);
    html_input(h, r, e, "text", "value", _(r, "Value in euros (optional)"),
               typed(r, "value", value), "off");
    html_input(h, r, e, "number", "quantity",
               _(r, "How many (places, devices, sessions; optional)"),
               typed(r, "quantity", quantity), "off");
    html_input(h, r, e, "date", "starts_on", _(r, "First day"),
               typed(r, "starts_on", c ? c->starts_on : NULL), "off");
    html_input(h, r, e, "date", "ends_on", _(r, "Last day (optional)"),
               typed(r, "ends_on", c ? c->ends_on : NULL), "off");
    html_select(h, e, "status", _(r, "Status"),
                vocab_options(r, &contribution_statuses, NULL, NULL),
                typed(r, "status", c ? vocab_key(&contribution_statuses, c->status) : NULL));
}

/* The contribution form with its errors e, posted to action: c as recorded (NULL: a new
 * one), button the label of its button. */
static void contribution_form(Html *h, Req *r, const char *action, const Contribution *c,
                              const FormErrors *e, const char *button)
{
    html_error_summary(h, r, e);
    html_form_begin(h, r, action);
    contribution_fields(h, r, e, c);
    html(h, "<button type=\"submit\">%s</button>\n", button);
    html_form_end(h);
}

/* The partner's page; e holds the errors of the contribution form. */
static enum MHD_Result partner_page(Req *r, const Partner *p, const FormErrors *e, int status)
{
    Html *h = page_begin(r, p->name);
    html(h, "<h1>%s</h1>\n", p->name);
    html_notice(h,
                query_notice(r, "saved", N_("The changes have been saved."), "added",
                             N_("The contribution has been recorded."), NULL),
                false);
    html(h, "<dl>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s<br><a href=\"mailto:%s\">%s</a>",
         _(r, "Kind of partner"), _(r, vocab_label(&partner_kinds, p->kind)), _(r, "Contact"),
         p->contact_name, p->contact_email, p->contact_email);
    if (*p->contact_phone)
        html(h, "<br>%s", p->contact_phone);
    html(h, "</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Its organisation in traject"),
         p->partner_org_id ? p->partner_org_name : _(r, "Not in traject"));
    html(h, "<p><a href=\"/orgs/%lld/partners/%lld/edit\">%s</a></p>\n", (long long)r->org_id,
         (long long)p->id, _(r, "Change the partner"));
    if (!html_partner_sections(h, r, p))
        return reply_error(r, ERR_DB);
    html(h, "<section aria-labelledby=\"h-add\">\n<h2 id=\"h-add\">%s</h2>\n",
         _(r, "Record a contribution"));
    contribution_form(h, r,
                      arena_printf(r->arena, "/orgs/%lld/partners/%lld/contributions",
                                   (long long)r->org_id, (long long)p->id),
                      NULL, e, _(r, "Record the contribution"));
    html_lit(h, "</section>\n");
    html(h, "<p><a href=\"/orgs/%lld/partners\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All partners"));
    return page_end_status(r, h, status);
}

/* The partner of the route's {id}, of r's organisation. */
static DbStatus partner_load(Req *r, Partner *p)
{
    return q_partner_get(r->db, r->org_id, false, req_id(r, "id"), r->arena, p);
}

/* GET /orgs/{org}/partners/{id} */
enum MHD_Result page_partner(Req *r)
{
    Partner p;
    DbStatus st = partner_load(r, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return partner_page(r, &p, NULL, 200);
}

/* GET /orgs/{org}/partners/{id}/contributions */
enum MHD_Result page_partner_contributions(Req *r)
{
    Partner p;
    DbStatus st = partner_load(r, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *title = arena_printf(r->arena, _(r, "Contributions of %s"), p.name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (!html_contribution_list(h, r, p.id))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/partners/%lld\">%s</a></p>\n", (long long)r->org_id,
         (long long)p.id, _(r, "Back to the partner"));
    return page_end(r, h);
}

/* The form contribution c is changed with; e the errors. */
static enum MHD_Result contribution_page(Req *r, const Contribution *c, const FormErrors *e,
                                         int status)
{
    const char *title =
        arena_printf(r->arena, _(r, "Change a contribution of %s"), c->partner_name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    contribution_form(h, r,
                      arena_printf(r->arena, "/orgs/%lld/contributions/%lld/edit",
                                   (long long)r->org_id, (long long)c->id),
                      c, e, _(r, "Save the changes"));
    html(h, "<p><a href=\"/orgs/%lld/partners/%lld\">%s</a></p>\n", (long long)r->org_id,
         (long long)c->partner_id, _(r, "Back to the partner"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/contributions/{id}/edit */
enum MHD_Result page_contribution_edit(Req *r)
{
    Contribution c;
    DbStatus st = q_contribution_get(r->db, r->org_id, req_id(r, "id"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return contribution_page(r, &c, NULL, 200);
}

/* Reads the contribution form into c (its id and partner set) and saves it: the form comes
 * back with its errors on the partner's page p (a new contribution) or on the page that
 * changes was. */
static enum MHD_Result contribution_save(Req *r, Contribution *c, const Partner *p,
                                         const Contribution *was)
{
    FormErrors e;
    Outcome o = outcome_ok();
    if (!contribution_read(r, c, &e)) {
        outcome_fields(&o, &e);
    } else {
        Flow f = req_flow(r);
        o = flow_contribution_save(&f, c);
    }
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return p ? partner_page(r, p, &o.fields, o.status)
                 : contribution_page(r, was, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/partners/%lld?%s",
                                          (long long)r->org_id, (long long)c->partner_id,
                                          p ? "added=1" : "saved=1"));
}

/* POST /orgs/{org}/partners/{id}/contributions */
enum MHD_Result page_contribution_add(Req *r)
{
    Partner p;
    DbStatus st = partner_load(r, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Contribution c = {.partner_id = p.id};
    return contribution_save(r, &c, &p, NULL);
}

/* POST /orgs/{org}/contributions/{id}/edit */
enum MHD_Result page_contribution_update(Req *r)
{
    Contribution was;
    DbStatus st = q_contribution_get(r->db, r->org_id, req_id(r, "id"), r->arena, &was);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Contribution c = {.id = was.id, .partner_id = was.partner_id};
    return contribution_save(r, &c, NULL, &was);
}
