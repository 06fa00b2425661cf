/* demo_stem.c — the STEM scenario of traject demo (see demo_stem.h): STEM op Wielen vzw, on a
 * grant of the Vlaams STEM-fonds (demo_stem_fund.c), runs five buses, one per Flemish
 * province, that bring half-day workshops to school classes from February to June; summer
 * camps in July and August, to which some of the workshops' youngsters come back; and online
 * lessons that classes follow from their classroom. 5,000 distinct youngsters aged 10 to 18,
 * made up from a fixed seed (demo_people.h). Everything goes through the workflows the pages
 * use — a cohort, its sessions, the bulk enrolment of the whole class, the end of each
 * enrolment — each act at the time it happened, in one transaction, once. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_people.h"
#include "cli/demo_stem.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/places.h"
#include "flows/impact/publish.h"
#include "flows/training/bulk.h"
#include "flows/training/cohort.h"
#include "flows/training/enrolment.h"
#include "flows/training/programme.h"
#include "flows/training/session.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"
#include "q/training/programme.h"

#define STEM_SEED 20260510u
#define STEM_CLASS 25 /* youngsters per workshop */
#define STEM_CAMPS 2  /* summer camps per province */
#define STEM_CAMP 40  /* places of a camp */
#define STEM_BACK 12  /* of them, youngsters back from a workshop */
#define STEM_ONLINE 6 /* classes following the online lessons, per province */
#define STEM_ONLINE_CLASS 24

enum { P_WORKSHOPS, P_CAMPS, P_ONLINE, P_COUNT };
enum { PLACE_BUS, PLACE_CAMP, PLACE_SCHOOL, PLACE_COUNT };

/* The provinces the organisation works in (domain/places.h), and how many workshops its bus
 * gave in each. */
static const struct {
    const char *code;
    int workshops;
} stem_provinces[] = {
    {"antwerp", 40}, {"east-flanders", 36}, {"flemish-brabant", 28},
    {"limburg", 24}, {"west-flanders", 32},
};
#define STEM_PROVINCES ((int)(sizeof stem_provinces / sizeof stem_provinces[0]))

/* The three programmes: their kinds, titles, descriptions, and targets (trained, certified,
 * placed, reached: together 5,000 reached and 5,000 trained). */
static const ProgrammeKind stem_kind[P_COUNT] = {KIND_WORKSHOPS, KIND_CAMP, KIND_ONLINE};
static const int64_t stem_target[P_COUNT][4] = {
    {4000, 0, 0, 4000}, {360, 0, 0, 300}, {640, 0, 0, 700}};
static const char *const stem_title[P_COUNT][3] = {
    {"Mobile STEM workshops", "Mobiele STEM-workshops", "Ateliers STEM mobiles"},
    {"STEM summer camps", "STEM-zomerkampen", "Stages d'été STEM"},
    {"Online STEM lessons", "Online STEM-lessen", "Cours STEM en ligne"},
};
static const char *const stem_description[P_COUNT][3] = {
    {"A bus with robots, sensors and laptops comes to the school: a half-day workshop for the "
     "whole class.",
     "Een bus vol robots, sensoren en laptops komt naar de school: een halve dag workshop voor "
     "de hele klas.",
     "Un bus rempli de robots, de capteurs et d'ordinateurs vient à l'école : un atelier d'une "
     "demi-journée pour toute la classe."},
    {"A week in summer to build and program a robot, a weather station or a game.",
     "Een zomerweek om een robot, een weerstation of een spel te bouwen en te programmeren.",
     "Une semaine d'été pour construire et programmer un robot, une station météo ou un jeu."},
    {"Six weekly lessons, live online, that a class follows from its own classroom.",
     "Zes wekelijkse lessen, live online, die een klas vanuit het eigen klaslokaal volgt.",
     "Six cours hebdomadaires, en direct en ligne, qu'une classe suit depuis sa propre classe."},
};

/* A youngster of a workshop who comes back to a summer camp: known by e-mail address. */
typedef struct Back {
    Person who;
} Back;

