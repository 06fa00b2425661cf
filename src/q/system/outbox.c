/* outbox.c — statements on the mail outbox. Mail is written in the same transaction
 * as what caused it, and delivered later by the mail worker (src/mail/). */
#include "q/system/outbox.h"

#include "model/system.h"

DbStatus q_outbox_add(Db *db, int64_t org_id, const char *to, const char *subject, const char *body,
                      int64_t now)
{
    DB_SQL(st, "outbox_add",
           "INSERT INTO outbox (org_id, to_addr, subject, body, created_at) "
           "VALUES ($1, $2, $3, $4, $5)");
    return db_exec(db, &st,
                   DB_IN(org_id ? db_int64(org_id) : db_null(), db_str(to), db_str(subject),
                         db_str(body), db_int64(now)));
}

/* Claiming by an UPDATE on the oldest candidate: two servers never deliver the same
 * mail at once, and a crashed claim is retried after its lease. A mail is tried 8 times
 * (OUTBOX_MAX_ATTEMPTS). */
DbStatus q_outbox_claim(Db *db, int64_t now, int64_t lease, Arena *a, Mail *out)
{
    DB_SQL(st, "outbox_claim",
           "UPDATE outbox SET claimed_until = $2, attempts = attempts + 1 WHERE id = ("
           "SELECT id FROM outbox WHERE sent_at IS NULL AND claimed_until <= $1 "
           "AND attempts < 8 ORDER BY id LIMIT 1) AND claimed_until <= $1 "
           "RETURNING id, to_addr, subject, body, created_at, attempts");
    return db_select_one(db, &st, DB_IN(db_int64(now), db_int64(now + lease)),
                         DB_COLS(db_int64_out(&out->id), db_text(a, &out->to_addr),
                                 db_text(a, &out->subject), db_text(a, &out->body),
                                 db_int64_out(&out->created_at), db_int64_out(&out->attempts)));
}

DbStatus q_outbox_sent(Db *db, int64_t id, int64_t now)
{
    DB_SQL(st, "outbox_sent", "UPDATE outbox SET sent_at = $2, last_error = NULL WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_int64(now)));
}

DbStatus q_outbox_failed(Db *db, int64_t id, const char *error, int64_t retry_at)
{
    DB_SQL(st, "outbox_failed",
           "UPDATE outbox SET last_error = $2, claimed_until = $3 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_str(error), db_int64(retry_at)));
}

/* The organisation's mail, a page at a time (db/page.h), by the moment it was queued or by
 * address; $2 searches the address and the subject. */
#define OUTBOX_PAGE                                                                                \
    "SELECT id, to_addr, subject, created_at, sent_at, attempts, last_error FROM outbox "          \
    "WHERE org_id = $1 AND ($2 = '' OR lower(to_addr) LIKE $2 ESCAPE '\\' "                        \
    "OR lower(subject) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_OUTBOX_PAGE_QUEUED, "outbox_page_queued", OUTBOX_PAGE, "created_at", "id", 3, 4, 5);
DB_PAGE_SORT(Q_OUTBOX_PAGE_TO, "outbox_page_to", OUTBOX_PAGE, "to_addr", "id", 3, 4, 5);

static const DbPageStmts outbox_pages[OUTBOX_SORTS] = {
    [OUTBOX_BY_QUEUED] = DB_PAGE_STMTS(Q_OUTBOX_PAGE_QUEUED),
    [OUTBOX_BY_TO] = DB_PAGE_STMTS(Q_OUTBOX_PAGE_TO),
};

DbStatus q_outbox_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, OutboxRow *row,
                       DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, outbox_pages, OUTBOX_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->to_addr),
                                  db_text(a, &row->subject), db_int64_out(&row->created_at),
                                  db_int64_out(&row->sent_at), db_int64_out(&row->attempts),
                                  db_text(a, &row->last_error)),
                          fn, ctx);
}

DbStatus q_outbox_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "outbox_count", "SELECT COUNT(*) FROM (" OUTBOX_PAGE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}
