/* flows/accounts/profile.c — see profile.h. */
#include "flows/accounts/profile.h"

#include <sodium.h>
#include <string.h>

#include "core/log.h"
#include "domain/auth.h"
#include "flows/accounts/signin.h"
#include "flows/tx.h"
#include "q/accounts/account.h"
#include "q/accounts/session.h"
#include "q/system/app.h"

bool password_acceptable(const Flow *f, const char *pw, const char *confirm, Outcome *o)
{
    size_t n = pw ? strlen(pw) : 0;
    if (n == 0)
        outcome_field(o, "password", F_(f, "Enter a new password."));
    else if (n < AUTH_PASSWORD_MIN)
        outcome_field(o, "password", F_(f, "The password must have at least 10 characters."));
    else if (n > AUTH_PASSWORD_MAX)
        outcome_field(o, "password", F_(f, "The password can have at most 200 characters."));
    else if (confirm && strcmp(pw, confirm))
        outcome_field(o, "confirm", F_(f, "The two passwords are not the same."));
    else
        return true;
    return false;
}

Outcome flow_profile_save(const Flow *f, const char *name, Lang lang)
{
    Outcome o = outcome_ok();
    DbStatus st = q_account_set_profile(f->db, f->who->account_id, name, lang_code(lang));
    if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = f->who->account_id;
    return o;
}

Outcome flow_language_set(const Flow *f, Lang lang)
{
    Outcome o = outcome_ok();
    DbStatus st = q_account_set_lang(f->db, f->who->account_id, lang_code(lang));
    if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = f->who->account_id;
    return o;
}

typedef struct PasswordTx {
    int64_t account_id;
    const char *hash;
    const char *email; /* failed sign-ins to forget, or NULL */
    const char *action;
} PasswordTx;

static DbStatus password_tx(const Flow *f, void *ctx)
{
    PasswordTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_account_set_password(db, t->account_id, t->hash);
    if (st < DB_NONE)
        return st;
    /* a new password ends every session, including a thief's */
    if ((st = q_session_delete_account(db, t->account_id)) < DB_NONE)
        return st;
    if (t->email && (st = q_signin_failures_clear(db, t->email)) < DB_NONE)
        return st;
    return q_audit(db, 0, f->who->account_id ? f->who->account_id : t->account_id, t->action, NULL,
                   f->now);
}

/* Hashes password and runs password_tx; the result into o. */
static void password_store(const Flow *f, int64_t account_id, const char *password,
                           const char *email, const char *action, Outcome *o)
{
    char hash[crypto_pwhash_STRBYTES];
    if (!auth_password_hash(password, hash, sizeof hash)) {
        outcome_error(o, ERR_INTERNAL);
        return;
    }
    PasswordTx t = {account_id, hash, email, action};
    DbStatus st = flow_tx(f, password_tx, &t);
    if (st < DB_NONE)
        outcome_db(o, st);
    o->id = account_id;
}

Outcome flow_password_change(const Flow *f, const char *current, const char *password,
                             const char *confirm)
{
    Outcome o = outcome_ok();
    AccountRow a;
    DbStatus st = q_account_by_id(f->db, f->who->account_id, f->arena, &a);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!current || !*current)
        outcome_field(&o, "current", F_(f, "Enter your current password."));
    else {
        PasswordCheck c = auth_password_check(current, a.password_hash);
        if (c == PASSWORD_UNCHECKED) {
            log_warn("the password of account %lld could not be checked", (long long)a.id);
            outcome_field(&o, "current", password_unchecked(f));
            o.status = 503;
        } else if (c == PASSWORD_WRONG)
            outcome_field(&o, "current", F_(f, "The current password is not right."));
    }
    password_acceptable(f, password, confirm ? confirm : "", &o);
    if (!o.ok)
        return o;
    password_store(f, a.id, password, NULL, "password_change", &o);
    return o;
}

Outcome flow_password_set(const Flow *f, int64_t account_id, const char *password)
{
    Outcome o = outcome_ok();
    AccountRow a;
    DbStatus st = q_account_by_id(f->db, account_id, f->arena, &a);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!password_acceptable(f, password, NULL, &o))
        return o;
    password_store(f, account_id, password, a.email, "password_set", &o);
    return o;
}

typedef struct DisableTx {
    int64_t account_id;
    bool off;
} DisableTx;

static DbStatus disable_tx(const Flow *f, void *ctx)
{
    DisableTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_account_set_disabled(db, t->account_id, t->off);
    if (st < DB_NONE)
        return st;
    if (t->off && (st = q_session_delete_account(db, t->account_id)) < DB_NONE)
        return st;
    return q_audit(db, 0, f->who->account_id ? f->who->account_id : t->account_id,
                   t->off ? "account_disable" : "account_enable", NULL, f->now);
}

Outcome flow_account_disable(const Flow *f, int64_t account_id, bool off)
{
    Outcome o = outcome_ok();
    DisableTx t = {account_id, off};
    DbStatus st = flow_tx(f, disable_tx, &t);
    if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = account_id;
    return o;
}
