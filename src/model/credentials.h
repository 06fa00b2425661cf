/* model/credentials.h — the records of credentials: an organisation's signing keys, its
 * achievements and the rules that issue them, and the credentials issued, as the
 * statements of src/q/credentials/ return them and the workflows and pages read them.
 * Types and vocabularies only. */
#ifndef TRAJECT_MODEL_CREDENTIALS_H
#define TRAJECT_MODEL_CREDENTIALS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

/* How a credential came to be issued. */
typedef enum CredentialVia {
    ISSUED_BY_HAND,       /* staff issued it */
    ISSUED_ON_COMPLETION, /* the rule "on completion" of the programme the learner completed */
} CredentialVia;
extern const Vocab credential_vias;

/* When an achievement is issued without anyone's hand. Competence levels and
 * certifications come as further kinds, with their own columns in achievement_rules. */
typedef enum RuleKind {
    RULE_COMPLETION, /* an enrolment in a cohort of programme_id is marked completed */
} RuleKind;
extern const Vocab rule_kinds;

/* An organisation's signing key. sealed: nonce and secretbox of the Ed25519 secret key,
 * in hex; public_key in base64url. retired_at 0: the key that signs now. */
typedef struct SigningKey {
    int64_t id, org_id;
    char *kid, *public_key, *sealed_key;
    int64_t created_at, retired_at;
} SigningKey;

typedef struct Achievement {
    int64_t id, org_id;
    char *name, *description, *criteria;
    char *competences;    /* one per line; "" when none */
    int64_t valid_months; /* 0: the credential does not expire */
    int64_t created_at;
    int64_t issued; /* credentials issued (lists only) */
} Achievement;

typedef struct AchievementRule {
    int64_t id, achievement_id, programme_id;
    RuleKind kind;
    char *title[3]; /* the programme's title in en, nl, fr (NULL where not given) */
} AchievementRule;

/* A credential as staff, its learner and the verify page see it. */
typedef struct Credential {
    int64_t id, org_id;
    char *uid; /* the public id of /verify/{uid} */
    int64_t achievement_id, person_id, enrolment_id;
    CredentialVia via;
    int64_t status_index;
    char *kid, *jwt;
    int64_t issued_at, valid_until, revoked_at;
    char *revoked_reason;
    /* joined */
    char *achievement, *person, *org_name;
} Credential;

#endif
