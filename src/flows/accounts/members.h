/* flows/accounts/members.h — who belongs to an organisation and with which roles: an
 * administrator changes roles or removes a member (never the last administrator); the
 * command line adds an account with its roles (`traject init`, `traject user add|grant`,
 * `traject demo`). */
#ifndef TRAJECT_FLOWS_ACCOUNTS_MEMBERS_H
#define TRAJECT_FLOWS_ACCOUNTS_MEMBERS_H

#include "flows/flow.h"

/* Sets the roles of a member of the actor's organisation. Field error "roles": none
 * chosen (400), or the organisation would be left without an administrator (409).
 * ERR_NOT_FOUND for someone who is not a member. */
Outcome flow_member_roles(const Flow *f, int64_t account_id, int64_t roles);

/* Removes a member from the actor's organisation (the account stays). Field error
 * "roles" (409) for the last administrator; ERR_NOT_FOUND for a non-member. */
Outcome flow_member_remove(const Flow *f, int64_t account_id);

typedef struct MemberAdd {
    const char *email;    /* as typed: trimmed and lower-cased here */
    const char *name;     /* for a new account; NULL or "": the address */
    const char *password; /* for a new account (required then) */
    const char *hash;     /* instead of password: its hash (auth_password_hash) made once for
                             many accounts, as the demonstration data does; NULL: none */
    char *hash_cache;     /* with password: NULL, or crypto_pwhash_STRBYTES bytes holding a hash
                             of password made before (used instead of hashing again) or ""
                             (the hash made here is kept in it): the command line hashes the
                             same password once for many accounts (a hash takes most of a
                             second) */
    int64_t org_id;       /* 0: only the account */
    int64_t roles;
} MemberAdd;

/* Finds or creates the account of in->email and, with an organisation, grants it the
 * roles there (with its person record). Field errors: "email" (not an address),
 * "password" (missing for a new account, or too short or long). o.id is the account. */
Outcome flow_member_add(const Flow *f, const MemberAdd *in);

#endif
