/* demo_cyber.c — seed scenario 2 of traject demo (see demo.c): a cybersecurity training and
 * certification programme. CyberSkills Brussels, sponsored by a company (SecureNet Belgium),
 * enrols 150 learners from September in six cohorts at three places in Brussels; 18 leave
 * (withdrawn or dropped out, each with a reason) and 132 complete; learners sit two required
 * exams, a vendor-neutral fundamentals exam and a more advanced one, some of them twice, so
 * that exactly 60 hold both; 43 of those who completed find a job or an internship within six
 * months (two who left early for a job do not count: placed is of those who stay to the end).
 * The school publishes its figures at /impact.
 *
 * Every act goes through the workflow its page uses, with the school's admin as the actor and
 * f.now set to the moment it happened; all of it runs in one transaction (the workflows'
 * own nest in it), so that the scenario is loaded whole or not at all, and only once: nothing
 * when the school has a programme already.
 *
 * Dates: the programme starts in the September that leaves the whole story (the last
 * placement starts in June) before the day the demo is loaded: last year's from July on, the
 * one before until then. Nothing depends on how many days ago that was, so every figure is the
 * same whatever day the demo is loaded; the passes (valid three years) stay valid for more than
 * a year after. The people come from demo_people.h with a fixed seed. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_people.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/certifications/attempt.h"
#include "flows/certifications/catalogue.h"
#include "flows/impact/publish.h"
#include "flows/jobs/placement.h"
#include "flows/partners/contribution.h"
#include "flows/partners/partner.h"
#include "flows/training/attendance.h"
#include "flows/training/bulk.h"
#include "flows/training/cohort.h"
#include "flows/training/enrolment.h"
#include "flows/training/programme.h"
#include "flows/training/session.h"
#include "q/accounts/account.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"
#include "q/training/programme.h"

#define CYBER_ORG "CyberSkills Brussels"
#define CYBER_EMAIL "cyber@demo.traject.test"
#define CYBER_ROLES "admin,staff"
#define CYBER_SEED 0x5EC0C2ull

enum { LEARNERS = 150, COHORTS = 6, SEATS = 25, PLACES = 3, EXAMS = 3, REQUIRED = 2 };

/* What becomes of a learner. fate_count says how many of the 150 (shuffled) each gets: 18
 * leave, 132 complete (trained), 28 + 8 + 24 = 60 hold both required certifications, and
 * 28 + 8 + 7 = 43 are placed (DROPPED_JOB's placements do not count). */
typedef enum Fate {
    WITHDRAWN,        /* before the first session */
    DROPPED,          /* during the cohort */
    DROPPED_JOB,      /* left for a job found meanwhile */
    CERTIFIED_JOB,    /* both exams passed, then a job */
    CERTIFIED_INTERN, /* both exams passed, then an internship */
    CERTIFIED,        /* both exams passed, no placement recorded */
    FOUNDATION_JOB,   /* the first exam only, then an internship or a job */
    FOUNDATION,       /* the first exam only: the second failed or not sat */
    FAILED,           /* the first exam failed, once or twice */
    NO_EXAM,          /* completed without sitting an exam */
    FATES
} Fate;

static const int fate_count[FATES] = {6, 10, 2, 28, 8, 24, 7, 35, 14, 16};

static const struct {
    const char *name, *address, *postcode, *municipality;
} places[PLACES] = {
    {"BeCentral", "Cantersteen 12", "1000", "Brussel / Bruxelles"},
    {"Tour & Taxis", "Avenue du Port 86C", "1000", "Brussel / Bruxelles"},
    {"Usquare", "Avenue de la Couronne 227", "1050", "Ixelles / Elsene"},
};

/* Two cohorts at each place: days for job-seekers, evenings for people at work. Weekdays:
 * bit 0 Monday. */
