/* flows/intake/review.h — a reviewer's name-blind review of one application: scores on the
 * programme's rubric and a comment, saved as a draft or submitted (then final). */
#ifndef TRAJECT_FLOWS_INTAKE_REVIEW_H
#define TRAJECT_FLOWS_INTAKE_REVIEW_H

#include "flows/flow.h"
#include "model/intake.h"

/* A score sent for one criterion: 0 when left empty, -1 when not a whole number. */
typedef struct SentScore {
    int64_t criterion_id, score;
} SentScore;

typedef struct ReviewInput {
    int64_t application_id;
    ReviewAct act;
    const char *comment; /* NULL or "" when none */
    const SentScore *scores;
    int n;
} ReviewInput;

/* Saves f->who's review of the application (assigned to them: the caller checked).
 * Submitting needs a score on every criterion; scores run from 1 to the programme's scale.
 * Field errors on "c-<criterion id>" and "comment"; a 409 on "comment" when the review is
 * submitted already or the application was decided. */
Outcome review_save(const Flow *f, const ReviewInput *in);

#endif
