/* db.c — back-end dispatch, transactions with retries, URL handling.
 * Owns: the Db handle. Does not own: SQL (src/q/) or engine specifics (db_sqlite.c,
 * db_pg.c). */
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/log.h"
#include "core/vocab.h"

struct Db {
    const DbOps *ops;
    void *conn;
    int tx_depth;
    bool locked;         /* holds the SQLite write lock */
    bool full;           /* a statement found the disk full (db_full) */
    bool sync_at_close;  /* db_sync_at_close */
    uint64_t statements; /* run on this connection: db_statements */
    bool batching;       /* db_batch_begin: reads are queued */
    DbQueued *queued;
    int nqueued, capqueued;
};

bool db_url_is_pg(const char *url)
{
    return strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0;
}

/* s, remembering a full disk. */
static DbStatus noted(Db *db, DbStatus s)
{
    if (s == DB_FULL)
        db->full = true;
    return s;
}

void db_sync_at_close(Db *db)
{
    if (db->ops->backend == DB_SQLITE &&
        db->ops->script(db->conn, "PRAGMA synchronous=NORMAL") >= DB_NONE)
        db->sync_at_close = true;
}

bool db_full(const Db *db)
{
    return db && db->full;
}

void db_full_clear(Db *db)
{
    if (db)
        db->full = false;
}

Db *db_open(const char *url, char *err, size_t errlen)
{
    const DbOps *ops = NULL;
    const char *target = url;
    if (strncmp(url, "sqlite:", 7) == 0) {
        ops = &db_sqlite_ops;
        target = url + 7;
    } else if (db_url_is_pg(url)) {
        ops = &db_pg_ops;
    } else {
        char red[512];
        snprintf(err, errlen, "unknown database URL %s (use sqlite:PATH or postgresql://...)",
                 db_url_redacted(url, red, sizeof red));
        return NULL;
    }
    void *conn = ops->open(target, err, errlen);
    if (!conn)
        return NULL;
    Db *db = xcalloc(1, sizeof *db);
    db->ops = ops;
    db->conn = conn;
    return db;
}

void db_close(Db *db)
{
    if (!db)
        return;
    /* a checkpoint syncs the WAL, then the database file; when a server holds the file
     * open and the checkpoint cannot finish, its next commit syncs these frames too */
    if (db->sync_at_close)
        db->ops->script(db->conn, "PRAGMA wal_checkpoint(TRUNCATE)");
    db->ops->close(db->conn);
    free(db->queued);
    free(db);
}

bool db_alive(Db *db)
{
    return !db->ops->alive || db->ops->alive(db->conn);
}

DbBackend db_backend(const Db *db)
{
    return db->ops->backend;
}

uint64_t db_statements(const Db *db)
{
    return db->statements;
}

DbStatus db_prepare(Db *db, const DbStmt *st)
{
    return db->ops->prepare(db->conn, st);
}

/* INSERT/UPDATE/DELETE ... RETURNING come through the select path: outside a
 * transaction they too must hold the SQLite write lock. */
static bool writes(const char *sql)
{
    while (*sql == ' ' || *sql == '\n' || *sql == '\t')
        sql++;
    return !strncasecmp(sql, "INSERT", 6) || !strncasecmp(sql, "UPDATE", 6) ||
           !strncasecmp(sql, "DELETE", 6) || !strncasecmp(sql, "WITH", 4);
}

static void queue_read(Db *db, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                       void *ctx, bool one)
{
    if (db->nqueued == db->capqueued) {
        db->capqueued = db->capqueued ? 2 * db->capqueued : 8;
        db->queued = xrealloc(db->queued, sizeof *db->queued * (size_t)db->capqueued);
    }
    size_t nin = 0, ncols = 0;
    while (in && in[nin].type != DBT_END)
        nin++;
    while (cols && cols[ncols].type != DBT_END)
        ncols++;
    DbParam *ins = xcalloc(nin + 1, sizeof *ins);
    for (size_t i = 0; i < nin; i++) {
        ins[i] = in[i];
        if (in[i].type == DBT_TEXT) {
            ins[i].s = xstrdup(in[i].s);
        } else if (in[i].type == DBT_BLOB && in[i].s) {
            char *copy = xcalloc(in[i].n + 1, 1);
            memcpy(copy, in[i].s, in[i].n);
            ins[i].s = copy;
        }
    }
    DbCol *cs = xcalloc(ncols + 1, sizeof *cs);
    memcpy(cs, cols, ncols * sizeof *cs);
    db->queued[db->nqueued++] =
        (DbQueued){.st = st, .in = ins, .cols = cs, .row = row, .ctx = ctx, .one = one};
}

void db_batch_begin(Db *db)
{
    db->batching = true;
}

