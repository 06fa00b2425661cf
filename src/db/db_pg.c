/* db_pg.c — the PostgreSQL back end (libpq).
 *
 * Owns: PGconn handles, each one's cache of prepared statements, the session settings every
 * statement relies on (UTF-8 text, UTC times), and the mapping of SQLSTATE to DbStatus.
 * Does not own: SQL text (src/q/), transactions and their retries (db.c), the schema
 * (migrate.c), nor URL redaction (db_url_redacted in db.c).
 *
 * Each statement is prepared under its DbStmt name on first use on a connection and kept until
 * the connection closes or is reset: a reset starts a new server session, which has forgotten
 * them. Parameters and results travel as text (int64 in decimal), so the server infers each
 * parameter's type from the statement; db.h says what to write where it cannot.
 *
 * One difference from SQLite that DbTxFn authors must know: on PostgreSQL an error inside a
 * transaction aborts the whole transaction, whereas SQLite only undoes the failing statement.
 * A DbTxFn must return the error it got, or avoid it (INSERT ... ON CONFLICT DO NOTHING); a
 * DbTxFn that carries on is reported here as a bug rather than left to fail obscurely. */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "db/db.h"

/* More than any static statement needs; a longer list is refused, never cut short. */
#define MAX_PARAMS 64

/* The OID of type boolean (src/include/catalog/pg_type.dat). Built-in OIDs never change. */
#define PG_BOOL_OID 16

typedef struct PgConn {
    PGconn *pg;
    const DbStmt **prepared; /* open addressing on the DbStmt address; cap is a power of 2 */
    size_t cap, count;
    bool in_tx;        /* between a successful begin and the commit or rollback */
    DbStatus tx_error; /* the first error inside the open transaction, DB_NONE if none */
    char url[512];     /* redacted, for messages */
} PgConn;

static void first_line(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
    dst[strcspn(dst, "\r\n")] = '\0';
}

/* Replaces every occurrence of needle in s (of size n) with with. */
static void replace_all(char *s, size_t n, const char *needle, size_t needle_len,
                        const char *with)
{
    if (needle_len == 0)
        return;
    char out[1024];
    size_t o = 0;
    for (const char *p = s; *p && o + 1 < sizeof out;) {
        if (!strncmp(p, needle, needle_len)) {
            o += (size_t)snprintf(out + o, sizeof out - o, "%s", with);
            p += needle_len;
        } else {
            out[o++] = *p++;
        }
    }
    out[o < sizeof out ? o : sizeof out - 1] = '\0';
    snprintf(s, n, "%s", out);
}

/* libpq quotes parts of a URL it cannot parse, password included ("invalid percent-encoded
 * token: ..."), so its reason is scrubbed of the URL and of every password in it. */
static void scrub(char *why, size_t n, const char *url, const char *redacted)
{
    replace_all(why, n, url, strlen(url), redacted);
    const char *auth = strstr(url, "://");
    if (auth) {
        auth += 3;
        size_t len = strcspn(auth, "/?#");
        const char *at = NULL, *colon = NULL;
        for (const char *p = auth; p < auth + len; p++)
            if (*p == '@')
                at = p;
        for (const char *p = auth; at && p < at && !colon; p++)
            if (*p == ':')
                colon = p;
        if (colon)
            replace_all(why, n, colon + 1, (size_t)(at - colon - 1), "***");
    }
    for (const char *p = strstr(url, "password="); p; p = strstr(p + 1, "password=")) {
        const char *v = p + strlen("password=");
        replace_all(why, n, v, strcspn(v, "&#"), "***");
    }
    char *parse_err = NULL;
    PQconninfoOption *opts = PQconninfoParse(url, &parse_err);
    for (PQconninfoOption *o = opts; o && o->keyword; o++)
        if (!strcmp(o->keyword, "password") && o->val)
            replace_all(why, n, o->val, strlen(o->val), "***");
    PQconninfoFree(opts);
    PQfreemem(parse_err);
}

