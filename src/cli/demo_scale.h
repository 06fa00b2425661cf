/* demo_scale.h — `traject demo --scale N`: a whole region built in bulk (demo_scale.c: the
 * organisations, their accounts, places and programmes, and the loads; demo_scale_learners.c:
 * the learners of one training organisation, their enrolments in cohorts made to hold them,
 * the sessions, attendance and applications). What is planned in memory is written by the
 * bulk loads of q/scale/load.h, one organisation per transaction. */
#ifndef TRAJECT_CLI_DEMO_SCALE_H
#define TRAJECT_CLI_DEMO_SCALE_H

#include <stdbool.h>
#include <stdint.h>

#include "cli/cli.h"
#include "cli/demo_people.h"
#include "core/prng.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "model/training.h"
#include "q/scale/load.h"

/* One programme of a training organisation, with what the plan of its kind says. */
typedef struct ScaleProgramme {
    int64_t id;
    ProgrammeKind kind;
    int min_age, max_age; /* 0: no bound */
    bool jobseekers_only;
    int64_t location_id;
    int64_t cert_id; /* the certification it requires, 0 when none */
} ScaleProgramme;

/* What the run shares: the database, today, the generator, the next id of each table the
 * loads number, and what was written. */
typedef struct ScaleRun {
    Db *db;
    Prng rng;
    int64_t now;
    Date today;
    const char *password_hash; /* one argon2id hash of the demo password for every account */
    int64_t next_id[SCALE_TABLES];
    int64_t written[SCALE_TABLES];
    int64_t credentials; /* issued through the credentials workflow */
} ScaleRun;

/* One training organisation being built. */
typedef struct ScaleOrg {
    int64_t id, admin, trainer; /* the organisation, its admin's and its trainer's accounts */
    const char *province;       /* where it is (domain/places.h code) */
    ScaleProgramme *programmes;
    int nprogrammes;
    int64_t learners; /* how many people to build */
    Arena *arena;     /* freed when the organisation is written */
} ScaleOrg;

/* The plan of one training organisation (demo_scale_learners.c), which its other records
 * follow (demo_scale_records.c). Days are days since 1970-01-01 (domain/calendar.h). */
typedef struct LPerson {
    DemoPerson d;
    Date birth;
    bool jobseeker;
    int64_t id, since; /* since: the day (days since 1970) of their first request */
    int first;         /* their first enrolment (index), -1 when none */
    int prog;          /* the programme they first asked for */
} LPerson;

typedef struct LRequest {
    int person, prog;
    int64_t day;
} LRequest;

typedef struct LCohort {
    int prog, capacity, taken, enrolled;
    int64_t id, start, end; /* days */
    int first_slot, nslots;
} LCohort;

typedef struct LEnrolment {
    int person, cohort;
    EnrolmentStatus status;
    int64_t id, day, ended; /* days; ended 0 while enrolled */
    int presence;           /* per mille of sessions attended */
} LEnrolment;

/* The plan of one training organisation, as scale_learners made it. */
typedef struct ScalePlan {
    Rows people, requests, cohorts, slots, enrolments; /* LPerson, LRequest, LCohort, Slot,
                                                          LEnrolment */
} ScalePlan;

/* demo_scale.c: day (days since 1970) as "YYYY-MM-DD" in a; the UTC seconds of day at hour
 * in Brussels; a random token hash (64 hex digits) in a: the hash of a link nobody holds. */
const char *scale_day(Arena *a, int64_t day);
int64_t scale_moment(int64_t day, int hour);
const char *scale_token(ScaleRun *s, Arena *a);

/* demo_scale.c: traject demo --scale N on run's database (migrated). Refuses a database that
 * holds a region already. Prints what it built and how fast; 0 on success. */
int demo_scale(CliRun *run, int64_t learners);

/* demo_scale_learners.c: plans o's learners, cohorts, sessions, enrolments, attendance and
 * applications into plan and writes them with the bulk loads, inside the caller's
 * transaction. */
DbStatus scale_learners(ScaleRun *s, ScaleOrg *o, ScalePlan *plan);

/* demo_scale_records.c: what follows the plan of o: exam attempts of the certification
 * tracks, placements after them and the bootcamp, assessments, laptops lent, events and their
 * registrations; written inside the caller's transaction. */
DbStatus scale_records(ScaleRun *s, ScaleOrg *o, ScalePlan *plan);
/* demo_scale_records.c: the bootcamp's achievement and the credentials of those who completed
 * it, through the credentials workflow, inside the caller's transaction. */
DbStatus scale_credentials(ScaleRun *s, ScaleOrg *o, ScalePlan *plan);

#endif
