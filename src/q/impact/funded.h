/* q/impact/funded.h — the programmes a grant funds: set by the grantee (org_id is the
 * grantee's), read by the funder (org_id is the funder's) for the impact of what it funds. */
#ifndef TRAJECT_Q_IMPACT_FUNDED_H
#define TRAJECT_Q_IMPACT_FUNDED_H

#include "core/arena.h"
#include "db/db.h"
#include "model/impact.h"

/* DB_ONE when grant_id was awarded to org_id. */
DbStatus q_grant_received(Db *db, int64_t org_id, int64_t grant_id);
/* Forgets which programmes grant_id of grantee org_id funds: DB_NONE when it has none. */
DbStatus q_grant_programmes_clear(Db *db, int64_t org_id, int64_t grant_id);
/* Links programme_id of grantee org_id to its grant_id: DB_NONE when either is not org_id's. */
DbStatus q_grant_programme_add(Db *db, int64_t org_id, int64_t grant_id, int64_t programme_id);
/* The ids of the programmes grant_id of grantee org_id funds, by id. */
DbStatus q_grant_programmes(Db *db, int64_t org_id, int64_t grant_id, int64_t *id, DbRowFn fn,
                            void *ctx);

/* The programmes the grants of funder org_id fund (of call_id, 0: of every call), with the
 * figures each grant's proposal planned; by grantee, programme and grant. */
DbStatus q_funded_programmes(Db *db, int64_t org_id, int64_t call_id, FundedProgramme *row,
                             DbRowFn fn, void *ctx);

#endif
