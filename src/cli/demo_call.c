/* demo_call.c — the calls for projects of traject demo (see demo.c): a call in review at
 * the Digital Inclusion Fund, with proposals, screening, a jury of three and their reviews. */
#include <stdio.h>

#include "cli/demo_call.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/disagree.h"
#include "domain/groups.h"
#include "domain/tranches.h"
#include "q/accounts/account.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"

typedef struct DemoCall {
    int64_t funder, applicants[3], by, jurors[3];
    Arena *a;
} DemoCall;

static const struct {
    int applicant;
    const char *title, *summary;
    int64_t euros;
    int group, score; /* score: what the jury gives, 0-10; -1: not eligible */
} demo_proposals[] = {
    {0, "Code school for newcomers",
     "Six months of web development for newcomers aged 18-25, "
     "selected on motivation, with real cases from partner companies.",
     95000, 0, 9},
    {1, "Digital help desks in Molenbeek",
     "Weekly walk-in help desks in libraries for "
     "digitally vulnerable citizens: e-ID, online banking, administration.",
     60000, 8, 8},
    {2, "Women in tech, Liège",
     "Evening classes in programming and cybersecurity for women "
     "returning to work.",
     80000, 2, 7},
    {1, "Laptops for families",
     "Refurbished laptops and coaching for families of pupils "
     "without a computer at home.",
     45000, 5, 6},
    {2, "Coding camps for teenagers",
     "Summer camps teaching 12-18 year olds to code, in "
     "Liège and Namur.",
     50000, 5, 5},
    {0, "Office software for domestic workers",
     "Short courses in office software for "
     "domestic workers.",
     30000, 4, -1},
};

