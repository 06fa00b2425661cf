/* db_pg.c — the PostgreSQL back end (libpq): statements prepared once per connection
 * under their DbStmt name, parameters and results as text, SQLSTATE mapped to DbStatus.
 * Owns: PGconn handles and their prepared-statement caches. Does not own: SQL text. */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "db/db.h"

#define MAX_PARAMS 32

typedef struct PgConn {
    PGconn *pg;
    const DbStmt **prepared; /* open addressing on the DbStmt address */
    size_t cap, count;
    char url[512]; /* redacted, for messages */
    /* the bulk load under way (see db_copy_begin): rows in COPY's text format, sent in
     * pieces of COPY_PIECE bytes */
    const DbStmt *copy_st;
    char *copy_buf;
    size_t copy_len, copy_cap;
} PgConn;

#define COPY_PIECE (256 * 1024)

static void quiet_notices(void *arg, const char *message)
{
    (void)arg;
    (void)message; /* NOTICEs ("relation exists, skipping") are not worth a log line */
}

/* Once per connection. Every statement is prepared once and run with different values:
 * planning it again at each run (PostgreSQL's default custom plans for a statement whose
 * generic plan it guesses dearer) costs more than most of the statements themselves (a
 * trainer's sessions of the week: 1.1 ms to plan, 0.4 ms to run with the generic plan). */
#define PG_SETUP                                                                                   \
    "SET client_encoding = 'UTF8'; SET TimeZone = 'UTC'; SET plan_cache_mode = force_generic_plan"

static void first_line(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
    dst[strcspn(dst, "\r\n")] = '\0';
}

static void *pg_open(const char *url, char *err, size_t errlen)
{
    char red[512];
    db_url_redacted(url, red, sizeof red);
    PGconn *pg = PQconnectdb(url);
    if (!pg || PQstatus(pg) != CONNECTION_OK) {
        char why[256];
        first_line(why, sizeof why, pg ? PQerrorMessage(pg) : "out of memory");
        snprintf(err, errlen, "cannot connect to %s: %s", red, why);
        PQfinish(pg);
        return NULL;
    }
    PQsetNoticeProcessor(pg, quiet_notices, NULL);
    PGresult *res = PQexec(pg, PG_SETUP);
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!ok) {
        char why[256];
        first_line(why, sizeof why, PQerrorMessage(pg));
        snprintf(err, errlen, "cannot use %s: %s", red, why);
        PQfinish(pg);
        return NULL;
    }
    PgConn *c = xcalloc(1, sizeof *c);
    c->pg = pg;
    c->cap = 64;
    c->prepared = xcalloc(c->cap, sizeof *c->prepared);
    snprintf(c->url, sizeof c->url, "%s", red);
    return c;
}

static void pg_close(void *conn)
{
    PgConn *c = conn;
    PQfinish(c->pg);
    free(c->copy_buf);
    free(c->prepared);
    free(c);
}

static size_t slot_of(const PgConn *c, const DbStmt *key)
{
    size_t h = (size_t)((uintptr_t)key >> 4) * 11400714819323198485ull;
    size_t i = h & (c->cap - 1);
    while (c->prepared[i] && c->prepared[i] != key)
        i = (i + 1) & (c->cap - 1);
    return i;
}

static void cache_add(PgConn *c, const DbStmt *st)
{
    if ((c->count + 1) * 2 > c->cap) {
        const DbStmt **old = c->prepared;
        size_t old_cap = c->cap;
        c->cap *= 2;
        c->prepared = xcalloc(c->cap, sizeof *c->prepared);
        for (size_t i = 0; i < old_cap; i++)
            if (old[i])
                c->prepared[slot_of(c, old[i])] = old[i];
        free(old);
    }
    c->prepared[slot_of(c, st)] = st;
    c->count++;
}

static void cache_clear(PgConn *c)
{
    memset(c->prepared, 0, c->cap * sizeof *c->prepared);
    c->count = 0;
}

