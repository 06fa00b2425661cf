/* db_sqlite.c — the SQLite back end: WAL, foreign keys, busy timeout, one prepared
 * statement cache per connection, and the process-wide write lock (two unserialised
 * writers pushed p99 from 6 ms to 400 ms here; see DESIGN.md).
 * Owns: sqlite3 handles and their statements. Does not own: SQL text. */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/log.h"
#include "db/db.h"

typedef struct CacheEntry {
    const DbStmt *key;
    sqlite3_stmt *st;
} CacheEntry;

typedef struct SqliteConn {
    sqlite3 *db;
    CacheEntry *cache; /* open addressing on the DbStmt address */
    size_t cap, count;
    sqlite3_stmt *copy; /* the INSERT of the bulk load under way (see db_copy_begin) */
    const DbStmt *copy_st;
} SqliteConn;

static pthread_mutex_t write_mutex = PTHREAD_MUTEX_INITIALIZER;

static void sq_write_lock(void)
{
    pthread_mutex_lock(&write_mutex);
}

static void sq_write_unlock(void)
{
    pthread_mutex_unlock(&write_mutex);
}

/* The collation that orders names, under PostgreSQL's name for the same ICU root
 * collation, so that one statement text says COLLATE "und-x-icu" on both back ends. */
static int collate_names(void *arg, int alen, const void *a, int blen, const void *b)
{
    (void)arg;
    return i18n_collate(a, alen, b, blen);
}

static void *sq_open(const char *path, char *err, size_t errlen)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(
        path, &db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, NULL);
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot open database sqlite:%s: %s", path,
                 db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 5000);
    if (!i18n_icu_init() || sqlite3_create_collation_v2(db, "und-x-icu", SQLITE_UTF8, NULL,
                                                        collate_names, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot use database sqlite:%s: no ICU collation", path);
        sqlite3_close(db);
        return NULL;
    }
    char *msg = NULL;
    /* each connection keeps up to 16 MiB of pages and reads the file through a mapping,
     * so that a list page of a large table costs what it costs on a small one */
    /* synchronous=FULL: a transaction is on disk (its WAL frames synced) before the user is
     * told it is done, so that a power cut loses no acknowledged write */
    rc = sqlite3_exec(db,
                      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                      "PRAGMA synchronous=FULL; PRAGMA trusted_schema=OFF; "
                      "PRAGMA cache_size=-16384; PRAGMA mmap_size=268435456;",
                      NULL, NULL, &msg);
    if (rc != SQLITE_OK) {
        snprintf(err, errlen, "cannot use database sqlite:%s: %s", path,
                 msg ? msg : sqlite3_errstr(rc));
        sqlite3_free(msg);
        sqlite3_close(db);
        return NULL;
    }
#ifdef TRAJECT_DEBUG
    /* tests: TRAJECT_TEST_FULL=1 stops the file growing, as a full disk would */
    if (getenv("TRAJECT_TEST_FULL"))
        sqlite3_exec(db, "PRAGMA max_page_count=1", NULL, NULL, NULL);
#endif
    SqliteConn *c = xcalloc(1, sizeof *c);
    c->db = db;
    c->cap = 64;
    c->cache = xcalloc(c->cap, sizeof *c->cache);
    return c;
}

static void sq_close(void *conn)
{
    SqliteConn *c = conn;
    for (size_t i = 0; i < c->cap; i++)
        if (c->cache[i].st)
            sqlite3_finalize(c->cache[i].st);
    free(c->cache);
    sqlite3_close(c->db);
    free(c);
}

static size_t slot_of(const SqliteConn *c, const DbStmt *key)
{
    size_t h = (size_t)((uintptr_t)key >> 4) * 11400714819323198485ull;
    size_t i = h & (c->cap - 1);
    while (c->cache[i].key && c->cache[i].key != key)
        i = (i + 1) & (c->cap - 1);
    return i;
}

static void cache_grow(SqliteConn *c)
{
    CacheEntry *old = c->cache;
    size_t old_cap = c->cap;
    c->cap *= 2;
    c->cache = xcalloc(c->cap, sizeof *c->cache);
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].key)
            c->cache[slot_of(c, old[i].key)] = old[i];
    free(old);
}

