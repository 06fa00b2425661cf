/* demo_stem_fund.c — the money of the STEM scenario (see demo_stem.h): the Vlaams STEM-fonds
 * opens a call, STEM op Wielen vzw proposes its programme with a budget of 100,000 EUR in
 * three lines (equipment, trainers, practical support), the fund screens it, its jury reviews
 * it and the fund awards the grant; then the grantee links the grant to its programmes, the
 * fund pays the tranches and the grantee records its expenses. Everything goes through the
 * workflows, as the pages do, each act at the time it happened. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_stem.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/disagree.h"
#include "domain/groups.h"
#include "domain/tranches.h"
#include "flows/calls/call.h"
#include "flows/calls/decision.h"
#include "flows/calls/grant.h"
#include "flows/calls/jury.h"
#include "flows/calls/proposal.h"
#include "flows/calls/review.h"
#include "flows/calls/screening.h"
#include "flows/impact/funding.h"
#include "q/calls/call.h"
#include "q/calls/grant.h"

int64_t stem_at(int y, int m, int d, int minutes)
{
    int64_t t = 0;
    bxl_to_utc((Date){y, m, d}, minutes, &t);
    return t;
}

/* The proposal's budget: 100,000 EUR in three lines, in cents. */
static const char *const stem_lines[] = {"Equipment", "Trainers", "Practical support"};
static const int64_t stem_cents[] = {3000000, 5500000, 1500000};
#define STEM_LINES ((int)(sizeof stem_lines / sizeof stem_lines[0]))
#define STEM_GRANT 10000000 /* 100,000 EUR */

/* What was spent on each line (the same order), when, and on what: all of it by the end. */
static const struct {
    int line, month, day;
    int64_t cents;
    const char *what;
} stem_spent[] = {
    {0, 1, 12, 1800000, "Robot kits and micro:bit sets for the five buses"},
    {0, 1, 26, 1200000, "Ten refurbished laptops and two projectors"},
    {1, 3, 31, 1800000, "Trainers' fees, February and March"},
    {1, 6, 30, 2300000, "Trainers' fees, April to June"},
    {1, 8, 31, 1400000, "Trainers of the summer camps"},
    {2, 3, 31, 500000, "Fuel and upkeep of the buses, first quarter"},
    {2, 6, 30, 400000, "Fuel and upkeep of the buses, second quarter"},
    {2, 8, 31, 600000, "Meals, transport and insurance of the summer camps"},
};

static ScreeningAnswer all_met(void *ctx, int64_t item_id)
{
    (void)ctx, (void)item_id;
    return SCREEN_MET;
}

static const char *no_reason(void *ctx, int64_t item_id)
{
    (void)ctx, (void)item_id;
    return NULL;
}

/* A juror's score: ctx is the text of the score. */
static const char *score_of(void *ctx, int64_t item_id)
{
    (void)item_id;
    return ctx;
}

/* The id of the fund's target group called name in English (domain/groups.h), 0: none. */
static int64_t group_named(StemDemo *d, const char *name)
{
    TargetGroup g;
    Rows groups = ROWS_FROM(d->a, &g);
    if (q_target_groups(d->db, d->funder, d->a, &g, rows_collect, &groups) >= DB_NONE)
        for (int i = 0; i < groups.n; i++)
            if (!strcmp(ROW(&groups, TargetGroup, i)->name[LANG_EN], name))
                return ROW(&groups, TargetGroup, i)->id;
    return 0;
}

