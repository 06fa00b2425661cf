/* q/scale/load.h — the bulk statements of `traject demo --scale` (load.c): one function per
 * table that writes n rows of one organisation with one bulk load (db/db.h DB_COPY), inside
 * the caller's transaction, and the largest id of each table whose ids the caller gives
 * (from q_scale_last_ids onwards; db_ids_taken afterwards). Values are the stored keys
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
    SCALE_ATTEMPTS,
    SCALE_PLACEMENTS,
    SCALE_ASSESSMENTS,
    SCALE_EQUIPMENT,
    SCALE_LOANS,
    SCALE_EVENTS,
    SCALE_REGISTRATIONS,
    SCALE_FOLLOWUPS,
    SCALE_TABLES
} ScaleTable;

/* Writes n rows of one organisation into table t with one bulk load: rows points at n
 * records of the table's row type (SCALE_COHORTS: ScaleCohortRow, SCALE_COHORT_TRAINERS:
 * ScaleTrainerRow, SCALE_SESSIONS: ScaleSessionRow, SCALE_PEOPLE: ScalePersonRow,
 * SCALE_ENROLMENTS: ScaleEnrolmentRow, SCALE_ATTENDANCE: ScaleMarkRow, SCALE_APPLICATIONS:
 * ScaleApplicationRow, SCALE_ATTEMPTS: ScaleAttemptRow, SCALE_PLACEMENTS: ScalePlacementRow,
 * SCALE_ASSESSMENTS: ScaleAssessmentRow, SCALE_EQUIPMENT: ScaleItemRow, SCALE_LOANS:
 * ScaleLoanRow, SCALE_EVENTS: ScaleEventRow, SCALE_REGISTRATIONS: ScaleRegistrationRow,
 * SCALE_FOLLOWUPS: ScaleFollowupRow); each
 * row gets org_id. An optional number (a reference, an age, hours, a moment) 0 is written as
 * NULL; text NULL is NULL. Attempts, placements, assessments, loans and registrations are
 * numbered by the database. */
DbStatus q_scale_load(Db *db, ScaleTable t, int64_t org_id, const void *rows, int n);

/* The ids of the competences every organisation shares (DigComp), up to max, in *n. */
DbStatus q_scale_shared_competences(Db *db, int64_t *ids, int max, int *n);

/* The table's name, for db_ids_taken. */
const char *q_scale_table(ScaleTable t);
/* The largest id of each table whose ids the caller gives (cohorts, sessions, people,
 * enrolments, applications, equipment, events), 0 when empty, into last[table]; 0 for the
 * others (the database numbers them). */
DbStatus q_scale_last_ids(Db *db, int64_t *last);

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

typedef struct ScaleAttemptRow {
    int64_t person_id, certification_id, score, recorded_by, created_at;
    const char *taken_on, *result, *place;
} ScaleAttemptRow;

typedef struct ScalePlacementRow {
    int64_t person_id, hours, created_by, created_at;
    const char *kind, *employer, *starts_on, *ends_on, *contract;
} ScalePlacementRow;

typedef struct ScaleAssessmentRow {
    int64_t person_id, competence_id, level, assessed_by, created_at;
    const char *assessed_on, *evidence_text;
} ScaleAssessmentRow;

typedef struct ScaleItemRow {
    int64_t id, location_id, created_at;
    const char *kind, *label, *serial, *condition;
} ScaleItemRow;

typedef struct ScaleLoanRow {
    int64_t item_id, person_id, lent_by, lent_at, returned_by;
    const char *lent_on, *due_on, *returned_on, *condition_in; /* NULL while out */
} ScaleLoanRow;

typedef struct ScaleEventRow {
    int64_t id, location_id, starts_at, ends_at, capacity, taken, created_at;
    const char *kind, *title, *description, *access;
} ScaleEventRow;

typedef struct ScaleRegistrationRow {
    int64_t event_id, checked_in_at, checked_in_by, created_at;
    const char *name, *email, *lang, *status, *token_hash, *gender;
} ScaleRegistrationRow;

typedef struct ScaleFollowupRow {
    int64_t person_id, cohort_id, months, sent_at, answered_at, still_there, may_count;
    const char *token_hash, *situation; /* situation NULL until answered */
} ScaleFollowupRow;

#endif
