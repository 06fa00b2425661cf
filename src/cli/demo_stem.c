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

/* Where the organisation works in each province: the bus's depot, the camp site and the
 * partner school whose classes follow the online lessons; and how many workshops the bus
 * gave. */
typedef struct StemPlace {
    const char *name, *street, *town, *postcode;
} StemPlace;

static const struct {
    const char *code; /* domain/places.h */
    StemPlace bus, camp, school;
    int workshops;
} stem_provinces[] = {
    {"antwerp",
     {"STEM-bus Antwerpen", "Noorderlaan 12", "Antwerpen", "2000"},
     {"Kampplaats De Kempen", "Kastelsedijk 5", "Geel", "2440"},
     {"Partnerschool Mechelen (online lessen)", "Hanswijkvaart 3", "Mechelen", "2800"},
     40},
    {"east-flanders",
     {"STEM-bus Oost-Vlaanderen", "Dok Noord 7", "Gent", "9000"},
     {"Kampplaats Vlaamse Ardennen", "Berchemweg 20", "Oudenaarde", "9700"},
     {"Partnerschool Aalst (online lessen)", "Esplanadestraat 4", "Aalst", "9300"},
     36},
    {"flemish-brabant",
     {"STEM-bus Vlaams-Brabant", "Vaartkom 31", "Leuven", "3000"},
     {"Kampplaats Hallerbos", "Bosstraat 60", "Halle", "1500"},
     {"Partnerschool Vilvoorde (online lessen)", "Grote Markt 9", "Vilvoorde", "1800"},
     28},
    {"limburg",
     {"STEM-bus Limburg", "Kempische Steenweg 293", "Hasselt", "3500"},
     {"Kampplaats Bokrijk", "Bokrijklaan 1", "Genk", "3600"},
     {"Partnerschool Sint-Truiden (online lessen)", "Naamsesteenweg 40", "Sint-Truiden", "3800"},
     24},
    {"west-flanders",
     {"STEM-bus West-Vlaanderen", "Kanaaleiland 1", "Brugge", "8000"},
     {"Kampplaats aan zee", "Zeedijk 100", "Oostende", "8400"},
     {"Partnerschool Kortrijk (online lessen)", "Doorniksestraat 61", "Kortrijk", "8500"},
     32},
};
#define STEM_PROVINCES ((int)(sizeof stem_provinces / sizeof stem_provinces[0]))

static const struct {
    ProgrammeKind kind;
    const char *title[3], *description[3];
    int64_t target[4]; /* trained, certified, placed, reached */
} stem_programmes[P_COUNT] = {
    {KIND_WORKSHOPS,
     {"Mobile STEM workshops", "Mobiele STEM-workshops", "Ateliers STEM mobiles"},
     {"A bus with robots, sensors and laptops comes to the school: a half-day workshop for the "
      "whole class.",
      "Een bus vol robots, sensoren en laptops komt naar de school: een halve dag workshop voor "
      "de hele klas.",
      "Un bus rempli de robots, de capteurs et d'ordinateurs vient à l'école : un atelier d'une "
      "demi-journée pour toute la classe."},
     {4000, 0, 0, 4000}},
    {KIND_CAMP,
     {"STEM summer camps", "STEM-zomerkampen", "Stages d'été STEM"},
     {"A week in summer to build, program and test: a robot, a weather station, a game.",
      "Een week in de zomer om te bouwen, te programmeren en te testen: een robot, een "
      "weerstation, een spel.",
      "Une semaine en été pour construire, programmer et tester : un robot, une station météo, "
      "un jeu."},
     {360, 0, 0, 300}},
    {KIND_ONLINE,
     {"Online STEM lessons", "Online STEM-lessen", "Cours STEM en ligne"},
     {"Six weekly lessons, live online, that a class follows from its own classroom.",
      "Zes wekelijkse lessen, live online, die een klas vanuit het eigen klaslokaal volgt.",
      "Six cours hebdomadaires, en direct en ligne, qu'une classe suit depuis sa propre classe."},
     {640, 0, 0, 700}},
};

