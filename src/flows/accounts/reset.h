/* flows/accounts/reset.h — a forgotten password: a link by e-mail, valid one hour, that
 * sets a new password once. A request gets the same answer whether or not an account
 * exists: no answer tells who has an account. */
#ifndef TRAJECT_FLOWS_ACCOUNTS_RESET_H
#define TRAJECT_FLOWS_ACCOUNTS_RESET_H

#include "flows/flow.h"

#define RESET_TTL 3600

/* Queues a reset link for the account of email (trimmed, lower-case), in the account's
 * language, unless there is none or it is disabled. ok unless the database fails. */
Outcome flow_reset_request(const Flow *f, const char *email);

/* Whether token is an open reset link; *account_id gets its account. ERR_NOT_FOUND for a
 * link expired or used, ERR_DB. */
Outcome flow_reset_check(const Flow *f, const char *token, int64_t *account_id);

/* Sets the new password of the link's account (the link is used up, every session of the
 * account ends). Field errors beside "password" and "confirm"; ERR_NOT_FOUND when the
 * link expired or was used, also meanwhile. */
Outcome flow_reset_use(const Flow *f, const char *token, const char *password, const char *confirm);

#endif
