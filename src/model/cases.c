/* model/cases.c — the vocabulary of cases (see model/cases.h). The schema's CHECK lists the
 * same keys (0075-cases.sql); change both together. */
#include "model/cases.h"

#include "core/i18n.h"

VOCAB(case_statuses, "case status", {CASE_SUBMITTED, "submitted", N_("Waiting to be accepted")},
      {CASE_ACCEPTED, "accepted", N_("Accepted into a cohort")});
