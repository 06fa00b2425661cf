/* q/talent/profile.h — the learner's side of the talent pool: their profile (made with a
 * handle on first use, saved, shown to no one, all or some partners), what they may show on
 * it (the competences they were assessed on, their valid credentials), the partner records
 * they may show it to, and who sees and saw it. These belong to an account, not to an
 * organisation: they take account_id and reach only the people records linked to it, as the
 * other statements of /learning do. Texts are allocated in the arena given. */
#ifndef TRAJECT_Q_TALENT_PROFILE_H
#define TRAJECT_Q_TALENT_PROFILE_H

#include <stdint.h>

#include "core/arena.h"
#include "db/db.h"
#include "model/talent.h"

/* The profile of account_id: DB_NONE when it has none yet. */
DbStatus q_talent_mine(Db *db, int64_t account_id, Arena *a, TalentProfile *out);
/* Makes the profile of account_id with handle, hidden and empty; *id receives its id.
 * DB_NONE when the account has one already; DB_CONFLICT when the handle is taken. */
DbStatus q_talent_create(Db *db, int64_t account_id, const char *handle, int64_t now, int64_t *id);
/* Saves what the learner approved (text, availability, contract) as of now. */
DbStatus q_talent_save(Db *db, int64_t account_id, const TalentInput *in, int64_t now);
/* Sets who sees the profile. */
DbStatus q_talent_visibility(Db *db, int64_t account_id, TalentVisibility v, int64_t now);

/* Forgets which competences, credentials and partners the profile names (before the
 * learner's new choice is added). */
DbStatus q_talent_competences_clear(Db *db, int64_t profile_id);
DbStatus q_talent_credentials_clear(Db *db, int64_t profile_id);
DbStatus q_talent_partners_clear(Db *db, int64_t profile_id);
/* Shows a competence account_id was assessed on: DB_NONE when it was not. */
DbStatus q_talent_competence_show(Db *db, int64_t profile_id, int64_t account_id,
                                  int64_t competence_id);
/* Shows a credential of account_id that is neither revoked nor expired: DB_NONE otherwise. */
DbStatus q_talent_credential_show(Db *db, int64_t profile_id, int64_t account_id,
                                  int64_t credential_id, int64_t now);
/* Shows the profile to a partner record of an organisation where account_id learns, that
 * names its organisation in traject: DB_NONE otherwise. */
DbStatus q_talent_partner_choose(Db *db, int64_t profile_id, int64_t account_id,
                                 int64_t partner_id);

/* The partner records the learner may show the profile to, by partner name, with whether
 * profile_id chose it. */
DbStatus q_talent_choices(Db *db, int64_t account_id, int64_t profile_id, Arena *a,
                          TalentChoice *row, DbRowFn fn, void *ctx);

/* The partners' organisations that see the profile of account_id now (talent_visible), by
 * name. */
DbStatus q_talent_seen_by(Db *db, int64_t account_id, Arena *a, TalentSeen *row, DbRowFn fn,
                          void *ctx);
/* The partners' organisations that opened it, how many times and when last, the latest
 * first. */
DbStatus q_talent_opened_by(Db *db, int64_t account_id, Arena *a, TalentSeen *row, DbRowFn fn,
                            void *ctx);

#endif
