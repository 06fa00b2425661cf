/* demo_cases.c — the real cases of traject demo (see demo.c): the coding school counts
 * TelcoLab as a partner, TelcoLab's member submitted a case (IoT sensors on a market
 * square), the school accepted it into its running cohort and gave it to a team, whose
 * learner (the demo learner account) handed in a prototype and marked the kick-off done,
 * and TelcoLab rated it. Everything goes through the workflows, as the pages do. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_school.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/cases/case.h"
#include "flows/cases/team.h"
#include "flows/partners/partner.h"
#include "q/accounts/account.h"
#include "q/cases/case.h"
#include "q/cases/team.h"
#include "q/cases/work.h"
#include "q/partners/partner.h"

/* The actor email acting in org_id, with every role the workflows ask of it (cli.h). */
Actor demo_actor(Db *db, Arena *a, const char *email, int64_t org_id)
{
    AccountRow acc = {0};
    q_account_by_email(db, email, a, &acc);
    return (Actor){.account_id = acc.id,
                   .email = email,
                   .name = acc.name,
                   .org_id = org_id,
                   .roles = ROLE_ALL,
                   .lang = LANG_EN};
}

const char *demo_day(Arena *a, const char *from, int days)
{
    Date d;
    date_parse(from, &d);
    char *out = arena_alloc(a, 11);
    date_format(date_from_days(date_days(d) + days), out);
    return out;
}

static bool demo_first(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

bool demo_ok(Outcome o, const char *what)
{
    if (!o.ok)
        fprintf(stderr, "traject demo: %s: %s\n", what,
                o.fields.n ? o.fields.msg[0] : "database error");
    return o.ok;
}

Outcome demo_case_submit(const Flow *f, const DemoCase *c, int64_t partner_id, const char *from,
                         bool own_org)
{
    const char *due[3], *deliverables[2] = {c->deliverables[0], c->deliverables[1]},
                        *milestones[3] = {c->milestones[0], c->milestones[1], c->milestones[2]};
    for (int k = 0; k < 3; k++)
        due[k] = demo_day(f->arena, from, c->days[k]);
    CaseInput x = {.partner_id = partner_id,
                   .title = (char *)c->title,
                   .brief = (char *)c->brief,
                   .contact_name = (char *)c->contact_name,
                   .contact_email = (char *)c->contact_email,
                   .deliverables = deliverables,
                   .ndeliverables = 2,
                   .milestones = milestones,
                   .due_on = due,
                   .nmilestones = 3};
    return flow_case_submit(f, &x, own_org);
}

bool demo_cases(Db *db, Arena *a, int64_t school, int64_t partner_org)
{
    Partner p;
    bool has = false;
    if (q_partner_list(db, school, false, a, &p, demo_first, &has) < DB_NONE)
        return false;
    if (has)
        return true;
    int64_t now = clock_now();
    char today[11];
    bxl_date_text(now, today);
    Cohort co;
    Rows cohorts = ROWS_FROM(a, &co);
    if (q_case_cohorts(db, school, today, a, &co, rows_collect, &cohorts) < DB_NONE || !cohorts.n)
        return false;
    co = *ROW(&cohorts, Cohort, 0);
    Actor admin = demo_actor(db, a, "admin@demo.traject.test", school);
    Actor telco = demo_actor(db, a, "partner@demo.traject.test", partner_org);
    Actor sara = demo_actor(db, a, "learner@demo.traject.test", 0);
    Flow f = {.db = db, .arena = a, .who = &admin, .now = now, .base_url = ""};
    Partner np = {.name = "TelcoLab",
                  .contact_name = "Pieter Janssens",
                  .contact_email = "partner@demo.traject.test"};
    Outcome o = flow_partner_add(&f, &np, "TelcoLab Partner");
    if (!demo_ok(o, "partner") || !demo_contributions(&f, o.id, co.starts_on))
        return false;
    static const DemoCase market = {
        .title = "Free parking places on the market square",
        .brief = "Our IoT sensors tell which parking places around the Molenbeek market are free. "
                 "Build a small web app that shows them on a phone, in French, Dutch and English, "
                 "and that works for people who use a screen reader.",
        .contact_name = "Pieter Janssens",
        .contact_email = "partner@demo.traject.test",
        .deliverables = {"Working prototype on a phone", "Final report and demo video"},
        .milestones = {"Kick-off at TelcoLab", "Sensors installed", "Demo day"},
        .days = {14, 60, 120}};
    f.who = &telco;
    if (!demo_ok(o = demo_case_submit(&f, &market, o.id, co.starts_on, true), "case"))
        return false;
    int64_t case_id = o.id;
    f.who = &admin;
    PersonName pn;
    Rows learners = ROWS_FROM(a, &pn);
    if (!demo_ok(flow_case_accept(&f, case_id, co.id), "accept") ||
        q_cohort_learners(db, school, co.id, a, &pn, rows_collect, &learners) < DB_NONE ||
        learners.n < 4)
        return false;
    int64_t team[3] = {0};
    int n = 0;
    for (int i = 0; i < learners.n && n < 3; i++) /* the demo learner and two others */
        if (!strcmp(ROW(&learners, PersonName, i)->name, "Sara Haddad") || (i % 5 == 1 && n < 2))
            team[n++] = ROW(&learners, PersonName, i)->id;
    if (!demo_ok(o = flow_team_add(&f, co.id, "Team Market", team, n), "team") ||
        !demo_ok(flow_team_assign(&f, case_id, o.id), "assign"))
        return false;
    int64_t team_id = o.id;
    CaseItem it;
    Rows items = ROWS_FROM(a, &it);
    if (q_case_items(db, school, case_id, a, &it, rows_collect, &items) < DB_NONE || items.n < 3)
        return false;
    f.who = &sara;
    if (!demo_ok(o = flow_handin(&f, team_id, ROW(&items, CaseItem, 0)->id,
                                 "https://example.org/team-market/prototype", NULL),
                 "hand-in") ||
        !demo_ok(flow_milestone_done(&f, team_id, ROW(&items, CaseItem, 2)->id), "milestone"))
        return false;
    f.who = &telco;
    if (!demo_ok(flow_handin_review(&f, case_id, o.id,
                                    "A good first version: the map reads well on a phone.", 4),
                 "rating"))
        return false;
    printf("demo partner, case and team loaded\n");
    return true;
}
