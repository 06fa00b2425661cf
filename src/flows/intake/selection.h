/* flows/intake/selection.h — staff set a programme's rubric (criteria with weights, the
 * share of the scale above which reviewers disagree) and share its received applications
 * among reviewers (domain/jury: each gets N different reviewers, loads balanced). */
#ifndef TRAJECT_FLOWS_INTAKE_SELECTION_H
#define TRAJECT_FLOWS_INTAKE_SELECTION_H

#include "flows/flow.h"
#include "model/intake.h"

/* Adds a criterion (labels may be NULL or "" but not all three). A field error on
 * "label_en" once reviews are submitted (the rubric is then fixed); ERR_NOT_FOUND when the
 * programme is not ours. */
Outcome rubric_criterion_add(const Flow *f, int64_t programme_id, const AppCriterion *c);
/* Removes criterion id; o.id is its programme. A field error on "label_en" once reviews
 * are submitted or when it is not ours. */
Outcome rubric_criterion_delete(const Flow *f, int64_t id);
/* Rewrites what a low and a high score mean on criterion id, also once reviews are
 * submitted; o.id is its programme. ERR_NOT_FOUND when it is not ours. */
Outcome rubric_criterion_hint(const Flow *f, int64_t id, char *const hint[3]);
/* Sets the disagreement threshold, pct of the scale (the form reader checked 1..100). */
Outcome rubric_disagree_set(const Flow *f, int64_t programme_id, int64_t pct);

typedef struct AssignResult {
    int added;  /* new reviews to do */
    int nshort; /* applications that could not get enough different reviewers */
} AssignResult;

/* Assigns reviewers among those ticked (members with the reviewer role) so that every
 * received application has the programme's number of different reviewers; reviewers
 * already assigned keep their applications. Field error on "reviewer". */
Outcome reviewers_assign(const Flow *f, int64_t programme_id, const int64_t *ticked, int n,
                         AssignResult *res);

#endif
