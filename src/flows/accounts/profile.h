/* flows/accounts/profile.h — what a person changes on their own account (name, language,
 * password) and what an operator does to one from the command line (set a password,
 * disable or enable it). */
#ifndef TRAJECT_FLOWS_ACCOUNTS_PROFILE_H
#define TRAJECT_FLOWS_ACCOUNTS_PROFILE_H

#include <stdbool.h>

#include "flows/flow.h"

/* Checks a new password (10 to 200 characters) and its confirmation (NULL: not asked, as
 * on the command line); messages beside "password" and "confirm" go into o. Returns
 * whether both are acceptable. */
bool password_acceptable(const Flow *f, const char *password, const char *confirm, Outcome *o);

/* Saves the actor's name and language. Field errors: none (the form reader checks them). */
Outcome flow_profile_save(const Flow *f, const char *name, Lang lang);

/* Saves the actor's language only (the switcher on every page). */
Outcome flow_language_set(const Flow *f, Lang lang);

/* Changes the actor's password after checking the current one ("current": missing or not
 * right) and the new one. Every session of the account ends: the caller starts a new one
 * for the person at the keyboard. */
Outcome flow_password_change(const Flow *f, const char *current, const char *password,
                             const char *confirm);

/* Sets an account's password without the current one (the command line's `traject user
 * password`, and a reset link once checked): its sessions end and its failed sign-ins are
 * forgotten. */
Outcome flow_password_set(const Flow *f, int64_t account_id, const char *password);

/* Disables (off true) or enables an account; disabling ends its sessions. */
Outcome flow_account_disable(const Flow *f, int64_t account_id, bool off);

#endif
