/* q/cases/work.h — statements on a team's work on its case: the milestones it marked done
 * and the deliverables it handed in (a link or a file), with the partner's comment and
 * rating. Files are read for staff (org_id), for the partner's own organisation (through
 * partners.partner_org_id) and for a member of the team (account_id). Owns nothing; texts
 * and bytes are allocated in the arena given. */
#ifndef TRAJECT_Q_CASES_WORK_H
#define TRAJECT_Q_CASES_WORK_H

#include "core/arena.h"
#include "db/db.h"
#include "model/cases.h"

/* Marks milestone item_id done for team_id by person_id: DB_NONE when the item is not a
 * milestone of the team's case or was already done. */
DbStatus q_milestone_done(Db *db, int64_t org_id, int64_t team_id, int64_t item_id,
                          int64_t person_id, int64_t now);
/* The milestones done by the teams of case_id. */
DbStatus q_milestones_done(Db *db, int64_t org_id, int64_t case_id, Arena *a, MilestoneDone *row,
                           DbRowFn fn, void *ctx);

/* Records x (org_id, team_id, item_id, person_id, url or file fields) with the file's bytes
 * data[0..x->file_size) (NULL for a link): DB_NONE when the item is not a deliverable of
 * the team's case. */
DbStatus q_handin_add(Db *db, const Handin *x, const void *data, int64_t now, int64_t *id);
/* The hand-ins of the teams of case_id, by team and deliverable, the latest first. */
DbStatus q_handins(Db *db, int64_t org_id, int64_t case_id, Arena *a, Handin *row, DbRowFn fn,
                   void *ctx);
/* The partner's comment and rating of hand-in id of case_id: DB_NONE when not of it. */
DbStatus q_handin_review(Db *db, int64_t org_id, int64_t case_id, int64_t id, const char *comment,
                         int64_t rating, int64_t account_id, int64_t now);

/* Who may download a hand-in's file: the training organisation, the partner's own
 * organisation, a member of the team (by account). */
typedef enum HandinReader { READ_STAFF, READ_PARTNER, READ_TEAM } HandinReader;
/* The file of hand-in id for who (org_id, or the account for READ_TEAM): DB_NONE when it
 * has none or who may not read it. */
DbStatus q_handin_file(Db *db, HandinReader who, int64_t org_id, int64_t id, Arena *a, char **name,
                       char **type, char **data, size_t *size);

#endif
