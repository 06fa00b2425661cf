/* q/credentials/credential.h — the statements on issued credentials (credential.c), one
 * function each. Every statement on credentials of one organisation takes org_id; the
 * public ones (a credential by its public uid, for /verify/{uid}) say so. Text results
 * are allocated in the given arena. Return values are DbStatus (DB_ONE found/changed,
 * DB_NONE not found/unchanged, negative on error). */
#ifndef TRAJECT_Q_CREDENTIALS_CREDENTIAL_H
#define TRAJECT_Q_CREDENTIALS_CREDENTIAL_H

#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/credentials.h"

/* The next free place in the organisation's status list (0 for the first). */
DbStatus q_credential_next_index(Db *db, int64_t org_id, int64_t *index);
/* Adds a credential; in->id receives its id. by 0: no one (a rule). */
DbStatus q_credential_add(Db *db, int64_t org_id, Credential *in, int64_t by);
/* One credential of the organisation, with its achievement's and learner's names. */
DbStatus q_credential_get(Db *db, int64_t org_id, int64_t id, Arena *a, Credential *out);
/* Public: a credential of any organisation by its uid, with the organisation's name. */
/* The credential at a place of the organisation's status list. */
DbStatus q_credential_by_index(Db *db, int64_t org_id, int64_t index, Arena *a, Credential *out);
/* Public: a credential of any organisation by its uid, with the organisation's name. */
DbStatus q_credential_by_uid(Db *db, const char *uid, Arena *a, Credential *out);
/* The sort columns of the organisation's list of credentials, in its pager's order. */
enum { CREDENTIAL_BY_ISSUED, CREDENTIAL_BY_LEARNER, CREDENTIAL_SORTS };
/* One page of the organisation's credentials (db/page.h), searched by learner or
 * achievement; q_credentials_count: how many match the same search ('' for all). */
DbStatus q_credentials_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Credential *row,
                            DbRowFn fn, void *ctx);
DbStatus q_credentials_count(Db *db, int64_t org_id, const char *like, int64_t *n);
/* Revokes a credential not yet revoked; DB_NONE when not found or revoked already. */
DbStatus q_credential_revoke(Db *db, int64_t org_id, int64_t id, int64_t by, const char *reason,
                             int64_t now);
/* The status list places of the organisation's revoked credentials: *index each. */
DbStatus q_credentials_revoked(Db *db, int64_t org_id, int64_t *index, DbRowFn fn, void *ctx);
/* The credentials of the people an account is (its person records in every organisation),
 * newest first; q_learner_credential: one of them by id. */
DbStatus q_learner_credentials(Db *db, int64_t account_id, Arena *a, Credential *row, DbRowFn fn,
                               void *ctx);
DbStatus q_learner_credential(Db *db, int64_t account_id, int64_t id, Arena *a, Credential *out);

/* The name of a person of the organisation who has been enrolled in one of its cohorts;
 * DB_NONE for anyone else. */
DbStatus q_credential_learner(Db *db, int64_t org_id, int64_t person_id, Arena *a, char **name);
/* The organisation's people who have been enrolled, by name: id and name of each. */
DbStatus q_credential_learners(Db *db, int64_t org_id, Arena *a, int64_t *id, char **name,
                               DbRowFn fn, void *ctx);
/* The e-mail address and language (en, nl, fr) of the account a person of the
 * organisation is linked to; DB_NONE when none (or disabled). */
DbStatus q_credential_learner_account(Db *db, int64_t org_id, int64_t person_id, Arena *a,
                                      char **email, char **lang);
/* The person and programme of an enrolment of the organisation. */
DbStatus q_credential_enrolment(Db *db, int64_t org_id, int64_t enrolment_id, int64_t *person_id,
                                int64_t *programme_id);

#endif
