/* demo_scale_records.c — what follows the plan of a training organisation of
 * `traject demo --scale`: exam attempts after the certification tracks, placements after the
 * certification tracks and the bootcamp (about a third of those who completed them, within
 * six months), two assessments of DigComp competences per completion of an adults'
 * programme, laptops lent for the length of a cohort, and events with their registrations.
 *
 * The rules hold by construction: only what took place by today is recorded (an attempt, a
 * placement, an assessment, a return); an item is lent to one learner at a time and only once
 * it is back (domain/loans checks each loan and each return); an event never holds more
 * registered people than its places, the others wait; a person registers once per event. */
#include <string.h>

#include "cli/demo_scale.h"
#include "core/vocab.h"
#include "domain/jobs.h"
#include "domain/loans.h"
#include "flows/credentials/issue.h"
#include "model/certifications.h"
#include "model/equipment.h"
#include "model/events.h"
#include "model/jobs.h"

static const char *const employers[] = {
    "TelcoLab",    "City of Brussels", "Cloud Services", "Data Agency", "Robotics Company",
    "Hospital IT", "Regional Bank",    "Logistics Hub",  "Energy Grid", "Web Studio",
};
#define EMPLOYERS (int)(sizeof employers / sizeof employers[0])

static bool adults(ProgrammeKind k)
{
    return k == KIND_BOOTCAMP || k == KIND_CERTIFICATION;
}

/* Attempts at the certification a track requires: a first one weeks after the end, a retake
 * after a failure. */
static void plan_attempts(ScaleRun *s, ScaleOrg *o, const LEnrolment *e, const LCohort *c,
                          int64_t person, Rows *out)
{
    int64_t cert = o->programmes[c->prog].cert_id, today = date_days(s->today);
    if (!cert || (e->status != ENROLMENT_COMPLETED && !prng_chance(&s->rng, 200)))
        return;
    int64_t day = (e->ended ? e->ended : c->end) + prng_between(&s->rng, 10, 45);
    for (int k = 0; k < 2 && day < today; k++) {
        bool pass = prng_chance(&s->rng, k ? 750 : 650);
        *(ScaleAttemptRow *)rows_push(out) = (ScaleAttemptRow){
            .person_id = person,
            .certification_id = cert,
            .score = pass ? prng_between(&s->rng, 700, 950) : prng_between(&s->rng, 350, 690),
            .recorded_by = o->trainer,
            .created_at = scale_moment(day + 2, 10),
            .taken_on = scale_day(o->arena, day),
            .result = vocab_key(&exam_results, pass ? EXAM_PASSED : EXAM_FAILED),
            .place = vocab_key(&exam_places,
                               prng_chance(&s->rng, 300) ? EXAM_ONLINE : EXAM_TEST_CENTRE)};
        if (pass)
            break;
        day += prng_between(&s->rng, 30, 60);
    }
}

/* A placement for about a third of those who completed an adults' programme. */
static void plan_placement(ScaleRun *s, ScaleOrg *o, const LEnrolment *e, const LCohort *c,
                           int64_t person, Rows *out)
{
    if (e->status != ENROLMENT_COMPLETED || !adults(o->programmes[c->prog].kind) ||
        !prng_chance(&s->rng, 330))
        return;
    int64_t start = c->end + prng_between(&s->rng, 7, 170);
    if (start > date_days(s->today))
        return;
    int r = (int)prng_below(&s->rng, 100);
    JobPlacementKind kind = r < 60   ? JP_JOB
                            : r < 85 ? JP_INTERNSHIP
                            : r < 95 ? JP_TRAINING
                                     : JP_OWN_BUSINESS;
    bool own = kind == JP_OWN_BUSINESS;
    *(ScalePlacementRow *)rows_push(out) = (ScalePlacementRow){
        .person_id = person,
        .hours = kind == JP_TRAINING ? 20 : 38,
        .created_by = o->admin,
        .created_at = scale_moment(start, 11),
        .kind = vocab_key(&job_placement_kinds, kind),
        .employer = own ? "Own company" : employers[prng_below(&s->rng, EMPLOYERS)],
        .starts_on = scale_day(o->arena, start),
        .ends_on = kind == JP_INTERNSHIP ? scale_day(o->arena, start + 90) : NULL,
        .contract = kind == JP_JOB
                        ? vocab_key(&job_contracts, prng_chance(&s->rng, 500) ? CONTRACT_PERMANENT
                                                                              : CONTRACT_FIXED_TERM)
                    : kind == JP_INTERNSHIP ? vocab_key(&job_contracts, CONTRACT_INTERNSHIP)
                                            : ""};
}

