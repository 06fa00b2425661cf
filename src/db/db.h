/* db.h — the database API with two back ends, SQLite and PostgreSQL.
 *
 * Owns: connections, per-connection prepared statements, transactions.
 * Does not own: SQL text (each statement lives in src/q/ as a static DbStmt) nor
 * the schema (src/db/schema/, applied by migrate.c).
 *
 * Statements are written once in the SQL both engines understand: $1..$n parameters,
 * INSERT ... ON CONFLICT, RETURNING, times as UTC seconds (BIGINT), money as integer
 * cents, no boolean columns (INTEGER 0/1). Where PostgreSQL could not infer a
 * parameter's type, write CAST($n AS BIGINT) or CAST($n AS TEXT).
 *
 * A Db is one connection and is used by one thread at a time. Each statement is
 * prepared on first use on a connection and kept until db_close. */
#ifndef TRAJECT_DB_H
#define TRAJECT_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef enum DbStatus {
    DB_FULL = -4,     /* the disk or the database's size limit is full: nothing was written */
    DB_ERROR = -3,    /* our bug or the server went away: already logged */
    DB_RETRY = -2,    /* busy / serialization failure: db_tx retries */
    DB_CONFLICT = -1, /* a UNIQUE, CHECK or FOREIGN KEY constraint refused the write */
    DB_NONE = 0,      /* no row matched / no row changed */
    DB_ONE = 1,       /* one row (or more) */
} DbStatus;

typedef enum DbBackend { DB_SQLITE = 1, DB_PG = 2 } DbBackend;

typedef struct DbStmt {
    const char *name; /* unique over the program: also the PostgreSQL statement name */
    const char *sql;
} DbStmt;

typedef enum DbType { DBT_END = 0, DBT_INT64, DBT_TEXT, DBT_NULL, DBT_BLOB, DBT_VOCAB } DbType;

struct Vocab;

/* A statement used by one function is defined inside it, in the outermost block of its body
 * (usually first):
 *     DB_SQL(st, "member_roles", "SELECT m.roles FROM memberships m WHERE ...");
 *     return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(...));
 * A statement that several functions run is defined once at file scope:
 *     DB_STMT(Q_CALL_GET) = {.name = "call_get", .sql = "..."};
 * (DB_PAGE_SORT in db/page.h defines the four of a paged list's sort column so.) Either way the
 * name and the SQL are string literals (or macros that are string literals): a statement is never
 * built at run time. Every statement is also listed in one linker section, so that a test can
 * prepare each one on both back ends (db_stmts_begin/end). */
#define DB_STMT(var)                                                                               \
    static const DbStmt var;                                                                       \
    static const DbStmt *const var##_listed __attribute__((used, section("traject_stmts"))) =      \
        &var;                                                                                      \
    static const DbStmt var
#define DB_SQL(var, NAME, SQL)                                                                     \
    static const DbStmt var = {.name = NAME, .sql = SQL};                                          \
    static const DbStmt *const var##_listed __attribute__((used, section("traject_stmts"))) = &var

/* The statements linked into this program, in no particular order, from begin up to end.
 * (Those of object files the linker left out of a static library are missing.) */
const DbStmt *const *db_stmts_begin(void);
const DbStmt *const *db_stmts_end(void);

/* An input parameter. Text is passed as UTF-8; a NULL text pointer is SQL NULL. */
typedef struct DbParam {
    DbType type;
    int64_t i;
    const char *s;
    size_t n; /* bytes of a blob */
} DbParam;

/* An output column. Text results are copied into the arena; SQL NULL gives NULL
 * (text) or 0 (integer), and sets *is_null when is_null is given. */
typedef struct DbCol {
    DbType type;
    Arena *arena;
    int64_t *i;
    char **s;
    bool *is_null;
    size_t *len;               /* bytes of a blob */
    const struct Vocab *vocab; /* DBT_VOCAB: the list the stored key is read from */
    int *e;                    /* DBT_VOCAB: receives the enum value */
} DbCol;

/* Ends a DbParam or DbCol array. */
#define DB_END                                                                                     \
    {                                                                                              \
        0                                                                                          \
    }

