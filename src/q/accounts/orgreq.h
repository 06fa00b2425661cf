/* q/accounts/orgreq.h — the statements on organisations asking to join (orgreq.c), one
 * function each. These rows belong to the installation, not to an organisation: only
 * operators read them (the route table's ACCESS_OPERATOR), and an applicant organisation
 * never reads its request back. Text results are allocated in the given arena. Return
 * values are DbStatus (DB_ONE found/changed, DB_NONE not found/unchanged, DB_CONFLICT
 * when a constraint refused the write, negative on error). */
#ifndef TRAJECT_Q_ACCOUNTS_ORGREQ_H
#define TRAJECT_Q_ACCOUNTS_ORGREQ_H

#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/accounts.h"

/* Records a pending request (r->id, status, decision fields are ignored); *id receives
 * it. DB_CONFLICT: a pending request has this name already (case aside). */
DbStatus q_orgreq_add(Db *db, const OrgRequest *r, int64_t now, int64_t *id);
DbStatus q_orgreq_get(Db *db, int64_t id, Arena *a, OrgRequest *out);

/* Whether an organisation is called name already (ASCII case aside): *n is 0 or more. */
DbStatus q_org_name_count(Db *db, const char *name, int64_t *n);

/* How many pending requests have this name (ASCII case aside) and this e-mail address. */
DbStatus q_orgreq_pending_like(Db *db, const char *name, const char *email, int64_t *by_name,
                               int64_t *by_email);

/* The sort columns of the operators' list. */
enum { OREQ_BY_DATE, OREQ_BY_NAME, OREQ_SORTS };

/* One page of the requests of one status (see db/page.h): $2 searches the name, the
 * contact and the e-mail address. */
DbStatus q_orgreq_page(Db *db, OrgRequestStatus status, const DbPage *p, Arena *a, OrgRequest *row,
                       DbRowFn fn, void *ctx);
DbStatus q_orgreq_count(Db *db, OrgRequestStatus status, const char *like, int64_t *n);

/* Decides a pending request: approved with the organisation created for it, or refused
 * with a reason. DB_NONE when it was not pending any more (decided meanwhile). */
DbStatus q_orgreq_approve(Db *db, int64_t id, int64_t org_id, int64_t operator_id, int64_t now);
DbStatus q_orgreq_refuse(Db *db, int64_t id, const char *reason, int64_t operator_id, int64_t now);

#endif
