/* flows/calls/letters.h — the letters of a call's decision: every applicant organisation
 * learns, by mail in the language of each of its members who answer calls (its submitter at
 * least), its rank, score, the decision, the amount awarded and the funder's reason. The
 * letters are the applicant's mail: its administrators find them in its outbox.
 *
 * Owns: the letters' text. Does not own: the decision (decision.h), the mail delivery. */
#ifndef TRAJECT_FLOWS_CALLS_LETTERS_H
#define TRAJECT_FLOWS_CALLS_LETTERS_H

#include "flows/calls/ranking.h"
#include "flows/flow.h"

/* The reason proposed for row i of board b, selected or not, in language l ("Ranked 3 of 19
 * with 7.85 of 10; selected within the budget."): the reason of a letter when the funder
 * wrote none. */
const char *decision_default_reason(Arena *a, Lang l, const CallBoard *b, int i, bool selected);

/* Queues, on db (within the decision's transaction), the letter of every submitted
 * proposal of board b, decided as amount[i] (cents awarded to row i, 0: not selected) with
 * the funder's reason[i] ("" for none; the screening's reason for one not eligible). */
DbStatus decision_letters_queue(const Flow *f, Db *db, const CallBoard *b, const int64_t *amount,
                                const char *const *reason);

#endif