static const struct {
    const char *name;
    int place;
    unsigned weekdays;
    int start, end;
} plan[COHORTS] = {
    {"BeCentral, days", 0, 0x05, 9 * 60, 16 * 60},
    {"BeCentral, evenings", 0, 0x0a, 18 * 60, 21 * 60 + 30},
    {"Tour & Taxis, days", 1, 0x0a, 9 * 60, 16 * 60},
    {"Tour & Taxis, evenings", 1, 0x05, 18 * 60, 21 * 60 + 30},
    {"Usquare, days", 2, 0x09, 9 * 60, 16 * 60},
    {"Usquare, evenings", 2, 0x06, 18 * 60, 21 * 60 + 30},
};

/* The catalogue: the programme requires the first two. */
static const struct {
    const char *name, *vendor, *code;
} exams[EXAMS] = {
    {"Certified in Cybersecurity", "ISC2", "CC"},
    {"CompTIA Security+", "CompTIA", "SY0-701"},
    {"Cisco Certified CyberOps Associate", "Cisco", "200-201"},
};

static const char *const drop_reasons[] = {
    "Moved to Antwerp for family reasons.",
    "The evening sessions no longer fit with childcare.",
    "Health reasons.",
    "Chose a training in networking instead.",
    "Found the pace too fast; will try again next year.",
};
static const char *const withdraw_reasons[] = {
    "Accepted a job offer before the start.",
    "Could not arrange childcare for the schedule.",
    "Enrolled in a full-time course elsewhere.",
};

static const char *const employers[] = {
    "SecureNet Belgium", "Iris Cyber Defence", "Kanaal Bank",       "Sablon Insurance",
    "Zenne Logistics",   "Marolles Hosting",   "Atelier Cloud SRL",
};

typedef struct Learner {
    DemoPerson p;
    char *email;
    Fate fate;
    int leaves_at; /* DROPPED, DROPPED_JOB: the session they stop before */
    Date left;     /* and the day they said so */
    int64_t person_id, enrolment_id;
} Learner;

typedef struct Cyber {
    Flow f;
    Actor admin;
    Arena *a;
    Prng rng;
    int year; /* of the September the programme starts in */
    Programme p;
    int64_t places[PLACES], exams[EXAMS];
    Cohort cohorts[COHORTS];
    Date first, last; /* the cohorts' first and last days */
    Learner people[LEARNERS];
} Cyber;

static Date day_plus(Date d, int days)
{
    return date_from_days(date_days(d) + days);
}

static char *ymd(Arena *a, Date d)
{
    char *s = arena_alloc(a, 11);
    date_format(d, s);
    return s;
}

/* Sets the moment the next act happens: day d at minutes after midnight, Brussels. */
static void when(Cyber *c, Date d, int minutes)
{
    bxl_to_utc(d, minutes, &c->f.now);
}

/* "fatou.diop.17@mail.demo.test": the name's ASCII letters, then the learner's number. */
static char *learner_email(Arena *a, const char *name, int i)
{
    char slug[64];
    size_t n = 0;
    for (const char *s = name; *s && n < sizeof slug - 1; s++) {
        if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
            slug[n++] = (char)(*s | 0x20);
        else if (*s == ' ' && n && slug[n - 1] != '.')
            slug[n++] = '.';
    }
    slug[n] = 0;
    return arena_printf(a, "%s.%d@mail.demo.test", slug, i + 1);
}

/* The 150 people, each with a fate: the fates in the order of fate_count, shuffled. */
static void cast(Cyber *c)
{
    Fate fates[LEARNERS];
    int n = 0;
    for (int k = 0; k < FATES; k++)
        for (int i = 0; i < fate_count[k]; i++)
            fates[n++] = (Fate)k;
    for (int i = LEARNERS - 1; i > 0; i--) {
        int j = (int)prng_below(&c->rng, i + 1);
        Fate t = fates[i];
        fates[i] = fates[j];
        fates[j] = t;
    }
    for (int i = 0; i < LEARNERS; i++) {
        Learner *l = &c->people[i];
        l->p = demo_person(&c->rng, c->a, c->first, 19, 45,
                           prng_chance(&c->rng, 800) ? "brussels" : NULL);
        l->email = learner_email(c->a, l->p.name, i);
        l->fate = fates[i];
        l->leaves_at = (int)prng_between(&c->rng, 4, 24);
    }
}

