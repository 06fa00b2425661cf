/* bad.c — one violation of each codecheck rule per marked line (never compiled). Each
 * line that must be reported ends with a comment naming the rule(s); no other line may be.
 * tests/codecheck/codecheck.test.mjs checks that exactly these lines are reported. */
#include "db/db.h"
#include "html/html.h"

#define SAMPLE_COLS "id, name"
#define SAMPLE_SQL "SELECT id FROM people"

/* a printf-like function of our own that writes HTML: its callers are held to html()'s rules */
static void say(Html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(Html *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    html_v(h, fmt, ap);
    va_end(ap);
}

static const char *pick(int k)
{
    return k ? "<b>%s</b>" : "<i>%s</i>";
}

void formats(Html *h, Req *r, Arena *a, Buf *b, const char *user, double d, int n)
{
    html(h, user); /* expect: fmt-literal */
    html(h, pick(n), user); /* expect: fmt-literal */
    html(h, n ? user : "<p>"); /* expect: fmt-literal */
    html(h, _(r, user), n); /* expect: fmt-literal */
    html(h, _n(r, "%d file", user, n), n); /* expect: fmt-literal */
    html_lit(h, user); /* expect: fmt-literal */
    html_lit(h, _(r, "Sign in")); /* expect: fmt-literal */
    arena_printf(a, user); /* expect: fmt-literal */
    buf_printf(b, user, n); /* expect: fmt-literal */
    log_info(user); /* expect: fmt-literal */
    log_bug(user, n); /* expect: fmt-literal */
    snprintf(NULL, 0, user); /* expect: fmt-literal */
    html(h, "<td>%f</td>", d); /* expect: html-conv */
    html(h, "<td>%.2f</td>", d); /* expect: html-conv */
    html(h, "<td>%e %g %a</td>", d, d, d); /* expect: html-conv */
    html(h, "<td>%n</td>", &n); /* expect: html-conv */
    html(h, "<td>%*d</td>", 5, n); /* expect: html-conv */
    html(h, "<td>%02d:%02d</td>", n, n); /* expect: html-conv */
    html(h, "<td>%-10s</td>", user); /* expect: html-conv */
    html(h, "<td>%p %o %X</td>", (void *)user, n, n); /* expect: html-conv */
    html(h, "<td>%ls</td>", (wchar_t *)user); /* expect: html-conv */
    html(h, "<td>%.3d</td>", n); /* expect: html-conv */
    html(h, "<td>%Lf</td>", (long double)d); /* expect: html-conv */
    html(h, "<td>%'d</td>", n); /* expect: html-conv */
    html(h, "<td>50 %</td>"); /* expect: html-conv */
    html(h, _(r, "<td>%f</td>"), d); /* expect: html-conv */
    html(h, n ? "%s" : "%f", d); /* expect: html-conv */
    html_raw_(h, user); /* expect: html-raw */
    say(h, "<td>%5.1f</td>", d); /* expect: html-conv */
    say(h, user); /* expect: fmt-literal */
    say(h, "<td>%s</td>", user);
}

DB_STMT(Q_GOOD) = {.name = "good", .sql = "SELECT " SAMPLE_COLS " FROM people WHERE org_id = $1"};

static const char *table = "people";
DB_STMT(Q_BUILT) = {.name = "built", .sql = table}; /* expect: sql-literal */
DB_STMT(Q_NAME) = {.name = table, .sql = "SELECT 1"}; /* expect: sql-literal */
DB_STMT(Q_NO_SQL) = {.name = "no_sql"}; /* expect: sql-literal */
DB_PAGE_SORT(Q_PAGED, "paged", table, "p.name", "p.id", 3, 4, 5); /* expect: sql-literal */
DB_PAGE_SORT(Q_PAGED2, "paged2", "SELECT 1", "p.name", "p.id", n, 4, 5); /* expect: sql-literal */

static const DbStmt Q_HANDMADE = {.name = "handmade", .sql = "SELECT 1"}; /* expect: stmt-macro */
static const struct DbStmt Q_TAGGED = {.name = "tagged", .sql = "SELECT 1"}; /* expect: stmt-macro */

DbStatus statements(Db *db, Arena *a, Buf *b, const char *org, DbStmt *out)
{
    DbStmt st; /* expect: stmt-macro */
    st.sql = arena_printf(a, "SELECT * FROM %s", org); /* expect: stmt-macro, sql-runtime */
    out->sql = "SELECT 1"; /* expect: stmt-macro */
    db_exec(db, &st, NULL); /* expect: stmt-arg */
    db_exec(db, (const DbStmt *)&st, NULL); /* expect: stmt-macro, stmt-arg */
    db_select_int64(db, &Q_HANDMADE, NULL, NULL); /* expect: stmt-arg */
    db_exec_changes(db, &st, NULL, NULL); /* expect: stmt-arg */
    db_select_one(db, &(DbStmt){.name = "x", .sql = "SELECT 1"}, NULL); /* expect: stmt-macro, stmt-arg */
    buf_adds(b, "DELETE FROM people WHERE id = "); /* expect: sql-runtime */
    arena_printf(a, SAMPLE_SQL " WHERE name = '%s'", org); /* expect: sql-runtime */
    char q[200];
    strcpy(q, "UPDATE people SET name = '"); /* expect: sql-runtime */
    strcat(q, org);
    sqlite3_exec(NULL, q, NULL, NULL); /* expect: sql-runtime */
    db_exec_script(db, q); /* expect: sql-runtime */
    return db_select_one(db, &Q_GOOD, NULL, NULL);
}

DB_SQL(top, "file_scope", "SELECT 1"); /* expect: stmt-macro */

DbStatus local_statements(Db *db, const char *org, int x)
{
    DB_SQL(st, "local", "SELECT 1");
    DB_SQL(built, "built_local", org); /* expect: sql-literal */
    DB_SQL(named, org, "SELECT 1"); /* expect: sql-literal */
    DB_SQL(chosen, "chosen", x ? "SELECT 1" : "SELECT 2"); /* expect: sql-literal */
    DB_SQL(short_one, "short"); /* expect: sql-literal */
    if (x) {
        DB_SQL(inner, "inner", "SELECT 1"); /* expect: stmt-macro */
        db_exec(db, &inner, NULL); /* expect: stmt-arg */
    }
    db_exec(db, &st, NULL);
    return db_exec(db, &elsewhere, NULL); /* expect: stmt-arg */
}

DbStatus other_function(Db *db)
{
    DB_SQL(elsewhere, "elsewhere", "SELECT 1");
    return db_exec(db, &st, NULL); /* expect: stmt-arg */
}
