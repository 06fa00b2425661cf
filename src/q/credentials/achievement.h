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
/* Changes the texts and validity of achievement in->id (credentials already issued keep
 * what they were signed with). DB_NONE: no such achievement in org_id. */
DbStatus q_achievement_update(Db *db, int64_t org_id, const Achievement *in);
DbStatus q_achievement_get(Db *db, int64_t org_id, int64_t id, Arena *a, Achievement *out);
/* The organisation's achievements by name, with the number of credentials issued. */
DbStatus q_achievements_list(Db *db, int64_t org_id, Arena *a, Achievement *row, DbRowFn fn,
                             void *ctx);

/* A rule "on completion of programme_id" or "on certification in programme_id" (kind) for
 * the achievement; the programme must be the organisation's (DB_NONE otherwise). */
DbStatus q_rule_programme_add(Db *db, int64_t org_id, int64_t achievement_id, RuleKind kind,
                              int64_t programme_id, int64_t now);
/* A rule "on reaching min_level on competence_id" (a shared competence or the
 * organisation's own; DB_NONE otherwise; DB_CONFLICT when the achievement has one for it). */
DbStatus q_rule_level_add(Db *db, int64_t org_id, int64_t achievement_id, int64_t competence_id,
                          int64_t min_level, int64_t now);
DbStatus q_rule_delete(Db *db, int64_t org_id, int64_t achievement_id, int64_t rule_id);
/* The achievement's rules, with the programme's titles (NULL where not given). */
DbStatus q_rules_list(Db *db, int64_t org_id, int64_t achievement_id, Arena *a,
                      AchievementRule *row, DbRowFn fn, void *ctx);
/* The achievements issued on completing programme_id: *id receives each. */
DbStatus q_rules_on_completion(Db *db, int64_t org_id, int64_t programme_id, int64_t *id,
                               DbRowFn fn, void *ctx);

/* The achievements a level of level on competence_id issues to person_id, who has none of
 * them yet (in any way): *id receives each. */
DbStatus q_rules_on_level(Db *db, int64_t org_id, int64_t person_id, int64_t competence_id,
                          int64_t level, int64_t *id, DbRowFn fn, void *ctx);

/* An achievement and the programme whose certification issues it. */
typedef struct RuleMatch {
    int64_t achievement_id, programme_id;
} RuleMatch;
/* The rules "on certification" of the programmes person_id was ever enrolled in, for
 * achievements the person has none of yet. */
DbStatus q_rules_on_certified(Db *db, int64_t org_id, int64_t person_id, RuleMatch *row, DbRowFn fn,
                              void *ctx);

#endif
