/* q/cases/team.h — statements on teams of a cohort's learners: forming one, giving it a
 * case, reading the teams of a cohort or of a case with their members' names, and the
 * teams of a learner's account (/learning: the learner's own statements take the account,
 * as the other statements of /learning do, and reach only the people records linked to
 * it). Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_CASES_TEAM_H
#define TRAJECT_Q_CASES_TEAM_H

#include "core/arena.h"
#include "db/db.h"
#include "model/cases.h"
#include "model/training.h"

/* Adds a team named name to cohort_id of org_id: DB_NONE when the cohort is not org_id's. */
DbStatus q_team_add(Db *db, int64_t org_id, int64_t cohort_id, const char *name, int64_t now,
                    int64_t *id);
/* Adds person_id to team_id: DB_NONE unless the person is enrolled (and still so) in the
 * team's cohort. */
DbStatus q_team_member_add(Db *db, int64_t org_id, int64_t team_id, int64_t person_id);
/* Gives team_id the case case_id: DB_NONE unless the case is accepted into the team's
 * cohort. */
DbStatus q_team_assign(Db *db, int64_t org_id, int64_t team_id, int64_t case_id);

/* The teams of cohort_id (case_id 0) or of case_id (cohort_id 0), by name; members unset. */
DbStatus q_team_list(Db *db, int64_t org_id, int64_t cohort_id, int64_t case_id, Arena *a,
                     Team *row, DbRowFn fn, void *ctx);
/* The members of those same teams, by team then name: team_id, and the person's id and
 * name. */
DbStatus q_team_members(Db *db, int64_t org_id, int64_t cohort_id, int64_t case_id, Arena *a,
                        int64_t *team_id, PersonName *row, DbRowFn fn, void *ctx);

/* The cohort's learners still enrolled, by name (for forming teams). */
DbStatus q_cohort_learners(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, PersonName *row,
                           DbRowFn fn, void *ctx);

/* The cohorts of org_id that have not ended on today (YYYY-MM-DD), the first to start first,
 * for accepting a case into one: id, name, starts_on, ends_on. */
DbStatus q_case_cohorts(Db *db, int64_t org_id, const char *today, Arena *a, Cohort *row,
                        DbRowFn fn, void *ctx);

/* The teams with a case that a people record of account_id belongs to (any organisation):
 * the team (case_id, case_title, partner_name, org_name set) and the case's org_id. */
DbStatus q_my_teams(Db *db, int64_t account_id, Arena *a, Team *row, int64_t *org_id, DbRowFn fn,
                    void *ctx);
/* One of those: DB_NONE when account_id is not in team_id (or it has no case); *org_id and
 * *person_id receive the organisation and the people record that is in the team. */
DbStatus q_my_team(Db *db, int64_t account_id, int64_t team_id, Arena *a, Team *out,
                   int64_t *org_id, int64_t *person_id);

#endif
