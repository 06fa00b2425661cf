/* model/accounts.h — the records of organisations, accounts, memberships, sessions, invitations, as
 * the statements of src/q/accounts/ return them and the rules of src/domain/ and the workflows read
 * them. Types only: no functions, no SQL. */
#ifndef TRAJECT_MODEL_ACCOUNTS_H
#define TRAJECT_MODEL_ACCOUNTS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/i18n.h"
#include "core/vocab.h"

/* Roles of a membership, as a bit mask (memberships.roles). Names in role_name(). */
enum {
    ROLE_ADMIN = 1 << 0,
    ROLE_STAFF = 1 << 1,
    ROLE_REVIEWER = 1 << 2,
    ROLE_FUNDER = 1 << 3,
    ROLE_JURY = 1 << 4,
    ROLE_PARTNER = 1 << 5,
    ROLE_LEARNER = 1 << 6,
    ROLE_ALL = (1 << 7) - 1,
};
#define ROLE_COUNT 7

/* The roles by bit (bit i is 1 << i): their stored and typed names ("admin", "staff"...),
 * NULL-terminated so that the form reader's F_MULTI reads a mask from them directly, and
 * their labels (English source text). */
extern const char *const role_keys[ROLE_COUNT + 1];
extern const char *const role_labels[ROLE_COUNT];

/* The kinds of organisation (organisations.kind). */
typedef enum OrgKind { ORG_TRAINING, ORG_FUNDER, ORG_PARTNER } OrgKind;
extern const Vocab org_kinds;

/* Who acts in a workflow: the account (0 for an anonymous visitor, such as an applicant
 * or a guardian following a link), the organisation acted in (0: none) and the roles held
 * there, and the language in which messages for them are written. Pages build it from the
 * request (req_actor), the CLI from its arguments; workflows never see a request. */
typedef struct Actor {
    int64_t account_id;
    const char *email; /* NULL when anonymous */
    const char *name;  /* NULL when anonymous */
    int64_t org_id;
    unsigned roles;
    Lang lang;
} Actor;

/* --- organisations --- */
typedef struct Org {
    int64_t id;
    char *name;
    OrgKind kind;
    int64_t created_at;
    int64_t roles; /* the viewer's roles, in listings for an account */
} Org;

/* --- accounts --- */
typedef struct AccountRow {
    int64_t id;
    char *email;
    char *name;
    char *password_hash;
    char *lang;
    int64_t disabled;
    int64_t operator; /* 1: the platform role (approves organisations asking to join) */
} AccountRow;

/* --- memberships and people --- */
typedef struct Member {
    int64_t account_id;
    char *name;
    char *email;
    int64_t roles;
    int64_t created_at;
    int64_t disabled;
} Member;

/* --- sessions and sign-in throttling --- */
typedef struct SessionRow {
    int64_t id;
    int64_t account_id;
    int64_t current_org;
    int64_t created_at;
    int64_t last_seen_at;
} SessionRow;

/* A session read with its account and, for a page of an organisation, the account's roles
 * there and the organisation, in one statement (q_session_view). */
typedef struct SessionView {
    SessionRow session;
    AccountRow account; /* without password_hash */
    Org org;            /* id 0: not a member of the organisation asked for, or none asked */
} SessionView;

typedef struct SignInFailures {
    int64_t failures;
    int64_t last_at;
    int64_t locked_until;
} SignInFailures;

/* --- invitations --- */
typedef struct Invitation {
    int64_t id;
    int64_t org_id;
    char *email;
    int64_t roles;
    char *lang;
    int64_t created_at;
    int64_t expires_at;
    int64_t accepted_at;
    char *org_name;
    char *inviter;
    int64_t person_id; /* the learner record to link, or 0 */
} Invitation;

/* --- organisations asking to join (org_requests) --- */
typedef enum OrgRequestStatus { OREQ_PENDING, OREQ_APPROVED, OREQ_REFUSED } OrgRequestStatus;
extern const Vocab org_request_statuses;

typedef struct OrgRequest {
    int64_t id;
    char *name;
    OrgKind kind;
    char *contact_name;
    char *email;     /* the administrator-to-be, invited on approval */
    char *phone;     /* NULL when not given */
    char *about;     /* what the organisation does and why it joins */
    Lang lang;       /* of the mails to the contact and of the invitation */
    int64_t call_id; /* the public call it came from, or 0 */
    OrgRequestStatus status;
    char *reason;   /* of a refusal, or NULL */
    int64_t org_id; /* the organisation created on approval, or 0 */
    int64_t decided_at;
    char *decided_by; /* the operator's name, or NULL */
    int64_t created_at;
} OrgRequest;

#endif
