/* model/calls.c — the vocabularies of calls for projects (see model/calls.h): each value,
 * the string the database stores (the schema's CHECKs list the same) and its label. */
#include "model/calls.h"

#include "core/i18n.h"

VOCAB(call_status_vocab, "call status", {CALL_DRAFT, "draft", N_("Draft, not published")},
      {CALL_PUBLISHED, "published", N_("Published")}, {CALL_DECIDED, "decided", N_("Decided")});

VOCAB(proposal_status_vocab, "proposal status", {PROPOSAL_DRAFT, "draft", N_("Draft")},
      {PROPOSAL_SUBMITTED, "submitted", N_("Submitted")},
      {PROPOSAL_ELIGIBLE, "eligible", N_("Eligible")},
      {PROPOSAL_INELIGIBLE, "ineligible", N_("Not eligible")},
      {PROPOSAL_SELECTED, "selected", N_("Selected")},
      {PROPOSAL_NOT_SELECTED, "not_selected", N_("Not selected")},
      {PROPOSAL_WITHDRAWN, "withdrawn", N_("Withdrawn")});

VOCAB(item_kind_vocab, "call item kind",
      {ITEM_ELIGIBILITY, "eligibility", N_("Eligibility checklist")},
      {ITEM_CRITERION, "criterion", N_("Award criteria")},
      {ITEM_ATTACHMENT, "attachment", N_("Required attachments")});

VOCAB(screening_vocab, "screening answer", {SCREEN_UNANSWERED, "", N_("Not answered")},
      {SCREEN_MET, "1", N_("Met")}, {SCREEN_NOT_MET, "0", N_("Not met")});

VOCAB(tranche_trigger_vocab, "tranche trigger",
      {TRIGGER_SIGNATURE, "signature", N_("On signature")},
      {TRIGGER_INTERIM_REPORT, "interim_report", N_("On the interim report")},
      {TRIGGER_FINAL_REPORT, "final_report", N_("On the final report")});

VOCAB(tranche_state_vocab, "tranche state", {TRANCHE_PLANNED, "planned", N_("Planned")},
      {TRANCHE_PAID, "paid", N_("Paid")});