/* NOTICEs ("table ... does not exist, skipping" from migrations) are not worth a line; a
 * WARNING ("there is no transaction in progress") points at a misuse worth seeing. */
static void on_notice(void *arg, const PGresult *res)
{
    const PgConn *c = arg;
    const char *severity = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && !strcmp(severity, "WARNING")) {
        char msg[512];
        first_line(msg, sizeof msg, PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
        log_warn("postgresql %s: warning: %s", c->url, msg);
    }
}

/* Statements assume UTF-8 text and UTC times whatever the server's or the URL's defaults say.
 * A reset starts a new session, so this runs again after each one. */
static bool session_setup(PGconn *pg)
{
    PGresult *res = PQexec(pg, "SET client_encoding = 'UTF8'; SET TimeZone = 'UTC'");
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    return ok;
}

static void *pg_open(const char *url, char *err, size_t errlen)
{
    char red[512];
    db_url_redacted(url, red, sizeof red);
    PgConn *c = NULL;
    PGconn *pg = PQconnectdb(url);
    if (PQstatus(pg) != CONNECTION_OK)
        goto fail;
    c = xcalloc(1, sizeof *c);
    c->pg = pg;
    c->cap = 64;
    c->prepared = xcalloc(c->cap, sizeof *c->prepared);
    snprintf(c->url, sizeof c->url, "%s", red);
    PQsetNoticeReceiver(pg, on_notice, c);
    if (!session_setup(pg))
        goto fail;
    return c;
fail:;
    char why[512];
    first_line(why, sizeof why, pg ? PQerrorMessage(pg) : "out of memory");
    scrub(why, sizeof why, url, red);
    snprintf(err, errlen, "cannot connect to %s: %s", red, why);
    PQfinish(pg);
    if (c)
        free(c->prepared);
    free(c);
    return NULL;
}

static void pg_close(void *conn)
{
    PgConn *c = conn;
    PQfinish(c->pg); /* the server drops the session's prepared statements */
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

/* Maps a failed result (NULL when libpq could not even send) to a status and logs it apart:
 * a constraint is other people's input (info), a server that went away or ran short is for
 * the operator (warn), anything else is our bug. */
static DbStatus status_of(PgConn *c, const PGresult *res, const char *what)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    char msg[512];
    first_line(msg, sizeof msg, primary ? primary : PQerrorMessage(c->pg));
    if (!state)
        state = "";
    DbStatus s = DB_ERROR;
    if (!strcmp(state, "40001") || !strcmp(state, "40P01")) {
        s = DB_RETRY; /* serialization failure or deadlock: db_tx runs the transaction again */
    } else if (!strncmp(state, "23", 2)) {
        log_info("constraint refused %s: %s", what, msg);
        s = DB_CONFLICT;
    } else if (PQstatus(c->pg) != CONNECTION_OK || !strncmp(state, "53", 2) ||
               !strncmp(state, "57", 2)) {
        log_warn("postgresql %s failed in %s (%s): %s", c->url, what, *state ? state : "no SQLSTATE",
                 msg);
    } else {
        log_bug("postgresql error in %s (%s): %s", what, *state ? state : "no SQLSTATE", msg);
    }
    if (c->in_tx && c->tx_error == DB_NONE)
        c->tx_error = s;
    return s;
}

/* Checks the connection before a statement. Outside a transaction a lost connection (server
 * restarted, idle session ended) is reset once so that the work in hand still succeeds;
 * inside one it is not, because what follows would run outside the transaction. */