/* The call, published on the first of September of the year before. */
static bool stem_call(StemDemo *d, Flow *f, int64_t *call_id, int64_t *youth_id)
{
    int y = d->year - 1;
    Call c = {.title = {arena_printf(d->a, "STEM for every youngster %d-%d", y, y + 1),
                        arena_printf(d->a, "STEM voor elke jongere %d-%d", y, y + 1),
                        arena_printf(d->a, "Les STEM pour chaque jeune %d-%d", y, y + 1)},
              .description = {"One programme that brings science, technology, engineering and "
                              "mathematics to youngsters aged 10 to 18 in every Flemish "
                              "province, where they live and go to school.",
                              "Eén programma dat wetenschap, technologie, engineering en wiskunde "
                              "naar jongeren van 10 tot 18 jaar brengt, in elke Vlaamse "
                              "provincie, waar ze wonen en naar school gaan.",
                              "Un programme qui amène les sciences, les technologies, l'ingénierie "
                              "et les mathématiques aux jeunes de 10 à 18 ans dans chaque "
                              "province flamande, là où ils vivent et vont à l'école."},
              .budget = STEM_GRANT,
              .min_grant = 2000000,
              .max_grant = STEM_GRANT,
              .opens_at = stem_at(y, 9, 1, 9 * 60),
              .closes_at = stem_at(y, 10, 31, 12 * 60),
              .reviews_needed = 2,
              .scale_min = 0,
              .scale_max = 10,
              .disagree_pct = DOM_DISAGREE_DEFAULT_PCT,
              .tranches = dom_tranche_default()};
    f->now = stem_at(y, 8, 25, 10 * 60);
    Outcome o = flow_call_save(f, &c, NULL);
    if (!demo_ok(o, "STEM call"))
        return false;
    *call_id = o.id;
    /* eligibility checks, then award criteria with their weights */
    static const CallItem items[] = {
        {.kind = ITEM_ELIGIBILITY, .text = {"A non-profit organisation", "Een vzw", "Une ASBL"}},
        {.kind = ITEM_ELIGIBILITY,
         .text = {"Active in the five Flemish provinces", "Actief in de vijf Vlaamse provincies",
                  "Active dans les cinq provinces flamandes"}},
        {.kind = ITEM_CRITERION,
         .weight = 3,
         .text = {"Youngsters reached", "Bereikte jongeren", "Jeunes touchés"}},
        {.kind = ITEM_CRITERION,
         .weight = 2,
         .text = {"Quality of the activities", "Kwaliteit van de activiteiten",
                  "Qualité des activités"}},
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        CallItem it = items[i];
        if (!demo_ok(flow_call_item_add(f, *call_id, &it, NULL), "STEM call item"))
            return false;
    }
    /* the call aims at the youngsters among the fund's target groups */
    int64_t youth = group_named(d, default_groups[5][LANG_EN]);
    f->now = stem_at(y, 8, 31, 16 * 60);
    *youth_id = youth;
    return youth && demo_ok(flow_call_groups(f, *call_id, &youth, 1), "STEM call groups") &&
           demo_ok(flow_call_publish(f, *call_id), "STEM call published");
}

/* STEM op Wielen's proposal, written in September and submitted in October. */
static bool stem_proposal(StemDemo *d, Flow *f, int64_t call_id, int64_t youth,
                          int64_t *proposal_id)
{
    int y = d->year - 1;
    f->who = &d->admin;
    f->now = stem_at(y, 9, 15, 10 * 60);
    Outcome o = flow_proposal_create(f, call_id, "STEM op Wielen: the lab comes to you", NULL);
    if (!demo_ok(o, "STEM proposal"))
        return false;
    *proposal_id = o.id;
    Proposal p = {.id = o.id,
                  .title = "STEM op Wielen: the lab comes to you",
                  .summary = "Five buses, one per Flemish province, bring a STEM lab to schools: "
                             "half-day workshops for whole classes, with robots, sensors and "
                             "code. In summer, week-long camps; during the school year, online "
                             "lessons that classes follow from their own classroom. 5,000 "
                             "youngsters aged 10 to 18 in one school year.",
                  .requested = STEM_GRANT,
                  .planned_trained = 4900,
                  .planned_reached = 5000};
    if (!demo_ok(flow_proposal_save(f, &p, true, &youth, 1, NULL), "STEM proposal saved"))
        return false;
    for (int i = 0; i < STEM_LINES; i++)
        if (!demo_ok(flow_budget_line_add(f, o.id, stem_lines[i], stem_cents[i], NULL),
                     "STEM budget line"))
            return false;
    f->now = stem_at(y, 10, 20, 15 * 60);
    return demo_ok(flow_proposal_submit(f, o.id), "STEM proposal submitted");
}

