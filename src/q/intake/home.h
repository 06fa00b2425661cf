/* q/intake/home.h — the statement behind intake's part of the home page (home.c). */
#ifndef TRAJECT_Q_INTAKE_HOME_H
#define TRAJECT_Q_INTAKE_HOME_H

#include <stdint.h>

#include "db/db.h"
#include "model/intake.h"

/* What waits in org_id's intake at now: applications to decide, offers ending before
 * until, consents pending, and account_id's reviews to submit. */
DbStatus q_intake_waiting(Db *db, int64_t org_id, int64_t account_id, int64_t now, int64_t until,
                          IntakeWaiting *out);

#endif