/* Two competences assessed on the last day of a completed adults' or online programme. */
static void plan_assessments(ScaleRun *s, ScaleOrg *o, const LEnrolment *e, const LCohort *c,
                             int64_t person, const int64_t *competences, int ncompetences,
                             Rows *out)
{
    ProgrammeKind kind = o->programmes[c->prog].kind;
    if (e->status != ENROLMENT_COMPLETED || !ncompetences || !(adults(kind) || kind == KIND_ONLINE))
        return;
    int first = (int)prng_below(&s->rng, ncompetences);
    for (int k = 0; k < 2; k++)
        *(ScaleAssessmentRow *)rows_push(out) =
            (ScaleAssessmentRow){.person_id = person,
                                 .competence_id = competences[(first + k * 7) % ncompetences],
                                 .level = prng_between(&s->rng, 2, 6),
                                 .assessed_by = o->trainer,
                                 .created_at = scale_moment(c->end, 17),
                                 .assessed_on = scale_day(o->arena, c->end),
                                 .evidence_text = "Observed during the final project"};
}

/* The follow-up mail due now (3, 6 or 12 months after the cohort's end: domain/jobs) of a
 * learner with an address, as the scheduler sends it, recorded as sent on its day, so that
 * the server does not send the region's whole history when it starts; two in five answered. */
static void plan_followup(ScaleRun *s, ScaleOrg *o, const LEnrolment *e, const LCohort *c,
                          const LPerson *p, Rows *out)
{
    int months = e->status == ENROLMENT_COMPLETED && age_on(p->birth, s->today) >= 18
                     ? job_followup_due(date_from_days(c->end), s->today)
                     : 0;
    if (!months)
        return;
    int64_t sent = scale_moment(c->end + months * 365 / 12 + 1, 8);
    if (sent > s->now)
        sent = s->now - 3600;
    bool answered = prng_chance(&s->rng, 400);
    int r = (int)prng_below(&s->rng, 100);
    JobSituation sit = r < 45   ? SIT_JOB
                       : r < 55 ? SIT_INTERNSHIP
                       : r < 65 ? SIT_TRAINING
                       : r < 70 ? SIT_OWN_BUSINESS
                       : r < 95 ? SIT_LOOKING
                                : SIT_OTHER;
    *(ScaleFollowupRow *)rows_push(out) = (ScaleFollowupRow){
        .person_id = p->id,
        .cohort_id = c->id,
        .months = months,
        .sent_at = sent,
        .answered_at = answered ? sent + prng_between(&s->rng, 3600, 5 * 86400) : 0,
        .still_there = 0,
        .may_count = answered ? 1 : 0,
        .token_hash = scale_token(s, o->arena),
        .situation = answered ? vocab_key(&job_situations, sit) : NULL};
}

/* Laptops: one per 80 learners and a few more, kept on the campus. */
static void plan_items(ScaleRun *s, ScaleOrg *o, Rows *items)
{
    int n = (int)(o->learners / 80) + 4;
    for (int i = 0; i < n; i++)
        *(ScaleItemRow *)rows_push(items) = (ScaleItemRow){
            .id = ++s->next_id[SCALE_EQUIPMENT],
            .location_id = o->programmes[0].location_id,
            .created_at = s->now - 3 * 365 * 86400,
            .kind = vocab_key(&equip_kinds, i % 5 ? EQUIP_LAPTOP : EQUIP_TABLET),
            .label = arena_printf(o->arena, "%s %d", i % 5 ? "Laptop" : "Tablet", i + 1),
            .serial = arena_printf(o->arena, "SN%06lld", (long long)s->next_id[SCALE_EQUIPMENT]),
            .condition = vocab_key(&item_conditions, COND_GOOD)};
}

/* A laptop for a quarter of the learners of the adults' programmes, from the cohort's first
 * day to its last: the first item back by then, none when all are out. free[i] is the day
 * item i is back (INT64_MAX while out). */
