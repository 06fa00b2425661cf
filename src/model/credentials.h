/* model/credentials.h — the records of credentials: an organisation's signing keys, its
 * achievements and the rules that issue them, and the credentials issued, as the
 * statements of src/q/credentials/ return them and the workflows and pages read them.
 * Types and vocabularies only. */
#ifndef TRAJECT_MODEL_CREDENTIALS_H
#define TRAJECT_MODEL_CREDENTIALS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/i18n.h"
#include "core/vocab.h"

/* How a credential came to be issued. */
typedef enum CredentialVia {
    ISSUED_BY_HAND,       /* staff issued it */
    ISSUED_ON_COMPLETION, /* the rule "on completion" of the programme the learner completed */
    ISSUED_ON_LEVEL,      /* the rule "on a competence level reached" */
    ISSUED_ON_CERTIFIED,  /* the rule "on certification" in a programme */
} CredentialVia;
extern const Vocab credential_vias;

/* When an achievement is issued without anyone's hand (once per learner for the rules
 * on a level and on certification). */
typedef enum RuleKind {
    RULE_COMPLETION, /* an enrolment in a cohort of programme_id is marked completed */
    RULE_LEVEL,      /* an assessment records min_level or higher on competence_id */
    RULE_CERTIFIED,  /* the learner becomes certified in programme_id (domain/certified.h) */
} RuleKind;
extern const Vocab rule_kinds;

/* An organisation's signing key. sealed: nonce and secretbox of the Ed25519 secret key,
 * in hex; public_key in base64url. retired_at 0: the key that signs now. */
typedef struct SigningKey {
    int64_t id, org_id;
    char *kid, *public_key, *sealed_key;
    int64_t created_at, retired_at;
} SigningKey;

/* name, description and criteria: the texts as the organisation writes them (the
 * default); name_tr etc.: their translations by language, NULL or "" where not written
 * (ach_text picks one). */
typedef struct Achievement {
    int64_t id, org_id;
    char *name, *description, *criteria;
    char *name_tr[LANG_COUNT], *description_tr[LANG_COUNT], *criteria_tr[LANG_COUNT];
    char *competences;    /* one per line; "" when none */
    int64_t valid_months; /* 0: the credential does not expire */
    int64_t created_at;
    int64_t issued; /* credentials issued (lists only) */
} Achievement;

/* The text of language l when written, the default text otherwise. */
const char *ach_text(Lang l, const char *text, char *const tr[LANG_COUNT]);

typedef struct AchievementRule {
    int64_t id, achievement_id, programme_id;
    RuleKind kind;
    char *title[3]; /* the programme's title in en, nl, fr (NULL where not given) */
    /* RULE_LEVEL: the competence (code, titles) and the lowest level that issues it */
    int64_t competence_id, min_level;
    char *code, *comp_title[LANG_COUNT], *level_title[LANG_COUNT];
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
    char *achievement_tr[LANG_COUNT]; /* the achievement's name translated (NULL: not) */
} Credential;

/* A passed exam in a learner's record (every organisation they learn with). */
typedef struct RecordPass {
    int64_t id;
    char *taken_on; /* YYYY-MM-DD */
    char *name, *vendor, *exam_code;
    int64_t validity_months; /* 0: does not expire */
    char *org_name;
} RecordPass;

#endif
