/* demo.c — traject demo: demonstration organisations and accounts, so that a fresh
 * install can be tried at once. The passwords are printed and are meant to be public:
 * never load the demo into a database that holds real people's data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_call.h"
#include "cli/demo_scale.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "domain/disagree.h"
#include "domain/groups.h"
#include "domain/tranches.h"
#include "q/accounts/account.h"
#include "q/accounts/org.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/training/attendance.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"
#include "q/training/location.h"
#include "q/training/programme.h"

typedef struct DemoAccount {
    const char *org, *email, *name, *roles;
} DemoAccount;

static const char DEMO_PASSWORD[] = "traject-demo-2026";

static const struct {
    const char *name;
    OrgKind kind;
} demo_orgs[] = {
    {"Brussels Coding School", ORG_TRAINING}, {"Digital Inclusion Fund", ORG_FUNDER},
    {"TelcoLab Partner", ORG_PARTNER},        {"Molenbeek Digital Hub", ORG_TRAINING},
    {"Liège Code Club", ORG_TRAINING},        {"STEM op Wielen vzw", ORG_TRAINING},
    {"Vlaams STEM-fonds", ORG_FUNDER},
};
#define DEMO_ORGS (sizeof demo_orgs / sizeof demo_orgs[0])

static const DemoAccount demo_accounts[] = {
    {"Brussels Coding School", "admin@demo.traject.test", "Amina Benali", "admin,staff"},
    {"Brussels Coding School", "trainer@demo.traject.test", "Jonas Peeters", "staff,reviewer"},
    {"Brussels Coding School", "learner@demo.traject.test", "Sara Haddad", "learner"},
    {"Brussels Coding School", "reviewer@demo.traject.test", "Nora Willems", "reviewer"},
    {"Digital Inclusion Fund", "funder@demo.traject.test", "Claire Dubois", "admin,funder"},
    {"TelcoLab Partner", "partner@demo.traject.test", "Pieter Janssens", "admin,partner"},
    {"Digital Inclusion Fund", "jury@demo.traject.test", "Marc Lambert", "jury"},
    {"Digital Inclusion Fund", "jury2@demo.traject.test", "Ines Vandenberghe", "jury"},
    {"Digital Inclusion Fund", "jury3@demo.traject.test", "Youssef Tahiri", "jury"},
    {"Molenbeek Digital Hub", "hub@demo.traject.test", "Leila Amrani", "admin,staff"},
    {"Liège Code Club", "liege@demo.traject.test", "Julien Lambot", "admin,staff"},
    {"STEM op Wielen vzw", "stem@demo.traject.test", "Hanne Goossens", "admin,staff"},
    {"Vlaams STEM-fonds", "stemfund@demo.traject.test", "Koen Wouters", "admin,funder"},
    {"Vlaams STEM-fonds", "stemjury@demo.traject.test", "Elke Maes", "jury"},
    {"Vlaams STEM-fonds", "stemjury2@demo.traject.test", "Bram Hermans", "jury"},
};

static bool first_row(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

static const char *const demo_learners[] = {
    "Yasmine Amrani", "Lucas Dubois",       "Fatou Diop",    "Milan Peeters",
    "Sara Haddad",    "Youssef El Idrissi", "Emma Claes",    "Adam Benali",
    "Lina Vermeulen", "Omar Kaya",          "Nora Janssens", "Elias Mertens",
};

typedef struct DemoTx {
    int64_t org_id, account_id, learner_account;
    Arena *a;
} DemoTx;

/* Sessions of the demo cohort that have begun, and the roster of one of them. */
typedef struct DemoRows {
    TSession s;
    RosterRow r;
    int64_t ids[200], starts[200];
    char *names[64];
    int n;
} DemoRows;

static bool demo_session(void *ctx)
{
    DemoRows *d = ctx;
    if (d->n < 200 && d->s.starts_at < clock_now()) {
        d->ids[d->n] = d->s.id;
        d->starts[d->n++] = d->s.starts_at;
    }
    return true;
}

static bool demo_roster(void *ctx)
{
    DemoRows *d = ctx;
    if (d->n < 64) {
        d->ids[d->n] = d->r.enrolment_id;
        d->names[d->n++] = d->r.name;
    }
    return true;
}

