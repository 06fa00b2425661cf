/* demo_history.c — the six months of the coding school's cohorts 10 and 11 and what came of
 * them (see demo_school.h), replayed through the workflows the pages use, each act on the
 * day it happened: three cases from a customer (a bakery), an administration (the
 * municipality) and a company (TelcoLab) accepted into each cohort and given to its three
 * teams; TelcoLab's sensor kits lent to a team and returned; attendance taken at every
 * session; two learners of each cohort dropping out; the others completing on the last day;
 * then where they went within six months: jobs, internships (at TelcoLab among others),
 * further training, and a few starting their own company. Last, the school publishes its
 * impact figures at /impact. Everything counts from the cohorts' dates and the people come
 * from a fixed seed, so that the figures are the same whatever the day. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_school.h"
#include "core/clock.h"
#include "core/prng.h"
#include "core/rows.h"
#include "flows/cases/case.h"
#include "flows/cases/team.h"
#include "flows/equipment/loan.h"
#include "flows/impact/publish.h"
#include "flows/jobs/candidate.h"
#include "flows/jobs/offer.h"
#include "flows/jobs/placement.h"
#include "flows/partners/partner.h"
#include "flows/training/attendance.h"
#include "flows/training/enrolment.h"
#include "q/cases/case.h"
#include "q/cases/team.h"
#include "q/equipment/item.h"
#include "q/impact/public.h"
#include "q/partners/partner.h"
#include "q/training/attendance.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"
#include "q/training/programme.h"

#define HISTORY_SEED 20270301u

/* The cases each past cohort works on, one per team: a customer's (a bakery), an
 * administration's (the municipality) and a company's (TelcoLab), by the partner's name as
 * the school records it; staff submit them on the partners' behalf. */
static const char *const case_partners[3][3] = {
    {"Boulangerie Yildiz", "Elif Yildiz", "elif@yildiz.example"},
    {"Molenbeek municipality", "Nadia El Idrissi", "digital@molenbeek.example"},
    {"TelcoLab", "Pieter Janssens", "partner@demo.traject.test"},
};
/* What each asks (the contact and the days of the milestones are filled in from the partner
 * and case_days). */
static const DemoCase history_cases[3] = {
    {.title = "Online orders for a neighbourhood bakery",
     .brief = "Our customers want to order bread and pastries the evening before and pick them up "
              "on the way to work. Build a small ordering site that works on any phone, in "
              "French, Dutch and Turkish.",
     .deliverables = {"Ordering site on a phone", "Short demo video"},
     .milestones = {"Kick-off at the bakery", "First orders by real customers", "Demo day"}},
    {.title = "Booking the municipality's sports halls",
     .brief = "Clubs book our sports halls by phone and e-mail. Build a booking calendar the clubs "
              "and our staff can use, accessible to people who use a screen reader.",
     .deliverables = {"Booking calendar", "Accessibility report"},
     .milestones = {"Kick-off at the town hall", "Clubs test the calendar", "Demo day"}},
    {.title = "Air quality on the way to school",
     .brief = "Our LoRaWAN sensors measure the air on the streets around three schools every ten "
              "minutes. Build a map that shows parents the cleanest way to walk to school.",
     .deliverables = {"Map on a phone", "Sensor data pipeline"},
     .milestones = {"Kick-off at TelcoLab", "Sensors installed", "Demo day"}},
};
/* The milestones' days, from the cohort's first day. */
static const int case_days[3] = {14, 90, 170};

/* Where the learners who completed a cohort went: a job, an internship, further training
 * or their own company (TelcoLab's interns are hired through its offer: interns()). */
static const struct {
    const char *kind, *contract, *employer;
} history_places[] = {
    {"job", "permanent", "Brussels Web Studio"}, {"job", "fixed_term", "Digitaal Vlaanderen"},
    {"job", "permanent", "Proximus Ada"},        {"job", "fixed_term", "Paradigm Brussels"},
    {"internship", "internship", "MolenGeek"},   {"internship", "internship", "BeCentral"},
    {"training", "", "Bruxelles Formation"},     {"own_business", "", ""},
};
/* Who went where, in the order of the roster (by name) leaving out TelcoLab's interns, the
 * pattern starting again after twenty; -1: did not say. */
static const int history_pattern[20] = {0,  1, 4, 2,  -1, 6, 0, 7, 5, 3,
                                        -1, 1, 4, -1, 2,  6, 7, 0, 7, -1};

/* Why the drop-outs left. */
static const char *const left_because[] = {"Moved back to Liège to care for a parent.",
                                           "Took a job in a warehouse to pay the rent."};

typedef struct History {
    Db *db;
    Arena *a;
    Prng rng;
    Actor admin, trainer;
    int64_t school, partners[3], kits[3], telco_org;
} History;