/* The parameters and the columns of one call, as arrays that live until the end of the
 * enclosing block: db_exec(db, &st, DB_IN(db_int64(org_id), db_str(name))). A statement
 * without parameters takes NULL for in. */
#define DB_IN(...) ((const DbParam[]){__VA_ARGS__, DB_END})
#define DB_COLS(...) ((DbCol[]){__VA_ARGS__, DB_END})

static inline DbParam db_int64(int64_t v)
{
    return (DbParam){.type = DBT_INT64, .i = v};
}
static inline DbParam db_str(const char *s)
{
    return (DbParam){.type = s ? DBT_TEXT : DBT_NULL, .s = s};
}
static inline DbParam db_null(void)
{
    return (DbParam){.type = DBT_NULL};
}
/* Bytes, which may hold NUL (a file). */
static inline DbParam db_blob(const void *p, size_t n)
{
    return (DbParam){.type = DBT_BLOB, .s = p, .n = n};
}
/* Bytes copied into the arena (with a NUL after them) and their length. */
static inline DbCol db_blob_out(Arena *a, char **out, size_t *len)
{
    return (DbCol){.type = DBT_BLOB, .arena = a, .s = out, .len = len};
}
static inline DbCol db_text(Arena *a, char **out)
{
    return (DbCol){.type = DBT_TEXT, .arena = a, .s = out};
}
/* A text column holding a key of vocabulary v (core/vocab.h): *out receives its enum value;
 * SQL NULL gives 0 (the list's "none" value where it has one); an unknown key is logged as
 * a bug and leaves *out as it was. */
static inline DbCol db_vocab(const struct Vocab *v, int *out)
{
    return (DbCol){.type = DBT_VOCAB, .vocab = v, .e = out};
}
static inline DbCol db_int64_out(int64_t *out)
{
    return (DbCol){.type = DBT_INT64, .i = out};
}
static inline DbCol db_int64_null(int64_t *out, bool *is_null)
{
    return (DbCol){.type = DBT_INT64, .i = out, .is_null = is_null};
}

typedef struct Db Db;

/* Opens a connection for a URL: "sqlite:PATH" (created if missing; WAL, foreign keys,
 * busy timeout) or "postgresql://..." / "postgres://...". On failure returns NULL and
 * writes one line, without the password, into err. */
Db *db_open(const char *url, char *err, size_t errlen);

/* True for a PostgreSQL URL (postgresql://... or postgres://...). */
bool db_url_is_pg(const char *url);

/* True when the connection answers now: on PostgreSQL one empty round trip (a connection
 * found lost is reset once first), without a line on the log; always true on SQLite. */
bool db_alive(Db *db);

/* Finalizes prepared statements and closes the connection. NULL is allowed. */
void db_close(Db *db);

DbBackend db_backend(const Db *db);

/* The statements run on this connection so far (each a round trip to PostgreSQL; BEGIN and
 * COMMIT count), for a request's X-Statements header and benchmarks. */
uint64_t db_statements(const Db *db);

/* For a command that writes much and answers only when it ends: each commit need not
 * reach the disk before the next (SQLite synchronous=NORMAL instead of the server's FULL);
 * db_close makes it all durable. PostgreSQL commits stay as they are. */
void db_sync_at_close(Db *db);

/* Whether a statement on this connection found the disk full since db_full_clear (a
 * transaction's function may turn that status into another: the connection remembers it,
 * so that the user is told "out of space" rather than "unavailable"). */
bool db_full(const Db *db);
void db_full_clear(Db *db);

/* Prepares a statement on this connection without running it (it is then kept like any
 * other). Returns DB_NONE, or DB_ERROR when the engine refuses its SQL (logged with the
 * statement's name and the engine's message). */
DbStatus db_prepare(Db *db, const DbStmt *st);

/* Runs a statement that returns rows and fills cols from the first row.
 * Returns DB_ONE, DB_NONE (no row) or an error status. */
DbStatus db_select_one(Db *db, const DbStmt *st, const DbParam *in, DbCol *cols);

/* db_select_one for the first column of the first row, an integer (a count, an id, a sum):
 * SQL NULL gives 0. */
