/* session.c — session cookies, CSRF tokens and the request's language. */
#include "http/session.h"

#include <string.h>

#include "core/clock.h"
#include "core/log.h"
#include "domain/auth.h"
#include "q/accounts/session.h"

/* last_seen_at is written at most once a minute, so that reading pages does not turn
 * every GET into a database write. */
#define TOUCH_EVERY 60

bool session_load(Req *r, int64_t org_id, Org *org)
{
    if (org)
        *org = (Org){0};
    const char *tok = cookie_get(r, SESSION_COOKIE);
    if (!tok || strlen(tok) != AUTH_TOKEN_LEN || !r->db)
        return true;
    char hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_hash(tok, hash);
    SessionView v;
    DbStatus st = q_session_view(r->db, hash, org_id, r->arena, &v);
    if (st < DB_NONE)
        return false;
    if (st == DB_NONE)
        return true;
    const SessionRow *s = &v.session;
    int64_t now = clock_now();
    const Settings *set = &r->app->set;
    if (now - s->last_seen_at > set->session_idle || now - s->created_at > set->session_max) {
        q_session_delete(r->db, s->id);
        return true;
    }
    const AccountRow *a = &v.account;
    if (a->disabled)
        return true;
    if (now - s->last_seen_at >= TOUCH_EVERY)
        q_session_touch(r->db, s->id, now);
    Account *acc = arena_alloc(r->arena, sizeof *acc);
    acc->id = a->id;
    acc->email = a->email;
    acc->name = a->name;
    acc->operator= a->operator!= 0;
    Lang l = LANG_EN;
    lang_parse(a->lang, &l);
    acc->lang = l;
    r->account = acc;
    r->session_id = s->id;
    r->session_tok = arena_strdup(r->arena, tok);
    r->current_org = s->current_org;
    r->lang = l;
    if (org)
        *org = v.org;
    return true;
}

bool session_start(Req *r, int64_t account_id, int64_t current_org)
{
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    int64_t now = clock_now();
    if (q_session_add(r->db, hash, account_id, current_org, now) < DB_NONE)
        return false;
    /* expire old sessions now and then, on sign-in rather than on reads */
    q_session_expire(r->db, now - r->app->set.session_idle, now - r->app->set.session_max);
    cookie_set(r, SESSION_COOKIE, tok, -1);
    r->session_tok = arena_strdup(r->arena, tok);
    return true;
}

void session_end(Req *r)
{
    if (r->session_id)
        q_session_delete(r->db, r->session_id);
    cookie_set(r, SESSION_COOKIE, "", 0);
    r->account = NULL;
    r->session_id = 0;
    r->session_tok = NULL;
}

const char *csrf_token(Req *r)
{
    const char *anchor = r->session_tok;
    if (!anchor) {
        if (!r->pre_tok) {
            const char *c = cookie_get(r, PRE_COOKIE);
            if (c && strlen(c) == AUTH_TOKEN_LEN) {
                r->pre_tok = c;
            } else {
                char *t = arena_alloc(r->arena, AUTH_TOKEN_LEN + 1);
                auth_token_new(t);
                r->pre_tok = t;
                cookie_set(r, PRE_COOKIE, t, -1);
            }
        }
        anchor = r->pre_tok;
    }
    char *out = arena_alloc(r->arena, 65);
    auth_csrf(r->app->secret, anchor, out);
    return out;
}

bool csrf_ok(Req *r)
{
    const char *given = form_get(r, "csrf_token");
    if (r->session_tok && auth_csrf_ok(r->app->secret, r->session_tok, given))
        return true;
    /* a form rendered before sign-in (or in another tab) stays valid for the visitor
     * who holds the same pre-session cookie */
    const char *pre = cookie_get(r, PRE_COOKIE);
    return pre && auth_csrf_ok(r->app->secret, pre, given);
}

void lang_choose(Req *r)
{
    if (r->account) {
        r->lang = r->account->lang;
        return;
    }
    Lang l;
    if (lang_parse(cookie_get(r, LANG_COOKIE), &l)) {
        r->lang = l;
        return;
    }
    r->lang = lang_from_accept(header_get(r, "Accept-Language"));
}
