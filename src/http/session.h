/* session.h — sessions (cookie "tj_session": a random token whose SHA-256 is stored),
 * the anonymous CSRF anchor (cookie "tj_pre"), CSRF tokens and language choice.
 * Owns the cookie names; the session table belongs to src/q/session.c. */
#ifndef TRAJECT_SESSION_H
#define TRAJECT_SESSION_H

#include "http/http.h"

#define SESSION_COOKIE "tj_session"
#define PRE_COOKIE "tj_pre"
#define LANG_COOKIE "tj_lang"

/* Reads the session cookie; when it names a live session of an enabled account, fills
 * r->account, r->session_id, r->current_org and the language. Expired sessions are
 * deleted. When org_id is not 0 (a page of that organisation), *org receives the
 * organisation with the account's roles there (org->roles), all in the same statement;
 * org->id stays 0 when the visitor is not signed in or not a member. Returns false only on a
 * database error. */
bool session_load(Req *r, int64_t org_id, Org *org);

/* Starts a new session for account (a new token at every sign-in), sets the cookie. */
bool session_start(Req *r, int64_t account_id, int64_t current_org);

/* Ends the current session (row and cookie). */
void session_end(Req *r);

/* The CSRF token for forms on this page: bound to the session, or for anonymous
 * visitors to the pre-session cookie (created and sent when missing). */
const char *csrf_token(Req *r);

/* True when the request's csrf_token field matches. */
bool csrf_ok(Req *r);

/* The language: account preference, else the tj_lang cookie, else Accept-Language. */
void lang_choose(Req *r);

#endif
