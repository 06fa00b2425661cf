/* demo_scale.c — traject demo --scale N: a region of N learners over a few hundred
 * organisations (training organisations, funders, partners), each training organisation with
 * its accounts, places and programmes of every kind, built from a fixed seed so that the same
 * N gives the same region every time. The few hundred organisations, accounts, places and
 * programmes go through the statements the pages use; the learners and all their records
 * through the bulk loads (demo_scale_learners.c), with every constraint and index on. One
 * transaction per training organisation: a run stopped half-way keeps whole organisations.
 * The password of every account is the demo's, printed at the end: never on real data. */
#include "cli/demo_scale.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/demo_people.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "domain/places.h"
#include "model/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/member.h"
#include "q/accounts/org.h"
#include "q/certifications/certification.h"
#include "q/intake/intake.h"
#include "q/training/location.h"
#include "q/training/programme.h"

#define SCALE_SEED 20261201u
#define LEARNERS_PER_ORG 4000
static const char SCALE_PASSWORD[] = "traject-demo-2026";

/* The names of the region's organisations: a kind of place, then its municipality; the
 * number after it keeps two of the same name apart. */
static const char *const training_names[] = {
    "Code School",  "Digital Skills Centre", "STEM Lab",    "Coding Club",
    "Tech Academy", "Maker Space",           "Digital Hub", "Cyber Academy",
};
static const char *const funder_names[] = {"Digital Inclusion Fund", "Regional Skills Fund",
                                           "Foundation for Digital Youth"};
static const char *const partner_names[] = {"TelcoLab", "Cloud Services", "City IT Department",
                                            "Robotics Company", "Data Agency"};
#define NAMES(l) ((int)(sizeof l / sizeof l[0]))

/* The programmes of each training organisation: kind, age band, for job-seekers only, and
 * their titles (programme_titles, in the same order). */
static const struct {
    ProgrammeKind kind;
    int min_age, max_age;
    bool jobseekers;
    Audience audience;
} programme_plan[] = {
    {KIND_WORKSHOPS, 10, 18, false, AUDIENCE_YOUTH},
    {KIND_WORKSHOPS, 10, 18, false, AUDIENCE_YOUTH},
    {KIND_CAMP, 10, 18, false, AUDIENCE_YOUTH},
    {KIND_ONLINE, 16, 0, false, AUDIENCE_DIGITALLY_VULNERABLE},
    {KIND_CERTIFICATION, 18, 0, false, AUDIENCE_WOMEN},
    {KIND_CERTIFICATION, 18, 0, false, AUDIENCE_EVERYONE},
    {KIND_BOOTCAMP, 18, 25, true, AUDIENCE_JOBSEEKERS},
};
static const char *const programme_titles[][3] = {
    {"Coding workshops", "Programmeerworkshops", "Ateliers de programmation"},
    {"Robotics workshops", "Robotica-workshops", "Ateliers de robotique"},
    {"Summer code camp", "Zomerkamp coderen", "Stage d'été de code"},
    {"Digital basics online", "Digitale basis online", "Bases du numérique en ligne"},
    {"Cybersecurity analyst", "Cybersecurity-analist", "Analyste en cybersécurité"},
    {"Cloud practitioner", "Cloudspecialist", "Praticien du cloud"},
    {"Web developer bootcamp", "Bootcamp webontwikkelaar", "Bootcamp développeur web"},
};
#define PROGRAMMES NAMES(programme_plan)
/* The certification each track requires (in the order of programme_plan; none: NULL). */
static const struct {
    const char *name, *vendor, *code;
} cert_plan[PROGRAMMES] = {
    [4] = {"CompTIA Security+", "CompTIA", "SY0-701"},
    [5] = {"AWS Certified Cloud Practitioner", "Amazon Web Services", "CLF-C02"},
};

const char *scale_day(Arena *a, int64_t day)
{
    char *t = arena_alloc(a, 11);
    date_format(date_from_days(day), t);
    return t;
}

int64_t scale_moment(int64_t day, int hour)
{
    int64_t t = 0;
    bxl_to_utc(date_from_days(day), hour * 60, &t);
    return t;
}

