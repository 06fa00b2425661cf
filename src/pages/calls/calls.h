/* pages/calls/calls.h — the HTML handlers of calls for projects, proposals and attachments,
 * screening, the jury and its reviews, ranking and decision, grants, the call's figures, and the
 * parts of their pages that other handlers of the feature reuse. Every handler is reached only
 * through the route table (src/http/routes.c), after the router has checked session, role,
 * organisation and CSRF. */
#ifndef TRAJECT_PAGES_CALLS_H
#define TRAJECT_PAGES_CALLS_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* calls.c, call.c, public.c, groups.c: a funder's calls for projects, their public pages,
 * target groups */
PageFn page_calls, page_call_new, page_call_create, page_call, page_call_edit, page_call_update,
    page_call_item_add, page_call_item_delete, page_call_groups, page_call_publish,
    page_call_review_deadline, page_public_calls, page_target_groups, page_target_group_add,
    page_target_group_archive, page_public_call;
/* proposals.c: an organisation answers a call */
PageFn page_proposals, page_proposal_create, page_proposal, page_proposal_update,
    page_proposal_submit, page_budget_line_add, page_budget_line_delete;
/* screening.c: the funder reads a submitted proposal and screens its eligibility; an assigned
 * jury member reads it */
PageFn page_jury_proposal, page_submission, page_screening_save;

/* jury.c: a call's jury, conflicts of interest and review assignments */
PageFn page_jury_appoint, page_jury_remove, page_jury_assign, page_jury_assignments,
    page_jury_adjust, page_jury_home, page_jury_conflict;
/* reviews.c: a jury member's review of an assigned proposal */
PageFn page_review_save;
/* ranking.c: ranking, proposed selection and the funder's decision */
PageFn page_ranking, page_decision;
/* report.c: a call's figures, on a page and as CSV */
PageFn page_call_report, page_call_report_csv;
/* grants.c: grants, tranches, budget lines and expenses */
PageFn page_grants, page_grants_received, page_grant, page_grant_received, page_tranche_pay,
    page_expense_add;

/* files.c: a proposal's PDF attachments (uploaded from the proposal page, proposals.c) */
PageFn page_file_upload, page_file_own, page_file_funder, page_file_juror;
#endif
