/* q/credentials/record.h — the statements of a learner's record (record.c): the share link
 * of an account, and the passed exam attempts of every people record linked to the
 * account. These belong to an account, not to an organisation: they take account_id, and
 * reach only the people records linked to it (as the other statements of /learning do).
 * Text results are allocated in the given arena. Return values are DbStatus. */
#ifndef TRAJECT_Q_CREDENTIALS_RECORD_H
#define TRAJECT_Q_CREDENTIALS_RECORD_H

#include <stdint.h>

#include "db/db.h"
#include "model/credentials.h"

/* Switches off the account's live link: DB_NONE when there was none. */
DbStatus q_record_link_off(Db *db, int64_t account_id, int64_t now);
/* Adds a live link (token_hash: hex SHA-256 of its token); DB_CONFLICT when one is live. */
DbStatus q_record_link_add(Db *db, int64_t account_id, const char *token_hash, int64_t now);
/* When the account's live link was made: DB_NONE when it has none. */
DbStatus q_record_link_live(Db *db, int64_t account_id, int64_t *created_at);
/* The account of a live link by its token's hash, with the account's name: DB_NONE for an
 * unknown or switched-off link, or a disabled account. */
DbStatus q_record_link_account(Db *db, const char *token_hash, Arena *a, int64_t *account_id,
                               char **name);

/* The passed exam attempts of the people records linked to account_id, the latest first. */
DbStatus q_record_passes(Db *db, int64_t account_id, Arena *a, RecordPass *row, DbRowFn fn,
                         void *ctx);

#endif
