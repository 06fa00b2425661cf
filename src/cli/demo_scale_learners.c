/* demo_scale_learners.c — the learners of one training organisation of `traject demo --scale`
 * and all their records, planned in memory and written with the bulk loads (q/scale/load.h).
 *
 * The rules hold by construction: each learner asks for programmes whose age band and
 * job-seeker rule fit them on the day they ask; the cohorts are made to hold the requests (a
 * cohort takes them until it is full, never beyond its capacity) and every enrolment is checked
 * once more against its programme on the cohort's first day with domain/eligibility; sessions
 * follow the weekly schedule of domain/calendar (public holidays skipped); a learner is in a
 * cohort once; marks are given only for sessions that took place while they were enrolled;
 * every record carries the organisation's id and points at the organisation's own rows. */
#include <stdlib.h>
#include <string.h>

#include "cli/demo_people.h"
#include "cli/demo_scale.h"
#include "core/vocab.h"
#include "domain/eligibility.h"
#include "model/intake.h"
#include "q/intake/intake.h"

/* Per kind of programme: places per cohort, sessions, weekdays (bit 0 Monday), the hours, and
 * how often a learner who fits it chooses it (weight). */
static const struct {
    int capacity, sessions;
    unsigned weekdays;
    int start, end, weight;
} kinds[] = {
    [KIND_BOOTCAMP] = {24, 60, 0x07, 9 * 60, 16 * 60, 3},
    [KIND_CERTIFICATION] = {20, 24, 0x0a, 18 * 60, 21 * 60, 4},
    [KIND_WORKSHOPS] = {20, 4, 0x04, 14 * 60, 16 * 60, 8},
    [KIND_CAMP] = {30, 5, 0x1f, 9 * 60 + 30, 16 * 60, 4},
    [KIND_ONLINE] = {40, 8, 0x02, 19 * 60, 21 * 60, 4},
};

/* Requests take a cohort that starts up to this many days after them. */
#define WINDOW_DAYS 21

static int by_prog_day(const void *x, const void *y)
{
    const LRequest *a = x, *b = y;
    if (a->prog != b->prog)
        return a->prog - b->prog;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return a->person - b->person;
}

static Date day_date(int64_t day)
{
    return date_from_days(day);
}

static bool fits(const ScaleProgramme *p, int age, bool jobseeker)
{
    return (!p->min_age || age >= p->min_age) && (!p->max_age || age <= p->max_age) &&
           (!p->jobseekers_only || jobseeker);
}

/* The people of the organisation and the programmes they ask for, over the last three years
 * and the next weeks. */
static void plan_people(ScaleRun *s, ScaleOrg *o, Rows *people, Rows *requests)
{
    int64_t today = date_days(s->today);
    for (int64_t i = 0; i < o->learners; i++) {
        LPerson *p = rows_push(people);
        int64_t day = today - prng_below(&s->rng, 3 * 365) + 45;
        bool youth = prng_chance(&s->rng, 450), young_adult = prng_chance(&s->rng, 350);
        const char *where = prng_chance(&s->rng, 800) ? o->province : NULL;
        p->d = youth         ? demo_person(&s->rng, o->arena, day_date(day), 10, 17, where)
               : young_adult ? demo_person(&s->rng, o->arena, day_date(day), 18, 25, where)
                             : demo_person(&s->rng, o->arena, day_date(day), 26, 55, where);
        date_parse(p->d.birth, &p->birth);
        p->jobseeker = !youth && prng_chance(&s->rng, young_adult ? 700 : 400);
        p->id = ++s->next_id[SCALE_PEOPLE];
        p->since = day;
        p->first = -1;
        p->prog = -1;
        int r = (int)prng_below(&s->rng, 100),
            k = youth ? 1 + (r >= 30) + (r >= 60) + (r >= 85) : 1 + (r >= 40) + (r >= 75);
        bool asked[16] = {0};
        for (int j = 0; j < k && day <= today + 45; j++) {
            int age = age_on(p->birth, day_date(day)), total = 0;
            for (int g = 0; g < o->nprogrammes; g++)
                if (!asked[g] && fits(&o->programmes[g], age, p->jobseeker))
                    total += kinds[o->programmes[g].kind].weight;
            int w = (int)prng_below(&s->rng, total), g = 0;
            for (; g < o->nprogrammes && total; g++) {
                if (asked[g] || !fits(&o->programmes[g], age, p->jobseeker))
                    continue;
                if ((w -= kinds[o->programmes[g].kind].weight) < 0)
                    break;
            }
            if (!total || g >= o->nprogrammes)
                break;
            asked[g] = true;
            if (p->prog < 0)
                p->prog = g;
            *(LRequest *)rows_push(requests) = (LRequest){(int)(people->n - 1), g, day};
            day += prng_between(&s->rng, 60, 240);
        }
    }
}