/* The programme, its places, its catalogue and required certifications, its sponsor. */
static bool setup(Cyber *c)
{
    const Flow *f = &c->f;
    when(c, (Date){c->year, 6, 16}, 10 * 60);
    c->p = (Programme){
        .kind = KIND_CERTIFICATION,
        .status = PROGRAMME_OPEN,
        .title = {"Cybersecurity analyst: training and certification",
                  "Cybersecurity-analist: opleiding en certificering",
                  "Analyste en cybersécurité : formation et certification"},
        .description =
            {"Five months, two days or two evenings a week, for adults who want to work in "
             "cybersecurity. Preparation for two certifications: ISC2 Certified in "
             "Cybersecurity and CompTIA Security+; the exam vouchers are offered by our "
             "sponsor.",
             "Vijf maanden, twee dagen of twee avonden per week, voor volwassenen die in de "
             "cyberbeveiliging willen werken. Voorbereiding op twee certificeringen: ISC2 "
             "Certified in Cybersecurity en CompTIA Security+; onze sponsor betaalt de "
             "examens.",
             "Cinq mois, deux jours ou deux soirées par semaine, pour des adultes qui veulent "
             "travailler dans la cybersécurité. Préparation à deux certifications : ISC2 "
             "Certified in Cybersecurity et CompTIA Security+ ; les examens sont offerts par "
             "notre sponsor."},
        .teaching_langs = (1 << LANG_EN) | (1 << LANG_FR) | (1 << LANG_NL),
        .min_age = 18,
        .max_age_null = true,
        .region = "brussels",
        .target = {120, 60, 40, 150}};
    Outcome o = flow_programme_save(f, &c->p);
    if (!demo_ok(o, "programme"))
        return false;
    c->p.id = o.id;
    for (int i = 0; i < PLACES; i++) {
        Location l = {.name = (char *)places[i].name,
                      .address = (char *)places[i].address,
                      .postcode = (char *)places[i].postcode,
                      .municipality = (char *)places[i].municipality,
                      .province = "brussels"};
        if (!demo_ok(o = flow_location_save(f, &l), "location"))
            return false;
        c->places[i] = o.id;
    }
    for (int i = 0; i < EXAMS; i++) {
        Certification x = {.name = (char *)exams[i].name,
                           .vendor = (char *)exams[i].vendor,
                           .exam_code = arena_strdup(c->a, exams[i].code),
                           .validity_months = 36};
        if (!demo_ok(o = flow_cert_save(f, &x), "certification"))
            return false;
        c->exams[i] = o.id;
    }
    if (!demo_ok(flow_programme_certs(f, c->p.id, c->exams, REQUIRED), "required certifications"))
        return false;
    Partner sponsor = {.name = "SecureNet Belgium",
                       .kind = PARTNER_COMPANY,
                       .contact_name = "Lotte Goossens",
                       .contact_email = "academy@securenet.example",
                       .contact_phone = "+32 2 555 01 23"};
    if (!demo_ok(o = flow_partner_add(f, &sponsor, NULL), "sponsor"))
        return false;
    const struct {
        ContributionKind kind;
        const char *what;
        int64_t cents, quantity;
        ContributionStatus status;
    } gifts[] = {
        {CONTRIB_MONEY, "Sponsorship of the programme", 9000000, 0, CONTRIB_DELIVERED},
        {CONTRIB_SERVICES, "Exam vouchers for both certifications", 4500000, 300,
         CONTRIB_DELIVERED},
        {CONTRIB_TRAINING, "Guest lectures by SecureNet's incident responders", 0, 6,
         CONTRIB_DELIVERED},
        {CONTRIB_INTERNSHIPS, "Internship places in the security operations centre", 0, 10,
         CONTRIB_DELIVERED},
    };
    for (size_t i = 0; i < sizeof gifts / sizeof gifts[0]; i++) {
        Contribution g = {.partner_id = o.id,
                          .kind = gifts[i].kind,
                          .description = (char *)gifts[i].what,
                          .value_cents = gifts[i].cents,
                          .quantity = gifts[i].quantity,
                          .starts_on = ymd(c->a, c->first),
                          .ends_on = ymd(c->a, day_plus(c->last, 180)),
                          .status = gifts[i].status};
        if (!demo_ok(flow_contribution_save(f, &g), "contribution"))
            return false;
    }
    return true;
}

