/* q/credentials/achievement.h — the statements on achievements and their issuing rules
 * (achievement.c), one function each, org_id in every signature. Text results are
 * allocated in the given arena. Return values are DbStatus (DB_ONE found/changed, DB_NONE
 * not found/unchanged, negative on error; DB_CONFLICT for a rule that exists). */
#ifndef TRAJECT_Q_CREDENTIALS_ACHIEVEMENT_H
#define TRAJECT_Q_CREDENTIALS_ACHIEVEMENT_H

#include <stdint.h>

#include "db/db.h"
#include "model/credentials.h"

DbStatus q_achievement_add(Db *db, int64_t org_id, const Achievement *in, int64_t now, int64_t *id);
DbStatus q_achievement_get(Db *db, int64_t org_id, int64_t id, Arena *a, Achievement *out);
/* The organisation's achievements by name, with the number of credentials issued. */
DbStatus q_achievements_list(Db *db, int64_t org_id, Arena *a, Achievement *row, DbRowFn fn,
                             void *ctx);

/* A rule "on completion of programme_id" for the achievement; the programme must be the
 * organisation's (DB_NONE otherwise). */
DbStatus q_rule_completion_add(Db *db, int64_t org_id, int64_t achievement_id, int64_t programme_id,
                               int64_t now);
DbStatus q_rule_delete(Db *db, int64_t org_id, int64_t achievement_id, int64_t rule_id);
/* The achievement's rules, with the programme's titles (NULL where not given). */
DbStatus q_rules_list(Db *db, int64_t org_id, int64_t achievement_id, Arena *a,
                      AchievementRule *row, DbRowFn fn, void *ctx);
/* The achievements issued on completing programme_id: *id receives each. */
DbStatus q_rules_on_completion(Db *db, int64_t org_id, int64_t programme_id, int64_t *id,
                               DbRowFn fn, void *ctx);

#endif
