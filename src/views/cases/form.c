/* form.c — the case form and the list of cases (see form.h). */
#include "views/cases/form.h"

#include <string.h>

#include "domain/calendar.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "html/pager.h"
#include "http/form.h"
#include "q/cases/case.h"
#include "q/partners/partner.h"
#include "views/competences/options.h"

#define ROWS_MAX 20

bool case_form_read(Req *r, CaseInput *x, FormErrors *e)
{
    FieldSpec spec[] = {
        FIELD("partner_id", F_ID, N_("Partner"), .num = &x->partner_id),
        FIELD("title", F_TEXT, N_("Title"), .required = true, .max = 200, .text = &x->title),
        FIELD("brief", F_TEXT, N_("The brief"), .required = true, .max = 8000, .text = &x->brief),
        FIELD("competences", F_MULTI, N_("Competences asked for"), .max = 30,
              .ids = &x->competences, .nids = &x->ncompetences),
        FIELD("contact_name", F_TEXT, N_("Contact person"), .required = true, .max = 200,
              .text = &x->contact_name),
        FIELD("contact_email", F_EMAIL, N_("Contact's e-mail address"), .required = true,
              .max = 254, .text = &x->contact_email),
        {0},
    };
    bool ok = form_read(r, spec, e);
    /* one name a row (deliverable_1, milestone_1, due_on_1...): an empty box may not be
     * sent at all, so rows are never paired by the order of repeated names */
    static const char *const names[3] = {"deliverable", "milestone", "due_on"};
    const char **v[3];
    int n = 0;
    for (int k = 0; k < 3; k++) {
        v[k] = arena_alloc(r->arena, sizeof *v[k] * ROWS_MAX);
        for (int i = 0; i < ROWS_MAX; i++) {
            v[k][i] = form_get(r, arena_printf(r->arena, "%s_%d", names[k], i + 1));
            if (v[k][i] && *v[k][i] && i >= n)
                n = i + 1;
            if (v[k][i] && strlen(v[k][i]) > 200) {
                form_error(e, k ? "milestones" : "deliverables",
                           _(r, "Each line may hold at most 200 characters."));
                ok = false;
            }
        }
    }
    x->deliverables = v[0];
    x->milestones = v[1];
    x->due_on = v[2];
    x->ndeliverables = x->nmilestones = n;
    return ok;
}

/* rows of text boxes for the deliverables, or for the milestones with their dates, in a
 * fieldset with the id f-field that the error summary links to */
static void rows_boxes(Html *h, Req *r, const FormErrors *e, bool milestones,
                       const char *const *vals, const char *const *dates, int n)
{
    const char *field = milestones ? "milestones" : "deliverables";
    const char *name = milestones ? "milestone" : "deliverable";
    while (n > 0 && !(vals[n - 1] && *vals[n - 1]) && !(dates && dates[n - 1] && *dates[n - 1]))
        n--;
    const char *legend = milestones ? _(r, "Milestones, in the order of their dates")
                                    : _(r, "Deliverables expected");
    const char *err = form_error_for(e, field);
    html(h, "<fieldset id=\"f-%s\"", field);
    if (err)
        html(h, " aria-invalid=\"true\" aria-describedby=\"e-%s\"", field);
    html(h, ">\n<legend>%s</legend>\n", legend);
    int rows = n + 1 < 4 ? 4 : n + 1 > ROWS_MAX ? ROWS_MAX : n + 1;
    for (int i = 0; i < rows; i++) {
        html(h,
             "<div class=\"row\"><label for=\"%s-%d\">%s</label><input type=\"text\" "
             "id=\"%s-%d\" name=\"%s_%d\" value=\"%s\">",
             name, i + 1,
             milestones ? arena_printf(r->arena, _(r, "Milestone %d"), i + 1)
                        : arena_printf(r->arena, _(r, "Deliverable %d"), i + 1),
             name, i + 1, name, i + 1, i < n && vals[i] ? vals[i] : "");
        if (milestones)
            html(h,
                 "<label for=\"due-%d\">%s</label><input type=\"date\" id=\"due-%d\" "
                 "name=\"due_on_%d\" value=\"%s\">",
                 i + 1, arena_printf(r->arena, _(r, "Date of milestone %d"), i + 1), i + 1, i + 1,
                 i < n && dates[i] ? dates[i] : "");
        html_lit(h, "</div>\n");
    }
    if (err)
        html(h, "<small id=\"e-%s\" class=\"field-error\">%s</small>\n", field, err);
    html_lit(h, "</fieldset>\n");
}