bool stem_grant(StemDemo *d)
{
    int y = d->year - 1;
    Flow f = {.db = d->db, .arena = d->a, .who = &d->fund, .base_url = ""};
    int64_t call_id, youth, pid;
    if (!stem_call(d, &f, &call_id, &youth) || !stem_proposal(d, &f, call_id, youth, &pid))
        return false;
    /* the fund screens it and its jury reviews it */
    f.who = &d->fund;
    f.now = stem_at(y, 11, 4, 10 * 60);
    ScreeningInput screen = {.answer_of = all_met, .reason_of = no_reason};
    int assigned = 0, shorts = 0;
    if (!demo_ok(flow_screening_save(&f, pid, &screen), "STEM screening"))
        return false;
    for (int j = 0; j < 2; j++)
        if (!demo_ok(flow_jury_appoint(&f, call_id, d->jurors[j].account_id), "STEM jury"))
            return false;
    if (!demo_ok(flow_jury_assign(&f, call_id, &assigned, &shorts), "STEM jury assigned"))
        return false;
    static const char *const scores[2] = {"9", "8"};
    static const char *const comments[2] = {
        "Reaches every province and goes where the youngsters are: the schools.",
        "A realistic budget; the buses make the workshops cheap per youngster."};
    for (int j = 0; j < 2; j++) {
        f.who = &d->jurors[j];
        f.now = stem_at(y, 11, 14 + 3 * j, 20 * 60);
        ReviewInput in = {
            .score_of = score_of, .ctx = (void *)scores[j], .comment = comments[j], .submit = true};
        if (!demo_ok(flow_review_save(&f, pid, &in), "STEM review"))
            return false;
    }
    /* the decision: the whole budget to the one programme */
    f.who = &d->fund;
    f.now = stem_at(y, 12, 2, 11 * 60);
    SelGrant g = {.id = pid, .amount_cents = STEM_GRANT};
    DecisionNote note = {.id = pid,
                         .reason = "Every province, every age from 10 to 18, and a budget that "
                                   "adds up."};
    if (!demo_ok(flow_call_decide(&f, call_id, &g, 1, &note, 1, NULL), "STEM decision"))
        return false;
    GrantRow row;
    Rows grants = ROWS_FROM(d->a, &row);
    DbPage page = {.from_start = true, .like = "", .limit = 2};
    if (q_grant_page(d->db, d->org, false, &page, d->a, &row, rows_collect, &grants) < DB_NONE ||
        grants.n != 1)
        return false;
    d->grant_id = ROW(&grants, GrantRow, 0)->id;
    return true;
}

bool stem_grant_followed(StemDemo *d)
{
    int y = d->year;
    Flow f = {.db = d->db, .arena = d->a, .who = &d->admin, .base_url = ""};
    f.now = stem_at(y - 1, 12, 12, 10 * 60);
    if (!demo_ok(grant_programmes_set(&f, d->grant_id, d->programme, 3), "STEM grant programmes"))
        return false;
    /* the fund pays on signature, on the interim report and on the final report */
    TrancheRow t;
    Rows tranches = ROWS_FROM(d->a, &t);
    if (q_tranches(d->db, d->funder, d->grant_id, d->a, &t, rows_collect, &tranches) < DB_NONE)
        return false;
    f.who = &d->fund;
    for (int i = 0; i < tranches.n; i++) {
        /* the first in December, the last after the final report, any other in April */
        Date when = !i                    ? (Date){y - 1, 12, 15}
                    : i == tranches.n - 1 ? (Date){y, 8, 31}
                                          : (Date){y, 4, 15};
        char on[11];
        date_format(when, on);
        f.now = stem_at(when.y, when.m, when.d, 14 * 60);
        if (!demo_ok(flow_tranche_pay(&f, ROW(&tranches, TrancheRow, i)->id, on), "STEM tranche"))
            return false;
    }
    GrantLine l;
    Rows lines = ROWS_FROM(d->a, &l);
    if (q_grant_lines(d->db, d->org, d->grant_id, d->a, &l, rows_collect, &lines) < DB_NONE ||
        lines.n != STEM_LINES)
        return false;
    int64_t line_id[STEM_LINES] = {0};
    for (int i = 0; i < lines.n; i++)
        for (int k = 0; k < STEM_LINES; k++)
            if (!strcmp(ROW(&lines, GrantLine, i)->label, stem_lines[k]))
                line_id[k] = ROW(&lines, GrantLine, i)->id;
    f.who = &d->admin;
    for (size_t i = 0; i < sizeof stem_spent / sizeof stem_spent[0]; i++) {
        char on[11];
        date_format((Date){y, stem_spent[i].month, stem_spent[i].day}, on);
        f.now = stem_at(y, stem_spent[i].month, stem_spent[i].day, 17 * 60);
        if (!demo_ok(flow_expense_add(&f, d->grant_id, line_id[stem_spent[i].line], on,
                                      stem_spent[i].cents, stem_spent[i].what, NULL),
                     "STEM expense"))
            return false;
    }
    return true;
}
