/* flows/accounts/members.c — see members.h. */
#include "flows/accounts/members.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "domain/auth.h"
#include "flows/accounts/profile.h"
#include "flows/tx.h"
#include "http/form.h"
#include "q/accounts/account.h"
#include "q/accounts/member.h"
#include "q/system/app.h"

typedef struct RoleChange {
    int64_t account_id, roles;
    bool remove;
    bool last_admin; /* refused: the organisation would have no administrator */
} RoleChange;

static DbStatus role_change_tx(const Flow *f, void *ctx)
{
    RoleChange *c = ctx;
    Db *db = f->db;
    int64_t org = f->who->org_id;
    DbStatus st = c->remove ? q_member_remove(db, org, c->account_id)
                            : q_member_set_roles(db, org, c->account_id, c->roles);
    if (st < DB_NONE)
        return st;
    int64_t admins = 0;
    if ((st = q_member_count_role(db, org, ROLE_ADMIN, &admins)) < DB_NONE)
        return st;
    if (admins == 0) {
        c->last_admin = true;
        return DB_CONFLICT; /* roll back */
    }
    char detail[48];
    snprintf(detail, sizeof detail, "account %lld roles %lld", (long long)c->account_id,
             (long long)c->roles);
    return q_audit(db, org, f->who->account_id, c->remove ? "member_remove" : "member_roles",
                   detail, f->now);
}

static Outcome role_change(const Flow *f, int64_t account_id, int64_t roles, bool remove)
{
    Outcome o = outcome_ok();
    o.id = account_id;
    Member m;
    DbStatus st = q_member_get(f->db, f->who->org_id, account_id, f->arena, &m);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!remove && roles == 0) {
        outcome_field(&o, "roles", F_(f, "Choose at least one role."));
        return o;
    }
    RoleChange c = {account_id, remove ? 0 : roles, remove, false};
    st = flow_tx(f, role_change_tx, &c);
    if (c.last_admin)
        outcome_conflict(&o, "roles",
                         F_(f, "An organisation needs at least one administrator. Make someone "
                               "else administrator first."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_member_roles(const Flow *f, int64_t account_id, int64_t roles)
{
    return role_change(f, account_id, roles, false);
}

Outcome flow_member_remove(const Flow *f, int64_t account_id)
{
    return role_change(f, account_id, 0, true);
}

typedef struct AddTx {
    const MemberAdd *in;
    const char *email, *name, *hash;
    int64_t now, account_id;
    bool created;
} AddTx;

static DbStatus add_tx(const Flow *f, void *ctx)
{
    AddTx *t = ctx;
    Db *db = f->db;
    DbStatus st;
    if (t->hash) {
        if ((st = q_account_add(db, t->email, t->name, t->hash, "en", t->now, &t->account_id)) !=
            DB_ONE)
            return st < DB_NONE ? st : DB_ERROR;
        t->created = true;
    }
    if (!t->in->org_id)
        return DB_ONE;
    if ((st = q_member_grant(db, t->in->org_id, t->account_id, t->in->roles, t->now)) < DB_NONE)
        return st;
    return q_person_add_for_account(db, t->in->org_id, t->account_id, t->name, t->email, t->now);
}

Outcome flow_member_add(const Flow *f, const MemberAdd *in)
{
    Outcome o = outcome_ok();
    char *email = str_lower_ascii(str_trim(arena_strdup(f->arena, in->email ? in->email : "")));
    if (!email_valid(email)) {
        outcome_field(&o, "email", F_(f, "Enter an e-mail address like name@example.org."));
        return o;
    }
    AccountRow acc;
    DbStatus st = q_account_by_email(f->db, email, f->arena, &acc);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    AddTx t = {.in = in, .email = email, .now = f->now};
    char hash[crypto_pwhash_STRBYTES];
    if (st == DB_NONE) {
        if (in->hash) {
            t.hash = in->hash;
        } else {
            if (!password_acceptable(f, in->password, NULL, &o))
                return o;
            bool cached = in->hash_cache && *in->hash_cache;
            if (!cached && !auth_password_hash(in->password, hash, sizeof hash)) {
                outcome_error(&o, ERR_INTERNAL);
                return o;
            }
            if (in->hash_cache && !cached)
                memcpy(in->hash_cache, hash, sizeof hash);
            t.hash = cached ? in->hash_cache : hash;
        }
        t.name = in->name && *in->name ? in->name : email;
    } else {
        t.account_id = acc.id;
        t.name = acc.name;
    }
    if ((st = flow_tx(f, add_tx, &t)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = t.account_id;
    o.status = t.created ? 201 : 200;
    return o;
}