/* Marks for the sessions so far: most learners present, Omar Kaya absent one day in two
 * (at risk), Lucas Dubois late on Mondays; Sara Haddad (the demo learner account)
 * checked in with the QR code. */
static DbStatus demo_attendance(Db *db, DemoTx *t, int64_t cohort_id)
{
    DemoRows sessions = {0}, roster;
    DbStatus st =
        q_tsession_list(db, t->org_id, cohort_id, t->a, &sessions.s, demo_session, &sessions);
    if (st < DB_NONE)
        return st;
    for (int i = 0; i < sessions.n; i++) {
        memset(&roster, 0, sizeof roster);
        if ((st = q_roster(db, t->org_id, sessions.ids[i], t->a, &roster.r, demo_roster, &roster)) <
            DB_NONE)
            return st;
        for (int k = 0; k < roster.n; k++) {
            const char *name = roster.names[k];
            AttendanceMark mark = MARK_PRESENT;
            if (!strcmp(name, "Sara Haddad")) {
                st = q_checkin(db, t->org_id, sessions.ids[i], t->learner_account, MARK_PRESENT,
                               sessions.starts[i] - 300);
                if (st < DB_NONE)
                    return st;
                continue;
            }
            if (!strcmp(name, "Omar Kaya") && i % 2)
                mark = MARK_ABSENT;
            else if (!strcmp(name, "Lucas Dubois") && i % 4 == 0)
                mark = MARK_LATE;
            if ((st = q_attendance_mark(db, t->org_id, sessions.ids[i], roster.ids[k], mark,
                                        sessions.starts[i] + 3600, t->account_id)) < DB_NONE)
                return st;
        }
    }
    return DB_ONE;
}

/* An open bootcamp with a location and a cohort of twelve learners on a Monday-to-Thursday
 * schedule (public holidays skipped) that started two weeks before the demo was loaded. */
/* --- intake: an open application form and applications under review ------------------ */

static const struct {
    const char *name, *email, *lang, *birth, *why;
    int scores[2][2]; /* per reviewer: motivation, perseverance; 0: not reviewed yet */
} demo_applicants[] = {
    {"Yasmine El Idrissi",
     "yasmine@applicant.demo.test",
     "fr",
     "2003-04-12",
     "J'ai appris seule à faire des sites pour l'association de mon quartier; je veux en faire mon "
     "métier.",
     {{5, 4}, {5, 5}}},
    {"Tom Verhaegen",
     "tom@applicant.demo.test",
     "nl",
     "2002-09-30",
     "Ik repareer al jaren computers voor buren en wil nu leren programmeren.",
     {{4, 4}, {3, 4}}},
    {"Grace Mensah",
     "grace@applicant.demo.test",
     "en",
     "2004-01-21",
     "I lost my job in a warehouse and taught myself some Python at the library.",
     {{4, 5}, {2, 2}}},
    {"Karim Bouzid",
     "karim@applicant.demo.test",
     "fr",
     "2001-07-07",
     "Je veux montrer à mes petits frères qu'on peut réussir dans le numérique.",
     {{3, 3}, {0, 0}}},
    {"Lotte De Smet",
     "lotte@applicant.demo.test",
     "nl",
     "2005-02-14",
     "Ik wil apps bouwen die mensen helpen hun weg te vinden in de stad.",
     {{4, 3}, {0, 0}}},
    {"Amadou Diallo",
     "amadou@applicant.demo.test",
     "fr",
     "2000-11-02",
     "Dans mon pays j'étais technicien réseau; ici je veux reprendre une carrière dans "
     "l'informatique.",
     {{0, 0}, {0, 0}}},
};

