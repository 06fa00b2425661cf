/* demo_school.c — seed scenario 4 of traject demo (see demo.c): the coding school's web
 * developer bootcamp, six-month cohorts of job-seekers aged 18 to 25 selected on motivation
 * alone, replayed through the workflows the pages use, each act at the time it happened:
 * staff set up the place, the programme and its name-blind application form; for each
 * cohort they open it with its weekly schedule, people apply, two reviewers score every
 * application under a code, staff decide in rank order (a waiting list behind the places),
 * an accepted applicant steps back and the first on the waiting list takes the offer.
 * Cohorts 10 and 11 are over (demo_history.c plays their six months), cohort 12 started two
 * weeks before the day the demo is loaded and takes attendance, cohort 13 is in intake with
 * reviews still to do. Every date is counted from cohort 12's first day and the people come
 * from a fixed seed (demo_people.h), so the figures are the same whatever the day. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_people.h"
#include "cli/demo_school.h"
#include "core/clock.h"
#include "core/rows.h"
#include "flows/intake/admission.h"
#include "flows/intake/apply.h"
#include "flows/intake/review.h"
#include "flows/intake/selection.h"
#include "flows/training/attendance.h"
#include "flows/training/cohort.h"
#include "flows/training/programme.h"
#include "flows/training/session.h"
#include "q/intake/admission.h"
#include "q/training/attendance.h"
#include "q/training/cohort.h"
#include "q/training/learner.h"

/* The seed of the coding school's people: the same people on every machine. */
#define SCHOOL_SEED 20261001u

/* The cohorts: when each starts (weeks after cohort 12's first day), how many apply, how
 * many places staff fill and how many wait behind them. */
static const struct {
    const char *name;
    int weeks, applicants, accepted, waitlisted;
} school_cohorts[SCHOOL_COHORTS] = {
    {"Cohort 10", -60, 28, 20, 4},
    {"Cohort 11", -30, 30, 22, 4},
    {"Cohort 12", 0, 12, 12, 0},
    {"Cohort 13", 30, 6, 0, 0},
};

/* Cohort 12: the demo learner account (Sara Haddad) and the people of the running cohort
 * whose attendance the demo tells (Omar Kaya absent one day in two, Lucas Dubois late); a
 * woman, then a man. */
static const char *const running[12] = {
    "Yasmine Amrani", "Lucas Dubois",       "Fatou Diop",    "Milan Peeters",
    "Sara Haddad",    "Youssef El Idrissi", "Emma Claes",    "Adam Benali",
    "Lina Vermeulen", "Omar Kaya",          "Nora Janssens", "Elias Mertens",
};

/* Cohort 13's applicants, under review: age on the cohort's first day; scores per
 * reviewer (the trainer, then the reviewer): motivation, perseverance, 0 when not yet. */
static const struct {
    const char *name, *email, *lang, *municipality, *why;
    Gender gender;
    int age;
    int scores[2][2];
} waiting[] = {
    {"Yasmine El Idrissi",
     "yasmine@applicant.demo.test",
     "fr",
     "Molenbeek-Saint-Jean",
     "J'ai appris seule à faire des sites pour l'association de mon quartier; je veux en faire mon "
     "métier.",
     GENDER_WOMAN,
     23,
     {{5, 4}, {5, 5}}},
    {"Tom Verhaegen",
     "tom@applicant.demo.test",
     "nl",
     "Schaerbeek",
     "Ik repareer al jaren computers voor buren en wil nu leren programmeren.",
     GENDER_MAN,
     24,
     {{4, 4}, {3, 4}}},
    {"Grace Mensah",
     "grace@applicant.demo.test",
     "en",
     "Molenbeek-Saint-Jean",
     "I lost my job in a warehouse and taught myself some Python at the library.",
     GENDER_WOMAN,
     22,
     {{4, 5}, {2, 2}}},
    {"Karim Bouzid",
     "karim@applicant.demo.test",
     "fr",
     "Schaerbeek",
     "Je veux montrer à mes petits frères qu'on peut réussir dans le numérique.",
     GENDER_MAN,
     25,
     {{3, 3}, {0, 0}}},
    {"Lotte De Smet",
     "lotte@applicant.demo.test",
     "nl",
     "Molenbeek-Saint-Jean",
     "Ik wil apps bouwen die mensen helpen hun weg te vinden in de stad.",
     GENDER_WOMAN,
     21,
     {{4, 3}, {0, 0}}},
    {"Amadou Diallo",
     "amadou@applicant.demo.test",
     "fr",
     "Schaerbeek",
     "Dans mon pays j'étais technicien réseau; ici je veux reprendre une carrière dans "
     "l'informatique.",
     GENDER_MAN,
     25,
     {{0, 0}, {0, 0}}},
};

