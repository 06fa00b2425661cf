/* screening.c — the funder reads a submitted proposal and screens its eligibility, item
 * by item of the call's checklist, with a reason for each item not met. The proposal is
 * eligible when every item is met; the applicant is told the outcome, and the reasons,
 * by mail in the language of the person who submitted it. */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "html/fmt.h"
#include "pages/calls/calls.h"
#include "views/calls/call.h"
#include "views/calls/files.h"
#include "views/calls/reviews.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

typedef struct Sub {
    Req *r;
    Proposal p;
    Call c;
    ScreeningRow rows[64];
    ScreeningRow row;
    int n;
    Html *lines;
    BudgetLine line;
    int64_t total;
    Html *groups;
    TargetGroup group;
} Sub;

static bool screening_row(void *ctx)
{
    Sub *s = ctx;
    if (s->n < 64)
        s->rows[s->n++] = s->row;
    return true;
}

static bool budget_row(void *ctx)
{
    Sub *s = ctx;
    html(s->lines, "<tr><td>%s</td><td class=\"num\">%s</td></tr>\n", s->line.label,
         money_text(s->r, s->line.amount));
    s->total += s->line.amount;
    return true;
}

static bool group_row(void *ctx)
{
    Sub *s = ctx;
    html(s->groups, "<li>%s</li>\n", lang_pick(s->r->lang, s->group.name));
    return true;
}

