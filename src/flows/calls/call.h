/* flows/calls/call.h — what a funder does to its calls for projects: create and change a
 * call (its terms: money, dates, review scale, when reviewers disagree, how grants are
 * paid), add and remove items, choose target groups, publish; and keep its list of target
 * groups. Each takes the Flow (flows/flow.h) and its input, never a request; field errors
 * come back in the actor's language.
 *
 * Owns: the rules a form reader cannot check and the transactions. Does not own: reading
 * forms or writing pages (pages/calls/), the SQL (q/calls/call.c), the pure rules of
 * plans and thresholds (domain/tranches.h, domain/disagree.h). */
#ifndef TRAJECT_FLOWS_CALLS_CALL_H
#define TRAJECT_FLOWS_CALLS_CALL_H

#include "flows/flow.h"
#include "model/calls.h"

/* Creates the call c (c->id == 0; its id comes back in c->id and the outcome) or changes
 * it (c->id set; refused with a conflict once the call is decided). c->org_id is set to
 * the actor's organisation. read (may be NULL) holds what the form reader already refused:
 * those messages come back too and the rules on those fields are skipped. A funder's first
 * call also gives it the default target groups. */
/* The organisation's call call_id into *c (allocated in f's arena): true, or false with
 * *o set to why not (not found, database error). For the workflows on one call. */
bool flow_call_of(const Flow *f, int64_t call_id, Call *c, Outcome *o);
/* The same for a workflow that changes a call: false with ERR_FORBIDDEN once it is decided. */
bool flow_call_undecided(const Flow *f, int64_t call_id, Call *c, Outcome *o);

Outcome flow_call_save(const Flow *f, Call *c, const FormErrors *read);

/* Adds an item to the funder's call call_id (not decided); a criterion needs a weight of
 * 1..100, other kinds get 0. */
Outcome flow_call_item_add(const Flow *f, int64_t call_id, CallItem *it, const FormErrors *read);

/* Removes an item while its call is a draft; the outcome's id is the call's. */
Outcome flow_call_item_remove(const Flow *f, int64_t item_id);

/* The target groups the funder's call aims at, replacing those chosen before: only the
 * funder's own groups (ERR_BAD_REQUEST otherwise), not once the call is decided
 * (ERR_FORBIDDEN). */
Outcome flow_call_groups(const Flow *f, int64_t call_id, const int64_t *group_ids, int n);

/* Publishes a draft call that has at least one award criterion (a conflict on "kind"
 * otherwise). */
Outcome flow_call_publish(const Flow *f, int64_t call_id);

/* Adds a target group named in up to three languages (one at least). */
Outcome flow_target_group_add(const Flow *f, char *const name[3], const FormErrors *read);
/* Archives one of the funder's target groups: calls and proposals that name it keep it. */
Outcome flow_target_group_archive(const Flow *f, int64_t group_id);

#endif
