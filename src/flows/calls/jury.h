/* flows/calls/jury.h — a call's independent jury: the funder appoints and removes members,
 * assigns the reviews (domain/jury: each eligible proposal gets the call's number of
 * reviewers, loads balanced, never a conflicted member, pairs set by hand kept) and adjusts
 * pairs by hand; a member declares a conflict of interest. Each takes the Flow and its
 * input, never a request.
 *
 * Owns: the transactions. Does not own: the assignment rule (domain/jury.h), pages. */
#ifndef TRAJECT_FLOWS_CALLS_JURY_H
#define TRAJECT_FLOWS_CALLS_JURY_H

#include "flows/flow.h"

/* Appoints account_id (a member of the funder with the jury role) to the funder's call
 * (ERR_NOT_FOUND when not its own); ERR_BAD_REQUEST when it cannot be (0: none given). The
 * outcome's id is the call's. */
Outcome flow_jury_appoint(const Flow *f, int64_t call_id, int64_t account_id);
/* Sets the date by which the jury of the funder's published call reviews (deadline, UTC
 * seconds; read: what the form reader refused, reported as it is). Refused on
 * "review_deadline" (400) when it is not after the call closes; a conflict (409) once the
 * call is decided. Reminders sent for an earlier deadline are forgotten. */
Outcome flow_call_review_deadline(const Flow *f, int64_t call_id, int64_t deadline,
                                  const FormErrors *read);
/* Removes a member from the call's jury (ERR_NOT_FOUND when not on it). */
Outcome flow_jury_remove(const Flow *f, int64_t call_id, int64_t account_id);
/* Assigns the reviews of the funder's call (not once decided: ERR_FORBIDDEN); *assigned
 * receives the pairs, *shorts the proposals that cannot get enough reviewers. */
Outcome flow_jury_assign(const Flow *f, int64_t call_id, int *assigned, int *shorts);
/* What to do with a pair by hand; BAD when the request did not say. */
typedef enum JuryAdjust { JURY_ADJUST_BAD, JURY_ADJUST_ADD, JURY_ADJUST_REMOVE } JuryAdjust;
/* Adds or removes a pair by hand on the funder's call (ERR_NOT_FOUND when not its own); a
 * conflicted pair or one not of the call is ERR_FORBIDDEN, a decided call or
 * JURY_ADJUST_BAD ERR_BAD_REQUEST. */
Outcome flow_jury_adjust(const Flow *f, int64_t call_id, int64_t proposal_id, int64_t account_id,
                         JuryAdjust what);
/* The actor declares a conflict of interest with proposal_id (reason may be NULL). */
Outcome flow_jury_conflict(const Flow *f, int64_t proposal_id, const char *reason);

#endif