/* A youngster of a workshop who comes back to a summer camp: known by e-mail address. */
typedef struct Back {
    Person who;
} Back;

typedef struct StemRun {
    StemDemo *d;
    Prng prng;
    Programme prog[P_COUNT];
    int64_t bus[STEM_PROVINCES], camp[STEM_PROVINCES], school[STEM_PROVINCES];
    Rows back[STEM_PROVINCES][STEM_CAMPS]; /* Back, for each camp */
    Date camp_first[STEM_PROVINCES][STEM_CAMPS];
    int people; /* youngsters registered so far, for their e-mail addresses */
} StemRun;

static bool stem_location(StemRun *s, Flow *f, const char *province, const StemPlace *p,
                          bool mobile, int64_t *id)
{
    Location l = {.name = (char *)p->name,
                  .address = (char *)p->street,
                  .postcode = (char *)p->postcode,
                  .municipality = (char *)p->town,
                  .province = (char *)province,
                  .mobile = mobile};
    (void)s;
    Outcome o = flow_location_save(f, &l);
    *id = o.id;
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
        Programme p = {.kind = stem_programmes[i].kind,
                       .status = i == P_CAMPS ? PROGRAMME_CLOSED : PROGRAMME_RUNNING,
                       .teaching_langs = 1 << LANG_NL,
                       .min_age = 10,
                       .max_age = 18,
                       .region = "flanders",
                       .updated_at = f.now};
        for (int l = 0; l < 3; l++) {
            p.title[l] = (char *)stem_programmes[i].title[l];
            p.description[l] = (char *)stem_programmes[i].description[l];
        }
        memcpy(p.target, stem_programmes[i].target, sizeof p.target);
        p.org_id = d->org;
        Outcome o = flow_programme_save(&f, &p);
        if (!demo_ok(o, "STEM programme") ||
            q_programme_get(d->db, d->org, o.id, d->a, &s->prog[i]) != DB_ONE)
            return false;
        d->programme[i] = o.id;
    }
    for (int i = 0; i < STEM_PROVINCES; i++)
        if (!stem_location(s, &f, stem_provinces[i].code, &stem_provinces[i].bus, true,
                           &s->bus[i]) ||
            !stem_location(s, &f, stem_provinces[i].code, &stem_provinces[i].camp, false,
                           &s->camp[i]) ||
            !stem_location(s, &f, stem_provinces[i].code, &stem_provinces[i].school, false,
                           &s->school[i]))
            return false;
    return true;
}

/* One cohort of programme prog: created three weeks before it starts, its sessions (one
 * half-day, or s's weekly schedule when sched), the whole group enrolled at once a week
 * before, and each enrolment ended on the last day: completed, or dropped out for those at
 * drop[0..ndrop) in the cohort's list of enrolments. */
typedef struct StemCohort {
    int prog;
    const char *name;
    Date first, last;
    int64_t location_id;
    int64_t capacity;
    const Schedule *sched; /* NULL: one session of 9:00 to 12:00 on the first day */
    BulkLine *lines;
    int n;
    const int *drop;
    int ndrop;
    const char *drop_reason;
} StemCohort;