/* Why the generated applicants want to code, in the language they read (nl, fr, en). */
static const char *const motives[3][4] = {
    {"Ik wil iets bouwen dat mensen in mijn buurt echt helpt.",
     "Ik heb op YouTube leren programmeren en wil er mijn beroep van maken.",
     "Na mijn studies vond ik geen werk; code geeft me een nieuwe kans.",
     "Ik maak al websites voor vrienden en wil het goed leren."},
    {"Je veux construire quelque chose qui aide vraiment les gens de mon quartier.",
     "J'ai appris à coder seul sur YouTube et je veux en faire mon métier.",
     "Après mes études je n'ai pas trouvé de travail ; le code est une nouvelle chance.",
     "Je fais déjà des sites pour des amis et je veux apprendre à bien le faire."},
    {"I want to build something that really helps people in my neighbourhood.",
     "I taught myself to code on YouTube and want to make it my job.",
     "I found no work after school; code is a second chance.",
     "I already make websites for friends and want to learn to do it well."},
};

/* The school's setting: who acts, the programme, its rubric and the days it counts from. */
typedef struct School {
    Db *db;
    Arena *a;
    Prng rng;
    Actor admin, trainer, reviewer, sara;
    int64_t pid, loc, crit[2];
    Date first12;       /* cohort 12's first day */
    const char **names; /* everyone's name so far: no two made-up people share one */
    int nnames;
} School;

/* Whether name is taken already (by a made-up person or by one the demo names); if not,
 * it is now. */
static bool name_taken(School *s, const char *name)
{
    for (int i = 0; i < s->nnames; i++)
        if (!strcmp(s->names[i], name))
            return true;
    for (size_t i = 0; i < sizeof running / sizeof running[0]; i++)
        if (!strcmp(running[i], name))
            return true;
    for (size_t i = 0; i < sizeof waiting / sizeof waiting[0]; i++)
        if (!strcmp(waiting[i].name, name))
            return true;
    s->names[s->nnames++] = name;
    return false;
}

int64_t demo_at(Date d, int minutes)
{
    int64_t t = 0;
    bxl_to_utc(d, minutes, &t);
    return t;
}

Date demo_plus(Date d, int days)
{
    return date_from_days(date_days(d) + days);
}

const char *demo_date_text(Arena *a, Date d)
{
    char *out = arena_alloc(a, 11);
    date_format(d, out);
    return out;
}

static Flow flow_as(School *s, const Actor *who, int64_t now)
{
    return (Flow){.db = s->db, .arena = s->a, .who = who, .now = now, .base_url = ""};
}

/* The place, the programme, its application form and its rubric, a hundred days before
 * cohort 10. */
