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

/* demo_scale.c: traject demo --scale N on run's database (migrated). Refuses a database that
 * holds a region already. Prints what it built and how fast; 0 on success. */
int demo_scale(CliRun *run, int64_t learners);

/* demo_scale_learners.c: plans o's learners, cohorts, sessions, enrolments, attendance and
 * applications and writes them with the bulk loads, inside the caller's transaction. */
DbStatus scale_learners(ScaleRun *s, ScaleOrg *o);

#endif
