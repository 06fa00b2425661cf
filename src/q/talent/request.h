/* q/talent/request.h — partners' requests to meet a learner: asking (only for a profile the
 * partner sees), the partner's list of its requests (only for learners it still sees, the
 * name and e-mail address only once accepted), the learner's list, and the learner's
 * answer. The partner's statements read profiles through talent_visible (as pool.h).
 * Texts are allocated in the arena given. */
#ifndef TRAJECT_Q_TALENT_REQUEST_H
#define TRAJECT_Q_TALENT_REQUEST_H

#include <stdint.h>

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/talent.h"

/* sort columns of a partner's requests */
enum { TREQ_BY_ASKED, TREQ_SORTS };

/* Records that account by of partner_org_id asks to meet profile_id with message; *id
 * receives the request's id. DB_NONE when the partner does not see the profile;
 * DB_CONFLICT when a request of that partner to that learner waits already. */
DbStatus q_request_add(Db *db, int64_t partner_org_id, int64_t profile_id, int64_t by,
                       const char *message, int64_t now, int64_t *id);

/* One page of partner_org_id's requests to learners it sees now, newest first, searched on
 * the handle, and how many there are. */
DbStatus q_request_page(Db *db, int64_t partner_org_id, const DbPage *p, Arena *a,
                        TalentRequest *row, DbRowFn fn, void *ctx);
DbStatus q_request_count(Db *db, int64_t partner_org_id, const char *like, int64_t *n);
/* The latest request of partner_org_id to profile_id it sees: DB_NONE when none. */
DbStatus q_request_latest(Db *db, int64_t partner_org_id, int64_t profile_id, Arena *a,
                          TalentRequest *out);

/* The requests to the learner account_id, newest first. */
DbStatus q_request_mine_list(Db *db, int64_t account_id, Arena *a, TalentRequest *row, DbRowFn fn,
                             void *ctx);
/* One of them: DB_NONE when it is not theirs. */
DbStatus q_request_mine(Db *db, int64_t account_id, int64_t id, Arena *a, TalentRequest *out);
/* Accepts the waiting request id of account_id, provided the partner still sees the
 * profile; declines it (whatever the partner sees). DB_NONE when nothing changed. */
DbStatus q_request_accept(Db *db, int64_t account_id, int64_t id, int64_t now);
DbStatus q_request_decline(Db *db, int64_t account_id, int64_t id, int64_t now);

#endif
