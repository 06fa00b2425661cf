/* flows/accounts/signin.h — signing in: the password checked against its slow hash, the
 * failures counted per address and slowed down (domain/auth's throttle), and the
 * organisation to land in. The session itself (a cookie) is the caller's. */
#ifndef TRAJECT_FLOWS_ACCOUNTS_SIGNIN_H
#define TRAJECT_FLOWS_ACCOUNTS_SIGNIN_H

#include "flows/flow.h"

typedef struct SignedIn {
    int64_t account_id;
    int64_t org_id; /* the first organisation of the account (by name), 0 for none */
    int64_t wait;   /* when throttled, or the password could not be checked: seconds to wait */
} SignedIn;

/* Checks email (as the form reader left it: trimmed, lower-case) and password (wiped
 * afterwards). Refused: ok false with one message under "email", status 400 for a wrong
 * address or password or a disabled account (the same words for all three: no answer
 * tells who has an account), 429 while throttled (out->wait). */
Outcome flow_sign_in(const Flow *f, const char *email, char *password, SignedIn *out);

/* What a user is told when their password could not be checked (the check itself failed:
 * see auth_password_check), in f's language. */
const char *password_unchecked(const Flow *f);

#endif