DbStatus db_batch_run(Db *db)
{
    db->batching = false;
    int n = db->nqueued;
    db->nqueued = 0;
    DbStatus s = DB_NONE;
    if (n == 0)
        return s;
    db->statements += (uint64_t)n;
    if (db->ops->batch) {
        s = noted(db, db->ops->batch(db->conn, db->queued, n));
    } else {
        for (int i = 0; i < n; i++) {
            const DbQueued *q = &db->queued[i];
            DbStatus one =
                noted(db, db->ops->select(db->conn, q->st, q->in, q->cols, q->row, q->ctx, q->one));
            if (one < DB_NONE && s >= DB_NONE)
                s = one;
            else if (one == DB_ONE && s == DB_NONE)
                s = DB_ONE;
        }
    }
    for (int i = 0; i < n; i++) {
        DbQueued *q = &db->queued[i];
        for (DbParam *p = q->in; p->type != DBT_END; p++)
            if (p->type == DBT_TEXT || p->type == DBT_BLOB)
                free((void *)p->s);
        free(q->in);
        free(q->cols);
    }
    return s;
}

static DbStatus select_rows(Db *db, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                            void *ctx, bool one)
{
    if (db->batching && !writes(st->sql)) {
        queue_read(db, st, in, cols, row, ctx, one);
        return DB_NONE;
    }
    bool lock = db->tx_depth == 0 && db->ops->write_lock && writes(st->sql);
    if (lock)
        db->ops->write_lock();
    db->statements++;
    DbStatus s = noted(db, db->ops->select(db->conn, st, in, cols, row, ctx, one));
    if (lock)
        db->ops->write_unlock();
    return s;
}

DbStatus db_select_one(Db *db, const DbStmt *st, const DbParam *in, DbCol *cols)
{
    return select_rows(db, st, in, cols, NULL, NULL, true);
}

DbStatus db_select_int64(Db *db, const DbStmt *st, const DbParam *in, int64_t *out)
{
    return select_rows(db, st, in, DB_COLS(db_int64_out(out)), NULL, NULL, true);
}

DbStatus db_select_many(Db *db, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                        void *ctx)
{
    return select_rows(db, st, in, cols, row, ctx, false);
}

DbStatus db_exec(Db *db, const DbStmt *st, const DbParam *in)
{
    return db_exec_changes(db, st, in, NULL);
}

DbStatus db_exec_changes(Db *db, const DbStmt *st, const DbParam *in, int64_t *changes)
{
    bool lock = db->tx_depth == 0 && db->ops->write_lock;
    if (lock)
        db->ops->write_lock();
    db->statements++;
    DbStatus s = noted(db, db->ops->exec(db->conn, st, in, changes));
    if (lock)
        db->ops->write_unlock();
    return s;
}

DbStatus db_exec_script(Db *db, const char *sql)
{
    bool lock = db->tx_depth == 0 && db->ops->write_lock;
    if (lock)
        db->ops->write_lock();
    db->statements++;
    DbStatus s = noted(db, db->ops->script(db->conn, sql));
    if (lock)
        db->ops->write_unlock();
    return s;
}

DbStatus db_copy_begin(Db *db, const DbCopy *c)
{
    if (db->tx_depth == 0) {
        log_bug("bulk load %s outside a transaction", c->insert->name);
        return DB_ERROR;
    }
    return db->ops->copy_begin(db->conn, c);
}

DbStatus db_copy_row(Db *db, const DbParam *in)
{
    return db->ops->copy_row(db->conn, in);
}

DbStatus db_copy_end(Db *db)
{
    return db->ops->copy_end(db->conn);
}

bool db_copy_checks_deferred(const Db *db)
{
    return db->ops->defer_checks != NULL;
}

DbStatus db_copy_defer_checks(Db *db, const char *const *tables)
{
    if (!db->ops->defer_checks)
        return DB_NONE;
    if (db->tx_depth == 0) {
        log_bug("references deferred outside a transaction");
        return DB_ERROR;
    }
    return db->ops->defer_checks(db->conn, tables);
}

DbStatus db_copy_checks_end(Db *db)
{
    return db->ops->checks_end ? db->ops->checks_end(db->conn) : DB_NONE;
}

DbStatus db_ids_taken(Db *db, const char *table, int64_t last_id)
{
    return db->ops->ids_taken(db->conn, table, last_id);
}