typedef struct StemRun {
    StemDemo *d;
    Prng prng;
    Programme prog[P_COUNT];
    /* in each province: the bus (mobile), the camp site, the partner school whose classes
     * follow the online lessons; their ids and towns */
    int64_t place[STEM_PROVINCES][PLACE_COUNT];
    const char *town[STEM_PROVINCES][PLACE_COUNT];
    Rows back[STEM_PROVINCES][STEM_CAMPS]; /* Back, for each camp */
    Date camp_first[STEM_PROVINCES][STEM_CAMPS];
    int people;     /* youngsters registered so far, for their e-mail addresses */
    int seen, next; /* of the province's workshops: youngsters so far, the next to come back */
} StemRun;

/* The place k of province i, in a town of the province (demo_people.h) chosen by p. */
static bool stem_location(StemRun *s, Flow *f, Prng *p, int i, int k)
{
    const char *code = stem_provinces[i].code, *town, *postcode, *province;
    demo_place(p, code, &town, &postcode, &province);
    static const char *const streets[PLACE_COUNT] = {"Stationsstraat", "Kerkstraat",
                                                     "Schoolstraat"};
    Location l = {.address =
                      arena_printf(f->arena, "%s %d", streets[k], (int)prng_between(p, 1, 80)),
                  .postcode = (char *)postcode,
                  .municipality = (char *)town,
                  .province = (char *)code,
                  .mobile = k == PLACE_BUS};
    if (k == PLACE_BUS)
        l.name =
            arena_printf(f->arena, "STEM-bus %s", i18n_get(LANG_NL, province_find(code)->name));
    else if (k == PLACE_CAMP)
        l.name = arena_printf(f->arena, "Kampplaats %s", town);
    else
        l.name = arena_printf(f->arena, "Partnerschool %s (online lessen)", town);
    Outcome o = flow_location_save(f, &l);
    s->place[i][k] = o.id;
    s->town[i][k] = town;
    return demo_ok(o, "STEM location");
}

/* The three programmes and the places, set up in December. */
static bool stem_setup(StemRun *s)
{
    StemDemo *d = s->d;
    Flow f = {.db = d->db,
              .arena = d->a,
              .who = &d->admin,
              .now = stem_at(d->year - 1, 12, 10, 10 * 60),
              .base_url = ""};
    for (int i = 0; i < P_COUNT; i++) {
        Programme p = {.kind = stem_kind[i],
                       .status = i == P_CAMPS ? PROGRAMME_CLOSED : PROGRAMME_RUNNING,
                       .teaching_langs = 1 << LANG_NL,
                       .min_age = 10,
                       .max_age = 18,
                       .region = "flanders",
                       .audience = AUDIENCE_YOUTH,
                       .updated_at = f.now};
        for (int l = 0; l < 3; l++) {
            p.title[l] = (char *)stem_title[i][l];
            p.description[l] = (char *)stem_description[i][l];
        }
        memcpy(p.target, stem_target[i], sizeof p.target);
        p.org_id = d->org;
        Outcome o = flow_programme_save(&f, &p);
        if (!demo_ok(o, "STEM programme") ||
            q_programme_get(d->db, d->org, o.id, d->a, &s->prog[i]) != DB_ONE)
            return false;
        d->programme[i] = o.id;
    }
    Prng places = prng_new(STEM_SEED + 1);
    for (int i = 0; i < STEM_PROVINCES; i++)
        for (int k = 0; k < PLACE_COUNT; k++)
            if (!stem_location(s, &f, &places, i, k))
                return false;
    return true;
}

/* What each activity's cohorts share: their programme, their place, how many they take and
 * enrol, and who of them leaves early (their rank in the cohort's list of enrolments), why. */
static const struct {
    int place, capacity, n, ndrop, drop[2];
    const char *drop_reason;
} stem_kinds[P_COUNT] = {
    [P_WORKSHOPS] = {PLACE_BUS, 30, STEM_CLASS, 0, {0, 0}, NULL},
    [P_CAMPS] =
        {PLACE_CAMP, STEM_CAMP, STEM_CAMP, 2, {15, 30}, "Went home before the end of the week"},
    [P_ONLINE] = {PLACE_SCHOOL, 28, STEM_ONLINE_CLASS, 2, {7, 19}, "Stopped following the lessons"},
};

