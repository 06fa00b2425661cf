/* q/calls/letter.h — the statements behind the decision letters of a call (letter.c): the
 * funder's reason per proposal, who receives the letter of an applicant, and the screening
 * reason of a proposal found not eligible. org_id is the funder's. */
#ifndef TRAJECT_Q_CALLS_LETTER_H
#define TRAJECT_Q_CALLS_LETTER_H

#include "db/db.h"
#include "model/calls.h"

/* Records the funder's reason for its decision on proposal id. */
DbStatus q_proposal_reason_set(Db *db, int64_t org_id, int64_t id, const char *reason);
/* The people who receive the letter about proposal id: its submitter and every member of
 * the applicant organisation who answers calls (administrators and staff), once each. */
DbStatus q_letter_recipients(Db *db, int64_t org_id, int64_t id, Arena *a, LetterRecipient *row,
                             DbRowFn fn, void *ctx);
/* The first reason given for an eligibility item not met ("" when none). */
DbStatus q_screening_reason(Db *db, int64_t org_id, int64_t id, Arena *a, char **reason);

#endif
