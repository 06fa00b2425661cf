/* auth.c — password hashing under a concurrency cap, tokens, CSRF, throttle rule. */
#include "domain/auth.h"

#include <errno.h>
#include <semaphore.h>
#include <sodium.h>
#include <string.h>

#include "core/buf.h"

static sem_t slots; /* initialised once by auth_init, before threads start */
/* A real hash of a random password, verified against when an account is unknown. */
static char dummy[crypto_pwhash_STRBYTES];

bool auth_init(unsigned n)
{
    if (sodium_init() < 0)
        return false;
    char pw[AUTH_TOKEN_LEN + 1];
    auth_token_new(pw);
    if (crypto_pwhash_str(dummy, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return false;
    return sem_init(&slots, 0, n ? n : 1) == 0;
}

bool auth_password_hash(const char *password, char *out, size_t outlen)
{
    if (outlen < crypto_pwhash_STRBYTES)
        return false;
    sem_wait(&slots);
    int rc = crypto_pwhash_str(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sem_post(&slots);
    return rc == 0;
}

PasswordCheck auth_password_check(const char *password, const char *hash)
{
    bool real = hash && strncmp(hash, "$argon2id$", 10) == 0;
    sem_wait(&slots);
    errno = 0;
    int rc = crypto_pwhash_str_verify(real ? hash : dummy, password, strlen(password));
    int why = errno; /* libsodium says EINVAL for a mismatch, and only then */
    sem_post(&slots);
    if (rc == 0)
        return real ? PASSWORD_RIGHT : PASSWORD_WRONG;
    return why == EINVAL || !real ? PASSWORD_WRONG : PASSWORD_UNCHECKED;
}

void auth_token_new(char *token)
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2base64(token, AUTH_TOKEN_LEN + 1, raw, sizeof raw,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

void auth_token_hash(const char *token, char *hex)
{
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
    hex_encode(h, sizeof h, hex);
}

/* Hex of the first nbytes of HMAC-SHA-256(key, domain || msg); the domain keeps CSRF
 * tokens and link tags from ever standing for each other. */
static void hmac_hex(const unsigned char key[32], const char *domain, const char *msg,
                     size_t nbytes, char *out)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, key, 32);
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)domain, strlen(domain));
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)msg, strlen(msg));
    crypto_auth_hmacsha256_final(&st, mac);
    hex_encode(mac, nbytes, out);
}

void auth_csrf(const unsigned char key[32], const char *anchor, char *out)
{
    hmac_hex(key, "csrf:", anchor, crypto_auth_hmacsha256_BYTES, out);
}

bool auth_csrf_ok(const unsigned char key[32], const char *anchor, const char *given)
{
    if (!anchor || !given || strlen(given) != 64)
        return false;
    char want[65];
    auth_csrf(key, anchor, want);
    return sodium_memcmp(want, given, 64) == 0;
}

void auth_link_tag(const unsigned char key[32], const char *what, char *out)
{
    hmac_hex(key, "link:", what, AUTH_LINK_TAG_LEN / 2, out);
}

bool auth_link_tag_ok(const unsigned char key[32], const char *what, const char *given)
{
    if (!what || !given || strlen(given) != AUTH_LINK_TAG_LEN)
        return false;
    char want[AUTH_LINK_TAG_LEN + 1];
    auth_link_tag(key, what, want);
    return sodium_memcmp(want, given, AUTH_LINK_TAG_LEN) == 0;
}

int64_t throttle_wait(const Throttle *t, int64_t now)
{
    if (t->locked_until > now)
        return t->locked_until - now;
    if (t->failures < THROTTLE_FREE_FAILURES || t->locked_until)
        return 0;
    /* 1, 2, 4, ... seconds after the 3rd, 4th, 5th failure, capped */
    int64_t shift = t->failures - THROTTLE_FREE_FAILURES;
    int64_t delay = shift >= 6 ? THROTTLE_MAX_DELAY : (int64_t)1 << shift;
    if (delay > THROTTLE_MAX_DELAY)
        delay = THROTTLE_MAX_DELAY;
    int64_t until = t->last_at + delay;
    return until > now ? until - now : 0;
}

void throttle_fail(Throttle *t, int64_t now)
{
    if (t->locked_until && t->locked_until <= now) {
        /* a lock that has run out starts a new count */
        t->failures = 0;
        t->locked_until = 0;
    }
    t->failures++;
    t->last_at = now;
    if (t->failures >= THROTTLE_LOCK_FAILURES)
        t->locked_until = now + THROTTLE_LOCK_SECONDS;
}
