/* views/calls/jury.c — the jury section of a call's page (see jury.h). */
#include "views/calls/jury.h"

#include "core/arena.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "http/form.h"
#include "q/calls/jury.h"

/* A member of the jury of call call_id, with a button that removes them. */
static void juror_row(Html *h, Req *r, int64_t call_id, const Juror *j)
{
    html(h, "<tr><td>%s<br><small>%s</small></td><td>%lld / %lld</td><td>%lld</td><td>", j->name,
         j->email, (long long)j->submitted, (long long)j->assigned, (long long)j->conflicts);
    html_button_form(h, r,
                     arena_printf(r->arena, "/orgs/%lld/calls/%lld/jury/%lld/remove",
                                  (long long)r->org_id, (long long)call_id,
                                  (long long)j->account_id),
                     _(r, "Remove"), j->name);
    html_lit(h, "</td></tr>\n");
}

/* The review deadline, and while the call is published, the form that sets it. */
static void deadline_form(Html *h, Req *r, const Call *c, const FormErrors *e)
{
    html(h, "<p>%s</p>\n",
         c->review_deadline ? arena_printf(r->arena, _(r, "Review deadline: %s."),
                                           moment_text(r, c->review_deadline))
                            : _(r, "No review deadline yet."));
    if (c->status != CALL_PUBLISHED)
        return;
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/calls/%lld/review-deadline",
                                 (long long)r->org_id, (long long)c->id));
    html_error_summary(h, r, e);
    const char *sent = form_get(r, "review_deadline");
    html_input(h, r, e, "datetime-local", "review_deadline", _(r, "Review deadline"),
               sent                 ? sent
               : c->review_deadline ? moment_field(r, c->review_deadline)
                                    : NULL,
               "off");
    html(h, "<p><small>%s</small></p>\n",
         _(r, "Brussels time, after the call closes. Jury members with reviews missing get a "
              "reminder by e-mail three days before and on the day."));
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Set the deadline"));
    html_form_end(h);
}

bool html_call_jury(Html *h, Req *r, const Call *c, const char *notice, const FormErrors *e)
{
    if (c->status == CALL_DRAFT)
        return true;
    Juror j;
    Rows jury = ROWS_FROM(r->arena, &j), cands = ROWS_FROM(r->arena, &j);
    if (q_jury_list(r->db, r->org_id, c->id, r->arena, &j, rows_collect, &jury) < DB_NONE ||
        q_jury_candidates(r->db, r->org_id, c->id, r->arena, &j, rows_collect, &cands) < DB_NONE)
        return false;
    html(h, "<h2 id=\"jury\">%s</h2>\n", _(r, "Jury"));
    html_notice(h, notice, false);
    deadline_form(h, r, c, e);
    if (jury.n) {
        html_table_begin(h, _(r, "Jury"));
        html(
            h,
            "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\"><span class=\"sr\">%s</span></th></tr></thead>\n<tbody>\n",
            _(r, "Member"), _(r, "Reviews submitted / assigned"), _(r, "Conflicts"),
            _(r, "Actions"));
        for (int i = 0; i < jury.n; i++)
            juror_row(h, r, c->id, ROW(&jury, Juror, i));
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    } else {
        html(h, "<p>%s</p>\n", _(r, "No jury member yet."));
    }
    if (cands.n) {
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/calls/%lld/jury", (long long)r->org_id,
                                     (long long)c->id));
        html(h,
             "<label for=\"f-account_id\">%s</label>\n<select id=\"f-account_id\" "
             "name=\"account_id\">",
             _(r, "Appoint a member of the jury"));
        for (int i = 0; i < cands.n; i++) {
            const Juror *x = ROW(&cands, Juror, i);
            html(h, "<option value=\"%lld\">%s (%s)</option>", (long long)x->account_id, x->name,
                 x->email);
        }
        html(h, "</select>\n<button type=\"submit\" class=\"secondary\">%s</button>\n",
             _(r, "Appoint"));
        html_form_end(h);
    }
    html(h, "<p><small>%s</small></p>\n",
         _(r, "Jury members are people you invite to your organisation with the jury role; they "
              "see only the calls they sit on."));
    if (jury.n && c->status != CALL_DECIDED) {
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "Assigning gives each eligible proposal %lld reviewers "
                               "from the jury, never one with a conflict of interest, "
                               "and spreads the work evenly. Pairs you set by hand are kept."),
                          (long long)c->reviews_needed));
        html_button_form(h, r,
                         arena_printf(r->arena, "/orgs/%lld/calls/%lld/assign",
                                      (long long)r->org_id, (long long)c->id),
                         _(r, "Assign the reviews"), NULL);
        html(h, "<p><a href=\"/orgs/%lld/calls/%lld/assignments\">%s</a></p>\n",
             (long long)r->org_id, (long long)c->id, _(r, "See and adjust who reviews what"));
    }
    return true;
}

DbStatus juror_reads(Req *r, int64_t id)
{
    return q_juror_may_read(r->db, r->org_id, id, r->account->id);
}
