/* q/training/attendance.h — the statements on attendance (attendance.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_ATTENDANCE_H
#define TRAJECT_Q_TRAINING_ATTENDANCE_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/calls.h"
#include "model/training.h"

DbStatus q_roster(Db *db, int64_t org_id, int64_t session_id, Arena *a, RosterRow *row, DbRowFn fn,
                  void *ctx);
/* DB_NONE when the enrolment is not in the session's cohort (or not ours). */
DbStatus q_attendance_mark(Db *db, int64_t org_id, int64_t session_id, int64_t enrolment_id,
                           AttendanceMark status, int64_t now, int64_t by);
DbStatus q_attendance_tally(Db *db, int64_t org_id, int64_t cohort_id, TallyRow *row, DbRowFn fn,
                            void *ctx);
DbStatus q_tsession_get(Db *db, int64_t org_id, int64_t id, int64_t *cohort_id, int64_t *starts_at,
                        int64_t *ends_at);
/* The account's current enrolment in the session's cohort and its mark (name unset);
 * DB_NONE when the account is not enrolled there. */
DbStatus q_checkin_state(Db *db, int64_t org_id, int64_t session_id, int64_t account_id, Arena *a,
                         RosterRow *out);
/* Marks the account's enrolment present or late, as a self check-in. */
DbStatus q_checkin(Db *db, int64_t org_id, int64_t session_id, int64_t account_id,
                   AttendanceMark status, int64_t now);
/* Names for the sign-in sheet of a session: learners with status 'enrolled' in its
 * cohort, in roster order; *name is set before each fn(ctx). */
DbStatus q_sheet_names(Db *db, int64_t org_id, int64_t session_id, Arena *a, char **name,
                       DbRowFn fn, void *ctx);
/* The session's location, else its cohort's; DB_NONE when neither has one. */
DbStatus q_tsession_location(Db *db, int64_t org_id, int64_t session_id, Arena *a, Location *out);

#endif
