/* flows/accounts/invite.h — inviting someone into an organisation and accepting: an
 * e-mail, in the invited person's language, with a link valid seven days; the token in
 * the link is the credential. A new person chooses a name and a password on accepting;
 * someone who has an account signs in first (the token alone never takes an account). */
#ifndef TRAJECT_FLOWS_ACCOUNTS_INVITE_H
#define TRAJECT_FLOWS_ACCOUNTS_INVITE_H

#include "flows/flow.h"

#define INVITE_TTL (7 * 24 * 3600)

typedef struct InviteInput {
    const char *email; /* trimmed, lower-case (the form reader's F_EMAIL) */
    int64_t roles;     /* at least one */
    Lang lang;         /* of the mail and of the account's first pages */
    int64_t person_id; /* the learner record the account will be linked to, or 0 */
} InviteInput;

/* Invites into the actor's organisation (who->org_id), by who->name. Field errors:
 * "roles" (none chosen), "email" (already a member, in whatever role). o.id is the invitation. */
Outcome flow_invite(const Flow *f, const InviteInput *in);

/* Inside the caller's transaction: records an invitation of in into organisation org_id
 * (named org_name, the invitation coming from inviter, a name), queues its mail in
 * in->lang with a link valid INVITE_TTL, and notes it in the audit log as f->who. For a
 * workflow that invites as part of a larger act (approving an organisation); others call
 * flow_invite. *id receives the invitation. */
DbStatus invite_write(Db *db, const Flow *f, int64_t org_id, const char *org_name,
                      const char *inviter, const InviteInput *in, int64_t *id);

/* Withdraws an open invitation of the actor's organisation; ERR_NOT_FOUND otherwise. */
Outcome flow_invite_revoke(const Flow *f, int64_t invitation_id);

typedef struct AcceptInput {
    const char *token;
    /* for a new account, when who is anonymous */
    const char *name, *password, *confirm;
} AcceptInput;

typedef struct Accepted {
    int64_t account_id;
    int64_t org_id;
    int64_t roles;
    bool new_account; /* an account was created: the caller signs the person in */
} Accepted;

/* Accepts the invitation of in->token: for the signed-in actor (whose address must be the
 * invited one: ERR_FORBIDDEN otherwise), or for a new account (ERR_FORBIDDEN when an
 * account has the address already: sign in first; field errors "name", "password",
 * "confirm"). ERR_NOT_FOUND when the link expired, was withdrawn or used (also
 * meanwhile); ERR_CONFLICT when the address got an account meanwhile. */
Outcome flow_invite_accept(const Flow *f, const AcceptInput *in, Accepted *out);

#endif