/* The first day on or after day that the kind's schedule teaches on. */
static int64_t first_teaching_day(int64_t day, unsigned weekdays)
{
    while (!(weekdays & (1u << date_weekday(date_from_days(day)))))
        day++;
    return day;
}

/* Cohorts that take the requests of each programme in turn, their sessions, and the
 * enrolments that fit the programme on the cohort's first day. */
static void plan_cohorts(ScaleRun *s, ScaleOrg *o, Rows *people, Rows *requests, Rows *cohorts,
                         Rows *slots, Rows *enrolments)
{
    rows_sort(requests, by_prog_day);
    int open = -1, target = 0;
    for (int i = 0; i < requests->n; i++) {
        LRequest *q = ROW(requests, LRequest, i);
        const ScaleProgramme *sp = &o->programmes[q->prog];
        LCohort *c = open >= 0 ? ROW(cohorts, LCohort, open) : NULL;
        if (!c || c->prog != q->prog || c->taken >= target || q->day >= c->start) {
            int64_t start = first_teaching_day(q->day + WINDOW_DAYS, kinds[sp->kind].weekdays);
            int per_week = __builtin_popcount(kinds[sp->kind].weekdays);
            Schedule sc = {.first = day_date(start),
                           .last = day_date(start + 7 * (kinds[sp->kind].sessions / per_week + 4)),
                           .weekdays = kinds[sp->kind].weekdays,
                           .start = kinds[sp->kind].start,
                           .end = kinds[sp->kind].end};
            int at = slots->n, max = kinds[sp->kind].sessions;
            for (int k = 0; k < max; k++)
                rows_push(slots);
            int n = schedule_generate(&sc, ROW(slots, Slot, at), max);
            if (n > max)
                n = max;
            slots->n = at + (n > 0 ? n : 0);
            if (n <= 0) {
                open = -1;
                continue;
            }
            c = rows_push(cohorts);
            open = cohorts->n - 1;
            *c = (LCohort){.prog = q->prog,
                           .capacity = kinds[sp->kind].capacity,
                           .id = ++s->next_id[SCALE_COHORTS],
                           .start = start,
                           .end = date_days(ROW(slots, Slot, at + n - 1)->date),
                           .first_slot = at,
                           .nslots = n};
            target = c->capacity * (int)prng_between(&s->rng, 60, 100) / 100;
        }
        LPerson *p = ROW(people, LPerson, q->person);
        AgeBand band = {sp->min_age > 0, sp->max_age > 0, sp->min_age, sp->max_age};
        Eligibility e = eligibility_check(&band, sp->jobseekers_only, day_date(c->start), s->today,
                                          &p->birth, p->jobseeker);
        if (!eligibility_ok(&e) || c->taken >= c->capacity)
            continue;
        c->taken++;
        LEnrolment *en = rows_push(enrolments);
        *en = (LEnrolment){.person = q->person, .cohort = open, .day = q->day};
    }
}

