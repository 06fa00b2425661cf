/* model/equipment.c — the vocabularies of equipment (see model/equipment.h). The schema's
 * CHECKs list the same keys (0090-equipment.sql); change both together. */
#include "model/equipment.h"

#include "core/i18n.h"

VOCAB(equip_kinds, "equipment kind", {EQUIP_LAPTOP, "laptop", N_("Laptop")},
      {EQUIP_TABLET, "tablet", N_("Tablet")}, {EQUIP_PHONE, "phone", N_("Phone")},
      {EQUIP_ROBOT, "robot", N_("Robot")}, {EQUIP_SENSOR, "sensor", N_("Sensor")},
      {EQUIP_KIT, "kit", N_("Kit")}, {EQUIP_OTHER, "other", N_("Other")});

VOCAB(item_conditions, "equipment condition", {COND_NEW, "new", N_("New")},
      {COND_GOOD, "good", N_("Good")}, {COND_FAIR, "fair", N_("Fair: signs of use")},
      {COND_DAMAGED, "damaged", N_("Damaged")});

/* the keys name the borrower in the lending form's choice ("person-12") */
VOCAB(borrower_kinds, "borrower kind", {BORROWER_PERSON, "person", N_("Learner")},
      {BORROWER_TEAM, "team", N_("Team")}, {BORROWER_LOCATION, "location", N_("Location")});
