/* model/talent.h — the records of the talent pool: a learner's profile for partners (its
 * pseudonymous handle, who may see it, a short text, availability, the competences and
 * verified credentials it shows), the partners a learner may choose, and partners' requests
 * to meet a learner, as the statements of src/q/talent/ return them. Types and the
 * vocabularies (model/talent.c) only. No SQL.
 *
 * A profile belongs to the learner's account (every organisation they learn with), not to
 * an organisation. Who sees it is one rule, the view talent_visible of 0100-talent.sql. */
#ifndef TRAJECT_MODEL_TALENT_H
#define TRAJECT_MODEL_TALENT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/i18n.h"
#include "core/vocab.h"

/* Who sees the profile: no partner (the default), every partner of the organisations where
 * the learner learns, or the partner records the learner ticked. */
typedef enum TalentVisibility { TALENT_NONE, TALENT_ALL, TALENT_SOME } TalentVisibility;
extern const Vocab talent_visibilities;

/* The contract the learner looks for. */
typedef enum TalentContract {
    CONTRACT_ANY,
    CONTRACT_INTERNSHIP,
    CONTRACT_FIXED_TERM,
    CONTRACT_PERMANENT,
    CONTRACT_APPRENTICESHIP
} TalentContract;
extern const Vocab talent_contracts;

/* A partner's request to meet a learner. */
typedef enum TalentRequestStatus { TREQ_PENDING, TREQ_ACCEPTED, TREQ_DECLINED } TalentRequestStatus;
extern const Vocab talent_request_statuses;

/* The longest short text of a profile, and of a request's message (characters). */
#define TALENT_SUMMARY_MAX 1200
#define TALENT_MESSAGE_MAX 2000
/* Hours a week a learner may ask for: 0 (not said) to this. */
#define TALENT_HOURS_MAX 60

typedef struct TalentProfile {
    int64_t id, account_id;
    char *handle;
    TalentVisibility visibility;
    char *summary;
    char *available_from; /* YYYY-MM-DD; NULL: from now */
    int64_t hours;        /* a week; 0: not said */
    TalentContract contract;
    int64_t approved_at; /* 0: never saved, partners see nothing */
    int64_t updated_at;
    /* in a partner's search: the level of the competence searched for (0: none), how many
     * competences and valid credentials the profile shows */
    int64_t level, competences, credentials;
} TalentProfile;

/* A competence the learner was assessed on (the latest level, in any organisation). */
typedef struct TalentCompetence {
    int64_t competence_id, level;
    char *code;
    char *title[LANG_COUNT];
    char *level_title[LANG_COUNT];
    char *framework;
    int64_t shown; /* 1: the profile shows it */
} TalentCompetence;

/* A credential of the learner, neither revoked nor expired. */
typedef struct TalentCredential {
    int64_t id;
    char *uid; /* its public verify page: /verify/{uid} */
    char *achievement;
    char *achievement_tr[LANG_COUNT];
    char *org_name; /* the issuer */
    int64_t issued_at, valid_until;
    int64_t shown;
} TalentCredential;

/* A partner record a learner may show the profile to: of an organisation where they learn,
 * naming the partner's own organisation in traject. */
typedef struct TalentChoice {
    int64_t partner_id;
    char *partner_name; /* the partner's organisation in traject */
    char *org_name;     /* the training organisation that records it */
    int64_t chosen;
} TalentChoice;

/* A partner that sees (or saw) the profile: its organisation's name; for the log of
 * profiles opened, how many times and the last. */
typedef struct TalentSeen {
    int64_t org_id;
    char *name;
    int64_t times, last_at;
} TalentSeen;

typedef struct TalentRequest {
    int64_t id;
    int64_t org_id; /* the partner's own organisation */
    char *partner_name;
    int64_t profile_id;
    char *handle;
    char *message;
    TalentRequestStatus status;
    int64_t created_at, answered_at;
    int64_t asked_by_id;
    char *asked_by; /* the partner member's name */
    /* the learner's name and e-mail address: "" unless the request was accepted */
    char *name, *email;
} TalentRequest;

/* What a partner searches by: a competence (0: any) at a level at least, available by a day
 * ("" any), a contract (CONTRACT_ANY: any). */
typedef struct TalentSearch {
    int64_t competence_id, level;
    const char *available_by;
    TalentContract contract;
} TalentSearch;

/* What a learner saves as their profile. */
typedef struct TalentInput {
    char *summary;
    char *available_from; /* NULL: now */
    int64_t hours;
    TalentContract contract;
    int64_t *competences;
    int ncompetences;
    int64_t *credentials;
    int ncredentials;
} TalentInput;

#endif
