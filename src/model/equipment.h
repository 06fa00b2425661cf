/* model/equipment.h — the records of an organisation's equipment and its loans, as the
 * statements of src/q/equipment/ return them: an item (kind, label, serial number,
 * condition, the organisation's own or lent by a partner, kept at a location), a loan of it
 * to a learner, a team or a location with its due day, and the loan's return. Types and the
 * vocabularies (model/equipment.c) only. No SQL. */
#ifndef TRAJECT_MODEL_EQUIPMENT_H
#define TRAJECT_MODEL_EQUIPMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

typedef enum EquipKind {
    EQUIP_LAPTOP,
    EQUIP_TABLET,
    EQUIP_PHONE,
    EQUIP_ROBOT,
    EQUIP_SENSOR,
    EQUIP_KIT,
    EQUIP_OTHER
} EquipKind;
extern const Vocab equip_kinds;

typedef enum ItemCondition { COND_NEW, COND_GOOD, COND_FAIR, COND_DAMAGED } ItemCondition;
extern const Vocab item_conditions;

/* Who an item is lent to: a learner (a people record), a team or a location. */
typedef enum BorrowerKind { BORROWER_PERSON, BORROWER_TEAM, BORROWER_LOCATION } BorrowerKind;
extern const Vocab borrower_kinds;

typedef struct Borrower {
    BorrowerKind kind;
    int64_t id;
    char *name; /* statements: the learner's, the team's or the location's */
} Borrower;

typedef struct Item {
    int64_t id;
    int64_t org_id;
    EquipKind kind;
    char *label, *serial;
    ItemCondition condition;
    int64_t partner_id;  /* 0: the organisation's own */
    char *partner_name;  /* "" when its own */
    int64_t location_id; /* 0: not said */
    char *location_name; /* "" when not said */
    /* its open loan, if any (lists and the item's page): loan_id 0 when in */
    int64_t loan_id;
    Borrower with;
    char *due_on; /* "" when in */
    /* a partner's page: how often it was lent, and to how many learners */
    int64_t loans, learners;
} Item;

typedef struct Loan {
    int64_t id;
    int64_t org_id;
    int64_t item_id;
    char *item_label; /* lists of loans */
    EquipKind item_kind;
    Borrower to;
    char *lent_on, *due_on; /* YYYY-MM-DD, Brussels */
    char *lent_by;          /* the staff member's name */
    char *returned_on;      /* NULL while out */
    ItemCondition condition_in;
} Loan;

/* An overdue loan whose reminder is due (flows/equipment/overdue.c): the item, the
 * borrower, and the staff member who lent it, with their address and language. */
typedef struct OverdueLoan {
    int64_t id, org_id;
    char *org_name;
    char *item_label, *serial;
    Borrower to;
    char *due_on;
    char *staff_name, *staff_email, *staff_lang;
} OverdueLoan;

/* One person a reminder goes to (a learner, or each member of a team), with the language
 * of their account ("en" without one). */
typedef struct Recipient {
    char *name, *email, *lang;
} Recipient;

#endif