/* The cohorts and their weekly sessions, the Christmas holidays closed. */
static bool cohorts(Cyber *c)
{
    const Flow *f = &c->f;
    when(c, (Date){c->year, 6, 20}, 10 * 60);
    Date closed[14];
    for (int i = 0; i < 14; i++)
        closed[i] = day_plus((Date){c->year, 12, 21}, i);
    for (int i = 0; i < COHORTS; i++) {
        CohortInput in = {.c = {.programme_id = c->p.id,
                                .name = (char *)plan[i].name,
                                .starts_on = ymd(c->a, c->first),
                                .ends_on = ymd(c->a, c->last),
                                .capacity = SEATS,
                                .location_id = c->places[plan[i].place]},
                          .trainers = &c->admin.account_id,
                          .ntrainers = 1};
        Outcome o = flow_cohort_save(f, &in);
        if (!demo_ok(o, "cohort"))
            return false;
        if (q_cohort_get(f->db, c->admin.org_id, o.id, c->a, &c->cohorts[i]) != DB_ONE)
            return false;
        Schedule s = {.weekdays = plan[i].weekdays,
                      .start = plan[i].start,
                      .end = plan[i].end,
                      .closed = closed,
                      .nclosed = 14};
        if (!demo_ok(flow_schedule_generate(f, &c->cohorts[i], &s), "sessions"))
            return false;
    }
    return true;
}

/* Each cohort's 25 enrolled in one list, as from the bulk enrolment page, in the first
 * fortnight of September. */
static bool enrol(Cyber *c)
{
    Flow *f = &c->f;
    for (int k = 0; k < COHORTS; k++) {
        when(c, (Date){c->year, 9, 1 + 2 * k}, 11 * 60);
        BulkLine lines[SEATS];
        for (int i = 0; i < SEATS; i++) {
            const Learner *l = &c->people[k * SEATS + i];
            lines[i] = (BulkLine){.line = i + 2,
                                  .who = {.name = l->p.name,
                                          .email = l->email,
                                          .birth_date = (char *)l->p.birth,
                                          .municipality = (char *)l->p.municipality,
                                          .jobseeker = plan[k].start < 12 * 60 || i % 3 == 0,
                                          .gender = l->p.gender,
                                          .lang = l->p.lang}};
        }
        Import im = {.arena = c->a, .lang = LANG_EN, .problems = ROWS(c->a, ImportProblem)};
        BulkResult r = flow_enrol_many(f, &c->cohorts[k], &c->p, lines, SEATS, &im);
        if (!r.o.ok) {
            const ImportProblem *p = im.problems.n ? ROW(&im.problems, ImportProblem, 0) : NULL;
            fprintf(stderr, "traject demo: enrolment: %s\n",
                    p           ? p->msg
                    : r.summary ? r.summary
                                : "database error");
            return false;
        }
        /* who is who: the learners by e-mail address (each one found, or the load fails) */
        Enrolment e;
        Rows in = ROWS_FROM(c->a, &e);
        q_enrolment_list(f->db, c->admin.org_id, c->cohorts[k].id, c->a, &e, rows_collect, &in);
        for (int i = 0; i < SEATS; i++) {
            Learner *l = &c->people[k * SEATS + i];
            for (int j = 0; j < in.n && !l->enrolment_id; j++)
                if (!strcmp(l->email, ROW(&in, Enrolment, j)->email)) {
                    l->person_id = ROW(&in, Enrolment, j)->person_id;
                    l->enrolment_id = ROW(&in, Enrolment, j)->id;
                }
            if (!l->enrolment_id)
                return false;
        }
    }
    return true;
}

