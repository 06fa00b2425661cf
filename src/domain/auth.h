/* auth.h — pure rules and crypto for accounts: password hashing (argon2id), random
 * tokens and their stored hashes, CSRF tokens, and the sign-in throttle.
 * No HTTP, no SQL. Uses libsodium; auth_init must run once before any thread starts. */
#ifndef TRAJECT_AUTH_H
#define TRAJECT_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define AUTH_TOKEN_LEN 43    /* base64url of 32 random bytes, no padding */
#define AUTH_HASH_HEX_LEN 64 /* SHA-256 in hex */
#define AUTH_PASSWORD_MIN 10
#define AUTH_PASSWORD_MAX 200

/* Initialises libsodium and the cap on concurrent hashes (slots >= 1). */
bool auth_init(unsigned slots);

/* Hashes a password with argon2id (libsodium's interactive limits, 64 MiB) into out
 * (crypto_pwhash_STRBYTES). Waits for a free slot: at most `slots` hashes run at once,
 * so a burst of sign-ins cannot exhaust memory. Returns false only when out of memory. */
bool auth_password_hash(const char *password, char *out, size_t outlen);

/* What checking a password against a stored hash found: right, wrong, or nothing (the
 * check itself failed: out of memory, or a stored hash that cannot be read), which must
 * never be taken for a wrong password. */
typedef enum PasswordCheck { PASSWORD_WRONG, PASSWORD_RIGHT, PASSWORD_UNCHECKED } PasswordCheck;

/* Checks against a stored hash, in a slot. A NULL hash (an unknown account) or one that is
 * not argon2id still costs one hash computation, so that unknown accounts take as long as
 * known ones, and is wrong. */
PasswordCheck auth_password_check(const char *password, const char *hash);

/* A new random token (AUTH_TOKEN_LEN + 1 bytes) and the hex SHA-256 that is stored in
 * the database in its place (AUTH_HASH_HEX_LEN + 1 bytes). */
void auth_token_new(char *token);
void auth_token_hash(const char *token, char *hex);

/* CSRF token for an anchor (session token or pre-session cookie): hex HMAC-SHA-256
 * under the installation's secret key (32 bytes). out: 65 bytes. */
void auth_csrf(const unsigned char key[32], const char *anchor, char *out);
bool auth_csrf_ok(const unsigned char key[32], const char *anchor, const char *given);

/* A capability in a link that needs no stored token (a calendar feed, a session's
 * check-in code): the hex of the first 128 bits of an HMAC of `what` ("feed|p|1|42|0").
 * out: AUTH_LINK_TAG_LEN + 1 bytes. Bump a generation inside `what` to revoke. */
#define AUTH_LINK_TAG_LEN 32
void auth_link_tag(const unsigned char key[32], const char *what, char *out);
bool auth_link_tag_ok(const unsigned char key[32], const char *what, const char *given);

/* Sign-in throttle: after each failure the next attempt must wait longer; many failures
 * lock the address for a while. */
typedef struct Throttle {
    int64_t failures;
    int64_t last_at;
    int64_t locked_until;
} Throttle;

#define THROTTLE_FREE_FAILURES 3  /* failures allowed without delay */
#define THROTTLE_LOCK_FAILURES 10 /* failures that lock the e-mail address */
#define THROTTLE_LOCK_SECONDS 900
#define THROTTLE_MAX_DELAY 60

/* Seconds to wait before another attempt may be checked (0: go ahead). */
int64_t throttle_wait(const Throttle *t, int64_t now);
/* Records a failure at now. */
void throttle_fail(Throttle *t, int64_t now);

#endif