void html_case_form(Html *h, Req *r, const char *action, const char *const *partners,
                    const char *const *competences, const CaseInput *x, const FormErrors *e)
{
    CaseInput none = {0};
    if (!x)
        x = &none;
    html_error_summary(h, r, e);
    html_form_begin(h, r, action);
    const char *pid = x->partner_id ? arena_printf(r->arena, "%lld", (long long)x->partner_id) : "";
    if (partners)
        html_select(h, e, "partner_id", _(r, "Partner"), partners, pid);
    else if (*pid)
        html(h, "<input type=\"hidden\" name=\"partner_id\" value=\"%s\">\n", pid);
    html_input(h, r, e, "text", "title", _(r, "Title"), x->title, "off");
    html_textarea(h, e, "brief", _(r, "The brief"), x->brief, 6);
    if (competences && competences[0])
        html_checkboxes(h, e, "competences", _(r, "Competences asked for"), competences,
                        html_options_mask(competences, x->competences, x->ncompetences));
    rows_boxes(h, r, e, false, x->deliverables, NULL, x->ndeliverables);
    rows_boxes(h, r, e, true, x->milestones, x->due_on, x->nmilestones);
    html_input(h, r, e, "text", "contact_name", _(r, "Contact person"), x->contact_name, "name");
    html_input(h, r, e, "email", "contact_email", _(r, "Contact's e-mail address"),
               x->contact_email, "email");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Submit the case"));
    html_form_end(h);
}

bool partner_choice(Req *r, bool own_org, int64_t *partner_id, PartnerChoice *c)
{
    Partner p;
    *c = (PartnerChoice){.org_id = r->org_id};
    if (own_org) {
        DbStatus st = *partner_id ? q_partner_get(r->db, r->org_id, true, *partner_id, r->arena, &p)
                                  : DB_NONE;
        if (st < DB_NONE)
            return false;
        if (st == DB_ONE) {
            c->org_id = p.org_id;
            c->org_name = p.org_name;
        } else {
            *partner_id = 0;
        }
    } else {
        Rows rows = ROWS_FROM(r->arena, &p);
        if (q_partner_list(r->db, r->org_id, false, r->arena, &p, rows_collect, &rows) < DB_NONE)
            return false;
        Options o = OPTIONS(r->arena);
        options_add(&o, "", _(r, "Choose the partner"));
        for (int i = 0; i < rows.n; i++)
            options_id(&o, ROW(&rows, Partner, i)->id, ROW(&rows, Partner, i)->name);
        c->partners = options_end(&o);
        c->npartners = rows.n;
    }
    return (own_org && !*partner_id) || (c->competences = competence_options_of(r, c->org_id));
}

static const PagerCol case_cols[CASE_SORTS] = {
    [CASE_BY_TITLE] = {.key = "title", .label = N_("Title")},
    [CASE_BY_SUBMITTED] = {.key = "submitted",
                           .label = N_("Submitted"),
                           .numeric = true,
                           .desc_first = true},
};

static void case_key(const void *row, int sort, PagerKey *k)
{
    const Case *c = row;
    *k = sort == CASE_BY_SUBMITTED ? (PagerKey){.num = c->created_at, .id = c->id}
                                   : (PagerKey){.text = c->title, .id = c->id};
}

const char *case_list(bool own_org)
{
    return own_org ? "partner-cases" : "cases";
}

bool html_case_list(Html *h, Req *r, bool own_org)
{
    Pager pg;
    Case c;
    pager_open(r, &pg, case_list(own_org), case_cols, CASE_SORTS, case_key,
               ROWS_FROM(r->arena, &c));
    if (!pager_done(
            &pg,
            q_case_page(r->db, r->org_id, own_org, &pg.page, r->arena, &c, rows_collect, &pg.rows),
            q_case_count(r->db, r->org_id, own_org, pg.page.like, &pg.total)))
        return false;
    pager_search(h, r, &pg, _(r, "Search by title or partner"));
    pager_summary(h, r, &pg, _(r, "No cases yet."));
    if (pg.n) {
        html_table_begin(h, _(r, "Cases"));
        html_lit(h, "<thead><tr>");
        pager_th(h, r, &pg, CASE_BY_TITLE);
        html(h, "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>",
             own_org ? _(r, "Training organisation") : _(r, "Partner"), _(r, "Status"));
        pager_th(h, r, &pg, CASE_BY_SUBMITTED);
        html(h, "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n", _(r, "Teams"));
        for (int i = 0; i < pg.n; i++) {
            const Case *x = ROW(&pg.rows, Case, i);
            char day[11];
            bxl_date_text(x->created_at, day);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/%s/%lld\">%s</a></td><td>%s</td><td>%s</td>"
                 "<td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, case_list(own_org), (long long)x->id, x->title,
                 own_org ? x->org_name : x->partner_name,
                 _(r, vocab_label(&case_statuses, x->status)), day, number_text(r, x->teams, 0, 0));
        }
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    pager_nav(h, r, &pg);
    return true;
}
