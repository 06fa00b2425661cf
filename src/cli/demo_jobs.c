/* demo_jobs.c — the internships and jobs of traject demo (see demo.c): TelcoLab, a partner
 * of the coding school, offers an IoT internship; staff propose a learner, who has yet to
 * agree; the demo learner (Sara) applies and TelcoLab invites her to an interview; another
 * learner found a job, recorded as a placement. Everything goes through the workflows, as
 * the pages do. Runs once: nothing when the school has an offer already. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/jobs/candidate.h"
#include "flows/jobs/offer.h"
#include "flows/jobs/placement.h"
#include "q/accounts/account.h"
#include "q/jobs/candidate.h"
#include "q/jobs/offer.h"
#include "q/partners/partner.h"

/* who acts in the demo's steps: the school's admin, TelcoLab's member, the demo learner */
enum { JOBS_ADMIN, JOBS_TELCO, JOBS_SARA, JOBS_ACTORS };

bool demo_jobs(Db *db, Arena *a, int64_t school, int64_t partner_org)
{
    int64_t offers = 0;
    if (q_job_offer_count(db, school, false, "", &offers) < DB_NONE)
        return false;
    if (offers)
        return true;
    static const char *const emails[JOBS_ACTORS] = {
        "admin@demo.traject.test", "partner@demo.traject.test", "learner@demo.traject.test"};
    const int64_t orgs[JOBS_ACTORS] = {school, partner_org, 0};
    Actor who[JOBS_ACTORS];
    for (int i = 0; i < JOBS_ACTORS; i++) {
        AccountRow acc = {0};
        if (q_account_by_email(db, emails[i], a, &acc) != DB_ONE)
            return false;
        who[i] = (Actor){.account_id = acc.id,
                         .email = emails[i],
                         .name = acc.name,
                         .org_id = orgs[i],
                         .roles = ROLE_ALL,
                         .lang = LANG_EN};
    }
    /* TelcoLab's partner record at the school (demo_cases made it) */
    Partner p;
    Rows partners = ROWS_FROM(a, &p);
    if (q_partner_list(db, partner_org, true, a, &p, rows_collect, &partners) < DB_NONE)
        return false;
    int64_t partner = 0;
    for (int i = 0; i < partners.n; i++)
        if (ROW(&partners, Partner, i)->org_id == school)
            partner = ROW(&partners, Partner, i)->id;
    if (!partner)
        return false;
    int64_t now = clock_now();
    Date d;
    char today[11], closes[11], started[11];
    bxl_date_text(now, today);
    date_parse(today, &d);
    date_format(date_from_days(date_days(d) + 45), closes);
    date_format(date_from_days(date_days(d) - 10), started);
    Flow f = {.db = db, .arena = a, .who = &who[JOBS_TELCO], .now = now, .base_url = ""};
    JobOfferInput x = {.partner_id = partner,
                       .title = "IoT intern: sensors on the market square",
                       .description = "Six months with our IoT team: install and maintain the "
                                      "parking sensors, and improve the app that shows them. No "
                                      "diploma asked: show us what you built.",
                       .contract = "internship",
                       .places = 2,
                       .closes_on = closes,
                       .workplace = "Molenbeek, Brussels"};
    Outcome o = flow_job_offer_add(&f, &x, true);
    if (!demo_ok(o, "offer"))
        return false;
    int64_t offer = o.id;
    PersonName pn;
    Rows learners = ROWS_FROM(a, &pn);
    if (q_job_learners(db, school, "", 100, a, &pn, rows_collect, &learners) < DB_NONE ||
        learners.n < 3)
        return false;
    const PersonName *proposed = NULL, *placed = NULL;
    for (int i = 0; i < learners.n; i++) {
        const PersonName *l = ROW(&learners, PersonName, i);
        if (strcmp(l->name, "Sara Haddad") && !proposed)
            proposed = l;
        else if (strcmp(l->name, "Sara Haddad") && !placed)
            placed = l;
    }
    f.who = &who[JOBS_ADMIN];
    if (!proposed || !placed || !demo_ok(flow_job_propose(&f, offer, proposed->id), "proposal"))
        return false;
    JobPlacementInput pl = {.person_id = placed->id,
                            .kind = "job",
                            .employer = "Brussels Web Studio",
                            .starts_on = started,
                            .contract = "fixed_term",
                            .hours = 38};
    if (!demo_ok(flow_job_placement_add(&f, &pl), "placement"))
        return false;
    f.who = &who[JOBS_SARA];
    if (!demo_ok(o = flow_job_apply(&f, offer, "I built a parking map in our team's case."),
                 "application"))
        return false;
    f.who = &who[JOBS_TELCO];
    if (!demo_ok(flow_job_stage(&f, o.id, "interview", true), "interview"))
        return false;
    printf("demo internship offer, candidates and a placement loaded\n");
    return true;
}
