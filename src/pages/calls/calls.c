/* calls.c — a funder's calls for projects: the list, and the form that creates or edits one
 * (texts in three languages, budget and grant limits, opening and closing to the minute in
 * Brussels time, reviews per proposal, the score scale, when reviewers disagree, how grants
 * are paid). The call's own page is call.c, the public pages public.c, target groups
 * groups.c; what they share is in views/calls/call.h. */
#include "pages/calls/calls.h"

#include <string.h>

#include "core/clock.h"
#include "domain/disagree.h"
#include "domain/money.h"
#include "domain/tranches.h"
#include "flows/calls/call.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "q/calls/call.h"
#include "views/calls/call.h"

static const char *const tranche_pct_fields[TRANCHE_MAX] = {"tranche1_pct", "tranche2_pct",
                                                            "tranche3_pct"};
static const char *const tranche_on_fields[TRANCHE_MAX] = {"tranche1_on", "tranche2_on",
                                                           "tranche3_on"};
static const char *const tranche_pct_labels[TRANCHE_MAX] = {
    N_("First tranche (%)"), N_("Second tranche (%)"), N_("Third tranche (%)")};
static const char *const tranche_on_labels[TRANCHE_MAX] = {
    N_("First tranche paid"), N_("Second tranche paid"), N_("Third tranche paid")};
static const char *const trigger_keys[] = {"signature", "interim_report", "final_report", NULL};

/* --- the funder's list ------------------------------------------------------------ */

static const PagerCol call_cols[CALL_SORTS] = {
    [CALL_BY_CLOSES] = {.key = "closes",
                        .label = N_("Closes"),
                        .numeric = true,
                        .desc_first = true},
    [CALL_BY_BUDGET] = {.key = "budget",
                        .label = N_("Budget"),
                        .numeric = true,
                        .desc_first = true},
};

static void call_key(const void *row, int sort, PagerKey *k)
{
    const Call *c = row;
    *k = (PagerKey){.num = sort == CALL_BY_BUDGET ? c->budget : c->closes_at, .id = c->id};
}