static bool connected(PgConn *c)
{
    /* a server that went away while we were idle left an EOF on the socket: PQconsumeInput
     * reads it without blocking and marks the connection bad */
    if (PQstatus(c->pg) == CONNECTION_OK && PQconsumeInput(c->pg))
        return true;
    if (c->in_tx) {
        log_warn("postgresql %s: connection lost inside a transaction", c->url);
        return false;
    }
    log_warn("postgresql %s: connection lost; reconnecting", c->url);
    PQreset(c->pg);
    cache_clear(c); /* the new session has no prepared statements */
    if (PQstatus(c->pg) != CONNECTION_OK || !session_setup(c->pg)) {
        char why[512];
        first_line(why, sizeof why, PQerrorMessage(c->pg));
        log_warn("postgresql %s: cannot reconnect: %s", c->url, why);
        return false;
    }
    return true;
}

/* Whether a statement can be sent now; if not, *status says why. */
static bool ready(PgConn *c, const char *what, DbStatus *status)
{
    if (!connected(c)) {
        *status = DB_ERROR;
        return false;
    }
    if (PQtransactionStatus(c->pg) == PQTRANS_INERROR) {
        log_bug("%s sent in a transaction that an earlier error aborted: on PostgreSQL a DbTxFn "
                "must return the error it gets",
                what);
        *status = c->tx_error == DB_RETRY ? DB_RETRY : DB_ERROR;
        return false;
    }
    return true;
}

static bool prepare(PgConn *c, const DbStmt *st, DbStatus *status)
{
    if (c->prepared[slot_of(c, st)])
        return true;
    PGresult *res = PQprepare(c->pg, st->name, st->sql, 0, NULL);
    bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    if (ok)
        cache_add(c, st);
    else
        *status = status_of(c, res, st->name);
    PQclear(res);
    return ok;
}

/* Runs st with in. Returns the result (the caller clears it), or NULL with *status set. */
static PGresult *run(PgConn *c, const DbStmt *st, const DbParam *in, DbStatus *status)
{
    if (!ready(c, st->name, status) || !prepare(c, st, status))
        return NULL;
    const char *values[MAX_PARAMS];
    char digits[MAX_PARAMS][24]; /* INT64_MIN is 20 characters */
    int n = 0;
    for (const DbParam *p = in; p && p->type != DBT_END; p++, n++) {
        if (n == MAX_PARAMS) {
            log_bug("%s has more than %d parameters", st->name, MAX_PARAMS);
            *status = DB_ERROR;
            return NULL;
        }
        switch (p->type) {
        case DBT_INT64:
            snprintf(digits[n], sizeof digits[n], "%lld", (long long)p->i);
            values[n] = digits[n];
            break;
        case DBT_TEXT:
            values[n] = p->s;
            break;
        default:
            values[n] = NULL; /* SQL NULL */
            break;
        }
    }
    PGresult *res = PQexecPrepared(c->pg, st->name, n, values, NULL, NULL, 0);
    if (!res)
        *status = status_of(c, NULL, st->name);
    return res;
}

/* Booleans (from EXISTS, comparisons) come back as "t" and "f" where SQLite gives 1 and 0:
 * they are handed over as 1 and 0 so that both back ends agree. */
static void fill_cols(const PGresult *res, int r, DbCol *cols)
{
    int i = 0;
    for (DbCol *col = cols; col && col->type != DBT_END; col++, i++) {
        if (PQgetisnull(res, r, i))
            db_col_set_null(col);
        else if (PQftype(res, i) == PG_BOOL_OID)
            db_col_set_int64(col, PQgetvalue(res, r, i)[0] == 't');
        else
            db_col_set_text(col, PQgetvalue(res, r, i), (size_t)PQgetlength(res, r, i));
    }
}

static DbStatus pg_select(void *conn, const DbStmt *st, const DbParam *in, DbCol *cols,
                          DbRowFn row, void *ctx, bool one)
{
    PgConn *c = conn;
    DbStatus result = DB_ERROR;
    PGresult *res = run(c, st, in, &result);
    if (!res)
        return result;
    ExecStatusType s = PQresultStatus(res);
    if (s != PGRES_TUPLES_OK && s != PGRES_COMMAND_OK) {
        result = status_of(c, res, st->name);
        goto done;
    }
    int wanted = 0;
    for (const DbCol *col = cols; col && col->type != DBT_END; col++)
        wanted++;
    if (wanted > PQnfields(res)) {
        log_bug("%s returns %d columns, %d expected", st->name, PQnfields(res), wanted);
        result = DB_ERROR;
        goto done;
    }
    int rows = PQntuples(res);
    result = rows > 0 ? DB_ONE : DB_NONE;
    for (int r = 0; r < rows; r++) {
        fill_cols(res, r, cols);
        if (one || (row && !row(ctx)))
            break;
    }
done:
    PQclear(res);
    return result;
}