static bool sub_load(Req *r, Sub *s, enum MHD_Result *reply)
{
    s->r = r;
    s->lines = html_new(r->arena);
    s->groups = html_new(r->arena);
    DbStatus st = q_funder_proposal(r->db, r->org_id, req_id(r, "id"), r->arena, &s->p);
    if (st == DB_ONE)
        st = q_call_get(r->db, r->org_id, s->p.call_id, r->arena, &s->c);
    if (st == DB_ONE &&
        (q_screening(r->db, r->org_id, s->p.id, r->arena, &s->row, screening_row, s) < DB_NONE ||
         q_funder_budget_lines(r->db, r->org_id, s->p.id, r->arena, &s->line, budget_row, s) <
             DB_NONE ||
         q_funder_proposal_groups(r->db, r->org_id, s->p.id, r->arena, &s->group, group_row, s) <
             DB_NONE))
        st = DB_ERROR;
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

static const char *status_line(Req *r, const Proposal *p)
{
    if (p->status == PROPOSAL_ELIGIBLE)
        return _(r, "Eligible: it goes to the jury.");
    if (p->status == PROPOSAL_INELIGIBLE)
        return _(r, "Not eligible.");
    if (p->status == PROPOSAL_SUBMITTED)
        return _(r, "Submitted, not screened yet.");
    return "";
}

/* The proposal for the funder (jury false: with the screening) or for a jury member. */
static enum MHD_Result sub_page(Req *r, Sub *s, const FormErrors *e, const char *notice,
                                int status, bool jury)
{
    Proposal *p = &s->p;
    Html *h = page_begin(r, p->title);
    if (jury)
        html(h, "<h1>%s</h1>\n<p>%s · %s<br><a href=\"/orgs/%lld/jury\">%s</a></p>\n", p->title,
             p->org_name, call_title(r, &s->c), (long long)r->org_id, _(r, "Jury"));
    else
        html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/calls/%lld\">%s</a><br>%s</p>\n",
             p->title, p->org_name, (long long)r->org_id, (long long)s->c.id,
             call_title(r, &s->c), status_line(r, p));
    html_notice(h, notice, false);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
            "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%lld</dd>\n<dt>%s</dt><dd>%lld</dd>\n</dl>\n",
         _(r, "Receipt"), p->receipt, _(r, "Submitted"), moment_text(r, p->submitted_at),
         _(r, "Requested"), money_text(r, p->requested), _(r, "People to train"),
         (long long)p->planned_trained, _(r, "People to reach"), (long long)p->planned_reached);
    if (*p->summary)
        html(h, "<h2>%s</h2>\n<p class=\"prose\">%s</p>\n", _(r, "Summary"), p->summary);
    if (s->groups->buf.len) {
        html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Target groups"));
        html_append(h, s->groups);
        html_lit(h, "</ul>\n");
    }
    if (s->lines->buf.len) {
        html(h, "<h2>%s</h2>\n", _(r, "Budget"));
        html_table_begin(h, _(r, "Budget"));
        html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n"
                "<tbody>\n",
             _(r, "Budget line"), _(r, "Amount"));
        html_append(h, s->lines);
        html(h, "</tbody>\n<tfoot><tr><th scope=\"row\">%s</th><td class=\"num\">%s</td></tr>"
                "</tfoot>\n",
             _(r, "Total"), money_text(r, s->total));
        html_table_end(h);
    }
    const char *files = jury ? arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld/files",
                                            (long long)r->org_id, (long long)p->id)
                             : arena_printf(r->arena, "/orgs/%lld/submissions/%lld/files",
                                            (long long)r->org_id, (long long)p->id);
    if (!html_proposal_files(h, r, r->org_id, p->id, files, false, NULL))
        return reply_error(r, ERR_DB);
    if (jury) {
        if (!html_review_section(h, r, &s->c, p->id, NULL))
            return reply_error(r, ERR_DB);
        return page_end_status(r, h, status);
    }
    if (p->status == PROPOSAL_ELIGIBLE && !html_funder_reviews(h, r, p->id))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Eligibility"));
    bool open = p->status == PROPOSAL_SUBMITTED || p->status == PROPOSAL_ELIGIBLE ||
                p->status == PROPOSAL_INELIGIBLE;
    if (!s->n) {
        html(h, "<p>%s</p>\n", _(r, "The call has no eligibility checklist."));
    } else if (open) {
        html(h, "<p>%s</p>\n", _(r, "Answer every item. The proposal is eligible when all are "
                                  "met; the applicant receives the outcome and your reasons."));
        html_error_summary(h, r, e);
        html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/submissions/%lld/screening",
                                           (long long)r->org_id, (long long)p->id));
        for (int i = 0; i < s->n; i++) {
            ScreeningRow *x = &s->rows[i];
            const char *m = arena_printf(r->arena, "m-%lld", (long long)x->item_id);
            const char *rs = arena_printf(r->arena, "r-%lld", (long long)x->item_id);
            const char *sent = form_get(r, m);
            int64_t met = sent ? (!strcmp(sent, "1") ? 1 : !strcmp(sent, "0") ? 0 : -1) : x->met;
            const char *err = form_error_for(e, m);
            html(h, "<fieldset class=\"screen\" id=\"f-%s\">\n<legend>%s</legend>\n", m,
                 lang_pick(r->lang, x->text));
            if (err)
                html(h, "<small class=\"field-error\">%s</small>\n", err);
            html(h, "<label><input type=\"radio\" name=\"%s\" value=\"1\"%s> %s</label>\n"
                    "<label><input type=\"radio\" name=\"%s\" value=\"0\"%s> %s</label>\n",
                 m, met == 1 ? " checked" : "", _(r, "Met"), m, met == 0 ? " checked" : "",
                 _(r, "Not met"));
            const char *reason = form_get(r, rs);
            html_input(h, r, e, "text", rs, _(r, "Reason (needed when not met)"),
                       reason ? reason : x->reason, "off");
            html_lit(h, "</fieldset>\n");
        }
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the screening"));
        html_form_end(h);
    } else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < s->n; i++)
            html(h, "<li>%s: %s%s%s</li>\n", lang_pick(r->lang, s->rows[i].text),
                 s->rows[i].met == 1 ? _(r, "Met") : _(r, "Not met"),
                 *s->rows[i].reason ? " — " : "", s->rows[i].reason);
        html_lit(h, "</ul>\n");
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/submissions/{id} */
enum MHD_Result page_submission(Req *r)
{
    Sub s = {0};
    enum MHD_Result reply;
    if (!sub_load(r, &s, &reply))
        return reply;
    return sub_page(r, &s, NULL, query_get(r, "saved") ? _(r, "The screening is saved and the applicant informed.") : NULL, 200, false);
}

/* A submitted proposal of r's funder organisation, read-only, for a jury member who may
 * read it (the caller checked). */
static enum MHD_Result proposal_reading(Req *r)
{
    Sub s = {0};
    enum MHD_Result reply;
    if (!sub_load(r, &s, &reply))
        return reply;
    const char *notice = query_get(r, "submitted") ? _(r, "Your review is submitted.")
                         : query_get(r, "saved")   ? _(r, "Your draft review is saved.")
                                                   : NULL;
    return sub_page(r, &s, NULL, notice, 200, true);
}

/* GET /orgs/{org}/jury/proposals/{id}: only for an assigned member without a conflict. */
enum MHD_Result page_jury_proposal(Req *r)
{
    int64_t id = req_id(r, "id");
    DbStatus st = q_juror_may_read(r->db, r->org_id, id, r->account->id);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return proposal_reading(r);
}

