/* model/admission.c — the vocabularies of admission (see model/intake.h): decision reasons,
 * consent states and acts, decisions, review acts and states, offer states. The keys are
 * the strings stored in the database (schema 0016-admission.sql) and sent by the forms;
 * the labels are English source texts, translated where shown. */
#include "core/i18n.h"
#include "model/intake.h"

VOCAB(app_reason_vocab, "decision reason", {REASON_NONE, "", ""},
      {REASON_RANKED, "ranked", N_("The reviewers scored the application among the best.")},
      {REASON_CAPACITY, "capacity",
       N_("The places went to applications the reviewers scored higher.")},
      {REASON_RULES, "rules", N_("The application does not meet the programme's rules.")},
      {REASON_OTHER, "other", ""},
      {REASON_OFFER, "offer", N_("A place offered from the waiting list was taken up.")},
      {REASON_APPLICANT, "applicant", N_("Withdrawn by the applicant.")},
      {REASON_OFFER_EXPIRED, "offer_expired", N_("The place offered was not taken up in time.")},
      {REASON_CONSENT_REFUSED, "consent_refused", N_("A parent or guardian did not agree.")},
      {REASON_CONSENT_WITHDRAWN, "consent_withdrawn",
       N_("A parent or guardian withdrew their consent.")},
      {REASON_DUPLICATE, "duplicate",
       N_("The same person applied more than once: the first application is kept.")});

VOCAB(duplicate_act_vocab, "duplicate act",
      {DUPLICATE_DECLINE, "decline", N_("Decline as a duplicate")},
      {DUPLICATE_MERGE, "merge", N_("Merge into the first")});

VOCAB(decision_vocab, "decision", {DECIDE_ACCEPT, "accept", N_("Accept")},
      {DECIDE_WAITLIST, "waitlist", N_("Waiting list")},
      {DECIDE_CAPACITY, "capacity", N_("Decline: places filled")},
      {DECIDE_RULES, "rules", N_("Decline: does not meet the rules")},
      {DECIDE_OTHER, "other", N_("Decline: other reason (in the note)")});

VOCAB(review_act_vocab, "review act", {REVIEW_SAVE, "save", N_("Save as a draft")},
      {REVIEW_SUBMIT, "submit", N_("Submit the review")});

VOCAB(review_state_vocab, "review state", {REVIEW_TODO, "todo", N_("to review")},
      {REVIEW_DRAFT, "draft", N_("draft saved")},
      {REVIEW_SUBMITTED, "submitted", N_("submitted on %s")},
      {REVIEW_CLOSED, "closed", N_("decided before your review")});

VOCAB(offer_state_vocab, "offer state", {OFFER_NONE, "", ""},
      {OFFER_STANDING, "standing", N_("Place offered until")},
      {OFFER_EXPIRED, "expired", N_("The place offered was not taken up in time.")});

OfferState app_offer_state(const Application *x, int64_t now)
{
    if (!x->offer_expires_at)
        return OFFER_NONE;
    return x->offer_expires_at > now ? OFFER_STANDING : OFFER_EXPIRED;
}

const char *app_reason_label(const Application *x)
{
    if (x->reason == REASON_RANKED && x->status == APP_WAITLISTED)
        return N_("The reviewers scored the application just after those who got the places.");
    return vocab_label(&app_reason_vocab, x->reason);
}
