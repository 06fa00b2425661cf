/* model/partners.h — the records of an organisation's partners: the partner itself (a name,
 * a kind, a contact and, when it has one, its own organisation in traject) and what it
 * gives (contributions: equipment, services, internship places, trainings, consultancy,
 * events, money, with a value, dates and a status), as the statements of src/q/partners/
 * return them. Types and vocabularies (model/partners.c) only. No SQL.
 *
 * A partner belongs to the training organisation that records it (org_id). When it names
 * its own organisation (partner_org_id), that organisation's members read, from their own
 * space, what the partner record holds: its cases, its contributions and what came of them,
 * and nothing else of the training organisation. Other features refer to partners(id)
 * (cases, equipment lent by a partner, challenges, offers). */
#ifndef TRAJECT_MODEL_PARTNERS_H
#define TRAJECT_MODEL_PARTNERS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

typedef enum PartnerKind {
    PARTNER_COMPANY,
    PARTNER_PUBLIC,
    PARTNER_NONPROFIT,
    PARTNER_EDUCATION,
    PARTNER_OTHER
} PartnerKind;
extern const Vocab partner_kinds;

typedef struct Partner {
    int64_t id;
    int64_t org_id; /* the training organisation that records it */
    char *name;
    PartnerKind kind;
    char *contact_name, *contact_email, *contact_phone; /* phone: "" when none */
    int64_t partner_org_id;                             /* 0: not in traject */
    char *partner_org_name; /* its organisation's name in traject ("" when none) */
    char *org_name;         /* the training organisation's name (a partner's own view) */
    int64_t cases;          /* how many cases it submitted (lists) */
    int64_t contributions;  /* how many contributions it made (lists) */
} Partner;

typedef enum ContributionKind {
    CONTRIB_EQUIPMENT,
    CONTRIB_SERVICES,
    CONTRIB_INTERNSHIPS,
    CONTRIB_TRAINING,
    CONTRIB_CONSULTANCY,
    CONTRIB_EVENTS,
    CONTRIB_MONEY,
    CONTRIB_KINDS
} ContributionKind;
extern const Vocab contribution_kinds;

typedef enum ContributionStatus {
    CONTRIB_PROMISED,
    CONTRIB_DELIVERED,
    CONTRIB_CANCELLED
} ContributionStatus;
extern const Vocab contribution_statuses;

typedef struct Contribution {
    int64_t id;
    int64_t org_id; /* the training organisation it is given to */
    int64_t partner_id;
    char *partner_name; /* lists */
    char *org_name;     /* the training organisation's name (a partner's own view) */
    ContributionKind kind;
    char *description;
    int64_t value_cents; /* 0: no value put on it */
    int64_t quantity;    /* 0: not counted */
    char *starts_on;     /* YYYY-MM-DD */
    char *ends_on;       /* YYYY-MM-DD, or "" when open-ended or a single day */
    ContributionStatus status;
    int64_t created_at;
} Contribution;

/* What a partner's contributions add up to, per kind (not counting cancelled ones). */
typedef struct ContributionTotal {
    ContributionKind kind;
    int64_t count, value_cents, quantity;
} ContributionTotal;

#endif