static void plan_loan(ScaleRun *s, ScaleOrg *o, const LEnrolment *e, const LCohort *c,
                      int64_t person, Rows *items, int64_t *free, Rows *out)
{
    if (!adults(o->programmes[c->prog].kind) || !prng_chance(&s->rng, 250))
        return;
    int64_t today = date_days(s->today);
    if (c->start > today)
        return;
    int i = 0;
    while (i < items->n && free[i] >= c->start)
        i++;
    if (i >= items->n)
        return;
    const char *lent_on = scale_day(o->arena, c->start), *due_on = scale_day(o->arena, c->end);
    int64_t back = (e->ended ? e->ended : c->end) + prng_between(&s->rng, 0, 4);
    const char *returned = back < today ? scale_day(o->arena, back) : NULL,
               *today_text = scale_day(o->arena, today);
    if (loan_check(lent_on, due_on, today_text) != LOAN_OK ||
        (returned && loan_return_check(lent_on, returned, today_text) != RETURN_OK))
        return;
    free[i] = returned ? back : INT64_MAX;
    *(ScaleLoanRow *)rows_push(out) =
        (ScaleLoanRow){.item_id = ROW(items, ScaleItemRow, i)->id,
                       .person_id = person,
                       .lent_by = o->trainer,
                       .lent_at = scale_moment(c->start, 9),
                       .returned_by = returned ? o->trainer : 0,
                       .lent_on = lent_on,
                       .due_on = due_on,
                       .returned_on = returned,
                       .condition_in = returned ? vocab_key(&item_conditions, COND_GOOD) : NULL};
}

static const struct {
    EventKind kind;
    const char *title, *description;
    int hours;
} event_plan[] = {
    {EVENT_INFO_SESSION, "Information session", "Meet the trainers and ask your questions.", 2},
    {EVENT_HACKATHON, "Hackathon", "A day of building with partners' challenges.", 8},
    {EVENT_WORKSHOP, "Open workshop", "Try coding for an afternoon.", 3},
    {EVENT_DEMO_DAY, "Demo day", "The learners show what they built.", 3},
};
#define EVENT_KINDS (int)(sizeof event_plan / sizeof event_plan[0])

/* Two events a quarter over three years and the next months; registered learners of 13 and
 * over up to the places (then a few on the waiting list), some cancelled; those who came
 * checked in. */