static bool stem_cohort(StemRun *s, Arena *a, const StemCohort *k)
{
    StemDemo *d = s->d;
    Flow f = {.db = d->db, .arena = a, .who = &d->admin, .base_url = ""};
    char first[11], last[11];
    date_format(k->first, first);
    date_format(k->last, last);
    f.now = stem_at(k->first.y, k->first.m, k->first.d, 10 * 60) - 21 * 86400;
    CohortInput in = {.c = {.org_id = d->org,
                            .programme_id = d->programme[k->prog],
                            .name = (char *)k->name,
                            .starts_on = first,
                            .ends_on = last,
                            .capacity = k->capacity,
                            .location_id = k->location_id},
                      .trainers = &d->admin.account_id,
                      .ntrainers = 1};
    Outcome o = flow_cohort_save(&f, &in);
    Cohort c;
    if (!demo_ok(o, "STEM cohort") || q_cohort_get(d->db, d->org, o.id, a, &c) != DB_ONE)
        return false;
    if (k->sched) {
        Schedule sch = *k->sched;
        o = flow_schedule_generate(&f, &c, &sch);
    } else {
        SessionInput si = {.day_read = true,
                           .times_read = true,
                           .day = k->first,
                           .start = 9 * 60,
                           .end = 12 * 60,
                           .location_id = k->location_id};
        o = flow_session_add(&f, &c, &si);
    }
    if (!demo_ok(o, "STEM sessions"))
        return false;
    f.now += 14 * 86400;
    Import im = {.arena = a, .lang = LANG_EN, .problems = ROWS(a, ImportProblem)};
    BulkResult res = flow_enrol_many(&f, &c, &s->prog[k->prog], k->lines, k->n, &im);
    if (!res.o.ok) {
        const ImportProblem *p = im.problems.n ? ROW(&im.problems, ImportProblem, 0) : NULL;
        fprintf(stderr, "traject demo: %s: %s %s\n", k->name, res.summary ? res.summary : "",
                p ? p->msg : "");
        return false;
    }
    Enrolment e;
    Rows enrolled = ROWS_FROM(a, &e);
    if (q_enrolment_list(d->db, d->org, c.id, a, &e, rows_collect, &enrolled) < DB_NONE ||
        enrolled.n != k->n)
        return false;
    f.now = stem_at(k->last.y, k->last.m, k->last.d, 17 * 60);
    for (int i = 0; i < enrolled.n; i++) {
        const Enrolment *x = ROW(&enrolled, Enrolment, i);
        bool dropped = false;
        for (int j = 0; j < k->ndrop; j++)
            dropped |= i == k->drop[j];
        if (!demo_ok(flow_enrolment_end(&f, x->id,
                                        dropped ? ENROLMENT_DROPPED_OUT : ENROLMENT_COMPLETED, last,
                                        dropped ? k->drop_reason : NULL),
                     "STEM completion"))
            return false;
    }
    return true;
}

/* A youngster of province i aged from lo to hi on day on, as a line of the list. */
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

/* The weekdays from first to last that are not public holidays, into days (at most max). */
static int school_days(Date first, Date last, Date *days, int max)
{
    int n = 0;
    for (int64_t x = date_days(first); x <= date_days(last) && n < max; x++) {
        Date day = date_from_days(x);
        if (date_weekday(day) < 5 && !be_holiday(day))
            days[n++] = day;
    }
    return n;
}

/* The workshops of province i, February to June; every so often a youngster leaves an
 * e-mail address and comes back to one of the province's summer camps. */
static bool stem_workshops(StemRun *s, int i)
{
    int y = s->d->year, w = stem_provinces[i].workshops;
    Date days[200];
    int ndays = school_days((Date){y, 2, 2}, (Date){y, 6, 19}, days, 200);
    int total = w * STEM_CLASS, every = total / (STEM_CAMPS * STEM_BACK), seen = 0, next = 0;
    for (int k = 0; k < w; k++) {
        Arena a;
        arena_init(&a);
        Date day = days[k * ndays / w];
        int young = 10 + k % 8; /* the class's age: 10 to 17, some 18 */
        const char *town, *postcode, *province;
        demo_place(&s->prng, stem_provinces[i].code, &town, &postcode, &province);
        BulkLine lines[STEM_CLASS];
        for (int j = 0; j < STEM_CLASS; j++, seen++) {
            stem_line(s, &a, i, day, young, young + 1, &lines[j], j);
            int camp = (s->back[i][0].n < STEM_BACK) ? 0 : 1;
            Date birth;
            date_parse(lines[j].who.birth_date, &birth);
            if (seen >= next && s->back[i][camp].n < STEM_BACK &&
                age_on(birth, s->camp_first[i][camp]) <= 18) {
                lines[j].who.email = arena_printf(s->d->a, "stem%04d@thuis.demo.test", s->people);
                Back *b = rows_push(&s->back[i][camp]);
                b->who = lines[j].who;
                b->who.name = arena_strdup(s->d->a, lines[j].who.name);
                b->who.birth_date = arena_strdup(s->d->a, lines[j].who.birth_date);
                next += every;
            }
        }
        StemCohort c = {
            .prog = P_WORKSHOPS,
            .name = arena_printf(&a, "Workshop %s, %04d-%02d-%02d", town, day.y, day.m, day.d),
            .first = day,
            .last = day,
            .location_id = s->bus[i],
            .capacity = 30,
            .lines = lines,
            .n = STEM_CLASS};
        bool ok = stem_cohort(s, &a, &c);
        arena_free(&a);
        if (!ok)
            return false;
    }
    return true;
}

