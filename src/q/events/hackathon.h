/* q/events/hackathon.h — statements on what a hackathon adds to an event: its challenges
 * (each from one of the organisation's partners), its jury's weighted criteria, its teams of
 * registered people, what they submit and the jury's scores. Every statement takes the
 * training organisation's org_id; a partner's page reads the challenges by partner_id of
 * that organisation. Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_EVENTS_HACKATHON_H
#define TRAJECT_Q_EVENTS_HACKATHON_H

#include "core/arena.h"
#include "db/db.h"
#include "model/events.h"

/* Records a challenge of hackathon event_id from partner partner_id, both org_id's: DB_NONE
 * when either is not (or the event is no hackathon). */
DbStatus q_hack_challenge_add(Db *db, int64_t org_id, int64_t event_id, int64_t partner_id,
                              const char *title, const char *brief, int64_t now, int64_t *id);

/* The challenges of event_id, with their partner and teams, in the order recorded. */
DbStatus q_hack_challenges(Db *db, int64_t org_id, int64_t event_id, Arena *a, Challenge *row,
                           DbRowFn fn, void *ctx);

/* The challenges partner partner_id of org_id brought, newest event first, each with its
 * event. */
DbStatus q_hack_partner_challenges(Db *db, int64_t org_id, int64_t partner_id, Arena *a,
                                   Challenge *row, DbRowFn fn, void *ctx);

/* Adds a criterion (1 to 100 for its weight) to event_id: DB_NONE when it is not org_id's. */
DbStatus q_hack_criterion_add(Db *db, int64_t org_id, int64_t event_id, const char *label,
                              int64_t weight, int64_t *id);

/* The criteria of event_id in the order added. */
DbStatus q_hack_criteria(Db *db, int64_t org_id, int64_t event_id, Arena *a, Criterion *row,
                         DbRowFn fn, void *ctx);

/* Forms a team on challenge challenge_id of event_id: DB_NONE when the challenge is not of
 * that event of org_id. */
DbStatus q_hack_team_add(Db *db, int64_t org_id, int64_t event_id, int64_t challenge_id,
                         const char *name, int64_t now, int64_t *id);

/* Puts registration registration_id in team team_id: DB_NONE unless it is registered (not
 * waiting, not cancelled) for the team's event; DB_CONFLICT when it is in a team already. */
DbStatus q_hack_member_add(Db *db, int64_t org_id, int64_t team_id, int64_t registration_id);

/* The teams of event_id (members "" here: see q_hack_team_members), by name. */
DbStatus q_hack_teams(Db *db, int64_t org_id, int64_t event_id, Arena *a, HackTeam *row, DbRowFn fn,
                      void *ctx);

/* One team of org_id; or the team of registration registration_id (any organisation: the
 * personal page). */
DbStatus q_hack_team_get(Db *db, int64_t org_id, int64_t id, Arena *a, HackTeam *out);
DbStatus q_hack_team_of(Db *db, int64_t registration_id, Arena *a, HackTeam *out);

/* The members of the teams of event_id: each row a team id and a name, by team. */
DbStatus q_hack_team_members(Db *db, int64_t org_id, int64_t event_id, Arena *a, int64_t *team_id,
                             char **name, DbRowFn fn, void *ctx);

/* The registered people of event_id who are in no team yet, by name. */
DbStatus q_hack_free_people(Db *db, int64_t org_id, int64_t event_id, Arena *a,
                            EventRegistration *row, DbRowFn fn, void *ctx);

/* Records what team team_id of org_id submits: a link (url) or a file (name, type, bytes). */
DbStatus q_hack_submission_add(Db *db, int64_t org_id, int64_t team_id, const Submission *s,
                               const void *data, int64_t now, int64_t *id);

/* The submissions of team team_id, newest first. */
DbStatus q_hack_submissions(Db *db, int64_t org_id, int64_t team_id, Arena *a, Submission *row,
                            DbRowFn fn, void *ctx);

/* A submitted file of org_id with its bytes. */
DbStatus q_hack_submission_file(Db *db, int64_t org_id, int64_t id, Arena *a, Submission *out,
                                char **data, size_t *len);

/* Sets a juror's score of a team on a criterion (both of the team's event): DB_NONE when the
 * criterion is not of the team's event. */
DbStatus q_hack_score_set(Db *db, int64_t org_id, int64_t team_id, int64_t juror_id,
                          int64_t criterion_id, int64_t score);

/* Every score of event_id's teams, by team, juror and criterion. */
DbStatus q_hack_scores(Db *db, int64_t org_id, int64_t event_id, Score *row, DbRowFn fn, void *ctx);

#endif