static void plan_events(ScaleRun *s, ScaleOrg *o, const ScalePlan *p, Rows *events, Rows *regs)
{
    int64_t today = date_days(s->today), first = today - 3 * 365;
    int n = p->people.n;
    int *pick = arena_alloc(o->arena, sizeof *pick * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        pick[i] = i;
    for (int k = 0; k < 26; k++) {
        int64_t day = first + k * 45 + prng_below(&s->rng, 20);
        int which = k % EVENT_KINDS, capacity = (int)prng_between(&s->rng, 40, 120);
        ScaleEventRow *ev = rows_push(events);
        *ev = (ScaleEventRow){.id = ++s->next_id[SCALE_EVENTS],
                              .location_id = o->programmes[0].location_id,
                              .starts_at = scale_moment(day, 14),
                              .ends_at = scale_moment(day, 14) + event_plan[which].hours * 3600,
                              .capacity = capacity,
                              .created_at = scale_moment(day - 40, 10),
                              .kind = vocab_key(&event_kinds, event_plan[which].kind),
                              .title = event_plan[which].title,
                              .description = event_plan[which].description,
                              .access = vocab_key(&event_access, EVENT_PUBLIC)};
        int64_t id = ev->id, starts = ev->starts_at, want = n / 65 + 1, taken = 0;
        for (int64_t r = 0; r < want && r < n; r++) {
            int j = (int)(r + prng_below(&s->rng, n - r)), t = pick[r];
            pick[r] = pick[j];
            pick[j] = t;
            const LPerson *who = ROW(&p->people, LPerson, pick[r]);
            if (age_on(who->birth, date_from_days(day)) < 13 || who->since > day)
                continue;
            RegStatus st = prng_chance(&s->rng, 80) ? REG_CANCELLED
                           : taken < capacity       ? REG_REGISTERED
                                                    : REG_WAITING;
            taken += st == REG_REGISTERED;
            bool came = st == REG_REGISTERED && day < today && prng_chance(&s->rng, 800);
            *(ScaleRegistrationRow *)rows_push(regs) = (ScaleRegistrationRow){
                .event_id = id,
                .checked_in_at = came ? starts + prng_below(&s->rng, 1800) : 0,
                .checked_in_by = came ? o->trainer : 0,
                .created_at = scale_moment(day - prng_between(&s->rng, 1, 30), 12),
                .name = who->d.name,
                .email = arena_printf(o->arena, "learner%lld@mail.scale.test", (long long)who->id),
                .lang = who->d.lang,
                .status = vocab_key(&reg_statuses, st),
                .token_hash = scale_token(s, o->arena),
                .gender = who->d.gender ? vocab_key(&genders, who->d.gender) : NULL};
        }
        ROW(events, ScaleEventRow, events->n - 1)->taken = taken;
    }
}

DbStatus scale_records(ScaleRun *s, ScaleOrg *o, ScalePlan *p)
{
    Arena *a = o->arena;
    Rows attempts = ROWS(a, ScaleAttemptRow), placements = ROWS(a, ScalePlacementRow),
         assessments = ROWS(a, ScaleAssessmentRow), items = ROWS(a, ScaleItemRow),
         loans = ROWS(a, ScaleLoanRow), events = ROWS(a, ScaleEventRow),
         regs = ROWS(a, ScaleRegistrationRow), followups = ROWS(a, ScaleFollowupRow);
    int64_t competences[64];
    int ncompetences = 0;
    DbStatus st = q_scale_shared_competences(s->db, competences, 64, &ncompetences);
    if (st < DB_NONE)
        return st;
    plan_items(s, o, &items);
    int64_t *free = arena_alloc(a, sizeof *free * (size_t)items.n);
    for (int i = 0; i < p->enrolments.n; i++) {
        const LEnrolment *e = ROW(&p->enrolments, LEnrolment, i);
        const LCohort *c = ROW(&p->cohorts, LCohort, e->cohort);
        const LPerson *who = ROW(&p->people, LPerson, e->person);
        int64_t person = who->id;
        plan_attempts(s, o, e, c, person, &attempts);
        plan_placement(s, o, e, c, person, &placements);
        plan_assessments(s, o, e, c, person, competences, ncompetences, &assessments);
        plan_loan(s, o, e, c, person, &items, free, &loans);
        plan_followup(s, o, e, c, who, &followups);
    }
    plan_events(s, o, p, &events, &regs);
    const struct {
        ScaleTable t;
        Rows *rows;
    } loads[] = {
        {SCALE_ATTEMPTS, &attempts},
        {SCALE_PLACEMENTS, &placements},
        {SCALE_ASSESSMENTS, &assessments},
        {SCALE_EQUIPMENT, &items},
        {SCALE_LOANS, &loans},
        {SCALE_EVENTS, &events},
        {SCALE_REGISTRATIONS, &regs},
        {SCALE_FOLLOWUPS, &followups},
    };
    for (size_t i = 0; i < sizeof loads / sizeof loads[0] && st >= DB_NONE; i++) {
        st = q_scale_load(s->db, loads[i].t, o->id, loads[i].rows->data, loads[i].rows->n);
        s->written[loads[i].t] += loads[i].rows->n;
    }
    return st;
}

/* The bootcamp's achievement, and a credential to each learner who completed it, through the
 * credentials workflow (signed with the organisation's key, numbered in its status list) on
 * the day their cohort ended. */
DbStatus scale_credentials(ScaleRun *s, ScaleOrg *o, ScalePlan *p)
{
    Actor admin = {.account_id = o->admin,
                   .email = "admin",
                   .name = "admin",
                   .org_id = o->id,
                   .roles = ROLE_ALL,
                   .lang = LANG_EN};
    Flow f = {.db = s->db, .arena = o->arena, .who = &admin, .now = s->now, .base_url = ""};
    Achievement in = {.org_id = o->id,
                      .name = "Web developer",
                      .description = "Builds and deploys web applications in a team.",
                      .criteria = "Completed the six months of the web developer bootcamp.",
                      .competences = ""};
    Outcome made = flow_achievement_add(&f, &in);
    if (!made.ok)
        return DB_ERROR;
    DbStatus st = DB_NONE;
    for (int i = 0; i < p->enrolments.n && st >= DB_NONE; i++) {
        const LEnrolment *e = ROW(&p->enrolments, LEnrolment, i);
        const LCohort *c = ROW(&p->cohorts, LCohort, e->cohort);
        if (e->status != ENROLMENT_COMPLETED || o->programmes[c->prog].kind != KIND_BOOTCAMP)
            continue;
        st = cred_issue_by_rule(s->db, o->arena, "", o->id, ROW(&p->people, LPerson, e->person)->id,
                                made.id, ISSUED_ON_COMPLETION, e->id, scale_moment(c->end, 17));
        s->credentials += st == DB_ONE;
    }
    return st;
}