static DbStatus status_of(SqliteConn *c, int rc, const DbStmt *st)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DB_RETRY;
    case SQLITE_CONSTRAINT:
        log_info("constraint refused %s: %s", st ? st->name : "script", sqlite3_errmsg(c->db));
        return DB_CONFLICT;
    case SQLITE_FULL: /* not our bug: the disk (or the size limit) is full */
        log_error("database out of space in %s: %s", st ? st->name : "script",
                  sqlite3_errmsg(c->db));
        return DB_FULL;
    default:
        log_bug("sqlite error in %s: %s", st ? st->name : "script", sqlite3_errmsg(c->db));
        return DB_ERROR;
    }
}

static sqlite3_stmt *prepare(SqliteConn *c, const DbStmt *st)
{
    size_t i = slot_of(c, st);
    if (c->cache[i].key)
        return c->cache[i].st;
    sqlite3_stmt *s = NULL;
    const char *tail = NULL;
    int rc = sqlite3_prepare_v3(c->db, st->sql, -1, SQLITE_PREPARE_PERSISTENT, &s, &tail);
    if (rc != SQLITE_OK || !s) {
        log_bug("cannot prepare %s: %s", st->name,
                rc != SQLITE_OK ? sqlite3_errmsg(c->db) : "no statement in its text");
        return NULL;
    }
    /* PostgreSQL refuses several commands in one prepared statement: so do we, rather than
     * run the first one only */
    tail += strspn(tail, " \t\r\n;");
    if (*tail) {
        log_bug("cannot prepare %s: text after its first statement: %.40s", st->name, tail);
        sqlite3_finalize(s);
        return NULL;
    }
    if ((c->count + 1) * 2 > c->cap) {
        cache_grow(c);
        i = slot_of(c, st);
    }
    c->cache[i].key = st;
    c->cache[i].st = s;
    c->count++;
    return s;
}

static DbStatus sq_prepare(void *conn, const DbStmt *st)
{
    return prepare(conn, st) ? DB_NONE : DB_ERROR;
}

/* One parameter at index idx. */
static int bind_one(sqlite3_stmt *s, int idx, const DbParam *p)
{
    switch (p->type) {
    case DBT_INT64:
        return sqlite3_bind_int64(s, idx, p->i);
    case DBT_BLOB:
        return sqlite3_bind_blob(s, idx, p->s, (int)p->n, SQLITE_STATIC);
    case DBT_TEXT:
        return sqlite3_bind_text(s, idx, p->s, -1, SQLITE_STATIC);
    default:
        return sqlite3_bind_null(s, idx);
    }
}

/* SQLite numbers $N by first appearance, so parameters are bound by name. */
static bool bind_all(SqliteConn *c, sqlite3_stmt *s, const DbStmt *st, const DbParam *in)
{
    int n = 0;
    for (const DbParam *p = in; p && p->type != DBT_END; p++) {
        n++;
        char name[16];
        snprintf(name, sizeof name, "$%d", n);
        int idx = sqlite3_bind_parameter_index(s, name);
        if (idx == 0)
            continue; /* a parameter the statement does not use */
        if (bind_one(s, idx, p) != SQLITE_OK) {
            log_bug("cannot bind %s of %s: %s", name, st->name, sqlite3_errmsg(c->db));
            return false;
        }
    }
    if (sqlite3_bind_parameter_count(s) > n) {
        log_bug("%s needs %d parameters, got %d", st->name, sqlite3_bind_parameter_count(s), n);
        return false;
    }
    return true;
}

static void fill_cols(sqlite3_stmt *s, DbCol *cols)
{
    int i = 0;
    for (DbCol *col = cols; col && col->type != DBT_END; col++, i++) {
        int t = sqlite3_column_type(s, i);
        if (t == SQLITE_NULL) {
            db_col_set_null(col);
        } else if (col->type == DBT_INT64) {
            db_col_set_int64(col, sqlite3_column_int64(s, i));
        } else if (col->type == DBT_BLOB) {
            db_col_set_blob(col, sqlite3_column_blob(s, i), (size_t)sqlite3_column_bytes(s, i));
        } else {
            const char *txt = (const char *)sqlite3_column_text(s, i);
            db_col_set_text(col, txt ? txt : "", (size_t)sqlite3_column_bytes(s, i));
        }
    }
}

