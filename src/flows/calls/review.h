/* flows/calls/review.h — a jury member's review of a proposal assigned to them: a score per
 * award criterion within the call's scale and a comment, saved as a draft or submitted.
 * Takes the Flow and its input, never a request; field errors in the actor's language.
 *
 * Owns: the rules of a review (the scale, every score to submit, the comment's length) and
 * its transaction. Does not own: who may review what (the statements repeat it), pages. */
#ifndef TRAJECT_FLOWS_CALLS_REVIEW_H
#define TRAJECT_FLOWS_CALLS_REVIEW_H

#include "flows/flow.h"

typedef struct ReviewInput {
    /* The score given for criterion item_id as sent ("7"), or NULL/"" when none. */
    const char *(*score_of)(void *ctx, int64_t item_id);
    void *ctx;
    const char *comment;    /* NULL or "" for none */
    bool submit;            /* submit, else save a draft */
    const FormErrors *read; /* what the form reader refused (the comment), NULL for nothing:
                               reported as it is, beside the workflow's own */
} ReviewInput;

/* Saves the actor's review of proposal_id (of the actor's organisation, the funder).
 * ERR_NOT_FOUND unless the actor is assigned to it without a conflict. Errors beside
 * "s-<item_id>" and "comment"; a review submitted already, or a decided call, is a
 * conflict (409) beside "comment". */
Outcome flow_review_save(const Flow *f, int64_t proposal_id, const ReviewInput *in);

#endif