static void backoff(int attempt)
{
    /* 1, 2, 4, ... ms plus jitter, so that two retrying writers do not collide again */
    long ms = (1L << attempt) + (rand() % 3);
    struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

DbStatus db_tx(Db *db, DbTxFn fn, void *ctx)
{
    if (db->tx_depth > 0) {
        db->tx_depth++;
        DbStatus s = fn(db, ctx);
        db->tx_depth--;
        return s;
    }
    DbStatus s = DB_ERROR;
    for (int attempt = 0; attempt < 8; attempt++) {
        if (db->ops->write_lock)
            db->ops->write_lock();
        s = db->ops->script(db->conn, db->ops->begin);
        db->statements++;
        if (s == DB_NONE || s == DB_ONE) {
            db->tx_depth = 1;
            s = fn(db, ctx);
            db->tx_depth = 0;
            if (s == DB_NONE || s == DB_ONE) {
                db->statements++;
                DbStatus c = noted(db, db->ops->script(db->conn, "COMMIT"));
                if (c != DB_NONE && c != DB_ONE) {
                    db->ops->rollback(db->conn);
                    s = c;
                }
            } else {
                db->ops->rollback(db->conn);
            }
        }
        if (db->ops->write_unlock)
            db->ops->write_unlock();
        if (s != DB_RETRY)
            return s;
        backoff(attempt);
    }
    log_warn("transaction gave up after repeated conflicts");
    return DB_RETRY;
}

const char *db_url_redacted(const char *url, char *buf, size_t n)
{
    /* scheme://user:password@host → scheme://user:***@host */
    const char *scheme = strstr(url, "://");
    const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
    const char *colon = NULL;
    if (scheme && at) {
        for (const char *p = scheme + 3; p < at; p++)
            if (*p == ':') {
                colon = p;
                break;
            }
    }
    if (colon) {
        snprintf(buf, n, "%.*s:***%s", (int)(colon - url), url, at);
    } else {
        snprintf(buf, n, "%s", url);
    }
    /* a password=... keyword in a query string */
    char *pw = strstr(buf, "password=");
    if (pw) {
        char *end = strpbrk(pw, "& ");
        char tail[256] = "";
        if (end)
            snprintf(tail, sizeof tail, "%s", end);
        snprintf(pw, n - (size_t)(pw - buf), "password=***%s", tail);
    }
    return buf;
}

/* The first n bytes of s (at most size - 1 of them) as a string in buf. */
static const char *cut(char *buf, size_t size, const char *s, size_t n)
{
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

void db_col_set_text(DbCol *c, const char *s, size_t n)
{
    if (c->is_null)
        *c->is_null = false;
    char buf[64];
    if (c->type == DBT_TEXT) {
        *c->s = arena_strndup(c->arena, s, n);
    } else if (c->type == DBT_VOCAB) {
        if (!vocab_parse(c->vocab, cut(buf, sizeof buf, s, n), c->e))
            log_bug("%s: \"%s\" is not in the list", c->vocab->name, buf);
    } else if (c->type == DBT_INT64) {
        *c->i = strtoll(cut(buf, sizeof buf, s, n), NULL, 10);
    }
}

void db_col_set_blob(DbCol *c, const void *p, size_t n)
{
    if (c->is_null)
        *c->is_null = false;
    if (c->type != DBT_BLOB)
        return;
    char *out = arena_alloc(c->arena, n + 1);
    if (n)
        memcpy(out, p, n);
    out[n] = 0;
    *c->s = out;
    *c->len = n;
}

static int hex_value(char h)
{
    return h >= '0' && h <= '9'   ? h - '0'
           : h >= 'a' && h <= 'f' ? h - 'a' + 10
           : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                  : -1;
}

void db_col_set_bytea_hex(DbCol *c, const char *s, size_t n)
{
    if (c->type != DBT_BLOB) {
        db_col_set_text(c, s, n);
        return;
    }
    if (c->is_null)
        *c->is_null = false;
    size_t skip = n >= 2 && s[0] == '\\' && s[1] == 'x' ? 2 : 0;
    size_t bytes = (n - skip) / 2;
    char *out = arena_alloc(c->arena, bytes + 1);
    size_t k = 0;
    for (size_t i = skip; i + 1 < n; i += 2) {
        int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
        if (hi < 0 || lo < 0)
            break;
        out[k++] = (char)(hi << 4 | lo);
    }
    out[k] = 0;
    *c->s = out;
    *c->len = k;
}

void db_col_set_null(DbCol *c)
{
    if (c->is_null)
        *c->is_null = true;
    if (c->type == DBT_BLOB) {
        *c->s = NULL;
        *c->len = 0;
    } else if (c->type == DBT_TEXT)
        *c->s = NULL;
    else if (c->type == DBT_INT64)
        *c->i = 0;
    else if (c->type == DBT_VOCAB)
        *c->e = 0;
}

void db_col_set_int64(DbCol *c, int64_t v)
{
    if (c->is_null)
        *c->is_null = false;
    if (c->type == DBT_INT64)
        *c->i = v;
    else if (c->type == DBT_TEXT)
        *c->s = arena_printf(c->arena, "%lld", (long long)v);
}

/* The linker defines these for the section named in DB_STMT and DB_SQL. A program without any
 * statement would not have them: weak, so that the walk is then empty. */
extern const DbStmt *const __start_traject_stmts[] __attribute__((weak));
extern const DbStmt *const __stop_traject_stmts[] __attribute__((weak));

const DbStmt *const *db_stmts_begin(void)
{
    return __start_traject_stmts;
}

const DbStmt *const *db_stmts_end(void)
{
    return __stop_traject_stmts;
}
