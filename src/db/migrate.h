/* migrate.h — schema migrations: the numbered SQL files of src/db/schema/, embedded in
 * the binary, applied in order, each inside a transaction and recorded in
 * schema_migrations. Owns the schema_migrations table. */
#ifndef TRAJECT_MIGRATE_H
#define TRAJECT_MIGRATE_H

#include <stdio.h>

#include "core/embed.h"
#include "db/db.h"

/* Applies the pending migrations of files (NULL-name terminated, ascending names
 * "NNNN-name.sql"). Writes one line per applied migration to out (may be NULL).
 * Returns the number applied, or -1 on error (the failing one is rolled back). */
int migrate_apply(Db *db, const EmbeddedFile *files, FILE *out);

/* Writes "NNNN name applied|pending [time]" per migration. Returns the number pending,
 * or -1 on error. */
int migrate_status(Db *db, const EmbeddedFile *files, FILE *out);

/* Expands {{ID}} for the back end; the result lives in a. */
char *migrate_expand(Arena *a, DbBackend backend, const char *sql);

#endif