/* Resets a connection that went away; its prepared statements are gone with it. */
static bool reconnect(PgConn *c)
{
    PQreset(c->pg);
    cache_clear(c);
    if (PQstatus(c->pg) != CONNECTION_OK)
        return false;
    PQclear(PQexec(c->pg, PG_SETUP));
    return true;
}

/* A connection that went away is reset once. */
static bool ensure_connected(PgConn *c)
{
    if (PQstatus(c->pg) == CONNECTION_OK)
        return true;
    log_warn("database connection to %s lost; reconnecting", c->url);
    return reconnect(c);
}

/* Answers now? A lost connection is reset once, quietly: the caller says what it does. */
static bool pg_alive(void *conn)
{
    PgConn *c = conn;
    if (PQstatus(c->pg) != CONNECTION_OK && !reconnect(c))
        return false;
    PGresult *res = PQexec(c->pg, "");
    bool ok = PQresultStatus(res) == PGRES_EMPTY_QUERY;
    PQclear(res);
    return ok;
}

static DbStatus status_of(PgConn *c, PGresult *res, const char *what)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    char msg[512];
    first_line(msg, sizeof msg, res ? PQresultErrorMessage(res) : PQerrorMessage(c->pg));
    if (state && (!strcmp(state, "40001") || !strcmp(state, "40P01")))
        return DB_RETRY;
    if (state && !strncmp(state, "23", 2)) {
        log_info("constraint refused %s: %s", what, msg);
        return DB_CONFLICT;
    }
    if (state && !strcmp(state, "53100")) { /* disk_full: not our bug */
        log_error("database out of space in %s: %s", what, msg);
        return DB_FULL;
    }
    log_bug("postgresql error in %s (%s): %s", what, state ? state : "no state", msg);
    return DB_ERROR;
}

static bool prepare(PgConn *c, const DbStmt *st, DbStatus *err)
{
    if (!ensure_connected(c)) {
        *err = DB_ERROR;
        return false;
    }
    if (c->prepared[slot_of(c, st)])
        return true;
    PGresult *res = PQprepare(c->pg, st->name, st->sql, 0, NULL);
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    if (!ok)
        *err = status_of(c, res, st->name);
    PQclear(res);
    if (ok)
        cache_add(c, st);
    return ok;
}

static DbStatus pg_prepare(void *conn, const DbStmt *st)
{
    DbStatus err = DB_ERROR;
    return prepare(conn, st, &err) ? DB_NONE : err;
}

/* Parameters go as text, but blobs in binary; int64 values are printed into buf. */
static int params_of(const DbParam *in, const char **values, char buf[][24], int *lengths,
                     int *formats)
{
    int n = 0;
    for (const DbParam *p = in; p && p->type != DBT_END && n < MAX_PARAMS; p++, n++) {
        lengths[n] = 0;
        formats[n] = 0;
        switch (p->type) {
        case DBT_INT64:
            snprintf(buf[n], sizeof buf[n], "%lld", (long long)p->i);
            values[n] = buf[n];
            break;
        case DBT_TEXT:
            values[n] = p->s;
            break;
        case DBT_BLOB:
            values[n] = p->s ? p->s : "";
            lengths[n] = (int)p->n;
            formats[n] = 1;
            break;
        default:
            values[n] = NULL;
            break;
        }
    }
    return n;
}

static PGresult *run(PgConn *c, const DbStmt *st, const DbParam *in, DbStatus *err)
{
    if (!prepare(c, st, err))
        return NULL;
    const char *values[MAX_PARAMS];
    char buf[MAX_PARAMS][24];
    int lengths[MAX_PARAMS], formats[MAX_PARAMS];
    int n = params_of(in, values, buf, lengths, formats);
    return PQexecPrepared(c->pg, st->name, n, values, lengths, formats, 0);
}