/* GET /orgs/{org}/calls */
enum MHD_Result page_calls(Req *r)
{
    Pager pg;
    Call c;
    pager_open(r, &pg, "calls", call_cols, CALL_SORTS, call_key, ROWS_FROM(r->arena, &c));
    if (!pager_done(&pg,
                    q_call_page(r->db, r->org_id, &pg.page, r->arena, &c, rows_collect, &pg.rows),
                    q_call_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Calls for projects"));
    html(h, "<h1>%s</h1>\n", _(r, "Calls for projects"));
    if (r->roles & ROLE_FUNDER)
        html(h,
             "<p><a href=\"/orgs/%lld/calls/new\" role=\"button\">%s</a> "
             "<a href=\"/orgs/%lld/target-groups\">%s</a></p>\n",
             (long long)r->org_id, _(r, "New call"), (long long)r->org_id, _(r, "Target groups"));
    if (pager_empty(&pg)) {
        html(h, "<p>%s</p>\n", _(r, "No calls yet."));
        return page_end(r, h);
    }
    pager_search(h, r, &pg, _(r, "Search by title"));
    pager_summary(h, r, &pg, _(r, "No calls yet."));
    if (pg.n) {
        static const PagerHead heads[] = {PAGER_PLAIN(N_("Title")), PAGER_PLAIN(N_("Status")),
                                          PAGER_SORTED(CALL_BY_CLOSES),
                                          PAGER_SORTED(CALL_BY_BUDGET)};
        pager_table_open(h, r, &pg, _(r, "Calls for projects"), heads, 4);
        int64_t now = clock_now();
        for (int i = 0; i < pg.n; i++) {
            const Call *x = ROW(&pg.rows, Call, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/calls/%lld\">%s</a></td><td>%s</td><td>%s</td>"
                 "<td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)x->id, call_title(r, x),
                 call_status_text(r, x, now), moment_text(r, x->closes_at),
                 money_text(r, x->budget));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* --- the form ----------------------------------------------------------------------- */

static void payment_fields(Html *h, Req *r, const Call *c, const FormErrors *e)
{
    html(h, "<fieldset>\n<legend>%s</legend>\n<p><small>%s</small></p>\n",
         _(r, "Payment of grants"),
         _(r, "Up to three tranches adding up to 100 %, each paid at a later step of the grant "
              "than the one before. Set a tranche to 0 to leave it out."));
    const char *opts[2 * 3 + 1];
    for (int i = 0; i < 3; i++) {
        opts[2 * i] = trigger_keys[i];
        opts[2 * i + 1] = _(r, vocab_label(&tranche_trigger_vocab, i));
    }
    opts[6] = NULL;
    for (int t = 0; t < TRANCHE_MAX; t++) {
        bool used = t < c->tranches.n;
        html_input(
            h, r, e, "number", tranche_pct_fields[t], _(r, tranche_pct_labels[t]),
            sent_or(r, tranche_pct_fields[t], num_text(r, used ? c->tranches.step[t].pct : 0)),
            "off");
        html_select(h, e, tranche_on_fields[t], _(r, tranche_on_labels[t]), opts,
                    sent_or(r, tranche_on_fields[t],
                            used ? vocab_key(&tranche_trigger_vocab, c->tranches.step[t].on)
                                 : "final_report"));
    }
    html_lit(h, "</fieldset>\n");
}

static enum MHD_Result call_form(Req *r, const Call *c, const FormErrors *e, int status)
{
    bool is_new = c->id == 0;
    const char *title = is_new ? _(r, "New call for projects") : _(r, "Edit the call");
    char budget[32], min[32], max[32];
    money_plain(c->budget, budget, sizeof budget);
    money_plain(c->min_grant, min, sizeof min);
    money_plain(c->max_grant, max, sizeof max);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    is_new ? arena_printf(r->arena, "/orgs/%lld/calls", (long long)r->org_id)
                           : arena_printf(r->arena, "/orgs/%lld/calls/%lld", (long long)r->org_id,
                                          (long long)c->id));
    html(h, "<fieldset>\n<legend>%s</legend>\n<p><small>%s</small></p>\n",
         _(r, "Title and description"),
         _(r, "Give them in at least one language; the others show that one."));
    for (int l = 0; l < LANG_COUNT; l++) {
        html_input(h, r, e, "text", title_fields[l], _(r, title_labels[l]), c->title[l], "off");
        html_textarea(h, e, desc_fields[l], _(r, desc_labels[l]), c->description[l], 5);
    }
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n", _(r, "Money (euro)"));
    html_input(h, r, e, "text", "budget", _(r, "Total budget"), sent_or(r, "budget", budget),
               "off");
    html_input(h, r, e, "text", "min_grant", _(r, "Smallest grant"), sent_or(r, "min_grant", min),
               "off");
    html_input(h, r, e, "text", "max_grant", _(r, "Largest grant"), sent_or(r, "max_grant", max),
               "off");
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n<p><small>%s</small></p>\n",
         _(r, "When proposals can be submitted"),
         _(r, "Brussels time. A proposal submitted after the closing minute is refused."));
    html_input(h, r, e, "datetime-local", "opens_at", _(r, "Opens"),
               sent_or(r, "opens_at", c->opens_at ? moment_field(r, c->opens_at) : NULL), "off");
    html_input(h, r, e, "datetime-local", "closes_at", _(r, "Closes"),
               sent_or(r, "closes_at", c->closes_at ? moment_field(r, c->closes_at) : NULL), "off");
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n", _(r, "Review"));
    html_input(h, r, e, "number", "reviews_needed", _(r, "Reviews per proposal"),
               num_text(r, c->reviews_needed), "off");
    html_input(h, r, e, "number", "scale_min", _(r, "Lowest score"), num_text(r, c->scale_min),
               "off");
    html_input(h, r, e, "number", "scale_max", _(r, "Highest score"), num_text(r, c->scale_max),
               "off");
    html_input(h, r, e, "number", "disagree_pct",
               _(r, "Reviewers disagree above this share of the scale (%)"),
               sent_or(r, "disagree_pct", num_text(r, c->disagree_pct)), "off");
    html_lit(h, "</fieldset>\n");
    payment_fields(h, r, c, e);
    html(h, "<button type=\"submit\">%s</button>\n",
         is_new ? _(r, "Create the call") : _(r, "Save"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/calls/new */
enum MHD_Result page_call_new(Req *r)
{
    Call c = {.reviews_needed = 3,
              .scale_min = 0,
              .scale_max = 10,
              .disagree_pct = DOM_DISAGREE_DEFAULT_PCT,
              .tranches = dom_tranche_default()};
    return call_form(r, &c, NULL, 200);
}

/* Reads the call form into c; e receives what the reader refuses (the rules are the
 * workflow's). A form without the payment or disagreement fields keeps c's. */
static void call_read(Req *r, Call *c, FormErrors *e)
{
    char *on[TRANCHE_MAX] = {0}, *plan_sent = NULL;
    int64_t pct[TRANCHE_MAX] = {0};
    for (int t = 0; t < c->tranches.n; t++)
        pct[t] = c->tranches.step[t].pct;
    FieldSpec spec[] = {
        FIELD("title_en", F_TEXT, title_labels[0], .max = 200, .text = &c->title[0]),
        FIELD("title_nl", F_TEXT, title_labels[1], .max = 200, .text = &c->title[1]),
        FIELD("title_fr", F_TEXT, title_labels[2], .max = 200, .text = &c->title[2]),
        FIELD("description_en", F_TEXT, desc_labels[0], .max = 10000, .text = &c->description[0]),
        FIELD("description_nl", F_TEXT, desc_labels[1], .max = 10000, .text = &c->description[1]),
        FIELD("description_fr", F_TEXT, desc_labels[2], .max = 10000, .text = &c->description[2]),
        FIELD("budget", F_MONEY, N_("Total budget"), .required = true, .num = &c->budget),
        FIELD("min_grant", F_MONEY, N_("Smallest grant"), .required = true, .num = &c->min_grant),
        FIELD("max_grant", F_MONEY, N_("Largest grant"), .required = true, .num = &c->max_grant),
        FIELD("reviews_needed", F_INT, N_("Reviews per proposal"), .required = true, .min = 1,
              .max = 20, .num = &c->reviews_needed),
        FIELD("scale_min", F_INT, N_("Lowest score"), .required = true, .min = 0, .max = 100,
              .num = &c->scale_min),
        FIELD("scale_max", F_INT, N_("Highest score"), .required = true, .min = 1, .max = 100,
              .num = &c->scale_max),
        FIELD("disagree_pct", F_INT, N_("Reviewers disagree above this share of the scale (%)"),
              .min = 0, .max = 100, .num = &c->disagree_pct),
        FIELD("opens_at", F_MOMENT, N_("Opens"), .required = true, .num = &c->opens_at),
        FIELD("closes_at", F_MOMENT, N_("Closes"), .required = true, .num = &c->closes_at),
        FIELD("tranche1_pct", F_INT, tranche_pct_labels[0], .min = 0, .max = 100,
              .text = &plan_sent, .num = &pct[0]),
        FIELD("tranche2_pct", F_INT, tranche_pct_labels[1], .min = 0, .max = 100, .num = &pct[1]),
        FIELD("tranche3_pct", F_INT, tranche_pct_labels[2], .min = 0, .max = 100, .num = &pct[2]),
        FIELD("tranche1_on", F_CHOICE, tranche_on_labels[0], .choices = trigger_keys,
              .text = &on[0]),
        FIELD("tranche2_on", F_CHOICE, tranche_on_labels[1], .choices = trigger_keys,
              .text = &on[1]),
        FIELD("tranche3_on", F_CHOICE, tranche_on_labels[2], .choices = trigger_keys,
              .text = &on[2]),
        {0},
    };
    form_read(r, spec, e);
    /* a moment refused (not sent, malformed, or skipped by the clocks going forward): the
     * call form's own words, which name no field, as it always said */
    for (int i = 0; i < e->n; i++)
        if (!strcmp(e->field[i], "opens_at") || !strcmp(e->field[i], "closes_at"))
            e->msg[i] = _(r, "Enter a date and time that exist, e.g. 2027-01-31 12:00.");
    /* the tranches in use, in the order given: a 0 % tranche is left out */
    if (!plan_sent)
        return; /* the form of a client that does not know the plan: keep it */
    TranchePlan plan = {0};
    for (int t = 0; t < TRANCHE_MAX; t++) {
        if (pct[t] <= 0)
            continue;
        int v = c->tranches.n > t ? (int)c->tranches.step[t].on : TRIGGER_FINAL_REPORT;
        if (on[t])
            vocab_parse(&tranche_trigger_vocab, on[t], &v);
        plan.step[plan.n++] = (TrancheStep){(int)pct[t], (TrancheTrigger)v};
    }
    c->tranches = plan;
}

/* Back to the form with the workflow's errors, or on to the call's page. */
static enum MHD_Result call_saved(Req *r, const Call *c, const Outcome *o)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return call_form(r, c, &o->fields, o->status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?saved=1",
                                          (long long)r->org_id, (long long)o->id));
}

/* POST /orgs/{org}/calls */
enum MHD_Result page_call_create(Req *r)
{
    Call c = {.disagree_pct = DOM_DISAGREE_DEFAULT_PCT, .tranches = dom_tranche_default()};
    FormErrors e;
    call_read(r, &c, &e);
    Flow f = req_flow(r);
    Outcome o = flow_call_save(&f, &c, &e);
    return call_saved(r, &c, &o);
}

/* GET /orgs/{org}/calls/{id}/edit */
enum MHD_Result page_call_edit(Req *r)
{
    Call c;
    DbStatus st = call_load(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return call_form(r, &c, NULL, 200);
}

/* POST /orgs/{org}/calls/{id} */
enum MHD_Result page_call_update(Req *r)
{
    Call old;
    DbStatus st = call_load(r, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Call c = {.id = old.id,
              .status = old.status,
              .disagree_pct = old.disagree_pct,
              .tranches = old.tranches};
    FormErrors e;
    call_read(r, &c, &e);
    Flow f = req_flow(r);
    Outcome o = flow_call_save(&f, &c, &e);
    return call_saved(r, &c, &o);
}