static bool setup(School *s, Date day)
{
    Flow f = flow_as(s, &s->admin, demo_at(day, 10 * 60));
    Location loc = {.name = "Campus Molenbeek",
                    .address = "Rue Ransfort 27",
                    .postcode = "1080",
                    .municipality = "Molenbeek-Saint-Jean",
                    .province = "brussels"};
    Outcome o = flow_location_save(&f, &loc);
    if (!demo_ok(o, "location"))
        return false;
    s->loc = o.id;
    Programme p = {
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
        .target = {24, 0, 18, 24}};
    if (!demo_ok(o = flow_programme_save(&f, &p), "programme"))
        return false;
    s->pid = o.id;
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
        if (!demo_ok(apply_question_add(&f, s->pid, &qs[i]), "question"))
            return false;
    const AppCriterion crit[] = {
        {.weight = 2, .label = {"Motivation", "Motivatie", "Motivation"}},
        {.weight = 1, .label = {"Perseverance", "Doorzetting", "Persévérance"}},
    };
    for (int i = 0; i < 2; i++)
        if (!demo_ok(rubric_criterion_add(&f, s->pid, &crit[i]), "criterion"))
            return false;
    AppForm form = {.reviews_needed = 2, .consent_age = 13, .scale_max = 5, .offer_days = 7};
    if (!demo_ok(apply_form_set(&f, s->pid, &form), "application form"))
        return false;
    AppCriterion cr;
    Rows crits = ROWS_FROM(s->a, &cr);
    if (q_criteria(s->db, s->admin.org_id, s->pid, s->a, &cr, rows_collect, &crits) < DB_NONE ||
        crits.n != 2)
        return false;
    s->crit[0] = ROW(&crits, AppCriterion, 0)->id;
    s->crit[1] = ROW(&crits, AppCriterion, 1)->id;
    return true;
}

/* A cohort of 24 places at the campus, the trainers, and its weekly schedule (Monday to
 * Thursday, 9:00 to 16:00, public holidays skipped), opened 80 days before it starts. */
static bool open_cohort(School *s, const char *name, Date first, Date today, Cohort *c)
{
    Date on = demo_plus(first, -80); /* and cohort 13 a month ago, before its applicants */
    if (date_days(on) > date_days(today) - 30)
        on = demo_plus(today, -30);
    Flow f = flow_as(s, &s->admin, demo_at(on, 9 * 60));
    char a[11], b[11];
    date_format(first, a);
    date_format(demo_plus(first, 7 * 26 - 4), b);
    const int64_t trainers[] = {s->admin.account_id, s->trainer.account_id};
    CohortInput in = {.c = {.programme_id = s->pid,
                            .name = (char *)name,
                            .starts_on = a,
                            .ends_on = b,
                            .capacity = 24,
                            .location_id = s->loc},
                      .trainers = trainers,
                      .ntrainers = 2};
    Outcome o = flow_cohort_save(&f, &in);
    if (!demo_ok(o, "cohort") || q_cohort_get(s->db, s->admin.org_id, o.id, s->a, c) != DB_ONE)
        return false;
    Schedule sch = {.weekdays = 0x0f, .start = 9 * 60, .end = 16 * 60};
    return demo_ok(flow_schedule_generate(&f, c, &sch), "schedule");
}

/* One applicant as the application form receives them. */
typedef struct Applicant {
    const char *name, *email, *birth, *municipality, *why;
    Gender gender;
    Lang lang;
    int scores[2][2]; /* per reviewer: motivation, perseverance (0: not reviewed) */
    int64_t id;       /* the application */
} Applicant;

/* x applies on day, through the public form; its id is the application's. */
static bool apply(School *s, Applicant *x, Date day, int minutes, int n)
{
    Actor anyone = {.lang = x->lang};
    Flow f = flow_as(s, &anyone, demo_at(day, minutes));
    ApplyForm form;
    if (apply_form_load(s->db, s->a, s->pid, f.now, &form) != DB_ONE || form.nqs != 2)
        return false;
    char *answers[2] = {(char *)x->why, n % 3 ? "yes" : "no"};
    ApplyInput in = {.name = (char *)x->name,
                     .email = (char *)x->email,
                     .phone = "",
                     .birth_date = (char *)x->birth,
                     .municipality = (char *)x->municipality,
                     .gender = x->gender ? (char *)vocab_key(&genders, x->gender) : NULL,
                     .jobseeker = true,
                     .lang = x->lang,
                     .answers = answers};
    const char *token;
    ApplyVerdict v;
    Outcome o = apply_send(&f, &form, &in, &token, &v);
    x->id = o.id;
    return demo_ok(o, x->name);
}

/* The two reviewers are assigned every application received, and submit their scores on
 * day (a reviewer with no score for an application leaves it to do). */
