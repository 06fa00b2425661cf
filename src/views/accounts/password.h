/* views/accounts/password.h — the fields that choose a new password (a new account, a
 * change, a reset), with the length rule said beside them. The workflow checks the rule
 * (flows/accounts/profile.h); the fields are read as "password" and "confirm". */
#ifndef TRAJECT_VIEWS_ACCOUNTS_PASSWORD_H
#define TRAJECT_VIEWS_ACCOUNTS_PASSWORD_H

#include "html/html.h"
#include "http/form.h"
#include "http/http.h"

/* The "password" field labelled label (translated), the length rule, and the "confirm"
 * field labelled again, each with e's message. */
void html_new_password(Html *h, Req *r, const FormErrors *e, const char *label, const char *again);

#endif
