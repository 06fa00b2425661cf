/* q/intake/duplicate.h — likely duplicate applications (the same e-mail address, or the same
 * phone and date of birth, in one organisation) and the staff's notes on an application
 * (duplicate.c). */
#ifndef TRAJECT_Q_INTAKE_DUPLICATE_H
#define TRAJECT_Q_INTAKE_DUPLICATE_H

#include <stdint.h>

#include "db/db.h"
#include "model/intake.h"

/* The earliest application of org_id sent before id that id resembles; DB_NONE when none. */
DbStatus q_app_first_like(Db *db, int64_t org_id, int64_t id, int64_t *first_id);

/* Adds a note on application_id by account_id (0: nobody signed in). */
DbStatus q_app_note_add(Db *db, int64_t org_id, int64_t application_id, const char *body,
                        int64_t account_id, int64_t now);
/* The notes on application_id, oldest first. */
DbStatus q_app_notes(Db *db, int64_t org_id, int64_t application_id, Arena *a, AppNote *row,
                     DbRowFn fn, void *ctx);

#endif