/* Fills cols from each row of a statement's result and calls row (see DbOps.select). */
static DbStatus rows_of(PgConn *c, PGresult *res, const DbStmt *st, DbCol *cols, DbRowFn row,
                        void *ctx, bool one)
{
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        return status_of(c, res, st->name);
    int rows = PQntuples(res);
    for (int r = 0; r < rows; r++) {
        int i = 0;
        for (DbCol *col = cols; col && col->type != DBT_END; col++, i++) {
            if (i >= PQnfields(res) || PQgetisnull(res, r, i))
                db_col_set_null(col);
            else if (col->type == DBT_BLOB)
                db_col_set_bytea_hex(col, PQgetvalue(res, r, i), (size_t)PQgetlength(res, r, i));
            else
                db_col_set_text(col, PQgetvalue(res, r, i), (size_t)PQgetlength(res, r, i));
        }
        if (one || (row && !row(ctx)))
            break;
    }
    return rows > 0 ? DB_ONE : DB_NONE;
}

static DbStatus pg_select(void *conn, const DbStmt *st, const DbParam *in, DbCol *cols, DbRowFn row,
                          void *ctx, bool one)
{
    PgConn *c = conn;
    DbStatus err = DB_ERROR;
    PGresult *res = run(c, st, in, &err);
    if (!res)
        return err;
    DbStatus result = rows_of(c, res, st, cols, row, ctx, one);
    PQclear(res);
    return result;
}

/* The reads of db_batch_run in libpq's pipeline mode: every statement sent, then one sync,
 * then the results in order; the server answers them all in one round trip. Statements not
 * yet prepared on this connection are prepared first, one round trip each, once. */
static DbStatus pg_batch(void *conn, const DbQueued *q, int n)
{
    PgConn *c = conn;
    DbStatus result = DB_NONE;
    for (int i = 0; i < n; i++)
        if (!prepare(c, q[i].st, &result))
            return result;
    if (PQenterPipelineMode(c->pg) != 1) {
        log_bug("postgresql: cannot enter pipeline mode: %s", PQerrorMessage(c->pg));
        return DB_ERROR;
    }
    int sent = 0;
    for (; sent < n; sent++) {
        const char *values[MAX_PARAMS];
        char buf[MAX_PARAMS][24];
        int lengths[MAX_PARAMS], formats[MAX_PARAMS];
        int np = params_of(q[sent].in, values, buf, lengths, formats);
        if (!PQsendQueryPrepared(c->pg, q[sent].st->name, np, values, lengths, formats, 0))
            break;
    }
    if (sent < n)
        result = status_of(c, NULL, q[sent].st->name);
    if (PQpipelineSync(c->pg) != 1 && result == DB_NONE)
        result = status_of(c, NULL, "pipeline");
    for (int i = 0; i < sent; i++) {
        PGresult *res = PQgetResult(c->pg);
        if (!res) {
            if (result >= DB_NONE)
                result = status_of(c, NULL, q[i].st->name);
            break;
        }
        DbStatus s = rows_of(c, res, q[i].st, q[i].cols, q[i].row, q[i].ctx, q[i].one);
        PQclear(res);
        while ((res = PQgetResult(c->pg))) /* the end of this statement's results */
            PQclear(res);
        if (s < DB_NONE && result >= DB_NONE)
            result = s;
        else if (s == DB_ONE && result == DB_NONE)
            result = DB_ONE;
    }
    /* up to the sync's answer; then the connection leaves pipeline mode */
    for (PGresult *res; (res = PQgetResult(c->pg));) {
        ExecStatusType st = PQresultStatus(res);
        PQclear(res);
        if (st == PGRES_PIPELINE_SYNC)
            break;
    }
    if (PQexitPipelineMode(c->pg) != 1) {
        log_bug("postgresql: cannot leave pipeline mode: %s", PQerrorMessage(c->pg));
        return DB_ERROR;
    }
    return result;
}

static DbStatus pg_exec(void *conn, const DbStmt *st, const DbParam *in, int64_t *changes)
{
    PgConn *c = conn;
    DbStatus err = DB_ERROR;
    PGresult *res = run(c, st, in, &err);
    if (!res)
        return err;
    DbStatus result;
    ExecStatusType s = PQresultStatus(res);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
        result = status_of(c, res, st->name);
    } else {
        int64_t n = strtoll(PQcmdTuples(res), NULL, 10);
        if (changes)
            *changes = n;
        result = n > 0 ? DB_ONE : DB_NONE;
    }
    PQclear(res);
    return result;
}

