/* model/events.c — the vocabularies of events (see model/events.h). The schema's CHECKs
 * (0095-events.sql) list the same keys; change both together. */
#include "model/events.h"

#include "core/i18n.h"

VOCAB(event_kinds, "event kind", {EVENT_HACKATHON, "hackathon", N_("Hackathon")},
      {EVENT_INFO_SESSION, "info-session", N_("Information session")},
      {EVENT_WORKSHOP, "workshop", N_("Workshop")}, {EVENT_CAMP, "camp", N_("Camp")},
      {EVENT_DEMO_DAY, "demo-day", N_("Demo day")});

VOCAB(event_access, "event access",
      {EVENT_PUBLIC, "public", N_("Public: anyone registers from the event's page")},
      {EVENT_INVITATION, "invitation", N_("By invitation: a personal link for each guest")});

VOCAB(reg_statuses, "registration status", {REG_REGISTERED, "registered", N_("Registered")},
      {REG_WAITING, "waiting", N_("On the waiting list")},
      {REG_CANCELLED, "cancelled", N_("Registration cancelled")});
