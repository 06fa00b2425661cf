/* views/calls/call.h — parts of pages about a call for projects that several page files
 * of the feature write: its title and status in the reader's words, its terms (money,
 * dates, review, payment, target groups, items), and the target-group checkboxes of the
 * call and proposal forms. Each part reads its statements and writes into the caller's
 * Html; false means a database error (the caller answers ERR_DB).
 *
 * Owns: nothing beyond the request's arena. Does not own: routes or replies (pages/calls/),
 * writes (flows/calls/). */
#ifndef TRAJECT_VIEWS_CALLS_CALL_H
#define TRAJECT_VIEWS_CALLS_CALL_H

#include "core/rows.h"
#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The funder's own call named by the route's {id} into c (DB_ONE; else answer with
 * reply_missing). */
DbStatus call_load(Req *r, Call *c);

/* The call's title in the reader's language, else another. */
const char *call_title(Req *r, const Call *c);

/* Where the call stands at now: draft, opens soon, open, in review, decided. */
const char *call_status_text(Req *r, const Call *c, int64_t now);

/* "On signature: 60 %; On the final report: 40 %" in the reader's language. */
const char *tranche_plan_text(Req *r, const TranchePlan *p);

/* The call's terms: money, dates, review and payment facts, target groups, then its items
 * by kind (with remove buttons while a draft, when edit). */
bool html_call_terms(Html *h, Req *r, const Call *c, bool edit);

/* Target groups, as rows of TargetGroup read with rows_collect: the value/label pairs of
 * groups for html_checkboxes (ids, names in r's language; in r's arena), the checked mask
 * of those among them that are chosen, and the chosen listed under a heading (nothing when
 * there is none). */
const char *const *group_options(Req *r, const Rows *groups);
int64_t group_mask(Req *r, const char *const *options, const Rows *chosen);
void html_group_list(Html *h, Req *r, const Rows *chosen);

#endif