static DbStatus pg_script(void *conn, const char *sql)
{
    PgConn *c = conn;
    if (!ensure_connected(c))
        return DB_ERROR;
    PGresult *res = PQexec(c->pg, sql);
    ExecStatusType s = PQresultStatus(res);
    DbStatus result = (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_EMPTY_QUERY)
                          ? DB_NONE
                          : status_of(c, res, "script");
    PQclear(res);
    return result;
}

static void pg_rollback(void *conn)
{
    PgConn *c = conn;
    if (PQtransactionStatus(c->pg) != PQTRANS_IDLE)
        PQclear(PQexec(c->pg, "ROLLBACK"));
}

static DbStatus pg_copy_begin(void *conn, const DbCopy *cp)
{
    PgConn *c = conn;
    if (!ensure_connected(c))
        return DB_ERROR;
    PGresult *res = PQexec(c->pg, cp->copy);
    DbStatus st =
        PQresultStatus(res) == PGRES_COPY_IN ? DB_NONE : status_of(c, res, cp->insert->name);
    PQclear(res);
    if (st == DB_NONE) {
        c->copy_st = cp->insert;
        c->copy_len = 0;
        if (!c->copy_buf) {
            c->copy_cap = COPY_PIECE + 4096;
            c->copy_buf = xmalloc(c->copy_cap);
        }
    }
    return st;
}

static void copy_put(PgConn *c, const char *s, size_t n)
{
    if (c->copy_len + n > c->copy_cap) {
        c->copy_cap = (c->copy_len + n) * 2;
        c->copy_buf = xrealloc(c->copy_buf, c->copy_cap);
    }
    memcpy(c->copy_buf + c->copy_len, s, n);
    c->copy_len += n;
}

/* Text in COPY's text format: backslash, tab, newline and carriage return escaped. */
static void copy_put_text(PgConn *c, const char *s)
{
    const char *run = s;
    for (; *s; s++) {
        const char *esc = *s == '\\'   ? "\\\\"
                          : *s == '\t' ? "\\t"
                          : *s == '\n' ? "\\n"
                          : *s == '\r' ? "\\r"
                                       : NULL;
        if (!esc)
            continue;
        copy_put(c, run, (size_t)(s - run));
        copy_put(c, esc, 2);
        run = s + 1;
    }
    copy_put(c, run, (size_t)(s - run));
}

static bool copy_flush(PgConn *c)
{
    bool ok = !c->copy_len || PQputCopyData(c->pg, c->copy_buf, (int)c->copy_len) == 1;
    c->copy_len = 0;
    if (!ok)
        log_bug("bulk load %s: %s", c->copy_st->name, PQerrorMessage(c->pg));
    return ok;
}

static DbStatus pg_copy_row(void *conn, const DbParam *in)
{
    PgConn *c = conn;
    if (!c->copy_st)
        return DB_ERROR;
    static const char hex[] = "0123456789abcdef";
    for (const DbParam *p = in; p->type != DBT_END; p++) {
        if (p != in)
            copy_put(c, "\t", 1);
        char num[24];
        switch (p->type) {
        case DBT_INT64:
            copy_put(c, num, (size_t)snprintf(num, sizeof num, "%lld", (long long)p->i));
            break;
        case DBT_TEXT:
            copy_put_text(c, p->s);
            break;
        case DBT_BLOB: /* bytea's hex form, its backslash escaped for COPY */
            copy_put(c, "\\\\x", 3);
            for (size_t i = 0; i < p->n; i++) {
                unsigned char b = (unsigned char)p->s[i];
                copy_put(c, (char[]){hex[b >> 4], hex[b & 15]}, 2);
            }
            break;
        default:
            copy_put(c, "\\N", 2);
            break;
        }
    }
    copy_put(c, "\n", 1);
    return c->copy_len < COPY_PIECE || copy_flush(c) ? DB_ONE : DB_ERROR;
}

