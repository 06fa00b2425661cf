/* views/jobs/offer.h — the parts of the offer pages that the training organisation's staff
 * and the partner's own organisation share: the offer form, the paged list of offers, an
 * offer's facts and its candidates with the form that moves them to another stage. Owns
 * nothing; writes into the caller's Html. */
#ifndef TRAJECT_VIEWS_JOBS_OFFER_H
#define TRAJECT_VIEWS_JOBS_OFFER_H

#include <stdbool.h>

#include "core/rows.h"
#include "html/html.h"
#include "http/http.h"
#include "model/jobs.h"

/* Where the offers of an organisation are, under /orgs/{org}/: "offers" for the training
 * organisation, "partner-offers" for the partner's own organisation (own_org); and its
 * candidates: "candidates" or "partner-candidates". */
const char *job_offer_list(bool own_org);
const char *job_candidate_list(bool own_org);

/* Reads the offer form into x; false (errors in e) when a field is refused. */
bool job_offer_form_read(Req *r, JobOfferInput *x, FormErrors *e);

/* The offer form posting to action: partners (value/label pairs; NULL: the partner is
 * x->partner_id, in a hidden field), competences that may be wanted, x what was typed
 * (NULL: an empty form), e the errors. */
void html_job_offer_form(Html *h, Req *r, const char *action, const char *const *partners,
                         const char *const *competences, const JobOfferInput *x,
                         const FormErrors *e);

/* One page of the offers of r's organisation (own_org: those of the partner's own
 * organisation), with search and sortable columns. False on a database error. */
bool html_job_offer_list(Html *h, Req *r, bool own_org);

/* The offer's facts (<h1> and all) and the competences it wants. False on a database
 * error. */
bool html_job_offer(Html *h, Req *r, const JobOffer *o);

/* The candidates for offer_id a page at a time, by name, with a search: each with its stage
 * and, unless it is final, a form that moves it (own_org: the partner's path, and only the
 * candidates who agreed); staff also see who has not agreed yet. e: the errors of that form.
 * False on a database error. */
bool html_job_candidates(Html *h, Req *r, int64_t offer_id, bool own_org, const FormErrors *e);

#endif