DbStatus db_select_int64(Db *db, const DbStmt *st, const DbParam *in, int64_t *out);

/* Called after cols were filled from one row; returns false to stop early. */
typedef bool (*DbRowFn)(void *ctx);

/* Runs a statement and calls row(ctx) for every row, cols filled each time.
 * Returns DB_ONE if there was at least one row, DB_NONE if none, or an error. */
DbStatus db_select_many(Db *db, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                        void *ctx);

/* Runs a statement without result rows. Returns DB_ONE if a row changed, DB_NONE if none,
 * or an error status (DB_CONFLICT for a constraint violation). Outside db_tx on SQLite this
 * takes the process-wide write lock for the statement's duration. */
DbStatus db_exec(Db *db, const DbStmt *st, const DbParam *in);

/* db_exec that also gives the number of rows changed in *changes. */
DbStatus db_exec_changes(Db *db, const DbStmt *st, const DbParam *in, int64_t *changes);

/* Runs several ;-separated statements without parameters (migrations). Not prepared. */
DbStatus db_exec_script(Db *db, const char *sql);

/* Reads that do not depend on each other, sent together: between db_batch_begin and
 * db_batch_run, db_select_one, db_select_int64 and db_select_many on this connection only
 * queue their statement (they return DB_NONE and fill nothing yet); db_batch_run runs them in
 * the order queued — PostgreSQL in one round trip (libpq's pipeline mode), SQLite one after
 * the other — filling the columns and calling the row functions as each call would have,
 * and returns the first error, or DB_ONE if any statement found a row, else DB_NONE. The
 * parameters are copied when queued; the columns' targets and the row functions' contexts
 * must live until db_batch_run: a q function whose row function is a wrapper with a context
 * on its own stack (reading a column into a local first) cannot be batched. Only reads
 * (SELECT), never a write. */
void db_batch_begin(Db *db);
DbStatus db_batch_run(Db *db);

typedef DbStatus (*DbTxFn)(Db *db, void *ctx);

/* Runs fn(db, ctx) in a transaction: commits if fn returns DB_NONE or DB_ONE, rolls back
 * otherwise. Retries (up to a few times, with a short back-off) when fn or the commit
 * returns DB_RETRY (SQLite busy, PostgreSQL serialization failure or deadlock).
 * On SQLite the transaction is BEGIN IMMEDIATE under the process-wide write lock.
 * Nested calls run fn inside the outer transaction. Returns fn's status. */
DbStatus db_tx(Db *db, DbTxFn fn, void *ctx);

/* Copies url into buf with any password replaced by "***". Returns buf. */
const char *db_url_redacted(const char *url, char *buf, size_t n);

/* --- bulk loads -------------------------------------------------------------------------
 * Many rows into one table at the speed of the engine's own loader, with every constraint,
 * trigger and index on: on PostgreSQL through COPY ... FROM STDIN (text format, sent in large
 * pieces), on SQLite through the INSERT prepared once and bound by position. Its statement is
 * written once with DB_COPY, whose INSERT is listed with every other statement (so that the
 * test that prepares them all prepares it too) and whose COPY names the same columns:
 *     DB_COPY(cp, "scale_people", "people", "id, org_id, name", "$1, $2, $3");
 *     db_copy_begin(db, &cp); ... db_copy_row(db, DB_IN(...)); ... db_copy_end(db);
 * One load at a time per connection, inside db_tx (a COPY holds the connection until it
 * ends: run no other statement in between). */
typedef struct DbCopy {
    const DbStmt *insert; /* INSERT INTO table (cols) VALUES ($1, ..., $n) */
    const char *copy;     /* COPY table (cols) FROM STDIN */
} DbCopy;