/* A cohort of an activity of province i, as its fill function describes it. */
typedef struct StemCohort {
    int kind, province;
    const char *name;
    Date first, last;
    Schedule sched;  /* weekdays 0: one session of 9:00 to 12:00 on the first day */
    BulkLine *lines; /* stem_kinds[kind].n of them */
} StemCohort;

/* One cohort: created three weeks before it starts, its sessions, the whole group enrolled at
 * once a week before, and each enrolment ended on the last day: completed, or dropped out. */
static bool stem_cohort(StemRun *s, Arena *a, StemCohort *k)
{
    StemDemo *d = s->d;
    int64_t place = s->place[k->province][stem_kinds[k->kind].place];
    int n = stem_kinds[k->kind].n;
    Flow f = {.db = d->db, .arena = a, .who = &d->admin, .base_url = ""};
    char first[11], last[11];
    date_format(k->first, first);
    date_format(k->last, last);
    f.now = stem_at(k->first.y, k->first.m, k->first.d, 10 * 60) - 21 * 86400;
    CohortInput in = {.c = {.org_id = d->org,
                            .programme_id = d->programme[k->kind],
                            .name = (char *)k->name,
                            .starts_on = first,
                            .ends_on = last,
                            .capacity = stem_kinds[k->kind].capacity,
                            .location_id = place},
                      .trainers = &d->admin.account_id,
                      .ntrainers = 1};
    Outcome o = flow_cohort_save(&f, &in);
    Cohort c;
    if (!demo_ok(o, "STEM cohort") || q_cohort_get(d->db, d->org, o.id, a, &c) != DB_ONE)
        return false;
    SessionInput si = {.day_read = true,
                       .times_read = true,
                       .day = k->first,
                       .start = 9 * 60,
                       .end = 12 * 60,
                       .location_id = place};
    o = k->sched.weekdays ? flow_schedule_generate(&f, &c, &k->sched)
                          : flow_session_add(&f, &c, &si);
    if (!demo_ok(o, "STEM sessions"))
        return false;
    f.now += 14 * 86400;
    Import im = {.arena = a, .lang = LANG_EN, .problems = ROWS(a, ImportProblem)};
    BulkResult res = flow_enrol_many(&f, &c, &s->prog[k->kind], k->lines, n, &im);
    if (!res.o.ok) {
        const ImportProblem *p = im.problems.n ? ROW(&im.problems, ImportProblem, 0) : NULL;
        fprintf(stderr, "traject demo: %s: %s %s\n", k->name, res.summary ? res.summary : "",
                p ? p->msg : "");
        return false;
    }
    Enrolment e;
    Rows enrolled = ROWS_FROM(a, &e);
    if (q_enrolment_list(d->db, d->org, c.id, a, &e, rows_collect, &enrolled) < DB_NONE ||
        enrolled.n != n)
        return false;
    f.now = stem_at(k->last.y, k->last.m, k->last.d, 17 * 60);
    for (int i = 0; i < enrolled.n; i++) {
        bool dropped = false;
        for (int j = 0; j < stem_kinds[k->kind].ndrop; j++)
            dropped |= i == stem_kinds[k->kind].drop[j];
        if (!demo_ok(flow_enrolment_end(&f, ROW(&enrolled, Enrolment, i)->id,
                                        dropped ? ENROLMENT_DROPPED_OUT : ENROLMENT_COMPLETED, last,
                                        dropped ? stem_kinds[k->kind].drop_reason : NULL),
                     "STEM completion"))
            return false;
    }
    return true;
}

