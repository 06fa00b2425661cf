/* flows/accounts/invite.c — see invite.h. */
#include "flows/accounts/invite.h"

#include <sodium.h>
#include <string.h>

#include "domain/auth.h"
#include "domain/roles.h"
#include "flows/accounts/profile.h"
#include "flows/tx.h"
#include "q/accounts/account.h"
#include "q/accounts/invite.h"
#include "q/accounts/member.h"
#include "q/accounts/org.h"
#include "q/system/app.h"
#include "q/system/outbox.h"
#include "q/training/learner.h"

DbStatus invite_write(Db *db, const Flow *f, int64_t org_id, const char *org_name,
                      const char *inviter, const InviteInput *in, int64_t *id)
{
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    DbStatus st = q_invite_add(db, org_id, in->email, in->roles, lang_code(in->lang), hash,
                               f->who->account_id, f->now, f->now + INVITE_TTL, in->person_id, id);
    Lang l = in->lang; /* the invited person's */
    if (st >= DB_NONE)
        st = flow_mail(
            f, db, org_id, in->email, l,
            arena_printf(f->arena, i18n_get(l, "Invitation to join %s on traject"), org_name),
            N_("Hello,\n\n%s invites you to join %s on traject, as: %s.\n\nTo accept, open this "
               "link within seven days:\n\n%s/invitations/%s\n\nIf you did not expect this "
               "invitation, you can ignore this message.\n"),
            inviter, org_name, roles_words(f->arena, l, in->roles), f->base_url, tok);
    sodium_memzero(tok, sizeof tok);
    if (st < DB_NONE)
        return st;
    return q_audit(db, org_id, f->who->account_id, "invite", in->email, f->now);
}

typedef struct InviteTx {
    const InviteInput *in;
    const char *org_name;
    int64_t id;
} InviteTx;

static DbStatus invite_tx(const Flow *f, void *ctx)
{
    InviteTx *t = ctx;
    Db *db = f->db;
    return invite_write(db, f, f->who->org_id, t->org_name,
                        f->who->name ? f->who->name : t->org_name, t->in, &t->id);
}

Outcome flow_invite(const Flow *f, const InviteInput *in)
{
    Outcome o = outcome_ok();
    if (in->roles == 0)
        outcome_field(&o, "roles", F_(f, "Choose at least one role."));
    AccountRow a;
    DbStatus st = q_account_by_email(f->db, in->email, f->arena, &a);
    int64_t have = 0;
    if (st < DB_NONE)
        goto db_error;
    /* nobody is invited twice into the organisation, not even to the learner space */
    if (st == DB_ONE && q_member_roles(f->db, f->who->org_id, a.id, &have) == DB_ONE)
        outcome_field(&o, "email", F_(f, "This person is already a member."));
    if (!o.ok)
        return o;
    Org org;
    if ((st = q_org_get(f->db, f->who->org_id, f->arena, &org)) != DB_ONE)
        goto db_error;
    InviteTx t = {in, org.name, 0};
    if ((st = flow_tx(f, invite_tx, &t)) < DB_NONE)
        goto db_error;
    o.id = t.id;
    return o;
db_error:
    outcome_db(&o, st < DB_NONE ? st : DB_ERROR);
    return o;
}

Outcome flow_invite_revoke(const Flow *f, int64_t invitation_id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_invite_revoke(f->db, f->who->org_id, invitation_id, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    o.id = invitation_id;
    return o;
}

typedef struct AcceptTx {
    const Invitation *inv;
    const char *name, *password_hash; /* set when a new account is created */
    int64_t account_id;
    bool stale, taken;
} AcceptTx;

static DbStatus accept_tx(const Flow *f, void *ctx)
{
    AcceptTx *t = ctx;
    Db *db = f->db;
    int64_t now = f->now;
    DbStatus st;
    if (t->password_hash) {
        st = q_account_add(db, t->inv->email, t->name, t->password_hash, lang_code(f->who->lang),
                           now, &t->account_id);
        if (st == DB_CONFLICT) {
            t->taken = true;
            return st;
        }
        if (st < DB_NONE)
            return st;
    }
    st = q_invite_accept(db, t->inv->id, t->account_id, now);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if ((st = q_member_grant(db, t->inv->org_id, t->account_id, t->inv->roles, now)) < DB_NONE)
        return st;
    AccountRow a;
    if ((st = q_account_by_id(db, t->account_id, f->arena, &a)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    st = DB_NONE;
    if (t->inv->person_id && (st = q_person_link_account(db, t->inv->org_id, t->inv->person_id,
                                                         t->account_id)) < DB_NONE)
        return st;
    if (st == DB_NONE && (st = q_person_add_for_account(db, t->inv->org_id, t->account_id, a.name,
                                                        a.email, now)) < DB_NONE)
        return st;
    return q_audit(db, t->inv->org_id, t->account_id, "invitation_accept", t->inv->email, now);
}

Outcome flow_invite_accept(const Flow *f, const AcceptInput *in, Accepted *out)
{
    Outcome o = outcome_ok();
    *out = (Accepted){0};
    char hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_hash(in->token ? in->token : "", hash);
    Invitation inv;
    DbStatus st = q_invite_by_token(f->db, hash, f->now, f->arena, &inv);
    if (st != DB_ONE)
        return outcome_missing(st);
    AcceptTx t = {.inv = &inv};
    char phash[crypto_pwhash_STRBYTES];
    if (f->who->account_id) {
        if (!f->who->email || strcmp(f->who->email, inv.email)) {
            outcome_error(&o, ERR_FORBIDDEN);
            return o;
        }
        t.account_id = f->who->account_id;
    } else {
        AccountRow a;
        st = q_account_by_email(f->db, inv.email, f->arena, &a);
        if (st < DB_NONE) {
            outcome_db(&o, st);
            return o;
        }
        if (st == DB_ONE) { /* an existing account signs in: the token alone is not enough */
            outcome_error(&o, ERR_FORBIDDEN);
            return o;
        }
        if (!in->name || !*in->name)
            outcome_field(&o, "name",
                          arena_printf(f->arena, F_(f, "%s is required."), F_(f, "Your name")));
        password_acceptable(f, in->password, in->confirm ? in->confirm : "", &o);
        if (!o.ok)
            return o;
        if (!auth_password_hash(in->password, phash, sizeof phash)) {
            outcome_error(&o, ERR_INTERNAL);
            return o;
        }
        t.name = in->name;
        t.password_hash = phash;
        out->new_account = true;
    }
    st = flow_tx(f, accept_tx, &t);
    if (t.stale)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (t.taken)
        outcome_error(&o, ERR_CONFLICT);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    if (!o.ok)
        return o;
    out->account_id = t.account_id;
    out->org_id = inv.org_id;
    out->roles = inv.roles;
    o.id = t.account_id;
    return o;
}
