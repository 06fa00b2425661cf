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
enum MHD_Result page_calls(Req *r);
enum MHD_Result page_call_new(Req *r);
enum MHD_Result page_call_create(Req *r);
enum MHD_Result page_call(Req *r);
enum MHD_Result page_call_edit(Req *r);
enum MHD_Result page_call_update(Req *r);
enum MHD_Result page_call_item_add(Req *r);
enum MHD_Result page_call_item_delete(Req *r);
enum MHD_Result page_call_groups(Req *r);
enum MHD_Result page_call_publish(Req *r);
enum MHD_Result page_call_review_deadline(Req *r);
enum MHD_Result page_public_calls(Req *r);
enum MHD_Result page_target_groups(Req *r);
enum MHD_Result page_target_group_add(Req *r);
enum MHD_Result page_target_group_archive(Req *r);
enum MHD_Result page_public_call(Req *r);
/* proposals.c: an organisation answers a call */
enum MHD_Result page_proposals(Req *r);
enum MHD_Result page_proposal_create(Req *r);
enum MHD_Result page_proposal(Req *r);
enum MHD_Result page_proposal_update(Req *r);
enum MHD_Result page_proposal_submit(Req *r);
enum MHD_Result page_budget_line_add(Req *r);
enum MHD_Result page_budget_line_delete(Req *r);
/* screening.c: the funder reads a submitted proposal and screens its eligibility; an assigned
 * jury member reads it */
enum MHD_Result page_jury_proposal(Req *r);
enum MHD_Result page_submission(Req *r);
enum MHD_Result page_screening_save(Req *r);

/* jury.c: a call's jury, conflicts of interest and review assignments */
enum MHD_Result page_jury_appoint(Req *r);
enum MHD_Result page_jury_remove(Req *r);
enum MHD_Result page_jury_assign(Req *r);
enum MHD_Result page_jury_assignments(Req *r);
enum MHD_Result page_jury_adjust(Req *r);
enum MHD_Result page_jury_home(Req *r);
enum MHD_Result page_jury_conflict(Req *r);
/* reviews.c: a jury member's review of an assigned proposal */
enum MHD_Result page_review_save(Req *r);
/* ranking.c: ranking, proposed selection and the funder's decision */
enum MHD_Result page_ranking(Req *r);
enum MHD_Result page_decision(Req *r);
/* report.c: a call's figures, on a page and as CSV */
enum MHD_Result page_call_report(Req *r);
enum MHD_Result page_call_report_csv(Req *r);
/* grants.c: grants, tranches, budget lines and expenses */
enum MHD_Result page_grants(Req *r);
enum MHD_Result page_grants_received(Req *r);
enum MHD_Result page_grant(Req *r);
enum MHD_Result page_grant_received(Req *r);
enum MHD_Result page_tranche_pay(Req *r);
enum MHD_Result page_expense_add(Req *r);

/* files.c: a proposal's PDF attachments (uploaded from the proposal page, proposals.c) */
enum MHD_Result page_file_upload(Req *r);
enum MHD_Result page_file_own(Req *r);
enum MHD_Result page_file_funder(Req *r);
enum MHD_Result page_file_juror(Req *r);
#endif
