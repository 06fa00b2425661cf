/* good.c — what codecheck accepts: nothing here may be reported (never compiled). */
#include <inttypes.h>

#include "db/db.h"
#include "html/html.h"

#define COLS "p.id, p.name"
#define OF_ORG(alias) alias ".org_id = $1"

DB_STMT(Q_LIST) = {
    .name = "sample_list",
    .sql = "SELECT " COLS " FROM people p WHERE " OF_ORG("p") " ORDER BY p.name",
};
DB_STMT(Q_OTHER) = {.name = "sample_other", .sql = "SELECT 1"};
/* macros made of macros with string arguments (keyset pages) */
#define FILTER(K) "AND p.status = " K " "
#define BY_ORG "WHERE " OF_ORG("p") " " FILTER("$2")
DB_STMT(Q_NESTED) = {.name = "sample_nested", .sql = "SELECT " COLS " FROM people p " BY_ORG};
/* the four keyset statements of a sort column, defined at once (db/page.h) */
DB_PAGE_SORT(Q_BY_NAME, "sample_by_name", "SELECT " COLS " FROM people p " BY_ORG, "p.name", "p.id",
             3, 4, 5);
static const DbPageStmts by_name = DB_PAGE_STMTS(Q_BY_NAME);

static DbStatus first_by_name(Db *db)
{
    return db_select_many(db, &Q_BY_NAME_FIRST_ASC, NULL, NULL, NULL, NULL);
}

/* a printf-like wrapper passes its own format on */
static void note(Html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(Html *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    html_v(h, fmt, ap);
    va_end(ap);
}

/* a statement of one function, defined inside it, with its parameters and columns inline */
static DbStatus count_of(Db *db, int64_t org_id, int64_t *n)
{
    DB_SQL(st, "sample_count", "SELECT COUNT(*) FROM people p " BY_ORG);
    return db_select_one(db, &st, DB_IN(db_int64(org_id)), DB_COLS(db_int64_out(n)));
}

static DbStatus run(Db *db, const DbStmt *st)
{
    return db_exec(db, st, NULL);
}

/* a statement chosen from a table of statements (keyset pages, sort orders) */
static const DbStmt *const pages[2] = {&Q_LIST, &Q_OTHER};

static DbStatus page_of(Db *db, int k)
{
    const DbStmt *st = pages[k];
    return db_select_many(db, st, NULL, NULL, NULL, NULL);
}

void page(Html *h, Req *r, Flow *f, Arena *a, Db *db, const char *name, int64_t n, size_t z, int k)
{
    html(h, "<p title=\"%s\">%s: %d%%, %" PRId64 ", %zu, %lld, %x, %c</p>", name, name, k, n, z,
         (long long)n, (unsigned)k, 'x');
    html(h, "<p>%.*s</p>", 3, name);
    html(h, _(r, "<p>%s selected</p>"), name);
    html(h, F_(f, "%d learners"), k);
    html(h, _n(r, "%d proposal", "%d proposals", k), k);
    arena_printf(a, F_n(f, "one file", "%lld files", n), (long long)n);
    html(h, _(r, "No results for \xE2\x80\x9C%s\xE2\x80\x9D."), name);
    html(h, k ? "<b>%s</b>" : "<i>%s</i>", name);
    html(h, (k ? _(r, "Yes: %s") : _(r, "No: %s")), name);
    html_lit(h, "<hr>");
    note(h, "<p>%s</p>", name);
    arena_printf(a, "%02d:%02d %.2f", k, k, 1.5); /* not the HTML writer: printf's conversions */
    log_info("%s selected the people of %s", name, name); /* prose, not SQL */
    html(h, "<p>%s</p>", _(r, "Select the people from the list"));
    db_select_one(db, k ? &Q_LIST : &Q_OTHER, NULL, NULL);
    run(db, &Q_LIST);
}
