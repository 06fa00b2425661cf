/* demo_events.c — the events of traject demo (see demo.c): the coding school holds a public
 * information session, full, with two people on its waiting list, a public two-day
 * hackathon for 12 to 18 year-olds (one of them under the consent age, whose guardian
 * is asked), and an invitation-only demo day with one guest invited. Everything goes through
 * the workflows, as the pages do. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/events/event.h"
#include "flows/events/hackathon.h"
#include "flows/events/registration.h"
#include "q/events/event.h"
#include "q/events/hackathon.h"
#include "q/events/registration.h"
#include "q/partners/partner.h"
#include "q/training/location.h"

/* days from today (Brussels) at minutes after midnight, in UTC */
static int64_t demo_at(int64_t now, int days, int minutes)
{
    Date today;
    int m;
    bxl_from_utc(now, &today, &m);
    int64_t t = 0;
    bxl_to_utc(date_from_days(date_days(today) + days), minutes, &t);
    return t;
}

/* Records an event and reads it back into e; false after printing why not. */
static bool demo_event(const Flow *f, EventInput *in, Event *e)
{
    Outcome o = event_save(f, 0, in);
    return demo_ok(o, in->title) && q_event_get(f->db, f->who->org_id, o.id, f->arena, e) == DB_ONE;
}

/* Registers the people (name, e-mail address, language, birth date) for e. */
static bool demo_register(const Flow *f, const Event *e, const char *const (*people)[4], int n)
{
    for (int i = 0; i < n; i++) {
        Event now;
        if (q_event_get(f->db, e->org_id, e->id, f->arena, &now) != DB_ONE)
            return false;
        RegInput in = {.name = (char *)people[i][0],
                       .email = (char *)people[i][1],
                       .lang = (char *)people[i][2],
                       .birth_date = (char *)people[i][3],
                       .guardian_name = "Karim Amrani",
                       .guardian_email = "guardian@demo.traject.test"};
        const char *token;
        RegStatus st;
        if (!demo_ok(event_register(f, &now, &in, 0, &token, &st), people[i][0]))
            return false;
    }
    return true;
}

/* A birth date ("YYYY-MM-DD", in a) of someone aged years from a month before now until
 * eleven months after it. */
static const char *teen_birth(Arena *a, int64_t now, int years)
{
    Date d;
    int m;
    bxl_from_utc(now - 30 * 86400, &d, &m);
    d.y -= years;
    if (d.m == 2 && d.d == 29)
        d.d = 28;
    char *out = arena_alloc(a, 11);
    date_format(d, out);
    return out;
}

/* Reads partners until TelcoLab (ctx: the row). */
static bool until_telcolab(void *ctx)
{
    return strcmp(((const Partner *)ctx)->name, "TelcoLab") != 0;
}

/* TelcoLab's challenge at the hackathon, the jury's criteria and a team of its teens. */
static bool demo_hackathon(const Flow *f, const Event *e)
{
    Partner p = {0};
    if (q_partner_list(f->db, e->org_id, false, f->arena, &p, until_telcolab, &p) < DB_NONE ||
        !p.id || strcmp(p.name, "TelcoLab"))
        return false;
    Outcome o = hack_challenge_add(f, e, p.id, "Free parking places on a phone",
                                   "Show the free places our sensors see, for everyone.");
    if (!demo_ok(o, "challenge") ||
        !demo_ok(hack_criterion_add(f, e, "Use for the neighbourhood", 2), "criterion") ||
        !demo_ok(hack_criterion_add(f, e, "Accessible to all", 1), "criterion"))
        return false;
    EventRegistration x;
    Rows free = ROWS_FROM(f->arena, &x);
    if (q_hack_free_people(f->db, e->org_id, e->id, f->arena, &x, rows_collect, &free) < DB_NONE ||
        free.n < 2)
        return false;
    int64_t members[] = {ROW(&free, EventRegistration, 0)->id,
                         ROW(&free, EventRegistration, 1)->id};
    return demo_ok(hack_team_add(f, e, o.id, "Park & Go", members, 2), "team");
}

