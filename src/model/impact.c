/* model/impact.c — the vocabulary of the impact reports (see model/impact.h). */
#include "model/impact.h"

#include "core/i18n.h"
#include "model/training.h"

VOCAB(impact_measures, "impact measure", {IMPACT_REACHED, "reached", N_("Reached")},
      {IMPACT_TRAINED, "trained", N_("Trained")}, {IMPACT_CERTIFIED, "certified", N_("Certified")},
      {IMPACT_PLACED, "placed", N_("Placed")});

VOCAB(impact_breakdowns, "impact breakdown",
      {IMPACT_BY_QUARTER, "quarter", N_("Quarter they started")},
      {IMPACT_BY_MONTH, "month", N_("Month they started")},
      {IMPACT_BY_YEAR, "year", N_("Year they started")}, {IMPACT_BY_AGE, "age", N_("Age band")},
      {IMPACT_BY_MUNICIPALITY, "municipality", N_("Municipality they live in")},
      {IMPACT_BY_PROVINCE, "province", N_("Province they were trained in")},
      {IMPACT_BY_GENDER, "gender", N_("Gender")}, {IMPACT_BY_LANGUAGE, "language", N_("Language")},
      {IMPACT_BY_AUDIENCE, "target_group", N_("Target group of the programme")},
      {IMPACT_BY_KIND, "kind", N_("Kind of programme")},
      {IMPACT_BY_PROGRAMME, "programme", N_("Programme")});
