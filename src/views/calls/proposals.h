/* views/calls/proposals.h — the lists of proposals, a page at a time with a search, sortable
 * columns and a status filter (html/pager.h): those submitted to a call, on the funder's
 * page of the call, and an organisation's own. Read their statements and write into the
 * caller's Html. */
#ifndef TRAJECT_VIEWS_CALLS_PROPOSALS_H
#define TRAJECT_VIEWS_CALLS_PROPOSALS_H

#include "core/rows.h"
#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The proposals submitted to the funder's call c (nothing for a draft), with their count
 * and the sum they request; false on a database error. */
bool html_call_proposals(Html *h, Req *r, const Call *c);

/* The organisation's own proposals (nothing while it has none); false on a database
 * error. */
bool html_own_proposals(Html *h, Req *r);

/* A submitted proposal's receipt, submission, amount, planned figures and summary, as
 * its applicant, its funder and the jury read them. */
void html_proposal_facts(Html *h, Req *r, const Proposal *p);

/* A proposal's budget lines (rows of BudgetLine) in a table with their total. On the
 * applicant's own page (own) a last column holds a button that removes the line while the
 * proposal is a draft. */
void html_budget_table(Html *h, Req *r, const Rows *lines, bool own, bool draft);

/* A proposal's status in the reader's language. */
const char *proposal_status_text(Req *r, ProposalStatus s);

#endif