const char *scale_token(ScaleRun *s, Arena *a)
{
    static const char hex[] = "0123456789abcdef";
    char *t = arena_alloc(a, 65);
    for (int i = 0; i < 64; i += 16) {
        uint64_t x = prng_next(&s->rng);
        for (int k = 0; k < 16; k++, x >>= 4)
            t[i + k] = hex[x & 15];
    }
    return t;
}

static const char *region_of(const char *province)
{
    const Province *p = province_find(province);
    return p ? p->region : NULL;
}

/* An account of the region (the demo password's hash) with roles in org. */
static DbStatus scale_account(ScaleRun *s, Arena *a, int64_t org, const char *email, int64_t roles,
                              int64_t *id)
{
    DemoPerson d = demo_person(&s->rng, a, s->today, 25, 60, NULL);
    DbStatus st = q_account_add(s->db, email, d.name, s->password_hash, d.lang, s->now, id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    return q_member_grant(s->db, org, *id, roles, s->now);
}

/* An organisation of another kind than training: a funder or a partner, with its admin. */
static DbStatus scale_other_org(ScaleRun *s, Arena *a, OrgKind kind, int k)
{
    bool funder = kind == ORG_FUNDER;
    const char *muni, *postcode, *province;
    demo_place(&s->rng, NULL, &muni, &postcode, &province);
    const char *name = arena_printf(a, "%s %s %d",
                                    funder ? funder_names[k % NAMES(funder_names)]
                                           : partner_names[k % NAMES(partner_names)],
                                    muni, k + 1);
    int64_t org, acc;
    DbStatus st = q_org_add(s->db, name, kind, s->now, &org);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    const char *email = arena_printf(a, "%s@%c%d.scale.traject.test", funder ? "funder" : "partner",
                                     funder ? 'f' : 'p', k + 1);
    return scale_account(s, a, org, email, ROLE_ADMIN | (funder ? ROLE_FUNDER : ROLE_PARTNER),
                         &acc);
}

/* The organisation, its admin and trainer, two places (one of them a workshop bus) and its
 * programmes, open for applications. */
static DbStatus scale_org_setup(ScaleRun *s, ScaleOrg *o, int k)
{
    Arena *a = o->arena;
    const char *muni, *postcode, *province;
    demo_place(&s->rng, NULL, &muni, &postcode, &province);
    o->province = province;
    const char *name =
        arena_printf(a, "%s %s %d", training_names[k % NAMES(training_names)], muni, k + 1);
    DbStatus st = q_org_add(s->db, name, ORG_TRAINING, s->now, &o->id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    if ((st = scale_account(s, a, o->id, arena_printf(a, "admin@t%d.scale.traject.test", k + 1),
                            ROLE_ADMIN | ROLE_STAFF, &o->admin)) < DB_NONE ||
        (st = scale_account(s, a, o->id, arena_printf(a, "trainer@t%d.scale.traject.test", k + 1),
                            ROLE_STAFF | ROLE_REVIEWER, &o->trainer)) < DB_NONE)
        return st;
    int64_t places[2];
    for (int i = 0; i < 2; i++) {
        const char *m = muni, *pc = postcode, *pr = province;
        if (i)
            demo_place(&s->rng, province, &m, &pc, &pr);
        Location l = {.org_id = o->id,
                      .name = i ? arena_printf(a, "Workshop bus %s", m)
                                : arena_printf(a, "Campus %s", m),
                      .address = arena_printf(a, "%s %d", i ? "Marktplein" : "Stationsstraat",
                                              (int)prng_between(&s->rng, 1, 120)),
                      .postcode = (char *)pc,
                      .municipality = (char *)m,
                      .province = (char *)pr,
                      .mobile = i};
        if ((st = q_location_add(s->db, &l, s->now, &places[i])) != DB_ONE)
            return st < DB_NONE ? st : DB_ERROR;
    }
    o->programmes = arena_alloc(a, sizeof *o->programmes * PROGRAMMES);
    o->nprogrammes = PROGRAMMES;
    for (int i = 0; i < PROGRAMMES; i++) {
        ScaleProgramme *sp = &o->programmes[i];
        sp->kind = programme_plan[i].kind;
        sp->min_age = programme_plan[i].min_age;
        sp->max_age = programme_plan[i].max_age;
        sp->jobseekers_only = programme_plan[i].jobseekers;
        /* workshops and camps travel with the bus; the rest is taught on the campus */
        sp->location_id =
            sp->kind == KIND_WORKSHOPS || sp->kind == KIND_CAMP ? places[1] : places[0];
        int64_t reach = o->learners / 3 + 1;
        Programme p = {.org_id = o->id,
                       .kind = sp->kind,
                       .status = PROGRAMME_OPEN,
                       .teaching_langs =
                           !strcmp(province, "brussels")                                     ? 7
                           : region_of(province) && !strcmp(region_of(province), "wallonia") ? 4
                                                                                             : 2,
                       .min_age = sp->min_age,
                       .max_age = sp->max_age,
                       .min_age_null = !sp->min_age,
                       .max_age_null = !sp->max_age,
                       .jobseekers_only = sp->jobseekers_only,
                       .audience = programme_plan[i].audience,
                       .target = {reach * 2 / 3, sp->kind == KIND_CERTIFICATION ? reach / 3 : 0,
                                  sp->kind == KIND_BOOTCAMP ? reach / 4 : 0, reach},
                       .updated_at = s->now};
        for (int l = 0; l < 3; l++) {
            p.title[l] = (char *)programme_titles[i][l];
            p.description[l] = (char *)programme_titles[i][l];
        }
        if ((st = q_programme_add(s->db, &p, &sp->id)) != DB_ONE)
            return st < DB_NONE ? st : DB_ERROR;
        if (cert_plan[i].code) {
            Certification c = {.org_id = o->id,
                               .name = (char *)cert_plan[i].name,
                               .vendor = (char *)cert_plan[i].vendor,
                               .exam_code = (char *)cert_plan[i].code,
                               .validity_months = 36};
            if ((st = q_cert_add(s->db, &c, s->now, &sp->cert_id)) != DB_ONE ||
                (st = q_programme_cert_add(s->db, o->id, sp->id, sp->cert_id)) < DB_NONE)
                return st < DB_NONE ? st : DB_ERROR;
        }
        AppForm f = {.reviews_needed = 2, .consent_age = 13, .scale_max = 5, .offer_days = 7};
        if ((st = q_app_form_set(s->db, o->id, sp->id, &f)) < DB_NONE)
            return st;
    }
    return DB_ONE;
}

typedef struct OrgTx {
    ScaleRun *s;
    ScaleOrg *o;
    int k;
} OrgTx;

static DbStatus org_tx(Db *db, void *ctx)
{
    (void)db;
    OrgTx *t = ctx;
    ScalePlan plan;
    DbStatus st = scale_org_setup(t->s, t->o, t->k);
    if (st >= DB_NONE)
        st = scale_learners(t->s, t->o, &plan);
    if (st >= DB_NONE)
        st = scale_records(t->s, t->o, &plan);
    if (st >= DB_NONE)
        st = scale_credentials(t->s, t->o, &plan);
    return st;
}

typedef struct OthersTx {
    ScaleRun *s;
    Arena *a;
    int funders, partners;
} OthersTx;

static DbStatus others_tx(Db *db, void *ctx)
{
    (void)db;
    OthersTx *t = ctx;
    DbStatus st = DB_ONE;
    for (int k = 0; k < t->funders && st >= DB_NONE; k++)
        st = scale_other_org(t->s, t->a, ORG_FUNDER, k);
    for (int k = 0; k < t->partners && st >= DB_NONE; k++)
        st = scale_other_org(t->s, t->a, ORG_PARTNER, k);
    return st;
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

typedef struct RegionTx {
    ScaleRun *s;
    const struct timespec *t0;
    int ntrain;
    int64_t learners;
    int funders, partners;
} RegionTx;

/* The training organisations one transaction each (or all in the caller's), then the funders
 * and partners; the references of the loaded tables checked once at the end where the
 * database checks them so (db_copy_defer_checks). */
static DbStatus region_tx(Db *db, void *ctx)
{
    RegionTx *r = ctx;
    const char *loaded[SCALE_TABLES + 1] = {0};
    for (int t = 0; t < SCALE_TABLES; t++)
        loaded[t] = q_scale_table((ScaleTable)t);
    DbStatus st = db_copy_defer_checks(db, loaded);
    int64_t left = r->learners;
    for (int k = 0; k < r->ntrain && st >= DB_NONE; k++) {
        Arena a;
        arena_init(&a);
        ScaleOrg o = {.arena = &a, .learners = left / (r->ntrain - k)};
        left -= o.learners;
        OrgTx t = {r->s, &o, k};
        st = db_tx(db, org_tx, &t);
        arena_free(&a);
        if (st < DB_NONE)
            fprintf(stderr, "traject demo: could not build organisation %d of %d\n", k + 1,
                    r->ntrain);
        else if ((k + 1) % 25 == 0 || k + 1 == r->ntrain)
            printf("%d of %d training organisations, %lld learners, %.1f s\n", k + 1, r->ntrain,
                   (long long)r->s->written[SCALE_PEOPLE], seconds_since(r->t0));
    }
    Arena a;
    arena_init(&a);
    OthersTx ot = {r->s, &a, r->funders, r->partners};
    if (st >= DB_NONE)
        st = db_tx(db, others_tx, &ot);
    arena_free(&a);
    if (st >= DB_NONE && db_copy_checks_deferred(db)) {
        printf("checking every reference, %.1f s\n", seconds_since(r->t0));
        st = db_copy_checks_end(db);
    }
    return st;
}

int demo_scale(CliRun *run, int64_t learners)
{
    Db *db = run->db;
    Org seen;
    /* the first organisation's name is the same on every run: found, the region is there */
    ScaleRun s = {.db = db, .rng = prng_new(SCALE_SEED), .now = clock_now()};
    int minutes;
    bxl_from_utc(s.now, &s.today, &minutes);
    int ntrain = (int)((learners + LEARNERS_PER_ORG - 1) / LEARNERS_PER_ORG);
    if (ntrain < 2)
        ntrain = 2;
    Arena first;
    arena_init(&first);
    Prng saved = s.rng;
    const char *muni, *postcode, *province;
    demo_place(&s.rng, NULL, &muni, &postcode, &province);
    const char *name0 = arena_printf(&first, "%s %s 1", training_names[0], muni);
    s.rng = saved;
    DbStatus found = q_org_find_by_name(db, name0, &first, &seen);
    arena_free(&first);
    if (found < DB_NONE)
        return 1;
    if (found == DB_ONE) {
        fprintf(stderr, "traject demo: this database holds a region built by --scale already; "
                        "build another one in a new database\n");
        return 1;
    }
    char hash[256];
    if (!auth_password_hash(SCALE_PASSWORD, hash, sizeof hash)) {
        fprintf(stderr, "traject demo: cannot hash the demo password\n");
        return 1;
    }
    s.password_hash = hash;
    if (q_scale_last_ids(db, s.next_id) < DB_NONE)
        return 1;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    RegionTx r = {&s, &t0, ntrain, learners, ntrain / 40 + 1, ntrain / 8 + 1};
    /* where references are checked once at the end, the region is one transaction */
    DbStatus st = db_copy_checks_deferred(db) ? db_tx(db, region_tx, &r) : region_tx(db, &r);
    for (int t = 0; t < SCALE_TABLES && st >= DB_NONE; t++)
        st = db_ids_taken(db, q_scale_table((ScaleTable)t), s.next_id[t]);
    if (st < DB_NONE) {
        fprintf(stderr, "traject demo: could not build the region\n");
        return 1;
    }
    double secs = seconds_since(&t0);
    printf("region built: %d training organisations, %d funders, %d partners\n", ntrain, r.funders,
           r.partners);
    static const char *const labels[SCALE_TABLES] = {
        "cohorts",          "cohort trainers", "sessions",      "learners",      "enrolments",
        "attendance marks", "applications",    "exam attempts", "placements",    "assessments",
        "equipment",        "loans",           "events",        "registrations", "follow-ups"};
    for (int t = 0; t < SCALE_TABLES; t++)
        printf("  %-18s %lld\n", labels[t], (long long)s.written[t]);
    printf("  %-18s %lld\n", "credentials", (long long)s.credentials);
    printf("%.1f s, %.0f learners a minute\n", secs,
           secs > 0 ? (double)s.written[SCALE_PEOPLE] * 60.0 / secs : 0.0);
    printf("\nSign-ins (password for all: %s): admin@t1.scale.traject.test, "
           "trainer@t1.scale.traject.test ... t%d; funder@f1..., partner@p1...\n",
           SCALE_PASSWORD, ntrain);
    return 0;
}