static DbStatus demo_call_tx(Db *db, void *ctx)
{
    DemoCall *d = ctx;
    int64_t now = clock_now();
    int64_t opened = now - 40 * 86400, submitted = now - 20 * 86400;
    DbStatus st;
    for (size_t i = 0; i < DEFAULT_GROUPS; i++)
        if ((st = q_target_group_add(db, d->funder, default_groups[i])) < DB_NONE)
            return st;
    Call c = {
        .org_id = d->funder,
        .title = {"Digital inclusion 2027", "Digitale inclusie 2027", "Inclusion numérique 2027"},
        .description = {"Projects that bring digitally vulnerable people online: training, help "
                        "desks, equipment. An independent jury scores every eligible proposal.",
                        "Projecten die digitaal kwetsbare mensen online brengen: opleiding, "
                        "helpdesks, materiaal. Een onafhankelijke jury beoordeelt elk "
                        "ontvankelijk voorstel.",
                        "Des projets qui amènent en ligne les personnes numériquement "
                        "vulnérables : formation, permanences, matériel. Un jury indépendant "
                        "évalue chaque proposition recevable."},
        .budget = 20000000,
        .min_grant = 1000000,
        .max_grant = 10000000,
        .opens_at = opened,
        .closes_at = now - 10 * 86400,
        .reviews_needed = 3,
        .scale_min = 0,
        .scale_max = 10,
        .disagree_pct = DOM_DISAGREE_DEFAULT_PCT,
        .tranches = dom_tranche_default()};
    int64_t call;
    if ((st = q_call_add(db, &c, opened, &call)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    const struct {
        ItemKind kind;
        const char *text[3];
        int weight;
    } items[] = {
        {ITEM_ELIGIBILITY, {"A non-profit organisation", "Een vzw", "Une ASBL"}, 0},
        {ITEM_ELIGIBILITY, {"Active in Belgium", "Actief in België", "Active en Belgique"}, 0},
        {ITEM_CRITERION,
         {"Reach of vulnerable groups", "Bereik van kwetsbare groepen",
          "Publics vulnérables touchés"},
         3},
        {ITEM_CRITERION,
         {"Quality of the training", "Kwaliteit van de opleiding", "Qualité de la formation"},
         2},
        {ITEM_CRITERION, {"Cost efficiency", "Kostenefficiëntie", "Efficience des coûts"}, 1},
        {ITEM_ATTACHMENT,
         {"Detailed budget (PDF)", "Gedetailleerde begroting (PDF)", "Budget détaillé (PDF)"},
         0},
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        CallItem it = {
            .kind = items[i].kind,
            .weight = items[i].weight,
            .text = {(char *)items[i].text[0], (char *)items[i].text[1], (char *)items[i].text[2]}};
        if ((st = q_call_item_add(db, d->funder, call, &it)) < DB_NONE)
            return st;
    }
    CallItem item;
    TargetGroup group;
    Rows call_items = ROWS_FROM(d->a, &item), groups = ROWS_FROM(d->a, &group);
    if ((st = q_call_items(db, d->funder, call, d->a, &item, rows_collect, &call_items)) <
            DB_NONE ||
        (st = q_target_groups(db, d->funder, d->a, &group, rows_collect, &groups)) < DB_NONE)
        return st;
    if (call_items.n < 6 || groups.n < DEFAULT_GROUPS) /* what was added above */
        return DB_ERROR;
    for (int g = 0; g < DEFAULT_GROUPS; g++)
        if ((st = q_call_group_add(db, d->funder, call, ROW(&groups, TargetGroup, g)->id)) <
            DB_NONE)
            return st;
    if ((st = q_call_publish(db, d->funder, call, opened)) < DB_NONE)
        return st;
    /* call_items come ordered by kind: attachment, criterion x3, eligibility x2 */
    int64_t criteria[3] = {ROW(&call_items, CallItem, 1)->id, ROW(&call_items, CallItem, 2)->id,
                           ROW(&call_items, CallItem, 3)->id};
    int64_t checks[2] = {ROW(&call_items, CallItem, 4)->id, ROW(&call_items, CallItem, 5)->id};
    for (int j = 0; j < 3; j++)
        if ((st = q_jury_add(db, d->funder, call, d->jurors[j], submitted)) < DB_NONE)
            return st;
    for (size_t i = 0; i < sizeof demo_proposals / sizeof demo_proposals[0]; i++) {
        int64_t org = d->applicants[demo_proposals[i].applicant], pid,
                cents = demo_proposals[i].euros * 100;
        Proposal p = {.org_id = org,
                      .title = (char *)demo_proposals[i].title,
                      .summary = (char *)demo_proposals[i].summary,
                      .requested = cents,
                      .planned_trained = 20 + (int64_t)i * 15,
                      .planned_reached = 100 + (int64_t)i * 40};
        if ((st = q_proposal_add(db, org, call, p.title, submitted, &pid)) != DB_ONE)
            return st < DB_NONE ? st : DB_ERROR;
        p.id = pid;
        if ((st = q_proposal_update(db, &p, submitted)) < DB_NONE ||
            (st = q_proposal_group_add(
                 db, org, pid, ROW(&groups, TargetGroup, demo_proposals[i].group)->id)) < DB_NONE ||
            (st = q_budget_line_add(db, org, pid, "Trainers", cents * 7 / 10)) < DB_NONE ||
            (st = q_budget_line_add(db, org, pid, "Equipment and rooms", cents - cents * 7 / 10)) <
                DB_NONE)
            return st;
        char receipt[64];
        snprintf(receipt, sizeof receipt, "C%lld-P%lld-%lld", (long long)call, (long long)pid,
                 (long long)submitted);
        if ((st = q_proposal_submit(db, org, pid, submitted, d->by, receipt)) != DB_ONE)
            return st < DB_NONE ? st : DB_ERROR;
        bool eligible = demo_proposals[i].score >= 0;
        for (int k = 0; k < 2; k++)
            if ((st = q_screening_set(
                     db, d->funder, pid, checks[k], eligible || k == 1,
                     eligible || k == 1 ? NULL : "Not a non-profit organisation")) < DB_NONE)
                return st;
        if ((st = q_screening_outcome(db, d->funder, pid, eligible, submitted + 86400, d->by)) <
            DB_NONE)
            return st;
        if (!eligible)
            continue;
        /* every juror reviews it; the third has not finished yet */
        for (int j = 0; j < 3; j++) {
            if ((st = q_assign(db, d->funder, call, pid, d->jurors[j], false, submitted)) < DB_NONE)
                return st;
            if (j == 2 && i % 2)
                continue;
            int s = demo_proposals[i].score;
            int64_t given[3] = {s, s > 0 ? s - (j == 1) : 0, s < 10 ? s + (j == 0) : 10};
            if ((st = q_review_save(db, d->funder, pid, d->jurors[j],
                                    "Clear plan, realistic figures.", true, now - 5 * 86400)) <
                DB_NONE)
                return st;
            for (int k = 0; k < 3; k++)
                if ((st = q_score_set(db, d->funder, pid, d->jurors[j], criteria[k], given[k])) <
                    DB_NONE)
                    return st;
        }
    }
    return DB_ONE;
}

static bool first_call(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

bool demo_calls(Db *db, Arena *a, int64_t funder, const int64_t applicants[3])
{
    Call crow;
    bool has_call = false;
    if (q_call_list(db, funder, a, &crow, first_call, &has_call) < DB_NONE)
        return false;
    if (has_call)
        return true;
    DemoCall t = {
        .funder = funder, .applicants = {applicants[0], applicants[1], applicants[2]}, .a = a};
    AccountRow acc;
    if (q_account_by_email(db, "funder@demo.traject.test", a, &acc) != DB_ONE)
        return false;
    t.by = acc.id;
    const char *jury[3] = {"jury@demo.traject.test", "jury2@demo.traject.test",
                           "jury3@demo.traject.test"};
    for (int j = 0; j < 3; j++) {
        if (q_account_by_email(db, jury[j], a, &acc) != DB_ONE)
            return false;
        t.jurors[j] = acc.id;
    }
    if (db_tx(db, demo_call_tx, &t) < DB_NONE) {
        fprintf(stderr, "traject demo: could not load the call for projects\n");
        return false;
    }
    printf("demo call for projects, proposals, jury and reviews loaded\n");
    return true;
}
