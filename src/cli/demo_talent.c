/* demo_talent.c — the talent pool of traject demo (see demo.c): the demo learner (Sara
 * Haddad) was assessed on two DigComp competences at the coding school, wrote a profile for
 * partners that shows them, looks for an internship from next month, shows it to every
 * partner of the school, and TelcoLab asked to meet her (she has not answered yet). Through
 * the workflows, as the pages do. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/competences/assessment.h"
#include "flows/talent/profile.h"
#include "flows/talent/request.h"
#include "q/competences/framework.h"
#include "q/talent/profile.h"
#include "q/training/learner.h"

bool demo_talent(Db *db, Arena *a, int64_t school, int64_t partner_org)
{
    Actor sara = demo_actor(db, a, "learner@demo.traject.test", 0);
    TalentProfile p;
    DbStatus st = q_talent_mine(db, sara.account_id, a, &p);
    if (st != DB_NONE)
        return st == DB_ONE; /* loaded before */
    int64_t now = clock_now();
    FeedOwner fo;
    Rows people = ROWS_FROM(a, &fo);
    Competence c;
    Rows comps = ROWS_FROM(a, &c);
    if (q_learner_people(db, sara.account_id, a, &fo, rows_collect, &people) < DB_NONE ||
        q_competence_choices(db, school, a, &c, rows_collect, &comps) < DB_NONE)
        return false;
    int64_t person = 0;
    for (int i = 0; i < people.n; i++)
        if (ROW(&people, FeedOwner, i)->org_id == school)
            person = ROW(&people, FeedOwner, i)->id;
    Actor trainer = demo_actor(db, a, "trainer@demo.traject.test", school);
    Actor telco = demo_actor(db, a, "partner@demo.traject.test", partner_org);
    Flow f = {.db = db, .arena = a, .who = &trainer, .now = now, .base_url = ""};
    char today[11], soon[11];
    bxl_date_text(now, today);
    Date d;
    date_parse(today, &d);
    date_format(date_from_days(date_days(d) + 30), soon);
    static const struct {
        const char *code;
        int64_t level;
    } levels[] = {{"3.4", 4}, {"1.1", 5}};
    int64_t shown[2] = {0};
    int n = 0;
    for (size_t k = 0; k < sizeof levels / sizeof levels[0] && person; k++)
        for (int i = 0; i < comps.n; i++) {
            const Competence *x = ROW(&comps, Competence, i);
            if (x->org_id || !x->code || strcmp(x->code, levels[k].code))
                continue;
            Assessment as = {.person_id = person,
                             .competence_id = x->id,
                             .level = levels[k].level,
                             .assessed_on = today,
                             .evidence_text = "Observed during the case for TelcoLab."};
            if (!demo_ok(flow_assessment_add(&f, &as, NULL), "assessment"))
                return false;
            shown[n++] = x->id;
            break;
        }
    TalentInput in = {.summary = "I build small web apps that work on a phone and with a screen "
                                 "reader. I like finding why something breaks. I speak French, "
                                 "Dutch, Arabic and English.",
                      .available_from = soon,
                      .hours = 32,
                      .contract = CONTRACT_INTERNSHIP,
                      .competences = shown,
                      .ncompetences = n};
    f.who = &sara;
    Outcome o;
    if (!demo_ok(o = flow_talent_save(&f, &in), "talent profile") ||
        !demo_ok(flow_talent_visibility(&f, TALENT_ALL, NULL, 0), "talent visibility"))
        return false;
    f.who = &telco;
    if (!demo_ok(flow_talent_meet(&f, o.id,
                                  "We look for an intern for our IoT web team in Brussels, four "
                                  "days a week. Would you like to meet us?"),
                 "request to meet"))
        return false;
    printf("demo talent profile and request to meet loaded\n");
    return true;
}