static bool review(School *s, Applicant *xs, int n, Date day)
{
    Flow f = flow_as(s, &s->admin, demo_at(day, 9 * 60));
    const int64_t ticked[] = {s->trainer.account_id, s->reviewer.account_id};
    AssignResult res;
    if (!demo_ok(reviewers_assign(&f, s->pid, ticked, 2, &res), "reviewers"))
        return false;
    const Actor *who[2] = {&s->trainer, &s->reviewer};
    for (int r = 0; r < 2; r++) {
        f = flow_as(s, who[r], demo_at(day, (10 + r) * 60));
        for (int i = 0; i < n; i++) {
            if (!xs[i].scores[r][0])
                continue;
            SentScore sc[2] = {{s->crit[0], xs[i].scores[r][0]}, {s->crit[1], xs[i].scores[r][1]}};
            ReviewInput in = {.application_id = xs[i].id,
                              .act = REVIEW_SUBMIT,
                              .comment = xs[i].scores[r][0] >= 4
                                             ? "Sincere; the answers show real effort."
                                             : "Motivated, but the answers stay vague.",
                              .scores = sc,
                              .n = 2};
            if (!demo_ok(review_save(&f, &in), "review"))
                return false;
        }
    }
    return true;
}

/* The weight of an applicant's scores, as the rubric counts them (motivation twice). */
static int weight(const Applicant *x)
{
    return 2 * (x->scores[0][0] + x->scores[1][0]) + x->scores[0][1] + x->scores[1][1];
}

/* Staff decide on day, in rank order: the first accepted into c, the next on the waiting
 * list, the others declined for want of places. */
static bool decide(School *s, Applicant *xs, int n, int accepted, int waitlisted, const Cohort *c,
                   Date day)
{
    int *order = arena_alloc(s->a, sizeof *order * (size_t)n);
    for (int i = 0; i < n; i++) {
        int k = i;
        while (k > 0 && weight(&xs[order[k - 1]]) < weight(&xs[i])) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = i;
    }
    AdmissionDecision *d = arena_alloc(s->a, sizeof *d * (size_t)n);
    for (int i = 0; i < n; i++)
        d[i] = (AdmissionDecision){.id = xs[order[i]].id,
                                   .decision = i < accepted                ? DECIDE_ACCEPT
                                               : i < accepted + waitlisted ? DECIDE_WAITLIST
                                                                           : DECIDE_CAPACITY};
    Flow f = flow_as(s, &s->admin, demo_at(day, 14 * 60));
    DecideInput in = {.programme_id = s->pid, .cohort_id = c->id, .d = d, .n = n};
    if (!demo_ok(admission_decide(&f, &in), "decisions"))
        return false;
    if (!waitlisted)
        return true;
    /* the third accepted finds a job meanwhile and steps back; the first on the waiting list
     * gets the place and takes it the next day */
    Application x;
    Actor anyone = {.lang = LANG_EN};
    f = flow_as(s, &anyone, demo_at(demo_plus(day, 6), 18 * 60));
    if (q_application_get(s->db, s->admin.org_id, xs[order[2]].id, s->a, &x) != DB_ONE ||
        !demo_ok(admission_applicant_withdraw(&f, &x), "withdrawal"))
        return false;
    f.now = demo_at(demo_plus(day, 7), 11 * 60);
    return q_application_get(s->db, s->admin.org_id, xs[order[accepted]].id, s->a, &x) == DB_ONE &&
           demo_ok(admission_take_offer(&f, &x), "offer taken");
}

/* Where the bootcamp's applicants live: near the campus, most of them. */
static const struct {
    const char *name;
    int weight;
} near[] = {{"Molenbeek-Saint-Jean", 9}, {"Anderlecht", 6}, {"Schaerbeek / Schaarbeek", 4},
            {"Brussel / Bruxelles", 3},  {"Koekelberg", 1}, {"Jette", 1}};

/* A made-up applicant for cohort c, aged 19 to 24 on its first day, living near the
 * campus. */
