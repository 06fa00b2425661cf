/* pages/calls/calls.h — the HTML handlers of calls for projects, proposals and attachments, screening, the jury and its reviews, ranking and decision, grants, the call's figures, and the parts
 * of their pages that other handlers of the feature reuse. Every handler is reached only through
 * the route table (src/http/routes.c), after the router has checked session, role,
 * organisation and CSRF. */
#ifndef TRAJECT_PAGES_CALLS_H
#define TRAJECT_PAGES_CALLS_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"
#include "views/calls/call.h"

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
/* screening.c: the funder reads a submitted proposal and screens its eligibility */
enum MHD_Result page_submission(Req *r);
enum MHD_Result page_screening_save(Req *r);
/* A submitted proposal of r's funder organisation, read-only, for a jury member; the
 * caller has checked that they may read it. */
enum MHD_Result proposal_reading(Req *r, int64_t id);

/* jury.c: a call's jury, conflicts of interest and review assignments */
enum MHD_Result page_jury_appoint(Req *r);
enum MHD_Result page_jury_remove(Req *r);
enum MHD_Result page_jury_assign(Req *r);
enum MHD_Result page_jury_assignments(Req *r);
enum MHD_Result page_jury_adjust(Req *r);
enum MHD_Result page_jury_home(Req *r);
enum MHD_Result page_jury_conflict(Req *r);
enum MHD_Result page_jury_proposal(Req *r);
/* reviews.c: a jury member's review of an assigned proposal */
enum MHD_Result page_review_save(Req *r);
/* The review part of the proposal page a jury member reads (e: errors of the form). */
bool html_review_section(Html *h, Req *r, const struct Call *c, int64_t proposal_id,
                         const FormErrors *e);
/* The submitted reviews of a proposal, with their authors, for the funder. */
bool html_funder_reviews(Html *h, Req *r, int64_t proposal_id);
/* ranking.c: ranking, proposed selection and the funder's decision */
enum MHD_Result page_ranking(Req *r);
enum MHD_Result page_decision(Req *r);
/* The selected projects of a decided call (nothing before), for its public page. */
bool html_call_selected(Html *h, Req *r, const struct Call *c);
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
/* The jury section of the funder's call page; false on a database error. */
bool html_call_jury(Html *h, Req *r, const struct Call *c, const char *notice);
/* The applicant's proposal page again, with the errors of a form (status given). */
enum MHD_Result proposal_form_errors(Req *r, int64_t id, const FormErrors *e, int status);

/* files.c: a proposal's PDF attachments */
enum MHD_Result page_file_upload(Req *r);
enum MHD_Result page_file_own(Req *r);
enum MHD_Result page_file_funder(Req *r);
enum MHD_Result page_file_juror(Req *r);
/* The attachments section: the call's required attachments and the files given, linked
 * under base; upload forms when upload. *missing (may be NULL) counts those not given. */
bool html_proposal_files(Html *h, Req *r, int64_t viewer_org, int64_t proposal_id,
                         const char *base, bool upload, int *missing);
/* Required attachments of the organisation's proposal not given yet; -1 on an error. */
int proposal_files_missing(Req *r, int64_t proposal_id);
/* The proposals submitted to the funder's call c; false on a database error. */
bool html_call_proposals(Html *h, Req *r, const struct Call *c);

#endif