/* The summer camps of province i: a week each, Monday to Friday, with the youngsters back
 * from a workshop and new ones aged 12 to 18; two leave before the end. */
static bool stem_camps(StemRun *s, int i)
{
    static const int drop[] = {15, 30};
    for (int h = 0; h < STEM_CAMPS; h++) {
        Arena a;
        arena_init(&a);
        Date first = s->camp_first[i][h];
        Date last = date_from_days(date_days(first) + 4);
        BulkLine lines[STEM_CAMP];
        const Rows *back = &s->back[i][h];
        for (int j = 0; j < STEM_CAMP; j++) {
            if (j < back->n)
                lines[j] = (BulkLine){.line = j + 1, .who = ROW(back, Back, j)->who};
            else
                stem_line(s, &a, i, first, 12, 18, &lines[j], j);
        }
        Schedule sch = {.weekdays = 0x1f, .start = 9 * 60, .end = 16 * 60};
        StemCohort c = {
            .prog = P_CAMPS,
            .name = arena_printf(&a, "Summer camp %s, week %d", stem_provinces[i].camp.town, h + 1),
            .first = first,
            .last = last,
            .location_id = s->camp[i],
            .capacity = STEM_CAMP,
            .sched = &sch,
            .lines = lines,
            .n = STEM_CAMP,
            .drop = drop,
            .ndrop = 2,
            .drop_reason = "Went home before the end of the week"};
        bool ok = stem_cohort(s, &a, &c);
        arena_free(&a);
        if (!ok)
            return false;
    }
    return true;
}

/* The classes of province i that follow the online lessons: six weekly lessons from the
 * end of January to May, from their partner school; two youngsters of each stop following. */
static bool stem_online(StemRun *s, int i)
{
    static const int drop[] = {7, 19};
    int y = s->d->year;
    Date jan = {y, 1, 19};
    Date monday = date_from_days(date_days(jan) + (7 - date_weekday(jan)) % 7);
    for (int k = 0; k < STEM_ONLINE; k++) {
        Arena a;
        arena_init(&a);
        int n = i * STEM_ONLINE + k;
        Date first = date_from_days(date_days(monday) + 7 * (n % 10) + k % 5);
        Date last = date_from_days(date_days(first) + 7 * 5);
        int young = 12 + k % 6;
        BulkLine lines[STEM_ONLINE_CLASS];
        for (int j = 0; j < STEM_ONLINE_CLASS; j++)
            stem_line(s, &a, i, first, young, young + 1, &lines[j], j);
        Schedule sch = {
            .weekdays = 1u << date_weekday(first), .start = 13 * 60 + 30, .end = 15 * 60};
        StemCohort c = {
            .prog = P_ONLINE,
            .name = arena_printf(&a, "Online class %s %d", stem_provinces[i].school.town, k + 1),
            .first = first,
            .last = last,
            .location_id = s->school[i],
            .capacity = 28,
            .sched = &sch,
            .lines = lines,
            .n = STEM_ONLINE_CLASS,
            .drop = drop,
            .ndrop = 2,
            .drop_reason = "Stopped following the lessons"};
        bool ok = stem_cohort(s, &a, &c);
        arena_free(&a);
        if (!ok)
            return false;
    }
    return true;
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
        if (!stem_online(s, i) || !stem_workshops(s, i) || !stem_camps(s, i))
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
    bool has = false;
    if (q_programme_list(db, org, a, &row, any_programme, &has) < DB_NONE)
        return false;
    if (has)
        return true;
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
