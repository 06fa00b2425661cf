/* model/partners.c — the vocabularies of partners and contributions (see
 * model/partners.h). The schema's CHECKs list the same keys (0085-contributions.sql);
 * change both together. */
#include "model/partners.h"

#include "core/i18n.h"

VOCAB(partner_kinds, "partner kind", {PARTNER_COMPANY, "company", N_("Company")},
      {PARTNER_PUBLIC, "public", N_("Public administration")},
      {PARTNER_NONPROFIT, "nonprofit", N_("Non-profit organisation")},
      {PARTNER_EDUCATION, "education", N_("School or university")},
      {PARTNER_OTHER, "other", N_("Other")});

VOCAB(contribution_kinds, "contribution kind", {CONTRIB_EQUIPMENT, "equipment", N_("Equipment")},
      {CONTRIB_SERVICES, "services", N_("Services")},
      {CONTRIB_INTERNSHIPS, "internships", N_("Internship places")},
      {CONTRIB_TRAINING, "training", N_("Trainings")},
      {CONTRIB_CONSULTANCY, "consultancy", N_("Consultancy")},
      {CONTRIB_EVENTS, "events", N_("Events")}, {CONTRIB_MONEY, "money", N_("Money")});

VOCAB(contribution_statuses, "contribution status", {CONTRIB_PROMISED, "promised", N_("Promised")},
      {CONTRIB_DELIVERED, "delivered", N_("Delivered")},
      {CONTRIB_CANCELLED, "cancelled", N_("Cancelled")});