static DbStatus demo_intake(Db *db, DemoTx *t, int64_t pid, Date first)
{
    int64_t now = clock_now();
    DbStatus st;
    const AppQuestion qs[] = {
        {.kind = QK_LONG,
         .required = 1,
         .motivation = 1,
         .label = {"Why do you want to become a web developer?",
                   "Waarom wil je webontwikkelaar worden?",
                   "Pourquoi veux-tu devenir développeur web ?"}},
        {.kind = QK_YESNO,
         .required = 1,
         .label = {"Do you have a laptop at home?", "Heb je thuis een laptop?",
                   "As-tu un ordinateur portable à la maison ?"}},
    };
    for (int i = 0; i < 2; i++)
        if ((st = q_question_add(db, t->org_id, pid, &qs[i])) < DB_NONE)
            return st;
    const AppCriterion crit[] = {
        {.weight = 2, .label = {"Motivation", "Motivatie", "Motivation"}},
        {.weight = 1, .label = {"Perseverance", "Doorzetting", "Persévérance"}},
    };
    for (int i = 0; i < 2; i++)
        if ((st = q_criterion_add(db, t->org_id, pid, &crit[i])) < DB_NONE)
            return st;
    /* the next cohort, which the applicants hope to join */
    Date next = date_from_days(date_days(first) + 7 * 26 + 7);
    char a[11], b[11];
    date_format(next, a);
    date_format(date_from_days(date_days(next) + 7 * 26 - 4), b);
    Cohort c = {.org_id = t->org_id,
                .programme_id = pid,
                .name = "Cohort 13",
                .starts_on = a,
                .ends_on = b,
                .capacity = 12};
    if ((st = q_cohort_add(db, &c, now, &c.id)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    AppForm f = {.reviews_needed = 2, .consent_age = 13, .scale_max = 5, .offer_days = 7};
    if ((st = q_app_form_set(db, t->org_id, pid, &f)) < DB_NONE)
        return st;
    AppQuestion q;
    AppCriterion cr;
    Rows questions = ROWS_FROM(t->a, &q), crits = ROWS_FROM(t->a, &cr);
    if ((st = q_questions(db, t->org_id, pid, t->a, &q, rows_collect, &questions)) < DB_NONE ||
        (st = q_criteria(db, t->org_id, pid, t->a, &cr, rows_collect, &crits)) < DB_NONE)
        return st;
    if (questions.n != 2 || crits.n != 2)
        return DB_ERROR;
    const int64_t qids[2] = {ROW(&questions, AppQuestion, 0)->id,
                             ROW(&questions, AppQuestion, 1)->id},
                  cids[2] = {ROW(&crits, AppCriterion, 0)->id, ROW(&crits, AppCriterion, 1)->id};
    AccountRow rev[2];
    if (q_account_by_email(db, "trainer@demo.traject.test", t->a, &rev[0]) != DB_ONE ||
        q_account_by_email(db, "reviewer@demo.traject.test", t->a, &rev[1]) != DB_ONE)
        return DB_ERROR;
    for (size_t i = 0; i < sizeof demo_applicants / sizeof demo_applicants[0]; i++) {
        Application x = {.org_id = t->org_id,
                         .programme_id = pid,
                         .name = (char *)demo_applicants[i].name,
                         .email = (char *)demo_applicants[i].email,
                         .phone = "",
                         .birth_date = (char *)demo_applicants[i].birth,
                         .municipality = i % 2 ? "Schaerbeek" : "Molenbeek-Saint-Jean",
                         .jobseeker = 1,
                         .lang = (char *)demo_applicants[i].lang};
        char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
        auth_token_new(tok);
        auth_token_hash(tok, hash);
        int64_t id, at = now - 86400 * (10 - (int64_t)i);
        if ((st = q_application_add(db, &x, hash, at, &id)) != DB_ONE ||
            (st = q_answer_add(db, t->org_id, id, qids[0], demo_applicants[i].why)) < DB_NONE ||
            (st = q_answer_add(db, t->org_id, id, qids[1], i % 3 ? "yes" : "no")) < DB_NONE)
            return st < DB_NONE ? st : DB_ERROR;
        for (int r = 0; r < 2; r++) {
            if ((st = q_app_assign(db, t->org_id, id, rev[r].id, at + 3600)) < DB_NONE)
                return st;
            const int *sc = demo_applicants[i].scores[r];
            if (!sc[0])
                continue;
            for (int k = 0; k < 2; k++)
                if ((st = q_app_score_set(db, t->org_id, id, rev[r].id, cids[k], sc[k])) < DB_NONE)
                    return st;
            if ((st = q_app_review_save(db, t->org_id, id, rev[r].id,
                                        "Sincere; the answers show real effort.", true,
                                        at + 86400)) < DB_NONE)
                return st;
        }
    }
    return DB_ONE;
}

static DbStatus demo_training_tx(Db *db, void *ctx)
{
    DemoTx *t = ctx;
    int64_t now = clock_now();
    DbStatus st;
    Location loc = {.org_id = t->org_id,
                    .name = "Campus Molenbeek",
                    .address = "Rue Ransfort 27",
                    .postcode = "1080",
                    .municipality = "Molenbeek-Saint-Jean",
                    .province = "brussels"};
    if ((st = q_location_add(db, &loc, now, &loc.id)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    Programme p = {
        .org_id = t->org_id,
        .kind = KIND_BOOTCAMP,
        .status = PROGRAMME_OPEN,
        .title = {"Web developer bootcamp", "Bootcamp webontwikkelaar", "Bootcamp développeur web"},
        .description = {"Six months, Monday to Thursday, for job-seekers aged 18 to 25, "
                        "selected on motivation alone. Teams work on real cases from companies, "
                        "administrations and non-profits.",
                        "Zes maanden, van maandag tot donderdag, voor werkzoekenden van 18 tot 25 "
                        "jaar, alleen geselecteerd op motivatie.",
                        "Six mois, du lundi au jeudi, pour des demandeurs d'emploi de 18 à 25 ans, "
                        "sélectionnés sur leur seule motivation."},
        .teaching_langs = 7,
        .min_age = 18,
        .max_age = 25,
        .jobseekers_only = 1,
        .region = "brussels",
        .target = {24, 0, 18, 24},
        .updated_at = now};
    int64_t pid;
    if ((st = q_programme_add(db, &p, &pid)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    /* the cohort started on the Monday of the demo's week, so that the schedule is current */
    Date today;
    int min;
    bxl_from_utc(now, &today, &min);
    Date first = date_from_days(date_days(today) - date_weekday(today) - 14);
    Date last = date_from_days(date_days(first) + 7 * 26 - 4);
    char a[11], b[11];
    date_format(first, a);
    date_format(last, b);
    Cohort c = {.org_id = t->org_id,
                .programme_id = pid,
                .name = "Cohort 12",
                .starts_on = a,
                .ends_on = b,
                .capacity = 24,
                .location_id = loc.id};
    if ((st = q_cohort_add(db, &c, now, &c.id)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    if ((st = q_cohort_trainer_add(db, t->org_id, c.id, t->account_id)) < DB_NONE)
        return st;
    AccountRow trainer; /* the demo's trainer gives the sessions too: their home shows them */
    if ((st = q_account_by_email(db, "trainer@demo.traject.test", t->a, &trainer)) != DB_ONE ||
        (st = q_cohort_trainer_add(db, t->org_id, c.id, trainer.id)) < DB_NONE)
        return st < DB_NONE ? st : DB_ERROR;
    Schedule s = {.first = first, .last = last, .weekdays = 0x0f, .start = 9 * 60, .end = 16 * 60};
    Slot slots[200];
    int n = schedule_generate(&s, slots, 200);
    for (int i = 0; i < n && i < 200; i++)
        if ((st = q_tsession_add(db, t->org_id, c.id, slots[i].starts_at, slots[i].ends_at, loc.id,
                                 now)) < DB_NONE)
            return st;
    for (size_t i = 0; i < sizeof demo_learners / sizeof demo_learners[0]; i++) {
        char birth[11];
        snprintf(birth, sizeof birth, "%04d-%02d-%02d", 2001 + (int)i % 6, 1 + (int)i % 12,
                 3 + (int)i);
        Person who = {.org_id = t->org_id,
                      .name = (char *)demo_learners[i],
                      .birth_date = birth,
                      .municipality = i % 2 ? "Anderlecht" : "Molenbeek-Saint-Jean",
                      .jobseeker = 1};
        int64_t person, in_cohort;
        /* the demo learner account's own record: she sees her schedule at /learning */
        if (!strcmp(demo_learners[i], "Sara Haddad") &&
            q_person_by_email(db, t->org_id, "learner@demo.traject.test", c.id, &person,
                              &in_cohort) == DB_ONE) {
            if ((st = q_cohort_take_seat(db, t->org_id, c.id, now)) != DB_ONE ||
                (st = q_enrolment_add(db, t->org_id, c.id, person, now)) != DB_ONE)
                return st < DB_NONE ? st : DB_ERROR;
            continue;
        }
        if ((st = q_person_add(db, &who, now, &person)) != DB_ONE ||
            (st = q_cohort_take_seat(db, t->org_id, c.id, now)) != DB_ONE ||
            (st = q_enrolment_add(db, t->org_id, c.id, person, now)) != DB_ONE)
            return st < DB_NONE ? st : DB_ERROR;
    }
    if ((st = demo_attendance(db, t, c.id)) < DB_NONE)
        return st;
    return demo_intake(db, t, pid, first);
}

int cmd_demo(int argc, char **argv)
{
    Settings s;
    const char *scale = NULL;
    const CliOpt opts[] = {
        {"scale", &scale, NULL, "build a region of N learners instead (demo_scale.c)"},
        {0},
    };
    int rc = cli_parse("demo", "Loads demonstration organisations and accounts (idempotent).",
                       CMD_DEMO, &s, opts, argc, argv, 2, NULL, 0);
    if (rc >= 0)
        return rc;
    char *end = NULL;
    long long scale_n = scale ? strtoll(scale, &end, 10) : 0;
    if (scale && (*end || scale_n < 1 || scale_n > 100000000)) {
        fprintf(stderr, "traject demo: --scale needs a number of learners from 1 to 100000000\n");
        return 2;
    }
    CliRun run = {0};
    if (!cli_run_begin(&run, &s, false))
        return 1;
    if (scale) {
        rc = demo_scale(&run, scale_n);
        cli_run_end(&run);
        return rc;
    }
    rc = 1;
    Db *db = run.db;
    Arena *a = &run.arena;
    int64_t ids[DEMO_ORGS] = {0};
    bool created;
    for (size_t i = 0; i < DEMO_ORGS; i++)
        if (!cli_org_ensure(&run, demo_orgs[i].name, demo_orgs[i].kind, &ids[i], &created))
            goto done;
    for (size_t i = 0; i < sizeof demo_accounts / sizeof demo_accounts[0]; i++) {
        const DemoAccount *d = &demo_accounts[i];
        int64_t org = 0;
        for (size_t k = 0; k < DEMO_ORGS; k++)
            if (!strcmp(demo_orgs[k].name, d->org))
                org = ids[k];
        if (!cli_add_member(db, org, d->email, d->name, DEMO_PASSWORD, cli_roles(d->roles), NULL))
            goto done;
    }
    /* training data for the coding school, once */
    Programme row;
    bool has = false;
    if (q_programme_list(db, ids[0], a, &row, first_row, &has) < DB_NONE)
        goto done;
    if (!has) {
        AccountRow admin, learner;
        if (q_account_by_email(db, demo_accounts[0].email, a, &admin) != DB_ONE ||
            q_account_by_email(db, demo_accounts[2].email, a, &learner) != DB_ONE)
            goto done;
        DemoTx t = {ids[0], admin.id, learner.id, a};
        if (db_tx(db, demo_training_tx, &t) < DB_NONE) {
            fprintf(stderr, "traject demo: could not load the training data\n");
            goto done;
        }
        printf("demo programme, location, cohort, sessions and learners loaded\n");
    }
    /* a partner's real case worked on by a team of the cohort, once */
    if (!demo_cases(db, a, ids[0], ids[2]) || !demo_equipment(db, a, ids[0]))
        goto done;
    if (!demo_jobs(db, a, ids[0], ids[2]) || /* an internship offer, candidates, a placement */
        !demo_events(db, a, ids[0]) ||       /* events, registrations, a waiting list, once */
        !demo_resources(db, a, ids[0], ids[3]) ||
        /* the demo learner's profile for partners, and a request to meet her, once */
        !demo_talent(db, a, ids[0], ids[2]))
        goto done;
    /* the fund's calls for projects, their proposals, jury and reviews, once */
    if (!demo_calls(db, a, ids[1], (const int64_t[]){ids[0], ids[3], ids[4]}))
        goto done;
    if (!demo_cyber(&run, DEMO_PASSWORD)) /* scenario 2: certifications, once */
        goto done;
    /* 5,000 youngsters of STEM op Wielen on a grant of the Vlaams STEM-fonds, once */
    if (!demo_stem(db, a, ids[5], ids[6]))
        goto done;
    printf("\nDemo sign-ins (password for all: %s):\n", DEMO_PASSWORD);
    for (size_t i = 0; i < sizeof demo_accounts / sizeof demo_accounts[0]; i++)
        printf("  %-28s %-24s %s\n", demo_accounts[i].email, demo_accounts[i].org,
               demo_accounts[i].roles);
    demo_cyber_signin();
    rc = 0;
done:
    cli_run_end(&run);
    return rc;
}
