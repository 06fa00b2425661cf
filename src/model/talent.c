/* model/talent.c — the vocabularies of the talent pool (see model/talent.h). The schema's
 * CHECKs list the same keys (0100-talent.sql); change both together. */
#include "model/talent.h"

VOCAB(talent_visibilities, "talent visibility",
      {TALENT_NONE, "none", N_("No partner sees my profile")},
      {TALENT_ALL, "all", N_("Every partner of the organisations where I learn")},
      {TALENT_SOME, "some", N_("Only the partners I choose")});

VOCAB(talent_contracts, "talent contract", {CONTRACT_ANY, "any", N_("Any contract")},
      {CONTRACT_INTERNSHIP, "internship", N_("An internship")},
      {CONTRACT_FIXED_TERM, "fixed_term", N_("A fixed-term job")},
      {CONTRACT_PERMANENT, "permanent", N_("A permanent job")},
      {CONTRACT_APPRENTICESHIP, "apprenticeship", N_("An apprenticeship")});

VOCAB(talent_request_statuses, "talent request status",
      {TREQ_PENDING, "pending", N_("Waiting for an answer")},
      {TREQ_ACCEPTED, "accepted", N_("Accepted")}, {TREQ_DECLINED, "declined", N_("Declined")});