static Applicant made_up(School *s, Date first, int cohort, int i)
{
    DemoPerson p;
    do
        p = demo_person(&s->rng, s->a, first, 19, 24, "brussels");
    while (name_taken(s, p.name));
    Lang l = LANG_EN;
    lang_parse(p.lang, &l);
    int m = (int)prng_between(&s->rng, 2, 5), q = (int)prng_between(&s->rng, 2, 5);
    int dm = (int)prng_between(&s->rng, -1, 1), w = (int)prng_below(&s->rng, 24), at = 0;
    while (w >= near[at].weight)
        w -= near[at++].weight;
    return (Applicant){.name = p.name,
                       .email = arena_printf(s->a, "c%d-%02d@learner.demo.test", cohort, i + 1),
                       .birth = arena_strdup(s->a, p.birth),
                       .municipality = near[at].name,
                       .why = motives[l == LANG_NL   ? 0
                                      : l == LANG_FR ? 1
                                                     : 2][i % 4],
                       .gender = p.gender,
                       .lang = l,
                       .scores = {{m, q},
                                  {m + dm < 1   ? 1
                                   : m + dm > 5 ? 5
                                                : m + dm,
                                   q}}};
}

/* The first two applicants of cohorts 10 and 11 sign in to the learner space (they will
 * apply to TelcoLab's internships there: demo_history.c): their account comes first, and
 * their application, the strongest, fills in their record. */
static bool learner_account(School *s, Applicant *x)
{
    memcpy(x->scores, (int[2][2]){{5, 5}, {5, 5}}, sizeof x->scores);
    return cli_add_member(s->db, s->admin.org_id, x->email, x->name, "traject-demo-2026",
                          ROLE_LEARNER, NULL);
}

/* The intake of cohort k of school_cohorts: applications over a month, reviews, decisions. */
static bool intake(School *s, int k, const Cohort *c, Date first, Date today)
{
    int n = school_cohorts[k].applicants;
    Applicant *xs = arena_alloc(s->a, sizeof *xs * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (k == SCHOOL_COHORTS - 1) { /* cohort 13: the applicants staff are reviewing */
            char birth[11];
            date_format(demo_plus(first, -365 * waiting[i].age - 30 * i - 40), birth);
            Lang l = LANG_EN;
            lang_parse(waiting[i].lang, &l);
            xs[i] = (Applicant){.name = waiting[i].name,
                                .email = waiting[i].email,
                                .birth = arena_strdup(s->a, birth),
                                .municipality = waiting[i].municipality,
                                .why = waiting[i].why,
                                .gender = waiting[i].gender,
                                .lang = l};
            memcpy(xs[i].scores, waiting[i].scores, sizeof xs[i].scores);
        } else {
            xs[i] = made_up(s, first, 10 + k, i);
            if (k < 2 && i < 2 && !learner_account(s, &xs[i]))
                return false;
            if (k == 2) { /* cohort 12: the people the demo follows */
                xs[i].name = running[i];
                xs[i].gender = i % 2 ? GENDER_MAN : GENDER_WOMAN;
                if (!strcmp(running[i], "Sara Haddad"))
                    xs[i].email = "learner@demo.traject.test";
            }
        }
        Date day = k == SCHOOL_COHORTS - 1 ? demo_plus(today, -10 + i) : demo_plus(first, -60 + i);
        if (!apply(s, &xs[i], day, 10 * 60 + 7 * i, i))
            return false;
    }
    if (k == SCHOOL_COHORTS - 1)
        return review(s, xs, n, demo_plus(today, -3));
    return review(s, xs, n, demo_plus(first, -25)) &&
           decide(s, xs, n, school_cohorts[k].accepted, school_cohorts[k].waitlisted, c,
                  demo_plus(first, -20));
}

/* Cohort 12's attendance so far, session by session as the trainer takes it: most present,
 * Omar Kaya absent one day in two (at risk), Lucas Dubois late one day in four; Sara Haddad
 * checks in with the session's QR code five minutes before it starts. */