/* A youngster of province i aged from lo to hi on day on, as line n of the list. */
static void stem_line(StemRun *s, Arena *a, int i, Date on, int lo, int hi, BulkLine *l, int n)
{
    DemoPerson p = demo_person(&s->prng, a, on, lo, hi, stem_provinces[i].code);
    *l = (BulkLine){.line = n + 1,
                    .who = {.name = p.name,
                            .birth_date = arena_strdup(a, p.birth),
                            .municipality = (char *)p.municipality,
                            .gender = p.gender,
                            .lang = p.lang}};
    s->people++;
}

/* Describes cohort k->... of its activity in province k->province: its name, days and lines,
 * in a. */
typedef void (*StemFill)(StemRun *s, int k, Arena *a, StemCohort *c);

/* The n cohorts of activity kind in province i, each filled by fill, one after the other. */
static bool stem_activity(StemRun *s, int kind, int i, int n, StemFill fill)
{
    for (int k = 0; k < n; k++) {
        Arena a;
        arena_init(&a);
        StemCohort c = {.kind = kind, .province = i};
        c.lines = arena_alloc(&a, sizeof *c.lines * (size_t)stem_kinds[kind].n);
        fill(s, k, &a, &c);
        bool ok = stem_cohort(s, &a, &c);
        arena_free(&a);
        if (!ok)
            return false;
    }
    return true;
}

/* Workshop k of the bus of the province, February to June, for a class aged 10 to 17 (some
 * 18); every so often a youngster leaves an e-mail address and comes back to one of the
 * province's summer camps. */
static void stem_workshop(StemRun *s, int k, Arena *a, StemCohort *c)
{
    int i = c->province, y = s->d->year, w = stem_provinces[i].workshops;
    Date days[200];
    int ndays = 0;
    for (int64_t x = date_days((Date){y, 2, 2}); x <= date_days((Date){y, 6, 19}); x++)
        if (date_weekday(date_from_days(x)) < 5 && !be_holiday(date_from_days(x)))
            days[ndays++] = date_from_days(x);
    Date day = days[k * ndays / w];
    int young = 10 + k % 8, every = w * STEM_CLASS / (STEM_CAMPS * STEM_BACK);
    const char *town, *postcode, *province;
    demo_place(&s->prng, stem_provinces[i].code, &town, &postcode, &province);
    if (!k)
        s->seen = s->next = 0;
    for (int j = 0; j < STEM_CLASS; j++, s->seen++) {
        stem_line(s, a, i, day, young, young + 1, &c->lines[j], j);
        int camp = s->back[i][0].n < STEM_BACK ? 0 : 1;
        Date birth;
        date_parse(c->lines[j].who.birth_date, &birth);
        if (s->seen >= s->next && s->back[i][camp].n < STEM_BACK &&
            age_on(birth, s->camp_first[i][camp]) <= 18) {
            Person *who = &((Back *)rows_push(&s->back[i][camp]))->who;
            *who = c->lines[j].who;
            who->email = arena_printf(s->d->a, "stem%04d@thuis.demo.test", s->people);
            who->name = arena_strdup(s->d->a, who->name);
            who->birth_date = arena_strdup(s->d->a, who->birth_date);
            c->lines[j].who.email = who->email;
            s->next += every;
        }
    }
    c->name = arena_printf(a, "Workshop %s, %04d-%02d-%02d", town, day.y, day.m, day.d);
    c->first = c->last = day;
}

/* Summer camp k of the province: a week, Monday to Friday, with the youngsters back from a
 * workshop and new ones aged 12 to 18. */
static void stem_camp(StemRun *s, int k, Arena *a, StemCohort *c)
{
    int i = c->province;
    const Rows *back = &s->back[i][k];
    c->first = s->camp_first[i][k];
    c->last = date_from_days(date_days(c->first) + 4);
    for (int j = 0; j < STEM_CAMP; j++)
        if (j < back->n)
            c->lines[j] = (BulkLine){.line = j + 1, .who = ROW(back, Back, j)->who};
        else
            stem_line(s, a, i, c->first, 12, 18, &c->lines[j], j);
    c->sched = (Schedule){.weekdays = 0x1f, .start = 9 * 60, .end = 16 * 60};
    c->name = arena_printf(a, "Summer camp %s, week %d", s->town[i][PLACE_CAMP], k + 1);
}

