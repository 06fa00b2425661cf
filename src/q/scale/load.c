/* load.c — see load.h. Each table's load is a DB_COPY and the list of where each of its
 * columns is found in the row record (cols): the two name the columns in the same order,
 * so change both together. */
#include "q/scale/load.h"

#include <stddef.h>

DB_COPY(cp_cohorts, "scale_cohorts", "cohorts",
        "id, org_id, programme_id, name, starts_on, "
        "ends_on, capacity, location_id, created_at, enrolled",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10");
DB_COPY(cp_trainers, "scale_cohort_trainers", "cohort_trainers",
        "org_id, cohort_id, "
        "account_id",
        "$1, $2, $3");
DB_COPY(cp_sessions, "scale_sessions", "training_sessions",
        "id, org_id, cohort_id, starts_at, "
        "ends_at, location_id, created_at",
        "$1, $2, $3, $4, $5, $6, $7");
DB_COPY(
    cp_applications, "scale_applications", "applications",
    "id, org_id, programme_id, status, reason, name, email, "
    "birth_date, municipality, jobseeker, lang, token_hash, created_at, updated_at, "
    "search_text, gender, decided_at, decided_by, cohort_id, enrolment_id",
    "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20");
DB_COPY(cp_people, "scale_people", "people",
        "id, org_id, name, email, birth_date, "
        "municipality, jobseeker, created_at, gender, lang",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10");
DB_COPY(cp_marks, "scale_attendance", "attendance",
        "org_id, session_id, enrolment_id, "
        "status, recorded_at, recorded_by",
        "$1, $2, $3, $4, $5, $6");
DB_COPY(cp_attempts, "scale_attempts", "exam_attempts",
        "org_id, person_id, certification_id, taken_on, result, "
        "score, place, recorded_by, created_at",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9");
DB_COPY(cp_items, "scale_equipment", "equipment",
        "id, org_id, kind, label, "
        "serial, condition, location_id, created_at",
        "$1, $2, $3, $4, $5, $6, $7, $8");
DB_COPY(cp_placements, "scale_placements", "job_placements",
        "org_id, person_id, kind, employer, starts_on, "
        "ends_on, contract, hours, created_by, created_at",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10");
DB_COPY(cp_loans, "scale_loans", "loans",
        "org_id, item_id, person_id, lent_on, due_on, "
        "lent_by, lent_at, returned_on, condition_in, returned_by",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10");
DB_COPY(cp_assessments, "scale_assessments", "assessments",
        "org_id, person_id, competence_id, level, "
        "assessed_on, evidence_text, assessed_by, created_at",
        "$1, $2, $3, $4, $5, $6, $7, $8");
DB_COPY(cp_events, "scale_events", "events",
        "id, org_id, kind, title, description, location_id, "
        "starts_at, ends_at, capacity, taken, access, created_at",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12");
DB_COPY(cp_registrations, "scale_registrations", "event_registrations",
        "org_id, event_id, name, email, lang, status, "
        "token_hash, checked_in_at, checked_in_by, created_at, gender",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11");
DB_COPY(cp_followups, "scale_followups", "job_followups",
        "org_id, person_id, cohort_id, months, token_hash, "
        "sent_at, answered_at, still_there, situation, may_count",
        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10");
DB_COPY(cp_enrolments, "scale_enrolments", "enrolments",
        "id, org_id, cohort_id, person_id, "
        "status, enrolled_at, ended_on, end_reason",
        "$1, $2, $3, $4, $5, $6, $7, $8");

/* Where a column's value is: the organisation, or a field of the row record (an integer; a
 * reference, 0 for NULL; a text, NULL for NULL). */
typedef enum ColKind { COL_END, COL_ORG, COL_INT, COL_REF, COL_TEXT } ColKind;
typedef struct Col {
    ColKind kind;
    size_t at;
} Col;
#define ORG                                                                                        \
    {                                                                                              \
        COL_ORG, 0                                                                                 \
    }
#define INT(T, f)                                                                                  \
    {                                                                                              \
        COL_INT, offsetof(T, f)                                                                    \
    }
#define REF(T, f)                                                                                  \
    {                                                                                              \
        COL_REF, offsetof(T, f)                                                                    \
    }
#define TXT(T, f)                                                                                  \
    {                                                                                              \
        COL_TEXT, offsetof(T, f)                                                                   \
    }
#define MAX_COLS 24

typedef ScaleCohortRow Co;
typedef ScaleTrainerRow Tr;
typedef ScaleSessionRow Se;
typedef ScalePersonRow Pe;
typedef ScaleEnrolmentRow En;
typedef ScaleMarkRow Ma;
typedef ScaleApplicationRow Ap;
typedef ScaleAttemptRow At;
typedef ScalePlacementRow Pl;
typedef ScaleAssessmentRow As;
typedef ScaleItemRow It;
typedef ScaleLoanRow Lo;
typedef ScaleEventRow Ev;
typedef ScaleRegistrationRow Re;
typedef ScaleFollowupRow Fo;

static const char *const names[SCALE_TABLES] = {
    [SCALE_COHORTS] = "cohorts",
    [SCALE_COHORT_TRAINERS] = "cohort_trainers",
    [SCALE_SESSIONS] = "training_sessions",
    [SCALE_PEOPLE] = "people",
    [SCALE_ENROLMENTS] = "enrolments",
    [SCALE_ATTENDANCE] = "attendance",
    [SCALE_APPLICATIONS] = "applications",
    [SCALE_ATTEMPTS] = "exam_attempts",
    [SCALE_PLACEMENTS] = "job_placements",
    [SCALE_ASSESSMENTS] = "assessments",
    [SCALE_EQUIPMENT] = "equipment",
    [SCALE_LOANS] = "loans",
    [SCALE_EVENTS] = "events",
    [SCALE_REGISTRATIONS] = "event_registrations",
    [SCALE_FOLLOWUPS] = "job_followups",
};

/* A table's load: its DB_COPY, the size of its row record and its columns. */
#define LOAD(cp, T, ...)                                                                           \
    {                                                                                              \
        &cp, sizeof(T),                                                                            \
        {                                                                                          \
            __VA_ARGS__                                                                            \
        }                                                                                          \
    }
static const struct {
    const DbCopy *copy;
    size_t size;
    Col cols[MAX_COLS];
} tables[SCALE_TABLES] = {
    [SCALE_COHORTS] = LOAD(cp_cohorts, Co, INT(Co, id), ORG, INT(Co, programme_id), TXT(Co, name),
                           TXT(Co, starts_on), TXT(Co, ends_on), INT(Co, capacity),
                           REF(Co, location_id), INT(Co, created_at), INT(Co, enrolled)),
    [SCALE_COHORT_TRAINERS] = LOAD(cp_trainers, Tr, ORG, INT(Tr, cohort_id), INT(Tr, account_id)),
    [SCALE_SESSIONS] =
        LOAD(cp_sessions, Se, INT(Se, id), ORG, INT(Se, cohort_id), INT(Se, starts_at),
             INT(Se, ends_at), REF(Se, location_id), INT(Se, created_at)),
    [SCALE_PEOPLE] = LOAD(cp_people, Pe, INT(Pe, id), ORG, TXT(Pe, name), TXT(Pe, email),
                          TXT(Pe, birth_date), TXT(Pe, municipality), INT(Pe, jobseeker),
                          INT(Pe, created_at), TXT(Pe, gender), TXT(Pe, lang)),
    [SCALE_ENROLMENTS] =
        LOAD(cp_enrolments, En, INT(En, id), ORG, INT(En, cohort_id), INT(En, person_id),
             TXT(En, status), INT(En, enrolled_at), TXT(En, ended_on), TXT(En, end_reason)),
    [SCALE_ATTENDANCE] = LOAD(cp_marks, Ma, ORG, INT(Ma, session_id), INT(Ma, enrolment_id),
                              TXT(Ma, status), INT(Ma, recorded_at), REF(Ma, recorded_by)),
    [SCALE_APPLICATIONS] =
        LOAD(cp_applications, Ap, INT(Ap, id), ORG, INT(Ap, programme_id), TXT(Ap, status),
             TXT(Ap, reason), TXT(Ap, name), TXT(Ap, email), TXT(Ap, birth_date),
             TXT(Ap, municipality), INT(Ap, jobseeker), TXT(Ap, lang), TXT(Ap, token_hash),
             INT(Ap, created_at), INT(Ap, updated_at), TXT(Ap, search_text), TXT(Ap, gender),
             REF(Ap, decided_at), REF(Ap, decided_by), REF(Ap, cohort_id), REF(Ap, enrolment_id)),
    [SCALE_ATTEMPTS] = LOAD(cp_attempts, At, ORG, INT(At, person_id), INT(At, certification_id),
                            TXT(At, taken_on), TXT(At, result), REF(At, score), TXT(At, place),
                            REF(At, recorded_by), INT(At, created_at)),
    [SCALE_PLACEMENTS] =
        LOAD(cp_placements, Pl, ORG, INT(Pl, person_id), TXT(Pl, kind), TXT(Pl, employer),
             TXT(Pl, starts_on), TXT(Pl, ends_on), TXT(Pl, contract), REF(Pl, hours),
             REF(Pl, created_by), INT(Pl, created_at)),
    [SCALE_ASSESSMENTS] = LOAD(cp_assessments, As, ORG, INT(As, person_id), INT(As, competence_id),
                               INT(As, level), TXT(As, assessed_on), TXT(As, evidence_text),
                               REF(As, assessed_by), INT(As, created_at)),
    [SCALE_EQUIPMENT] =
        LOAD(cp_items, It, INT(It, id), ORG, TXT(It, kind), TXT(It, label), TXT(It, serial),
             TXT(It, condition), REF(It, location_id), INT(It, created_at)),
    [SCALE_LOANS] = LOAD(cp_loans, Lo, ORG, INT(Lo, item_id), INT(Lo, person_id), TXT(Lo, lent_on),
                         TXT(Lo, due_on), INT(Lo, lent_by), INT(Lo, lent_at), TXT(Lo, returned_on),
                         TXT(Lo, condition_in), REF(Lo, returned_by)),
    [SCALE_EVENTS] =
        LOAD(cp_events, Ev, INT(Ev, id), ORG, TXT(Ev, kind), TXT(Ev, title), TXT(Ev, description),
             INT(Ev, location_id), INT(Ev, starts_at), INT(Ev, ends_at), INT(Ev, capacity),
             INT(Ev, taken), TXT(Ev, access), INT(Ev, created_at)),
    [SCALE_REGISTRATIONS] =
        LOAD(cp_registrations, Re, ORG, INT(Re, event_id), TXT(Re, name), TXT(Re, email),
             TXT(Re, lang), TXT(Re, status), TXT(Re, token_hash), REF(Re, checked_in_at),
             REF(Re, checked_in_by), INT(Re, created_at), TXT(Re, gender)),
    [SCALE_FOLLOWUPS] =
        LOAD(cp_followups, Fo, ORG, INT(Fo, person_id), INT(Fo, cohort_id), INT(Fo, months),
             TXT(Fo, token_hash), INT(Fo, sent_at), REF(Fo, answered_at), REF(Fo, still_there),
             TXT(Fo, situation), REF(Fo, may_count)),
};

const char *q_scale_table(ScaleTable t)
{
    return names[t];
}

DbStatus q_scale_last_ids(Db *db, int64_t *last)
{
    DB_SQL(st, "scale_last_ids",
           "SELECT (SELECT COALESCE(MAX(id), 0) FROM cohorts), "
           "(SELECT COALESCE(MAX(id), 0) FROM training_sessions), "
           "(SELECT COALESCE(MAX(id), 0) FROM people), "
           "(SELECT COALESCE(MAX(id), 0) FROM enrolments), "
           "(SELECT COALESCE(MAX(id), 0) FROM applications), "
           "(SELECT COALESCE(MAX(id), 0) FROM equipment), "
           "(SELECT COALESCE(MAX(id), 0) FROM events)");
    for (int t = 0; t < SCALE_TABLES; t++)
        last[t] = 0;
    return db_select_one(
        db, &st, NULL,
        DB_COLS(db_int64_out(&last[SCALE_COHORTS]), db_int64_out(&last[SCALE_SESSIONS]),
                db_int64_out(&last[SCALE_PEOPLE]), db_int64_out(&last[SCALE_ENROLMENTS]),
                db_int64_out(&last[SCALE_APPLICATIONS]), db_int64_out(&last[SCALE_EQUIPMENT]),
                db_int64_out(&last[SCALE_EVENTS])));
}

typedef struct Collect {
    int64_t id, *ids;
    int max, *n;
} Collect;

static bool collect_id(void *ctx)
{
    Collect *c = ctx;
    if (*c->n < c->max)
        c->ids[(*c->n)++] = c->id;
    return *c->n < c->max;
}

DbStatus q_scale_shared_competences(Db *db, int64_t *ids, int max, int *n)
{
    DB_SQL(st, "scale_shared_competences",
           "SELECT id FROM competences WHERE org_id IS NULL ORDER BY id");
    Collect c = {0, ids, max, n};
    *n = 0;
    return db_select_many(db, &st, NULL, DB_COLS(db_int64_out(&c.id)), collect_id, &c);
}

/* The values of one row, by its table's columns. */
static void row_params(const Col *cols, int64_t org_id, const char *row, DbParam *in)
{
    int n = 0;
    for (const Col *c = cols; c->kind != COL_END && n < MAX_COLS; c++, n++) {
        const int64_t *i = (const int64_t *)(const void *)(row + c->at);
        const char *const *s = (const char *const *)(const void *)(row + c->at);
        in[n] = c->kind == COL_ORG          ? db_int64(org_id)
                : c->kind == COL_TEXT       ? db_str(*s)
                : c->kind == COL_REF && !*i ? db_null()
                                            : db_int64(*i);
    }
    in[n] = (DbParam){.type = DBT_END};
}

DbStatus q_scale_load(Db *db, ScaleTable t, int64_t org_id, const void *rows, int n)
{
    DbStatus st = db_copy_begin(db, tables[t].copy);
    if (st < DB_NONE)
        return st;
    DbParam in[MAX_COLS + 1];
    for (int i = 0; i < n && st >= DB_NONE; i++) {
        row_params(tables[t].cols, org_id, (const char *)rows + (size_t)i * tables[t].size, in);
        st = db_copy_row(db, in);
    }
    DbStatus end = db_copy_end(db);
    return st < DB_NONE ? st : end;
}
