/* q/impact/learner.h — what the impact reports read of a programme's learners. Every
 * statement takes org_id; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_IMPACT_LEARNER_H
#define TRAJECT_Q_IMPACT_LEARNER_H

#include <stdbool.h>

#include "core/arena.h"
#include "db/db.h"
#include "model/impact.h"

/* Every enrolment in a cohort of programme_id, whatever its status, by person then time of
 * enrolment, with the person's birth date and municipality and the cohort's start and
 * province. */
DbStatus q_impact_enrolments(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                             ImpactEnrolment *row, DbRowFn fn, void *ctx);

/* The same for every programme of org_id. */
DbStatus q_impact_enrolments_org(Db *db, int64_t org_id, Arena *a, ImpactEnrolment *row, DbRowFn fn,
                                 void *ctx);

/* What a learner's row of a report is keyed by, as the database reads it (flows/impact/report.c
 * turns it into the row's key): the hour (UTC seconds / 3600) of their first enrolment, their
 * age in years when their first cohort started (NULL: not known, or born after), their
 * municipality, their first cohort's province, their gender, the language they read, their
 * first programme's kind, or its id, or the group it is mainly for. Every one of these is "" when
 * not known. */
typedef enum ImpactRaw {
    IMPACT_RAW_HOUR,
    IMPACT_RAW_AGE,
    IMPACT_RAW_MUNICIPALITY,
    IMPACT_RAW_PROVINCE,
    IMPACT_RAW_GENDER,
    IMPACT_RAW_LANGUAGE,
    IMPACT_RAW_KIND,
    IMPACT_RAW_PROGRAMME,
    IMPACT_RAW_AUDIENCE,
} ImpactRaw;

/* Whose learners a report counts (impact_learners, kept by the triggers of
 * schema/0130-impact-learners.sql): org_id's programme programme_id (0: every programme of
 * org_id, each learner once), or, funded, what funder org_id's grants fund (of call
 * programme_id, 0: of every call), each learner once in the first funded programme of their
 * organisation; those who started from UTC second lo to before hi. */
typedef struct ImpactScope {
    bool funded;
    int64_t org_id, programme_id;
    ImpactRaw raw;
    int64_t lo, hi;
} ImpactScope;

/* A group of learners with one raw key: how many, and how many completed an enrolment. */
typedef struct ImpactTally {
    char *raw;
    int64_t reached, trained;
} ImpactTally;

/* A learner who has a passed exam or a placement, whose certification or placement the
 * report decides: their raw key, their programme (0 across an organisation) and, funded,
 * whether this row is the one they are counted in (a learner of several funded programmes
 * has a row in each). */
typedef struct ImpactCandidate {
    char *raw;
    int64_t person_id, programme_id;
    int64_t counted; /* 1: the row that gives their key */
} ImpactCandidate;

/* The learners of the scope grouped by raw key, in no particular order. Every report reads
 * its figures through these two statements (and cert boards and placements for the few with
 * a pass or a placement), so a read replica plugs in at one place. */
DbStatus q_impact_tally(Db *db, const ImpactScope *s, Arena *a, ImpactTally *row, DbRowFn fn,
                        void *ctx);
/* The learners of the scope with a passed exam or a placement in their organisation. */
DbStatus q_impact_candidates(Db *db, const ImpactScope *s, Arena *a, ImpactCandidate *row,
                             DbRowFn fn, void *ctx);

#endif