/* A mark for a learner: most present; those about to drop out miss more. */
static AttendanceMark mark_of(Cyber *c, const Learner *l)
{
    int r = (int)prng_below(&c->rng, 1000);
    if (l->fate == DROPPED || l->fate == DROPPED_JOB)
        return r < 620 ? MARK_PRESENT : r < 700 ? MARK_LATE : r < 950 ? MARK_ABSENT : MARK_EXCUSED;
    return r < 870 ? MARK_PRESENT : r < 930 ? MARK_LATE : r < 970 ? MARK_ABSENT : MARK_EXCUSED;
}

/* Ends l's enrolment as it ended, on day, through the enrolments page's workflow. */
static bool end(Cyber *c, const Learner *l, EnrolmentStatus status, Date day, const char *why)
{
    when(c, day, 21 * 60 + 45);
    return demo_ok(flow_enrolment_end(&c->f, l->enrolment_id, status, ymd(c->a, day), why),
                   "enrolment end");
}

/* Withdrawals before the start, each session's roster, drop-outs, and completions on the
 * last day. */
static bool attend(Cyber *c)
{
    Flow *f = &c->f;
    for (int k = 0; k < COHORTS; k++) {
        Learner *in = &c->people[k * SEATS];
        for (int i = 0; i < SEATS; i++)
            if (in[i].fate == WITHDRAWN && !end(c, &in[i], ENROLMENT_WITHDRAWN,
                                                day_plus(c->first, -3), withdraw_reasons[i % 3]))
                return false;
        TSession row;
        Rows sessions = ROWS_FROM(c->a, &row);
        if (q_tsession_list(f->db, c->admin.org_id, c->cohorts[k].id, c->a, &row, rows_collect,
                            &sessions) < DB_NONE)
            return false;
        for (int s = 0; s < sessions.n; s++) {
            const TSession *ts = ROW(&sessions, TSession, s);
            MarkInput marks[SEATS];
            int n = 0;
            for (int i = 0; i < SEATS; i++) {
                bool leaving = in[i].fate == DROPPED || in[i].fate == DROPPED_JOB;
                if (in[i].fate == WITHDRAWN || (leaving && s > in[i].leaves_at))
                    continue;
                if (leaving && s == in[i].leaves_at) { /* said so before the session */
                    Date d;
                    int m;
                    bxl_from_utc(ts->starts_at - 86400, &d, &m);
                    in[i].left = d;
                    if (!end(c, &in[i], ENROLMENT_DROPPED_OUT, d,
                             in[i].fate == DROPPED_JOB ? "Found a job as an IT support technician."
                                                       : drop_reasons[i % 5]))
                        return false;
                    continue;
                }
                marks[n++] = (MarkInput){in[i].enrolment_id, mark_of(c, &in[i])};
            }
            f->now = ts->ends_at + 600;
            if (!demo_ok(flow_attendance_save(f, ts->id, marks, n), "attendance"))
                return false;
        }
        for (int i = 0; i < SEATS; i++)
            if (in[i].fate >= CERTIFIED_JOB && !end(c, &in[i], ENROLMENT_COMPLETED, c->last, NULL))
                return false;
    }
    return true;
}

/* Exam results as the vendors send them, imported a sitting at a time. */
typedef struct Sitting {
    AttemptLine *lines;
    int n;
} Sitting;

static void sat(Cyber *c, Sitting *s, const Learner *l, int exam, Date from, int days, bool pass)
{
    Date on = day_plus(from, (int)prng_below(&c->rng, days));
    int pass_mark = exam == 1 ? 750 : 700;
    int64_t score = pass ? prng_between(&c->rng, pass_mark, pass_mark + 180)
                         : prng_between(&c->rng, pass_mark - 180, pass_mark - 10);
    s->lines[s->n] =
        (AttemptLine){.line = s->n + 2,
                      .email = l->email,
                      .exam_code = arena_strdup(c->a, exams[exam].code),
                      .at = {.taken_on = ymd(c->a, on),
                             .result = pass ? EXAM_PASSED : EXAM_FAILED,
                             .score = score,
                             .place = prng_chance(&c->rng, 300) ? EXAM_ONLINE : EXAM_TEST_CENTRE}};
    s->n++;
}