static DbStatus pg_exec(void *conn, const DbStmt *st, const DbParam *in, int64_t *changes)
{
    PgConn *c = conn;
    DbStatus result = DB_ERROR;
    PGresult *res = run(c, st, in, &result);
    if (!res)
        return result;
    ExecStatusType s = PQresultStatus(res);
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) { /* TUPLES_OK: RETURNING */
        int64_t n = strtoll(PQcmdTuples(res), NULL, 10); /* "" for commands without a count */
        if (changes)
            *changes = n;
        result = n > 0 ? DB_ONE : DB_NONE;
    } else {
        result = status_of(c, res, st->name);
    }
    PQclear(res);
    return result;
}

static DbStatus pg_script(void *conn, const char *sql)
{
    PgConn *c = conn;
    DbStatus result = DB_ERROR;
    if (!ready(c, "script", &result))
        return result;
    /* several statements in one PQexec: it stops at the first error and returns that */
    PGresult *res = PQexec(c->pg, sql);
    ExecStatusType s = PQresultStatus(res);
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_EMPTY_QUERY)
        result = DB_NONE;
    else
        result = status_of(c, res, "script");
    PQclear(res);
    return result;
}

/* Plain BEGIN is READ COMMITTED: row locks make concurrent UPDATEs of one row wait for each
 * other instead of failing, and the rare deadlock comes back as DB_RETRY. */
static DbStatus pg_begin(void *conn)
{
    PgConn *c = conn;
    DbStatus s = pg_script(c, "BEGIN");
    if (s == DB_NONE) {
        c->in_tx = true;
        c->tx_error = DB_NONE;
    }
    return s;
}

static DbStatus pg_commit(void *conn)
{
    PgConn *c = conn;
    DbStatus s;
    if (PQtransactionStatus(c->pg) == PQTRANS_INERROR) {
        /* COMMIT would answer "ROLLBACK" without any error: the DbTxFn went on after an error
         * and returned success, which loses its writes on PostgreSQL but not on SQLite */
        log_bug("commit of a transaction that an earlier error aborted: on PostgreSQL a DbTxFn "
                "must return the error it gets");
        s = c->tx_error == DB_RETRY ? DB_RETRY : DB_ERROR;
    } else {
        /* a serialization failure or a deferred constraint may still refuse the commit */
        s = pg_script(c, "COMMIT");
    }
    if (s == DB_NONE)
        c->in_tx = false;
    return s; /* on failure db_tx calls pg_rollback */
}

static void pg_rollback(void *conn)
{
    PgConn *c = conn;
    c->in_tx = false;
    PGTransactionStatusType t = PQtransactionStatus(c->pg);
    if (t != PQTRANS_INTRANS && t != PQTRANS_INERROR)
        return; /* ended by a failed COMMIT, or the connection is gone (reset on next use) */
    PGresult *res = PQexec(c->pg, "ROLLBACK");
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        char why[512];
        first_line(why, sizeof why, PQerrorMessage(c->pg));
        log_warn("postgresql %s: rollback failed: %s", c->url, why);
    }
    PQclear(res);
}

const DbOps db_pg_ops = {
    .backend = DB_PG,
    .open = pg_open,
    .close = pg_close,
    .select = pg_select,
    .exec = pg_exec,
    .script = pg_script,
    .begin = pg_begin,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .write_lock = NULL,
    .write_unlock = NULL,
};
