/* flows/accounts/reset.c — see reset.h. */
#include "flows/accounts/reset.h"

#include <sodium.h>

#include "core/log.h"
#include "domain/auth.h"
#include "flows/accounts/profile.h"
#include "flows/tx.h"
#include "q/accounts/account.h"
#include "q/accounts/reset.h"
#include "q/accounts/session.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

typedef struct ResetMail {
    const AccountRow *a;
    const char *token_hash;
    const char *subject, *body;
} ResetMail;

static DbStatus reset_tx(const Flow *f, void *ctx)
{
    ResetMail *m = ctx;
    Db *db = f->db;
    int64_t now = f->now;
    DbStatus st = q_reset_add(db, m->a->id, m->token_hash, now, now + RESET_TTL);
    if (st < DB_NONE)
        return st;
    return q_outbox_add(db, 0, m->a->email, m->subject, m->body, now);
}

Outcome flow_reset_request(const Flow *f, const char *email)
{
    Outcome o = outcome_ok();
    AccountRow a;
    DbStatus st = q_account_by_email(f->db, email, f->arena, &a);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st != DB_ONE || a.disabled) {
        log_info("reset requested for an unknown or disabled account");
        return o;
    }
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    Lang l = LANG_EN; /* the mail speaks the account's language */
    lang_parse(a.lang, &l);
    ResetMail m = {&a, hash, i18n_get(l, "Choose a new traject password"), NULL};
    m.body = arena_printf(
        f->arena,
        i18n_get(l, "Hello %s,\n\nSomeone asked to reset the password of your traject "
                    "account. To choose a new password, open this link within one hour:\n\n"
                    "%s/password-reset/%s\n\nIf it was not you, ignore this message: your "
                    "password stays as it is.\n"),
        a.name, f->base_url, tok);
    sodium_memzero(tok, sizeof tok);
    if ((st = flow_tx(f, reset_tx, &m)) < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_reset_check(const Flow *f, const char *token, int64_t *account_id)
{
    char hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_hash(token ? token : "", hash);
    DbStatus st = q_reset_find(f->db, hash, f->now, account_id);
    return st == DB_ONE ? outcome_ok() : outcome_missing(st);
}

typedef struct ResetUse {
    const char *token_hash;
    int64_t account_id;
    const char *password_hash;
    bool stale; /* the link was used or expired meanwhile */
} ResetUse;

static DbStatus reset_use_tx(const Flow *f, void *ctx)
{
    ResetUse *u = ctx;
    Db *db = f->db;
    int64_t now = f->now;
    DbStatus st = q_reset_use(db, u->token_hash, now);
    if (st == DB_NONE) {
        u->stale = true;
        return DB_CONFLICT; /* roll back */
    }
    if (st < DB_NONE)
        return st;
    if ((st = q_account_set_password(db, u->account_id, u->password_hash)) < DB_NONE)
        return st;
    /* a new password ends every session, including a thief's */
    if ((st = q_session_delete_account(db, u->account_id)) < DB_NONE)
        return st;
    return q_audit(db, 0, u->account_id, "password_reset", NULL, now);
}

Outcome flow_reset_use(const Flow *f, const char *token, const char *password, const char *confirm)
{
    int64_t account_id = 0;
    Outcome o = flow_reset_check(f, token, &account_id);
    if (!o.ok)
        return o;
    if (!password_acceptable(f, password, confirm ? confirm : "", &o))
        return o;
    char phash[crypto_pwhash_STRBYTES], hash[AUTH_HASH_HEX_LEN + 1];
    if (!auth_password_hash(password, phash, sizeof phash)) {
        outcome_error(&o, ERR_INTERNAL);
        return o;
    }
    auth_token_hash(token, hash);
    ResetUse u = {hash, account_id, phash, false};
    DbStatus st = flow_tx(f, reset_use_tx, &u);
    if (u.stale)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = account_id;
    return o;
}