typedef struct ScreenTx {
    Req *r;
    Sub *s;
    bool met[64];
    const char *reason[64];
    bool eligible, stale;
    const char *email, *subject, *body;
} ScreenTx;

static DbStatus screen_tx(Db *db, void *ctx)
{
    ScreenTx *t = ctx;
    Req *r = t->r;
    int64_t now = clock_now();
    DbStatus st;
    for (int i = 0; i < t->s->n; i++) {
        st = q_screening_set(db, r->org_id, t->s->p.id, t->s->rows[i].item_id, t->met[i],
                             t->reason[i]);
        if (st == DB_NONE) {
            t->stale = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE)
            return st;
    }
    st = q_screening_outcome(db, r->org_id, t->s->p.id, t->eligible, now, r->account->id);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if (t->email && (st = q_outbox_add(db, r->org_id, t->email, t->subject, t->body, now)) < DB_NONE)
        return st;
    return q_audit(db, r->org_id, r->account->id, t->eligible ? "screen_eligible" : "screen_ineligible",
                   t->s->p.receipt, now);
}

/* POST /orgs/{org}/submissions/{id}/screening */
enum MHD_Result page_screening_save(Req *r)
{
    Sub s = {0};
    enum MHD_Result reply;
    if (!sub_load(r, &s, &reply))
        return reply;
    if (!s.n)
        return reply_error(r, ERR_BAD_REQUEST);
    ScreenTx t = {.r = r, .s = &s, .eligible = true};
    FormErrors e = {0};
    for (int i = 0; i < s.n; i++) {
        const char *m = arena_printf(r->arena, "m-%lld", (long long)s.rows[i].item_id);
        const char *rs = arena_printf(r->arena, "r-%lld", (long long)s.rows[i].item_id);
        const char *v = form_get(r, m), *reason = form_get(r, rs);
        const char *item = lang_pick(r->lang, s.rows[i].text);
        if (!v || (strcmp(v, "1") && strcmp(v, "0"))) {
            form_error(&e, m, arena_printf(r->arena, _(r, "%s: choose met or not met."), item));
            continue;
        }
        t.met[i] = !strcmp(v, "1");
        if (reason && strlen(reason) > 500)
            form_error(&e, rs, arena_printf(r->arena, _(r, "%s: the reason is too long (500 characters at most)."), item));
        else if (!t.met[i] && (!reason || !*reason))
            form_error(&e, rs, arena_printf(r->arena, _(r, "%s: give the reason why it is not met."), item));
        t.reason[i] = reason && *reason ? reason : NULL;
        if (!t.met[i])
            t.eligible = false;
    }
    if (e.n)
        return sub_page(r, &s, &e, NULL, 400, false);
    /* the outcome, told in the language of the person who submitted the proposal */
    char *email = NULL, *lang = NULL;
    if (q_proposal_submitter(r->db, r->org_id, s.p.id, r->arena, &email, &lang) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (email) {
        Lang l = LANG_EN;
        lang_parse(lang, &l);
        Req in = {.arena = r->arena, .lang = l};
        t.email = email;
        t.subject = arena_printf(r->arena, i18n_get(l, "Eligibility of your proposal \"%s\""),
                                 s.p.title);
        Buf b;
        buf_init(&b, r->arena, 512);
        buf_printf(&b, i18n_get(l, "Hello,\n\nThe proposal \"%s\" (receipt %s) to the call for "
                                   "projects \"%s\" of %s has been screened.\n\n"),
                   s.p.title, s.p.receipt, call_title(&in, &s.c), s.c.funder);
        if (t.eligible) {
            buf_adds(&b, i18n_get(l, "It is eligible: it now goes to the jury.\n"));
        } else {
            buf_adds(&b, i18n_get(l, "It is not eligible, for these reasons:\n\n"));
            for (int i = 0; i < s.n; i++)
                if (!t.met[i])
                    buf_printf(&b, "- %s: %s\n", lang_pick(l, s.rows[i].text), t.reason[i]);
        }
        t.body = b.data;
    }
    DbStatus st = db_tx(r->db, screen_tx, &t);
    if (t.stale) {
        form_error(&e, "title", _(r, "The screening of this proposal is closed."));
        return sub_page(r, &s, &e, NULL, 409, false);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/submissions/%lld?saved=1",
                                          (long long)r->org_id, (long long)s.p.id));
}