static DbStatus pg_copy_end(void *conn)
{
    PgConn *c = conn;
    if (!c->copy_st)
        return DB_ERROR;
    DbStatus st = DB_NONE;
    bool sent = copy_flush(c);
    if (PQputCopyEnd(c->pg, sent ? NULL : "the rows could not be sent") != 1)
        st = DB_ERROR;
    PGresult *res;
    while ((res = PQgetResult(c->pg))) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && st == DB_NONE)
            st = status_of(c, res, c->copy_st->name);
        PQclear(res);
    }
    c->copy_st = NULL;
    return sent ? st : DB_ERROR;
}

/* A script of static text, its status as a DbStatus. */
static DbStatus pg_run(PgConn *c, const char *sql, int n, const char *const *values,
                       const char *what)
{
    if (!ensure_connected(c))
        return DB_ERROR;
    PGresult *res = PQexecParams(c->pg, sql, n, NULL, values, NULL, NULL, 0);
    ExecStatusType s = PQresultStatus(res);
    DbStatus st = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK ? DB_NONE : status_of(c, res, what);
    PQclear(res);
    return st;
}

/* The foreign keys of the tables go into a temporary table of this transaction (their names
 * and definitions as the catalogue gives them), and off; pg_checks_end adds them back from it,
 * each validated over the whole table. */
static const char DEFER_TABLE[] = "CREATE TEMP TABLE IF NOT EXISTS traject_deferred_checks "
                                  "(tbl regclass, name text, def text) ON COMMIT DROP";
static const char DEFER_KEEP[] =
    "INSERT INTO traject_deferred_checks SELECT conrelid::regclass, conname, "
    "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' "
    "AND conrelid = ANY (CAST($1 AS regclass[]))";
static const char DEFER_DROP[] =
    "DO $$DECLARE r record; BEGIN FOR r IN SELECT * FROM traject_deferred_checks LOOP "
    "EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.name); END LOOP; END$$";
static const char DEFER_ADD[] =
    "DO $$DECLARE r record; BEGIN FOR r IN SELECT * FROM traject_deferred_checks LOOP "
    "EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tbl, r.name, r.def); END LOOP; "
    "DELETE FROM traject_deferred_checks; END$$";

/* The identity's sequence moves on to last_id (PostgreSQL only: not a DbStmt, which both back
 * ends prepare). */
static const char IDS_TAKEN[] = "SELECT setval(pg_get_serial_sequence($1, 'id'), $2)";

static DbStatus pg_ids_taken(void *conn, const char *table, int64_t last_id)
{
    if (last_id < 1)
        return DB_NONE;
    char id[24];
    snprintf(id, sizeof id, "%lld", (long long)last_id);
    const char *values[2] = {table, id};
    return pg_run(conn, IDS_TAKEN, 2, values, "ids_taken");
}

static DbStatus pg_defer_checks(void *conn, const char *const *tables)
{
    char list[1024] = "{";
    size_t n = 1;
    for (const char *const *t = tables; *t && n < sizeof list - 64; t++)
        n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", t == tables ? "" : ",", *t);
    snprintf(list + n, sizeof list - n, "}");
    const char *values[1] = {list};
    DbStatus st = pg_run(conn, DEFER_TABLE, 0, NULL, "defer_checks");
    if (st == DB_NONE)
        st = pg_run(conn, DEFER_KEEP, 1, values, "defer_checks");
    return st == DB_NONE ? pg_run(conn, DEFER_DROP, 0, NULL, "defer_checks") : st;
}

static DbStatus pg_checks_end(void *conn)
{
    return pg_run(conn, DEFER_ADD, 0, NULL, "checks_end");
}

const DbOps db_pg_ops = {
    .backend = DB_PG,
    .open = pg_open,
    .close = pg_close,
    .alive = pg_alive,
    .prepare = pg_prepare,
    .select = pg_select,
    .batch = pg_batch,
    .exec = pg_exec,
    .script = pg_script,
    .begin = "BEGIN",
    .rollback = pg_rollback,
    .copy_begin = pg_copy_begin,
    .copy_row = pg_copy_row,
    .copy_end = pg_copy_end,
    .ids_taken = pg_ids_taken,
    .defer_checks = pg_defer_checks,
    .checks_end = pg_checks_end,
};
