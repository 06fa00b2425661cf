/* q/scale/load.h — the bulk statements of `traject demo --scale` (load.c): one function per
 * table that writes n rows of one organisation with one bulk load (db/db.h DB_COPY), inside
 * the caller's transaction, and the largest id of each table whose ids the caller gives
 * (from q_scale_last_id onwards; db_ids_taken afterwards). Values are the stored keys
 * (vocabularies of src/model/), written by the caller from the enums. Each returns DB_NONE,
 * or the status of the row or the load that failed (DB_CONFLICT: a constraint refused). */
#ifndef TRAJECT_Q_SCALE_LOAD_H
#define TRAJECT_Q_SCALE_LOAD_H

#include <stdint.h>

#include "db/db.h"

typedef enum ScaleTable {
    SCALE_COHORTS,
    SCALE_COHORT_TRAINERS,
    SCALE_SESSIONS,
    SCALE_PEOPLE,
    SCALE_ENROLMENTS,
    SCALE_ATTENDANCE,
    SCALE_APPLICATIONS,
    SCALE_TABLES
} ScaleTable;

/* Writes n rows of one organisation into table t with one bulk load: rows points at n
 * records of the table's row type (SCALE_COHORTS: ScaleCohortRow, SCALE_COHORT_TRAINERS:
 * ScaleTrainerRow, SCALE_SESSIONS: ScaleSessionRow, SCALE_PEOPLE: ScalePersonRow,
 * SCALE_ENROLMENTS: ScaleEnrolmentRow, SCALE_ATTENDANCE: ScaleMarkRow, SCALE_APPLICATIONS:
 * ScaleApplicationRow); each row gets org_id. An id or reference 0 is written as NULL where
 * the column is optional (location_id, recorded_by, decided_at, decided_by, cohort_id,
 * enrolment_id of an application); text NULL is NULL. */
DbStatus q_scale_load(Db *db, ScaleTable t, int64_t org_id, const void *rows, int n);

/* The table's name, for db_ids_taken. */
const char *q_scale_table(ScaleTable t);
/* The largest id of table t (0 when empty); not for SCALE_ATTENDANCE or
 * SCALE_COHORT_TRAINERS, which have none. */
DbStatus q_scale_last_id(Db *db, ScaleTable t, int64_t *id);

typedef struct ScaleCohortRow {
    int64_t id, programme_id, capacity, location_id, created_at, enrolled;
    const char *name, *starts_on, *ends_on;
} ScaleCohortRow;
typedef struct ScaleTrainerRow {
    int64_t cohort_id, account_id;
} ScaleTrainerRow;
typedef struct ScaleSessionRow {
    int64_t id, cohort_id, starts_at, ends_at, location_id, created_at;
} ScaleSessionRow;

typedef struct ScalePersonRow {
    int64_t id, jobseeker, created_at;
    const char *name, *email, *birth_date, *municipality, *gender, *lang; /* email, gender: NULL */
} ScalePersonRow;

typedef struct ScaleEnrolmentRow {
    int64_t id, cohort_id, person_id, enrolled_at;
    const char *status, *ended_on, *end_reason; /* ended_on, end_reason: NULL while enrolled */
} ScaleEnrolmentRow;
typedef struct ScaleMarkRow {
    int64_t session_id, enrolment_id, recorded_at, recorded_by;
    const char *status;
} ScaleMarkRow;

typedef struct ScaleApplicationRow {
    int64_t id, programme_id, jobseeker, created_at, updated_at, decided_at, decided_by;
    int64_t cohort_id, enrolment_id; /* 0: none */
    const char *status, *reason, *name, *email, *birth_date, *municipality, *lang, *token_hash,
        *search_text, *gender; /* reason, gender: NULL when none */
} ScaleApplicationRow;

#endif