/* The three cases of cohort c, accepted and given to its three teams (the learners dealt
 * round the teams in the order of the roster), ten days after it starts; TelcoLab lends
 * each team a sensor kit, returned a hundred days later. */
static bool cases(History *h, const Cohort *c, Date first)
{
    Flow f = {.db = h->db,
              .arena = h->a,
              .who = &h->admin,
              .now = demo_at(demo_plus(first, 10), 10 * 60)};
    PersonName pn;
    Rows learners = ROWS_FROM(h->a, &pn);
    if (q_cohort_learners(h->db, h->school, c->id, h->a, &pn, rows_collect, &learners) < DB_NONE ||
        learners.n < 9)
        return false;
    for (int t = 0; t < 3; t++) {
        DemoCase dc = history_cases[t];
        dc.contact_name = case_partners[t][1];
        dc.contact_email = case_partners[t][2];
        memcpy(dc.days, case_days, sizeof dc.days);
        Outcome o = demo_case_submit(&f, &dc, h->partners[t], c->starts_on, false);
        if (!demo_ok(o, "case") || !demo_ok(flow_case_accept(&f, o.id, c->id), "accept"))
            return false;
        int64_t case_id = o.id, *team = arena_alloc(h->a, sizeof *team * (size_t)learners.n);
        int n = 0;
        for (int i = t; i < learners.n; i += 3)
            team[n++] = ROW(&learners, PersonName, i)->id;
        const char *name = arena_printf(h->a, "%s, team %c", c->name, 'A' + t);
        if (!demo_ok(o = flow_team_add(&f, c->id, name, team, n), "team") ||
            !demo_ok(flow_team_assign(&f, case_id, o.id), "assign"))
            return false;
        Borrower b = {.kind = BORROWER_TEAM, .id = o.id, .name = (char *)name};
        Flow g = f;
        g.now = demo_at(demo_plus(first, 30), 9 * 60);
        if (!demo_ok(flow_lend(&g, h->kits[t], &b, demo_date_text(h->a, demo_plus(first, 30)),
                               demo_date_text(h->a, demo_plus(first, 130))),
                     "loan"))
            return false;
        g.now = demo_at(demo_plus(first, 128), 16 * 60);
        if (!demo_ok(
                flow_return(&g, h->kits[t], demo_date_text(h->a, demo_plus(first, 128)), COND_GOOD),
                "return"))
            return false;
    }
    return true;
}

/* Whether enrolment id is among the n of ids. */
static bool among(const int64_t *ids, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (ids[i] == id)
            return true;
    return false;
}

/* Every session of c as the trainer took it: most present, a few absent or late; two
 * learners drop out, one after six weeks, one after three months; everyone else completes
 * on the last day. */
static bool six_months(History *h, const Cohort *c)
{
    Enrolment en;
    Rows enrolled = ROWS_FROM(h->a, &en);
    TSession ts;
    Rows sessions = ROWS_FROM(h->a, &ts);
    if (q_enrolment_list(h->db, h->school, c->id, h->a, &en, rows_collect, &enrolled) < DB_NONE ||
        q_tsession_list(h->db, h->school, c->id, h->a, &ts, rows_collect, &sessions) < DB_NONE ||
        enrolled.n < 4 || sessions.n < 60)
        return false;
    int64_t gone[2] = {0, 0};
    int leaves[2] = {24, 52}, ngone = 0; /* the sessions after which they leave */
    for (int i = 0; i < sessions.n; i++) {
        const TSession *x = ROW(&sessions, TSession, i);
        RosterRow rr;
        Rows roster = ROWS_FROM(h->a, &rr);
        if (q_roster(h->db, h->school, x->id, h->a, &rr, rows_collect, &roster) < DB_NONE)
            return false;
        MarkInput *marks = arena_alloc(h->a, sizeof *marks * (size_t)(roster.n + 1));
        int n = 0;
        for (int k = 0; k < roster.n; k++) {
            const RosterRow *r = ROW(&roster, RosterRow, k);
            if (among(gone, ngone, r->enrolment_id))
                continue;
            int roll = (int)prng_below(&h->rng, 100);
            marks[n++] = (MarkInput){r->enrolment_id, roll < 6    ? MARK_ABSENT
                                                      : roll < 10 ? MARK_LATE
                                                                  : MARK_PRESENT};
        }
        Flow f = {.db = h->db, .arena = h->a, .who = &h->trainer, .now = x->ends_at};
        if (n && !demo_ok(flow_attendance_save(&f, x->id, marks, n), "attendance"))
            return false;
        if (ngone < 2 && i == leaves[ngone]) {
            /* the learners at the end of the roster's second and fifth rows leave */
            const Enrolment *e = ROW(&enrolled, Enrolment, ngone ? enrolled.n - 5 : enrolled.n - 2);
            Date day;
            int min;
            bxl_from_utc(x->starts_at, &day, &min);
            f.who = &h->admin;
            f.now = x->ends_at + 3600;
            if (!demo_ok(flow_enrolment_end(&f, e->id, ENROLMENT_DROPPED_OUT,
                                            demo_date_text(h->a, day), left_because[ngone]),
                         "drop-out"))
                return false;
            gone[ngone++] = e->id;
        }
    }
    Date last;
    date_parse(c->ends_on, &last);
    Flow f = {.db = h->db, .arena = h->a, .who = &h->admin, .now = demo_at(last, 17 * 60)};
    for (int i = 0; i < enrolled.n; i++) {
        const Enrolment *e = ROW(&enrolled, Enrolment, i);
        if (e->status == ENROLMENT_ENROLLED && !among(gone, ngone, e->id) &&
            !demo_ok(flow_enrolment_end(&f, e->id, ENROLMENT_COMPLETED, c->ends_on, NULL),
                     "completion"))
            return false;
    }
    return true;
}