/* What became of each enrolment, and the seats they hold. */
static void plan_outcomes(ScaleRun *s, Rows *people, Rows *cohorts, Rows *enrolments)
{
    int64_t today = date_days(s->today);
    for (int i = 0; i < enrolments->n; i++) {
        LEnrolment *e = ROW(enrolments, LEnrolment, i);
        LCohort *c = ROW(cohorts, LCohort, e->cohort);
        LPerson *p = ROW(people, LPerson, e->person);
        e->id = ++s->next_id[SCALE_ENROLMENTS];
        e->status = ENROLMENT_ENROLLED;
        e->presence = (int)prng_between(&s->rng, 650, 990);
        int r = (int)prng_below(&s->rng, 1000);
        if (c->end < today) {
            e->status = r < 780   ? ENROLMENT_COMPLETED
                        : r < 900 ? ENROLMENT_DROPPED_OUT
                                  : ENROLMENT_WITHDRAWN;
            e->ended = e->status == ENROLMENT_COMPLETED ? c->end
                       : e->status == ENROLMENT_DROPPED_OUT
                           ? c->start + (c->end - c->start) * prng_between(&s->rng, 30, 80) / 100
                           : c->start + (c->end - c->start) / 10;
        } else if (c->start < today && r < 80) {
            e->status = ENROLMENT_DROPPED_OUT;
            e->ended = c->start + prng_below(&s->rng, today - c->start);
        }
        if (e->status == ENROLMENT_DROPPED_OUT)
            e->presence = (int)prng_between(&s->rng, 350, 700);
        if (e->status == ENROLMENT_ENROLLED || e->status == ENROLMENT_COMPLETED)
            c->enrolled++;
        if (p->first < 0 || ROW(enrolments, LEnrolment, p->first)->day > e->day)
            p->first = i;
    }
}

static int by_session(const void *x, const void *y)
{
    const ScaleMarkRow *a = x, *b = y;
    if (a->session_id != b->session_id)
        return a->session_id < b->session_id ? -1 : 1;
    return (a->enrolment_id > b->enrolment_id) - (a->enrolment_id < b->enrolment_id);
}

/* Applications in the order they were received, numbered so: the lists of received
 * applications read their indexes in that order, which then fill page after page. */
