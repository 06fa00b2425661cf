/* flows/calls/proposal.h — what an organisation does to its proposals for a call: start
 * one, change the draft (texts, amount, target groups, budget lines), attach the files the
 * call requires, and submit it before the deadline with a receipt mailed to the person who
 * submits, in their language. Each takes the Flow (flows/flow.h) and its input, never a
 * request; field errors come back in the actor's language.
 *
 * Owns: the checks of an attachment and its write. Does not own: reading uploads or
 * writing pages (pages/calls/proposals.c), the SQL (q/calls/proposal.c). */
#ifndef TRAJECT_FLOWS_CALLS_PROPOSAL_H
#define TRAJECT_FLOWS_CALLS_PROPOSAL_H

#include <stddef.h>

#include "flows/flow.h"
#include "model/calls.h"

#define ATTACHMENT_MAX (5 * 1024 * 1024)

/* An uploaded file as the form gave it; filename NULL or "" when none was chosen. */
typedef struct Upload {
    const char *filename;
    const char *data;
    size_t len;
} Upload;

/* Gives the file for the required attachment item_id of the organisation's draft proposal
 * proposal_id, replacing any earlier one: a PDF (by its name and its first bytes) of at
 * most ATTACHMENT_MAX bytes. Errors are beside the field "file-<item_id>"; a proposal
 * already submitted cannot change (400). */
Outcome flow_proposal_file_put(const Flow *f, int64_t proposal_id, int64_t item_id,
                               const Upload *file);

/* Starts a draft proposal titled title for the published, still open call call_id: a
 * conflict beside "call_id" otherwise. The outcome's id is the proposal's. */
Outcome flow_proposal_create(const Flow *f, int64_t call_id, const char *title,
                             const FormErrors *read);

/* Saves the draft p (p->id; texts, requested amount, planned figures as read) with its
 * target groups group_ids[0..n-1] (the funder's own only). The amount must be within the
 * call's grant limits when given (requested_given). A submitted proposal does not change
 * (409 beside "title"). read: what the form reader refused. */
Outcome flow_proposal_save(const Flow *f, Proposal *p, bool requested_given,
                           const int64_t *group_ids, int n, const FormErrors *read);

/* Adds a budget line to the organisation's draft proposal_id. */
Outcome flow_budget_line_add(const Flow *f, int64_t proposal_id, const char *label, int64_t amount,
                             const FormErrors *read);
/* Removes a budget line of a draft; the outcome's id is the proposal's. */
Outcome flow_budget_line_remove(const Flow *f, int64_t line_id);

/* Submits the organisation's draft proposal_id while its call is open, when it is complete
 * (summary, amount within the limits, every required file, budget lines adding up to the
 * amount): a receipt "C<call>-P<proposal>-<time>" is recorded, mailed to the actor in their
 * account's language, and audited. Every refusal is a conflict (409). */
Outcome flow_proposal_submit(const Flow *f, int64_t proposal_id);

#endif