/* Imports the sitting's results, recorded the day after its last exam (then). */
static bool import(Cyber *c, Sitting *s, Date then)
{
    when(c, then, 9 * 60);
    Import im = {.arena = c->a, .lang = LANG_EN, .problems = ROWS(c->a, ImportProblem)};
    Outcome o = flow_attempts_import(&c->f, s->lines, s->n, &im, false);
    if (!o.ok && im.problems.n)
        fprintf(stderr, "traject demo: exam results: %s\n",
                ROW(&im.problems, ImportProblem, 0)->msg);
    s->n = 0;
    return demo_ok(o, "exam results");
}

/* Four sittings: the fundamentals exam in December and its retakes in January, the advanced
 * one in February and March and its retakes in April; then the optional CyberOps exam. Who
 * passes what follows each learner's fate: only the certified pass both. */
static bool examine(Cyber *c)
{
    Sitting s = {arena_alloc(c->a, sizeof(AttemptLine) * LEARNERS * 2), 0};
    int y = c->year;
    /* who failed what first: drawn once, so that every sitting agrees */
    bool cc_retake[LEARNERS], sec_retake[LEARNERS], twice[LEARNERS];
    for (int i = 0; i < LEARNERS; i++) {
        cc_retake[i] = prng_chance(&c->rng, 200);
        sec_retake[i] = prng_chance(&c->rng, 300);
        twice[i] = prng_chance(&c->rng, 400);
    }
#define CERTIFIED_FATE(x) ((x) == CERTIFIED || (x) == CERTIFIED_JOB || (x) == CERTIFIED_INTERN)
#define FOUNDATION_FATE(x) ((x) == FOUNDATION || (x) == FOUNDATION_JOB)
    for (int i = 0; i < LEARNERS; i++) { /* the fundamentals, December */
        Fate x = c->people[i].fate;
        if (CERTIFIED_FATE(x) || FOUNDATION_FATE(x) || x == FAILED)
            sat(c, &s, &c->people[i], 0, (Date){y, 12, 1}, 19,
                x != FAILED && !(cc_retake[i] && CERTIFIED_FATE(x)));
    }
    if (!import(c, &s, (Date){y, 12, 20}))
        return false;
    for (int i = 0; i < LEARNERS; i++) { /* its retakes, January */
        Fate x = c->people[i].fate;
        if ((CERTIFIED_FATE(x) && cc_retake[i]) || (x == FAILED && twice[i]))
            sat(c, &s, &c->people[i], 0, (Date){y + 1, 1, 26}, 5, x != FAILED);
    }
    if (!import(c, &s, (Date){y + 1, 2, 2}))
        return false;
    for (int i = 0; i < LEARNERS; i++) { /* the advanced exam, February and March */
        Fate x = c->people[i].fate;
        bool tries = CERTIFIED_FATE(x) || (FOUNDATION_FATE(x) && !(i % 5 == 0));
        if (tries)
            sat(c, &s, &c->people[i], 1, (Date){y + 1, 2, 9}, 33,
                CERTIFIED_FATE(x) && !sec_retake[i]);
    }
    if (!import(c, &s, (Date){y + 1, 3, 16}))
        return false;
    for (int i = 0; i < LEARNERS; i++) { /* its retakes, April */
        Fate x = c->people[i].fate;
        if ((CERTIFIED_FATE(x) && sec_retake[i]) || (FOUNDATION_FATE(x) && i % 5 && twice[i]))
            sat(c, &s, &c->people[i], 1, (Date){y + 1, 4, 13}, 12, CERTIFIED_FATE(x));
    }
    if (!import(c, &s, (Date){y + 1, 4, 27}))
        return false;
    for (int i = 0; i < LEARNERS; i++) /* CyberOps, not required: a few go further */
        if (c->people[i].fate == CERTIFIED_JOB && i % 3 == 0)
            sat(c, &s, &c->people[i], 2, (Date){y + 1, 5, 4}, 5, i % 2 == 0);
    return import(c, &s, (Date){y + 1, 5, 11});
#undef CERTIFIED_FATE
#undef FOUNDATION_FATE
}