static int by_received(const void *x, const void *y)
{
    const ScaleApplicationRow *a = x, *b = y;
    if (a->created_at != b->created_at)
        return a->created_at < b->created_at ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

static const char *gender_key(Gender g)
{
    return g == GENDER_NOT_GIVEN ? NULL : vocab_key(&genders, g);
}

#define TRY(x)                                                                                     \
    do {                                                                                           \
        if ((st = (x)) < DB_NONE)                                                                  \
            return st;                                                                             \
    } while (0)

/* The cohorts, their trainer and their sessions, numbered in the order of the slots. */
static DbStatus write_cohorts(ScaleRun *s, ScaleOrg *o, Rows *cohorts, Rows *slots)
{
    DbStatus st;
    Arena *a = o->arena;
    Rows rows = ROWS(a, ScaleCohortRow), trainers = ROWS(a, ScaleTrainerRow),
         sessions = ROWS(a, ScaleSessionRow);
    int64_t first = s->next_id[SCALE_SESSIONS] + 1;
    for (int i = 0; i < cohorts->n; i++) {
        LCohort *c = ROW(cohorts, LCohort, i);
        const ScaleProgramme *sp = &o->programmes[c->prog];
        int64_t made = scale_moment(c->start - 60, 10);
        *(ScaleCohortRow *)rows_push(&rows) =
            (ScaleCohortRow){.id = c->id,
                             .programme_id = sp->id,
                             .capacity = c->capacity,
                             .location_id = sp->location_id,
                             .created_at = made,
                             .enrolled = c->enrolled,
                             .name = arena_printf(a, "%s %d", scale_day(a, c->start), i + 1),
                             .starts_on = scale_day(a, c->start),
                             .ends_on = scale_day(a, c->end)};
        *(ScaleTrainerRow *)rows_push(&trainers) = (ScaleTrainerRow){c->id, o->trainer};
        for (int k = 0; k < c->nslots; k++) {
            const Slot *sl = ROW(slots, Slot, c->first_slot + k);
            *(ScaleSessionRow *)rows_push(&sessions) =
                (ScaleSessionRow){first + c->first_slot + k, c->id, sl->starts_at, sl->ends_at,
                                  sp->location_id,           made};
        }
    }
    TRY(q_scale_load(s->db, SCALE_COHORTS, o->id, rows.data, rows.n));
    TRY(q_scale_load(s->db, SCALE_COHORT_TRAINERS, o->id, trainers.data, trainers.n));
    TRY(q_scale_load(s->db, SCALE_SESSIONS, o->id, sessions.data, sessions.n));
    s->next_id[SCALE_SESSIONS] += slots->n;
    s->written[SCALE_COHORTS] += rows.n;
    s->written[SCALE_COHORT_TRAINERS] += trainers.n;
    s->written[SCALE_SESSIONS] += sessions.n;
    return DB_NONE;
}

/* The learners, their enrolments and the marks for the sessions held while they were
 * enrolled: present or late as often as the learner comes, otherwise absent, now and then
 * excused. */
static DbStatus write_people(ScaleRun *s, ScaleOrg *o, Rows *people, Rows *cohorts, Rows *slots,
                             Rows *enrolments, int64_t first_session)
{
    DbStatus st;
    Arena *a = o->arena;
    Rows persons = ROWS(a, ScalePersonRow), enrols = ROWS(a, ScaleEnrolmentRow),
         marks = ROWS(a, ScaleMarkRow);
    for (int i = 0; i < people->n; i++) {
        LPerson *p = ROW(people, LPerson, i);
        bool adult = age_on(p->birth, s->today) >= 18;
        *(ScalePersonRow *)rows_push(&persons) = (ScalePersonRow){
            .id = p->id,
            .jobseeker = p->jobseeker,
            .created_at = scale_moment(p->since, 10),
            .name = p->d.name,
            .email =
                adult ? arena_printf(a, "learner%lld@mail.scale.test", (long long)p->id) : NULL,
            .birth_date = p->d.birth,
            .municipality = p->d.municipality,
            .gender = gender_key(p->d.gender),
            .lang = p->d.lang};
    }
    for (int i = 0; i < enrolments->n; i++) {
        LEnrolment *e = ROW(enrolments, LEnrolment, i);
        LCohort *c = ROW(cohorts, LCohort, e->cohort);
        *(ScaleEnrolmentRow *)rows_push(&enrols) =
            (ScaleEnrolmentRow){.id = e->id,
                                .cohort_id = c->id,
                                .person_id = ROW(people, LPerson, e->person)->id,
                                .enrolled_at = scale_moment(e->day, 10),
                                .status = vocab_key(&enrolment_statuses, e->status),
                                .ended_on = e->ended ? scale_day(a, e->ended) : NULL,
                                .end_reason = e->status == ENROLMENT_DROPPED_OUT ? "Found a job"
                                              : e->status == ENROLMENT_WITHDRAWN ? "Moved away"
                                                                                 : NULL};
        for (int k = 0; k < c->nslots; k++) {
            const Slot *sl = ROW(slots, Slot, c->first_slot + k);
            if (sl->starts_at >= s->now || (e->ended && date_days(sl->date) > e->ended))
                break;
            int r = (int)prng_below(&s->rng, 1000);
            int late = e->presence + 40, excused = late + (1000 - late) / 4;
            AttendanceMark m = r < e->presence ? MARK_PRESENT
                               : r < late      ? MARK_LATE
                               : r < excused   ? MARK_EXCUSED
                                               : MARK_ABSENT;
            *(ScaleMarkRow *)rows_push(&marks) =
                (ScaleMarkRow){first_session + c->first_slot + k, e->id, sl->starts_at + 3600,
                               o->trainer, vocab_key(&attendance_marks, m)};
        }
    }
    /* in the order of the primary key, so that its index is filled page after page rather
     * than split all over (a third smaller on both databases) */
    rows_sort(&marks, by_session);
    TRY(q_scale_load(s->db, SCALE_PEOPLE, o->id, persons.data, persons.n));
    TRY(q_scale_load(s->db, SCALE_ENROLMENTS, o->id, enrols.data, enrols.n));
    TRY(q_scale_load(s->db, SCALE_ATTENDANCE, o->id, marks.data, marks.n));
    s->written[SCALE_PEOPLE] += persons.n;
    s->written[SCALE_ENROLMENTS] += enrols.n;
    s->written[SCALE_ATTENDANCE] += marks.n;
    return DB_NONE;
}

/* An application of p for programme g: the one that led to their first enrolment (e, or
 * NULL), or another one that did not. */
static void plan_application(ScaleRun *s, ScaleOrg *o, Rows *out, LPerson *p, int g,
                             const LEnrolment *e, const LCohort *c, int64_t decided)
{
    Arena *a = o->arena;
    int64_t today = date_days(s->today), day = e ? e->day : p->since;
    AppStatus status = APP_ACCEPTED;
    AppReason reason = REASON_RANKED;
    if (!e) {
        int r = (int)prng_below(&s->rng, 100);
        status = r < 25   ? APP_WAITLISTED
                 : r < 65 ? APP_DECLINED
                 : r < 85 ? APP_WITHDRAWN
                          : APP_SUBMITTED;
        reason = status == APP_DECLINED    ? REASON_CAPACITY
                 : status == APP_WITHDRAWN ? REASON_APPLICANT
                 : status == APP_SUBMITTED ? REASON_NONE
                                           : REASON_RANKED;
        if (status == APP_SUBMITTED)
            day = today - prng_below(&s->rng, 20);
    }
    const char *email = arena_printf(a, "learner%lld@mail.scale.test", (long long)p->id);
    int64_t sent = scale_moment(day - prng_between(&s->rng, 3, 25), 10);
    bool open = status == APP_SUBMITTED;
    *(ScaleApplicationRow *)rows_push(out) = (ScaleApplicationRow){
        .id = ++s->next_id[SCALE_APPLICATIONS],
        .programme_id = o->programmes[g].id,
        .jobseeker = p->jobseeker,
        .created_at = sent,
        .updated_at = open ? sent : decided,
        .decided_at = open ? 0 : decided,
        .decided_by = open || status == APP_WITHDRAWN ? 0 : o->admin,
        .cohort_id = c ? c->id : 0,
        .enrolment_id = e ? e->id : 0,
        .status = vocab_key(&app_status, status),
        .reason = reason == REASON_NONE ? NULL : vocab_key(&app_reason_vocab, reason),
        .name = p->d.name,
        .email = email,
        .birth_date = p->d.birth,
        .municipality = p->d.municipality,
        .lang = p->d.lang,
        .token_hash = scale_token(s, a),
        .search_text = q_app_search_text(a, p->d.name, email),
        .gender = gender_key(p->d.gender)};
}

/* One application per learner for the programme of their first enrolment (or, without one,
 * their first choice), and for about one in eight a second one that did not lead to a place. */
static DbStatus write_applications(ScaleRun *s, ScaleOrg *o, Rows *people, Rows *cohorts,
                                   Rows *enrolments)
{
    DbStatus st;
    Rows apps = ROWS(o->arena, ScaleApplicationRow);
    for (int i = 0; i < people->n; i++) {
        LPerson *p = ROW(people, LPerson, i);
        const LEnrolment *e = p->first >= 0 ? ROW(enrolments, LEnrolment, p->first) : NULL;
        const LCohort *c = e ? ROW(cohorts, LCohort, e->cohort) : NULL;
        int g = c ? c->prog : p->prog;
        if (g < 0)
            continue;
        plan_application(s, o, &apps, p, g, e, c, scale_moment(e ? e->day : p->since, 10));
        if (prng_chance(&s->rng, 120)) {
            int other = (g + 1 + (int)prng_below(&s->rng, o->nprogrammes - 1)) % o->nprogrammes;
            plan_application(s, o, &apps, p, other, NULL, NULL, scale_moment(p->since + 7, 10));
        }
    }
    int64_t first = s->next_id[SCALE_APPLICATIONS] - apps.n + 1;
    rows_sort(&apps, by_received);
    for (int i = 0; i < apps.n; i++)
        ROW(&apps, ScaleApplicationRow, i)->id = first + i;
    TRY(q_scale_load(s->db, SCALE_APPLICATIONS, o->id, apps.data, apps.n));
    s->written[SCALE_APPLICATIONS] += apps.n;
    return DB_NONE;
}

DbStatus scale_learners(ScaleRun *s, ScaleOrg *o, ScalePlan *p)
{
    p->people = ROWS(o->arena, LPerson);
    p->requests = ROWS(o->arena, LRequest);
    p->cohorts = ROWS(o->arena, LCohort);
    p->slots = ROWS(o->arena, Slot);
    p->enrolments = ROWS(o->arena, LEnrolment);
    plan_people(s, o, &p->people, &p->requests);
    plan_cohorts(s, o, &p->people, &p->requests, &p->cohorts, &p->slots, &p->enrolments);
    plan_outcomes(s, &p->people, &p->cohorts, &p->enrolments);
    int64_t first_session = s->next_id[SCALE_SESSIONS] + 1;
    DbStatus st;
    TRY(write_cohorts(s, o, &p->cohorts, &p->slots));
    TRY(write_people(s, o, &p->people, &p->cohorts, &p->slots, &p->enrolments, first_session));
    return write_applications(s, o, &p->people, &p->cohorts, &p->enrolments);
}