static DbStatus sq_select(void *conn, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                          void *ctx, bool one)
{
    SqliteConn *c = conn;
    sqlite3_stmt *s = prepare(c, st);
    if (!s)
        return DB_ERROR;
    DbStatus result = DB_NONE;
    if (!bind_all(c, s, st, in)) {
        result = DB_ERROR;
        goto done;
    }
    for (;;) {
        int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            result = status_of(c, rc, st);
            goto done;
        }
        fill_cols(s, cols);
        result = DB_ONE;
        if (one || (row && !row(ctx)))
            break;
    }
done:
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return result;
}

static DbStatus sq_exec(void *conn, const DbStmt *st, const DbParam *in, int64_t *changes)
{
    SqliteConn *c = conn;
    sqlite3_stmt *s = prepare(c, st);
    if (!s)
        return DB_ERROR;
    DbStatus result;
    if (!bind_all(c, s, st, in)) {
        result = DB_ERROR;
        goto done;
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        ; /* RETURNING rows nobody asked for */
    if (rc != SQLITE_DONE) {
        result = status_of(c, rc, st);
        goto done;
    }
    int64_t n = sqlite3_changes64(c->db);
    if (changes)
        *changes = n;
    result = n > 0 ? DB_ONE : DB_NONE;
done:
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return result;
}

static DbStatus sq_script(void *conn, const char *sql)
{
    SqliteConn *c = conn;
    int rc = sqlite3_exec(c->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? DB_NONE : status_of(c, rc, NULL);
}

static void sq_rollback(void *conn)
{
    SqliteConn *c = conn;
    if (!sqlite3_get_autocommit(c->db))
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
}

/* A bulk load binds by position, so its INSERT must number its parameters $1..$n in order. */
static DbStatus sq_copy_begin(void *conn, const DbCopy *cp)
{
    SqliteConn *c = conn;
    sqlite3_stmt *s = prepare(c, cp->insert);
    if (!s)
        return DB_ERROR;
    for (int i = 1; i <= sqlite3_bind_parameter_count(s); i++) {
        char name[16];
        snprintf(name, sizeof name, "$%d", i);
        const char *got = sqlite3_bind_parameter_name(s, i);
        if (!got || strcmp(got, name)) {
            log_bug("bulk load %s: parameter %d is not %s", cp->insert->name, i, name);
            return DB_ERROR;
        }
    }
    c->copy = s;
    c->copy_st = cp->insert;
    return DB_NONE;
}

static DbStatus sq_copy_row(void *conn, const DbParam *in)
{
    SqliteConn *c = conn;
    sqlite3_stmt *s = c->copy;
    if (!s)
        return DB_ERROR;
    int n = 0, rc = SQLITE_OK;
    for (const DbParam *p = in; p->type != DBT_END && rc == SQLITE_OK; p++)
        rc = bind_one(s, ++n, p);
    if (rc != SQLITE_OK || n != sqlite3_bind_parameter_count(s)) {
        log_bug("bulk load %s: %d values for %d columns", c->copy_st->name, n,
                sqlite3_bind_parameter_count(s));
        sqlite3_reset(s);
        return DB_ERROR;
    }
    rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? DB_ONE : status_of(c, rc, c->copy_st);
}

static DbStatus sq_copy_end(void *conn)
{
    SqliteConn *c = conn;
    if (c->copy)
        sqlite3_clear_bindings(c->copy);
    c->copy = NULL;
    c->copy_st = NULL;
    return DB_NONE;
}

/* An INTEGER PRIMARY KEY already numbers after the largest id. */
static DbStatus sq_ids_taken(void *conn, const char *table, int64_t last_id)
{
    (void)conn, (void)table, (void)last_id;
    return DB_NONE;
}

const DbOps db_sqlite_ops = {
    .backend = DB_SQLITE,
    .open = sq_open,
    .close = sq_close,
    .prepare = sq_prepare,
    .select = sq_select,
    .exec = sq_exec,
    .script = sq_script,
    .begin = "BEGIN IMMEDIATE",
    .rollback = sq_rollback,
    .copy_begin = sq_copy_begin,
    .copy_row = sq_copy_row,
    .copy_end = sq_copy_end,
    .ids_taken = sq_ids_taken,
    .write_lock = sq_write_lock,
    .write_unlock = sq_write_unlock,
};