/* The demo's events: when (days from today, minutes after midnight) and for whom. */
typedef struct DemoEvent {
    EventKind kind;
    const char *title, *description;
    int day, from, last_day, to; /* days from today; minutes after midnight */
    int64_t capacity;
    char *min_age, *max_age;
    EventAccess access;
} DemoEvent;

static const DemoEvent demo_list[] = {
    {EVENT_INFO_SESSION, "Coding school: information session",
     "What the course asks and gives, with former learners.", 7, 18 * 60, 7, 20 * 60, 3, NULL, NULL,
     EVENT_PUBLIC},
    {EVENT_HACKATHON, "Smart city hackathon for teens",
     "Two days to build an app with TelcoLab's IoT sensors.", 30, 9 * 60, 31, 18 * 60, 20, "12",
     "18", EVENT_PUBLIC},
    {EVENT_DEMO_DAY, "Demo day for partners",
     "The teams show their work to partners and employers.", 45, 14 * 60, 45, 17 * 60, 40, NULL,
     NULL, EVENT_INVITATION},
};
#define DEMO_EVENTS ((int)(sizeof demo_list / sizeof demo_list[0]))

bool demo_events(Db *db, Arena *a, int64_t school)
{
    int64_t n = 0;
    if (q_event_count(db, school, "", &n) < DB_NONE)
        return false;
    if (n)
        return true;
    Location loc;
    Rows locs = ROWS_FROM(a, &loc);
    if (q_location_list(db, school, a, &loc, rows_collect, &locs) < DB_NONE || !locs.n)
        return false;
    int64_t place = ROW(&locs, Location, 0)->id, now = clock_now();
    Actor admin = demo_actor(db, a, "admin@demo.traject.test", school);
    Flow f = {.db = db, .arena = a, .who = &admin, .now = now, .base_url = ""};
    Event ev[DEMO_EVENTS];
    for (int i = 0; i < DEMO_EVENTS; i++) {
        const DemoEvent *d = &demo_list[i];
        EventInput in = {.kind = d->kind,
                         .title = (char *)d->title,
                         .description = (char *)d->description,
                         .location_id = place,
                         .starts_at = demo_at(now, d->day, d->from),
                         .ends_at = demo_at(now, d->last_day, d->to),
                         .capacity = d->capacity,
                         .min_age = d->min_age,
                         .max_age = d->max_age,
                         .consent_age = 13,
                         .access = d->access};
        if (!demo_event(&f, &in, &ev[i]))
            return false;
    }
    static const char *const curious[][4] = {
        {"Amina El Idrissi", "amina@demo.traject.test", "fr", NULL},
        {"Jonas Peeters", "jonas@demo.traject.test", "nl", NULL},
        {"Grace Mensah", "grace@demo.traject.test", "en", NULL},
        {"Lucas Dubois", "lucas@demo.traject.test", "fr", NULL},
        {"Fien Maes", "fien@demo.traject.test", "nl", NULL},
    };
    /* aged 12 (under the consent age: her guardian is asked), 16 and 15 on the hackathon's
     * first day, whatever the day the demo is loaded */
    const char *teens[][4] = {
        {"Yasmine Amrani", "yasmine@demo.traject.test", "fr", teen_birth(a, now, 12)},
        {"Wout Claes", "wout@demo.traject.test", "nl", teen_birth(a, now, 16)},
        {"Sofia Rossi", "sofia@demo.traject.test", "en", teen_birth(a, now, 15)},
    };
    if (!demo_register(&f, &ev[0], curious, 5) ||
        !demo_register(&f, &ev[1], (const char *const(*)[4])teens, 3) ||
        !demo_hackathon(&f, &ev[1]))
        return false;
    return demo_ok(event_invite(&f, &ev[2], "Pieter Janssens", "partner@demo.traject.test", "nl"),
                   "invitation");
}
