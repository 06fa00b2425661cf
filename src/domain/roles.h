/* roles.h — the roles of a membership as words and from words: "Staff, Reviewer" in a
 * language, and "staff,reviewer" as typed on the command line. Pure. The role names and
 * labels themselves are the model's (model/accounts.h). */
#ifndef TRAJECT_DOMAIN_ROLES_H
#define TRAJECT_DOMAIN_ROLES_H

#include <stdint.h>

#include "core/arena.h"
#include "core/i18n.h"

/* Comma-separated labels of the roles in mask, in lang ("" for none), in a. */
const char *roles_words(Arena *a, Lang lang, int64_t mask);

/* The mask of a comma-separated list of role names ("staff,reviewer"); 0 when the list is
 * empty or names an unknown role. */
int64_t roles_parse_list(const char *list);

#endif
