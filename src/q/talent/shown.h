/* q/talent/shown.h — what a profile shows, read by its learner (every competence they were
 * assessed on and every valid credential of theirs, each with whether the profile shows it)
 * or by a partner (only what the profile shows, and only through talent_visible, as every
 * statement of a partner's view: pool.h). Texts are allocated in the arena given. */
#ifndef TRAJECT_Q_TALENT_SHOWN_H
#define TRAJECT_Q_TALENT_SHOWN_H

#include <stdint.h>

#include "core/arena.h"
#include "db/db.h"
#include "model/talent.h"

/* Who reads: who is the learner's account, or the partner's own organisation. */
typedef enum TalentReader { TALENT_LEARNER, TALENT_PARTNER } TalentReader;

/* The competences of profile_id (the learner: 0 before there is one) at their latest level
 * (any organisation), framework by framework. */
DbStatus q_talent_competences(Db *db, TalentReader by, int64_t who, int64_t profile_id, Arena *a,
                              TalentCompetence *row, DbRowFn fn, void *ctx);
/* Its credentials neither revoked nor expired at now, newest first. */
DbStatus q_talent_credentials(Db *db, TalentReader by, int64_t who, int64_t profile_id, int64_t now,
                              Arena *a, TalentCredential *row, DbRowFn fn, void *ctx);

#endif