/* Class k of the province's partner school following the online lessons: six weekly lessons
 * between the end of January and May. */
static void stem_class(StemRun *s, int k, Arena *a, StemCohort *c)
{
    int i = c->province, n = i * STEM_ONLINE + k, young = 12 + k % 6;
    Date jan = {s->d->year, 1, 19};
    Date monday = date_from_days(date_days(jan) + (7 - date_weekday(jan)) % 7);
    c->first = date_from_days(date_days(monday) + 7 * (n % 10) + k % 5);
    c->last = date_from_days(date_days(c->first) + 7 * 5);
    for (int j = 0; j < STEM_ONLINE_CLASS; j++)
        stem_line(s, a, i, c->first, young, young + 1, &c->lines[j], j);
    c->sched =
        (Schedule){.weekdays = 1u << date_weekday(c->first), .start = 13 * 60 + 30, .end = 15 * 60};
    c->name = arena_printf(a, "Online class %s %d", s->town[i][PLACE_SCHOOL], k + 1);
}

static DbStatus stem_tx(Db *db, void *ctx)
{
    (void)db;
    StemRun *s = ctx;
    StemDemo *d = s->d;
    s->prng = prng_new(STEM_SEED);
    s->people = 0;
    /* the camps: two weeks of July and August in each province, one after the other */
    Date july = {d->year, 7, 1};
    Date monday = date_from_days(date_days(july) + (7 - date_weekday(july)) % 7);
    for (int i = 0; i < STEM_PROVINCES; i++)
        for (int h = 0; h < STEM_CAMPS; h++) {
            s->back[i][h] = ROWS(d->a, Back);
            s->camp_first[i][h] = date_from_days(date_days(monday) + 7 * (i + 3 * h));
        }
    if (!stem_grant(d) || !stem_setup(s) || !stem_grant_followed(d))
        return DB_ERROR;
    for (int i = 0; i < STEM_PROVINCES; i++)
        if (!stem_activity(s, P_ONLINE, i, STEM_ONLINE, stem_class) ||
            !stem_activity(s, P_WORKSHOPS, i, stem_provinces[i].workshops, stem_workshop) ||
            !stem_activity(s, P_CAMPS, i, STEM_CAMPS, stem_camp))
            return DB_ERROR;
    /* the organisation publishes its figures once the school year is over */
    Flow f = {.db = d->db,
              .arena = d->a,
              .who = &d->admin,
              .now = stem_at(d->year, 9, 1, 10 * 60),
              .base_url = ""};
    return demo_ok(impact_publish(&f, true), "STEM figures published") ? DB_ONE : DB_ERROR;
}

static bool any_programme(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

bool demo_stem(Db *db, Arena *a, int64_t org, int64_t funder)
{
    Programme row;
    bool loaded = false; /* once: the organisation has programmes when it is loaded already */
    DbStatus st = q_programme_list(db, org, a, &row, any_programme, &loaded);
    if (st < DB_NONE || loaded)
        return st >= DB_NONE;
    StemDemo d = {.db = db, .a = a, .org = org, .funder = funder};
    d.admin = demo_actor(db, a, "stem@demo.traject.test", org);
    d.fund = demo_actor(db, a, "stemfund@demo.traject.test", funder);
    d.jurors[0] = demo_actor(db, a, "stemjury@demo.traject.test", funder);
    d.jurors[1] = demo_actor(db, a, "stemjury2@demo.traject.test", funder);
    Date today;
    int minutes;
    bxl_from_utc(clock_now(), &today, &minutes);
    d.year = today.m >= 9 ? today.y : today.y - 1;
    StemRun s = {.d = &d};
    if (db_tx(db, stem_tx, &s) < DB_NONE) {
        fprintf(stderr, "traject demo: could not load the STEM programme\n");
        return false;
    }
    printf("demo STEM programme loaded: %d youngsters in workshops, summer camps and online "
           "lessons, on a grant of 100,000 EUR\n",
           s.people);
    return true;
}
