/* demo_call.h — the calls for projects of traject demo (see demo.c). */
#ifndef TRAJECT_CLI_DEMO_CALL_H
#define TRAJECT_CLI_DEMO_CALL_H

#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "db/db.h"

/* The fund's (funder) calls for projects, with proposals from the applicant organisations
 * applicants (the coding school, the hub and the code club), the jury and its reviews,
 * once: nothing when the fund has a call already. Prints what it loaded; false after
 * printing why not. */
bool demo_calls(Db *db, Arena *a, int64_t funder, const int64_t applicants[3]);

#endif