/* TelcoLab's internship for the learners of c who sign in to the learner space: offered
 * six weeks before the end, they apply from their space, are interviewed and hired a week
 * after the last day (the hire records their placement). */
static bool interns(History *h, const Cohort *c, const Rows *enrolled, Date last)
{
    Actor telco = demo_actor(h->db, h->a, "partner@demo.traject.test", h->telco_org);
    Flow f = {.db = h->db, .arena = h->a, .who = &telco, .now = demo_at(demo_plus(last, -45), 600)};
    JobOfferInput x = {.partner_id = h->partners[2],
                       .title = arena_printf(h->a, "IoT intern after %s", c->name),
                       .description = "Three months with our IoT team: the air quality sensors "
                                      "around the schools, and the map that shows them.",
                       .contract = "internship",
                       .places = 2,
                       .closes_on = (char *)demo_date_text(h->a, demo_plus(last, -10)),
                       .workplace = "Molenbeek, Brussels"};
    Outcome o = flow_job_offer_add(&f, &x, true);
    if (!demo_ok(o, "internship offer"))
        return false;
    int64_t offer = o.id;
    for (int i = 0; i < enrolled->n; i++) {
        const Enrolment *e = ROW(enrolled, Enrolment, i);
        if (e->status != ENROLMENT_COMPLETED || !e->has_account || !*e->email)
            continue;
        Actor learner = demo_actor(h->db, h->a, e->email, 0);
        Flow g = f;
        g.who = &learner;
        g.now = demo_at(demo_plus(last, -30), 20 * 60);
        if (!demo_ok(o = flow_job_apply(&g, offer, "Our team built the air quality map."), "apply"))
            return false;
        f.now = demo_at(demo_plus(last, -20), 14 * 60);
        if (!demo_ok(flow_job_stage(&f, o.id, "interview", true), "interview"))
            return false;
        f.now = demo_at(demo_plus(last, 7), 9 * 60);
        if (!demo_ok(flow_job_stage(&f, o.id, "hired", true), "hire"))
            return false;
    }
    return true;
}

/* Where the learners who completed c went, recorded by staff as they hear of it: each
 * starts from a week to five months after the last day, and never after today. */
static bool placements(History *h, const Cohort *c, Date today)
{
    Enrolment en;
    Rows enrolled = ROWS_FROM(h->a, &en);
    if (q_enrolment_list(h->db, h->school, c->id, h->a, &en, rows_collect, &enrolled) < DB_NONE)
        return false;
    Date last;
    date_parse(c->ends_on, &last);
    if (!interns(h, c, &enrolled, last))
        return false;
    for (int i = 0, done = 0; i < enrolled.n; i++) {
        const Enrolment *e = ROW(&enrolled, Enrolment, i);
        if (e->status != ENROLMENT_COMPLETED || e->has_account)
            continue;
        int p = history_pattern[done++ % 20], after = 7 + (i * 37) % 140;
        if (p < 0)
            continue;
        Date starts = demo_plus(last, after);
        if (date_days(starts) > date_days(today) - 3)
            starts = demo_plus(last, (int)(after % (date_days(today) - date_days(last) - 3)) + 1);
        JobPlacementInput x = {
            .person_id = e->person_id,
            .kind = (char *)history_places[p].kind,
            .employer =
                *history_places[p].employer
                    ? (char *)history_places[p].employer
                    : arena_printf(h->a, "Studio %s",
                                   strrchr(e->name, ' ') ? strrchr(e->name, ' ') + 1 : e->name),
            .starts_on = (char *)demo_date_text(h->a, starts),
            .contract = (char *)history_places[p].contract,
            .hours = *history_places[p].contract ? 38 : 0};
        Flow f = {.db = h->db, .arena = h->a, .who = &h->admin, .now = demo_at(starts, 9 * 60)};
        if (!demo_ok(flow_job_placement_add(&f, &x), "placement"))
            return false;
    }
    return true;
}

