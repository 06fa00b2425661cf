/* model/accounts.h — the records of organisations, accounts, memberships, sessions, invitations, as the statements of src/q/accounts/ return them and
 * the rules of src/domain/ and the workflows read them. Types only: no functions, no SQL. */
#ifndef TRAJECT_MODEL_ACCOUNTS_H
#define TRAJECT_MODEL_ACCOUNTS_H

#include <stdbool.h>
#include <stdint.h>


/* --- organisations --- */
typedef struct Org {
    int64_t id;
    char *name;
    char *kind; /* training, funder, partner */
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

#endif