/* Where the learners went, recorded by staff on the day it started: jobs and internships
 * from February to June; the two who left for a job, a fortnight after they left. */
static bool place(Cyber *c)
{
    for (int i = 0; i < LEARNERS; i++) {
        const Learner *l = &c->people[i];
        bool intern = l->fate == CERTIFIED_INTERN || (l->fate == FOUNDATION_JOB && i % 2);
        bool job = l->fate == CERTIFIED_JOB || l->fate == DROPPED_JOB ||
                   (l->fate == FOUNDATION_JOB && !(i % 2));
        if (!intern && !job)
            continue;
        Date starts = day_plus(c->last, (int)prng_between(&c->rng, 10, 140));
        if (l->fate == DROPPED_JOB)
            starts = day_plus(l->left, 14);
        JobPlacementInput x = {
            .person_id = l->person_id,
            .kind = intern ? "internship" : "job",
            .employer = (char *)(intern ? employers[0]
                                        : employers[prng_below(&c->rng, sizeof employers /
                                                                            sizeof employers[0])]),
            .starts_on = ymd(c->a, starts),
            .ends_on = intern ? ymd(c->a, day_plus(starts, 182)) : "",
            .contract = intern  ? "internship"
                        : i % 3 ? "permanent"
                                : "fixed_term",
            .hours = intern || i % 4 ? 38 : 30};
        when(c, starts, 10 * 60);
        if (!demo_ok(flow_job_placement_add(&c->f, &x), "placement"))
            return false;
    }
    return true;
}

static DbStatus cyber_tx(Db *db, void *ctx)
{
    (void)db;
    Cyber *c = ctx;
    if (!setup(c) || !cohorts(c) || !enrol(c) || !attend(c) || !examine(c) || !place(c))
        return DB_ERROR;
    /* the programme is over; the school publishes its figures */
    when(c, (Date){c->year + 1, 6, 30}, 17 * 60);
    c->p.status = PROGRAMME_CLOSED;
    if (!demo_ok(flow_programme_save(&c->f, &c->p), "programme closed") ||
        !demo_ok(impact_publish(&c->f, true), "publish"))
        return DB_ERROR;
    return DB_ONE;
}

static bool has_programme(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

bool demo_cyber(CliRun *run, const char *password)
{
    Db *db = run->db;
    Arena *a = &run->arena;
    int64_t org;
    bool created, has = false;
    if (!cli_org_ensure(run, CYBER_ORG, ORG_TRAINING, &org, &created) ||
        !cli_add_member(db, org, CYBER_EMAIL, "Nadia Ouali", password, cli_roles(CYBER_ROLES),
                        NULL))
        return false;
    Programme row;
    if (q_programme_list(db, org, a, &row, has_programme, &has) < DB_NONE)
        return false;
    if (has)
        return true;
    Cyber *c = arena_alloc(a, sizeof *c);
    memset(c, 0, sizeof *c);
    c->admin = demo_actor(db, a, CYBER_EMAIL, org);
    c->a = a;
    c->f = (Flow){.db = db, .arena = a, .who = &c->admin, .base_url = ""};
    c->rng = prng_new(CYBER_SEED);
    Date today;
    int minutes;
    bxl_from_utc(clock_now(), &today, &minutes);
    c->year = today.y - (today.m >= 7 ? 1 : 2);
    /* the third Monday of September to the Friday of the twentieth week */
    Date sept = {c->year, 9, 15};
    c->first = day_plus(sept, (7 - date_weekday(sept)) % 7);
    c->last = day_plus(c->first, 7 * 19 + 4);
    cast(c);
    if (db_tx(db, cyber_tx, c) < DB_NONE) {
        fprintf(stderr, "traject demo: could not load the cybersecurity programme\n");
        return false;
    }
    printf("demo cybersecurity programme, 150 learners, exams and placements loaded\n");
    return true;
}

void demo_cyber_signin(void)
{
    printf("  %-28s %-24s %s\n", CYBER_EMAIL, CYBER_ORG, CYBER_ROLES);
}