static bool attendance(School *s, const Cohort *c, int64_t now)
{
    TSession ts;
    Rows sessions = ROWS_FROM(s->a, &ts);
    if (q_tsession_list(s->db, s->admin.org_id, c->id, s->a, &ts, rows_collect, &sessions) <
        DB_NONE)
        return false;
    for (int i = 0; i < sessions.n; i++) {
        const TSession *x = ROW(&sessions, TSession, i);
        if (x->starts_at >= now)
            break;
        RosterRow rr;
        Rows roster = ROWS_FROM(s->a, &rr);
        if (q_roster(s->db, s->admin.org_id, x->id, s->a, &rr, rows_collect, &roster) < DB_NONE)
            return false;
        MarkInput *marks = arena_alloc(s->a, sizeof *marks * (size_t)(roster.n + 1));
        int n = 0;
        for (int k = 0; k < roster.n; k++) {
            const RosterRow *r = ROW(&roster, RosterRow, k);
            AttendanceMark mark = MARK_PRESENT;
            if (!strcmp(r->name, "Sara Haddad")) {
                SessionItem si;
                RosterRow state = {0};
                Flow f = flow_as(s, &s->sara, x->starts_at - 300);
                DbStatus st = q_checkin_state(s->db, s->admin.org_id, x->id, s->sara.account_id,
                                              s->a, &state);
                if (q_session_item(s->db, x->id, s->a, &si) != DB_ONE || st < DB_NONE ||
                    !demo_ok(flow_checkin(&f, &si, &state, st == DB_ONE), "check-in"))
                    return false;
                continue;
            }
            if (!strcmp(r->name, "Omar Kaya") && i % 2)
                mark = MARK_ABSENT;
            else if (!strcmp(r->name, "Lucas Dubois") && i % 4 == 0)
                mark = MARK_LATE;
            marks[n++] = (MarkInput){r->enrolment_id, mark};
        }
        Flow f = flow_as(s, &s->trainer, x->starts_at + 3600);
        if (!demo_ok(flow_attendance_save(&f, x->id, marks, n), "attendance"))
            return false;
    }
    return true;
}

/* Everything of demo_school, in the transaction of school_tx. */
static bool school_load(Db *db, Arena *a, int64_t school, SchoolCohorts *out)
{
    School s = {.db = db, .a = a, .rng = prng_new(SCHOOL_SEED)};
    s.names = arena_alloc(a, sizeof *s.names * 128);
    s.admin = demo_actor(db, a, "admin@demo.traject.test", school);
    s.trainer = demo_actor(db, a, "trainer@demo.traject.test", school);
    s.reviewer = demo_actor(db, a, "reviewer@demo.traject.test", school);
    s.sara = demo_actor(db, a, "learner@demo.traject.test", 0);
    int64_t now = clock_now();
    Date today;
    int min;
    bxl_from_utc(now, &today, &min);
    /* cohort 12 started on the Monday two weeks before the demo's week */
    s.first12 = demo_plus(today, -date_weekday(today) - 14);
    if (!setup(&s, demo_plus(s.first12, school_cohorts[0].weeks * 7 - 100)))
        return false;
    for (int k = 0; k < SCHOOL_COHORTS; k++) {
        Date first = demo_plus(s.first12, school_cohorts[k].weeks * 7);
        if (!open_cohort(&s, school_cohorts[k].name, first, today, &out->c[k]) ||
            !intake(&s, k, &out->c[k], first, today))
            return false;
    }
    out->programme_id = s.pid;
    return attendance(&s, &out->c[2], now);
}

typedef struct SchoolTx {
    Arena *a;
    int64_t school;
    SchoolCohorts *out;
} SchoolTx;

static DbStatus school_tx(Db *db, void *ctx)
{
    SchoolTx *t = ctx;
    return school_load(db, t->a, t->school, t->out) ? DB_ONE : DB_ERROR;
}

/* One transaction for the whole school: a commit (a disk sync) per act would take seconds;
 * each workflow's own transaction runs inside it, and a refusal leaves nothing behind. */
bool demo_school(Db *db, Arena *a, int64_t school, SchoolCohorts *out)
{
    SchoolTx t = {a, school, out};
    return db_tx(db, school_tx, &t) == DB_ONE;
}
