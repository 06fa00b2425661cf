/* views/intake/ranking.h — the ranking of a programme's applications as the selection pages
 * read it: the programme, its rubric and cohorts, every application with its reviews, the
 * cohort whose places are decided and how many are free, and the proposal of
 * domain/seats. Read only; the decisions themselves are flows/intake/admission's.
 *
 * The list holds every application of the programme at once: the ranking compares them all,
 * so it is bounded by the programme's applications (a few hundred per intake), not paged. */
#ifndef TRAJECT_VIEWS_INTAKE_RANKING_H
#define TRAJECT_VIEWS_INTAKE_RANKING_H

#include "db/db.h"
#include "domain/seats.h"
#include "model/intake.h"
#include "model/training.h"

typedef struct Ranking {
    Programme p;
    AppForm f;
    int64_t disagree_pct;
    AppCriterion *crit; /* the rubric, in order */
    int ncrit;
    Cohort *cohorts;
    int ncohorts;
    const Cohort *cohort; /* where the accepted enrol; NULL when the programme has none */
    int64_t seats;        /* its places neither taken nor offered */
    AppRankRow *rows;     /* every application of the programme, by id */
    int nrows;
    int *reviews;  /* per row: submitted reviews with their scores */
    int **scores;  /* per row: [review * ncrit + criterion] */
    SeatApp *apps; /* received applications with all their reviews */
    int *app_row;  /* apps index -> rows index */
    int napps;
    SeatOutcome *out; /* per app */
    int *order;       /* ranked apps indices, best first (nranked), then the others */
    int nranked;
    int64_t received, reviewed;
    int64_t decided[4]; /* accepted, waitlisted, declined, withdrawn */
} Ranking;

/* Loads the programme's ranking at now and proposes places with a waiting list of waitlist.
 * The cohort is cohort_id when it is one of the programme's, otherwise the first still to
 * start with a free place, else the first with one, else the first. DB_NONE when the
 * programme is not ours; negative on a database error. */
DbStatus ranking_load(Db *db, Arena *a, int64_t org_id, int64_t programme_id, int64_t cohort_id,
                      int64_t waitlist, int64_t now, Ranking *k);

/* Proposes places again with a waiting list of waitlist; false on invalid data. */
bool ranking_propose(Ranking *k, Arena *a, int64_t waitlist);

/* The rubric as domain/seats takes it (weights allocated in a). */
SeatRubric ranking_rubric(const Ranking *k, Arena *a);

#endif
