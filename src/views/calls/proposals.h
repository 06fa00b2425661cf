/* views/calls/proposals.h — the proposals submitted to a call, on the funder's page of the
 * call. Reads its statements and writes into the caller's Html. */
#ifndef TRAJECT_VIEWS_CALLS_PROPOSALS_H
#define TRAJECT_VIEWS_CALLS_PROPOSALS_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The proposals submitted to the funder's call c (nothing for a draft); false on a
 * database error. */
bool html_call_proposals(Html *h, Req *r, const Call *c);

/* A proposal's status in the reader's language. */
const char *proposal_status_text(Req *r, ProposalStatus s);

#endif
