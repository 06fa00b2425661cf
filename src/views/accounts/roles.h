/* views/accounts/roles.h — the roles of a membership in pages: their names in the
 * reader's language and the fieldset of checkboxes that chooses them (read back with the
 * form reader: {.name = "roles", .type = F_MULTI, .choices = role_keys, .mask = &roles}). */
#ifndef TRAJECT_VIEWS_ACCOUNTS_ROLES_H
#define TRAJECT_VIEWS_ACCOUNTS_ROLES_H

#include <stdint.h>

#include "html/html.h"
#include "http/http.h"

/* Comma-separated translated names of the roles in mask. */
const char *roles_text(Req *r, int64_t mask);
/* Checkboxes named "roles" with the roles in mask checked, and e's message for "roles". */
void html_roles_fieldset(Html *h, Req *r, const FormErrors *e, int64_t mask);

#endif
