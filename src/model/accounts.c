/* model/accounts.c — the vocabularies of accounts (see model/accounts.h). */
#include "model/accounts.h"

/* bit order: ROLE_ADMIN is bit 0 ... ROLE_LEARNER bit 6 (model/accounts.h) */
const char *const role_keys[ROLE_COUNT + 1] = {"admin", "staff",   "reviewer", "funder",
                                               "jury",  "partner", "learner",  NULL};
const char *const role_labels[ROLE_COUNT] = {
    N_("Administrator"), N_("Staff"),   N_("Reviewer"), N_("Funder"),
    N_("Jury member"),   N_("Partner"), N_("Learner"),
};

VOCAB(org_kinds, "organisation kind", {ORG_TRAINING, "training", N_("Training organisation")},
      {ORG_FUNDER, "funder", N_("Funder")}, {ORG_PARTNER, "partner", N_("Partner")});

VOCAB(org_request_statuses, "organisation request status",
      {OREQ_PENDING, "pending", N_("To decide")}, {OREQ_APPROVED, "approved", N_("Approved")},
      {OREQ_REFUSED, "refused", N_("Refused")});
