/* flows/calls/proposal.h — what an organisation does to its proposals for a call: attach
 * the files the call requires. Each takes the Flow (flows/flow.h) and its input, never a
 * request; field errors come back in the actor's language.
 *
 * Owns: the checks of an attachment and its write. Does not own: reading uploads or
 * writing pages (pages/calls/proposals.c), the SQL (q/calls/proposal.c). */
#ifndef TRAJECT_FLOWS_CALLS_PROPOSAL_H
#define TRAJECT_FLOWS_CALLS_PROPOSAL_H

#include <stddef.h>

#include "flows/flow.h"

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

#endif