/* The school's partners for the cases (the bakery recorded now, the others by demo_cases)
 * and three of TelcoLab's sensor kits. */
static bool partners(History *h, Date when)
{
    Flow f = {.db = h->db, .arena = h->a, .who = &h->admin, .now = demo_at(when, 9 * 60)};
    Partner bakery = {.name = "Boulangerie Yildiz",
                      .kind = PARTNER_COMPANY,
                      .contact_name = "Elif Yildiz",
                      .contact_email = "elif@yildiz.example",
                      .contact_phone = ""};
    Outcome o = flow_partner_add(&f, &bakery, NULL);
    if (!demo_ok(o, "partner"))
        return false;
    Partner p;
    Rows list = ROWS_FROM(h->a, &p);
    if (q_partner_list(h->db, h->school, false, h->a, &p, rows_collect, &list) < DB_NONE)
        return false;
    for (int t = 0; t < 3; t++)
        for (int i = 0; i < list.n; i++)
            if (!strcmp(ROW(&list, Partner, i)->name, case_partners[t][0])) {
                h->partners[t] = ROW(&list, Partner, i)->id;
                h->telco_org = ROW(&list, Partner, i)->partner_org_id;
            }
    Item it;
    Rows kits = ROWS_FROM(h->a, &it);
    if (!h->partners[0] || !h->partners[1] || !h->partners[2] ||
        q_item_of_partner(h->db, h->school, h->partners[2], h->a, &it, rows_collect, &kits) <
            DB_NONE)
        return false;
    int n = 0;
    for (int i = 0; i < kits.n && n < 3; i++) /* the kits not out now: 4, 5 and 6 */
        if (strstr(ROW(&kits, Item, i)->label, "kit 4") ||
            strstr(ROW(&kits, Item, i)->label, "kit 5") ||
            strstr(ROW(&kits, Item, i)->label, "kit 6"))
            h->kits[n++] = ROW(&kits, Item, i)->id;
    return n == 3;
}

/* Everything of demo_history but the check that it ran before, in history_tx's
 * transaction. */
static bool history_load(Db *db, Arena *a, int64_t school)
{
    History h = {.db = db, .a = a, .rng = prng_new(HISTORY_SEED), .school = school};
    h.admin = demo_actor(db, a, "admin@demo.traject.test", school);
    h.trainer = demo_actor(db, a, "trainer@demo.traject.test", school);
    Programme p;
    Rows programmes = ROWS_FROM(a, &p);
    if (q_programme_list(db, school, a, &p, rows_collect, &programmes) < DB_NONE)
        return false;
    int64_t pid = 0;
    for (int i = 0; i < programmes.n; i++)
        if (!strcmp(ROW(&programmes, Programme, i)->title[0], "Web developer bootcamp"))
            pid = ROW(&programmes, Programme, i)->id;
    Cohort co;
    Rows cohorts = ROWS_FROM(a, &co);
    if (!pid || q_cohort_list(db, school, pid, a, &co, rows_collect, &cohorts) < DB_NONE)
        return false;
    int64_t now = clock_now();
    Date today;
    int min;
    bxl_from_utc(now, &today, &min);
    bool first = true;
    for (int i = 0; i < cohorts.n; i++) {
        const Cohort *c = ROW(&cohorts, Cohort, i);
        if (strcmp(c->name, "Cohort 10") && strcmp(c->name, "Cohort 11"))
            continue;
        Date starts;
        date_parse(c->starts_on, &starts);
        if (first && !partners(&h, demo_plus(starts, 5)))
            return false;
        first = false;
        if (!cases(&h, c, starts) || !six_months(&h, c) || !placements(&h, c, today))
            return false;
    }
    Flow f = {.db = db, .arena = a, .who = &h.admin, .now = now};
    if (!demo_ok(impact_publish(&f, true), "publish"))
        return false;
    printf("demo cohorts 10 and 11: cases, teams, attendance, completions and placements "
           "loaded; the school's figures published\n");
    return true;
}

typedef struct HistoryTx {
    Arena *a;
    int64_t school;
} HistoryTx;

static DbStatus history_tx(Db *db, void *ctx)
{
    HistoryTx *t = ctx;
    return history_load(db, t->a, t->school) ? DB_ONE : DB_ERROR;
}

bool demo_history(Db *db, Arena *a, int64_t school)
{
    int64_t published = 0;
    if (q_impact_published(db, school, &published) < DB_NONE)
        return false;
    if (published)
        return true;
    HistoryTx t = {a, school}; /* one transaction: see demo_school */
    return db_tx(db, history_tx, &t) == DB_ONE;
}