#define DB_COPY(var, NAME, TABLE, COLS, PARAMS)                                                    \
    DB_SQL(var##_insert, NAME, "INSERT INTO " TABLE " (" COLS ") VALUES (" PARAMS ")");            \
    static const DbCopy var = {.insert = &var##_insert,                                            \
                               .copy = "COPY " TABLE " (" COLS ") FROM STDIN"}

/* Starts a load. DB_ERROR (logged) when the engine refuses it. */
DbStatus db_copy_begin(Db *db, const DbCopy *c);
/* One row: its values in the order of the columns. A refused row may only be reported by
 * db_copy_end on PostgreSQL (the whole load is refused then). */
DbStatus db_copy_row(Db *db, const DbParam *in);
/* Ends the load: DB_NONE, DB_CONFLICT when a constraint refused a row, or DB_ERROR. */
DbStatus db_copy_end(Db *db);

/* The references (foreign keys) of a bulk load's tables checked once for all their rows
 * instead of row by row, where the engine checks row by row slowly (PostgreSQL: each row of a
 * COPY runs one query per foreign key). db_copy_defer_checks, inside a transaction, takes the
 * foreign keys of the tables named (NULL-terminated, names known at compile time) off until
 * db_copy_checks_end, in the same transaction, puts them back, each validated over every row
 * in one pass: a row that refers to nothing makes it fail, and the transaction with it, so
 * nobody outside the transaction ever sees the tables without their constraints. The tables
 * are locked against every other connection meanwhile. On SQLite each row is checked as it is
 * written, cheaply: both do nothing. db_copy_checks_deferred says which way db goes. */
bool db_copy_checks_deferred(const Db *db);
DbStatus db_copy_defer_checks(Db *db, const char *const *tables);
DbStatus db_copy_checks_end(Db *db);

/* Says that the caller gave table's rows ids up to last_id itself (a bulk load), so that a row
 * the database numbers comes after them (PostgreSQL moves the identity's sequence; SQLite
 * already numbers after the largest id). table is a name known at compile time. */
DbStatus db_ids_taken(Db *db, const char *table, int64_t last_id);

/* --- back-end interface (db.c dispatches, db_sqlite.c and db_pg.c implement) --- */

/* A read queued by db_batch_begin: its own copies of the parameters and the columns. */
typedef struct DbQueued {
    const DbStmt *st;
    DbParam *in;
    DbCol *cols;
    DbRowFn row;
    void *ctx;
    bool one;
} DbQueued;

typedef struct DbOps {
    DbBackend backend;
    void *(*open)(const char *target, char *err, size_t errlen);
    void (*close)(void *conn);
    bool (*alive)(void *conn); /* NULL: always (SQLite) */
    DbStatus (*prepare)(void *conn, const DbStmt *st);
    /* one: stop after the first row. */
    DbStatus (*select)(void *conn, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                       void *ctx, bool one);
    DbStatus (*exec)(void *conn, const DbStmt *st, const DbParam *in, int64_t *changes);
    DbStatus (*script)(void *conn, const char *sql);
    const char *begin; /* the script that starts a transaction (COMMIT ends it) */
    void (*rollback)(void *conn);
    /* Runs n queued reads in one round trip (db_batch_run); NULL: one after the other. */
    DbStatus (*batch)(void *conn, const struct DbQueued *q, int n);
    /* a bulk load (see db_copy_begin): one at a time per connection */
    DbStatus (*copy_begin)(void *conn, const DbCopy *c);
    DbStatus (*copy_row)(void *conn, const DbParam *in);
    DbStatus (*copy_end)(void *conn);
    DbStatus (*ids_taken)(void *conn, const char *table, int64_t last_id);
    /* NULL where rows are checked as they come (see db_copy_defer_checks) */
    DbStatus (*defer_checks)(void *conn, const char *const *tables);
    DbStatus (*checks_end)(void *conn);
    /* SQLite only: serialise writers in-process. NULL for PostgreSQL. */
    void (*write_lock)(void);
    void (*write_unlock)(void);
} DbOps;

extern const DbOps db_sqlite_ops;
extern const DbOps db_pg_ops;

/* Shared by both back ends: copies a text result into the column. */
void db_col_set_text(DbCol *c, const char *s, size_t n);
void db_col_set_null(DbCol *c);
/* A blob column from raw bytes, or from PostgreSQL's text form of bytea ("\\x" and hex). */
void db_col_set_blob(DbCol *c, const void *p, size_t n);
void db_col_set_bytea_hex(DbCol *c, const char *s, size_t n);
void db_col_set_int64(DbCol *c, int64_t v);

#endif
