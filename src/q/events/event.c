/* event.c — statements on events (see event.h). */
#include "q/events/event.h"

#include <stdlib.h>

#include "core/vocab.h"

/* a bound of the age band as a parameter: NULL when none was typed */
static DbParam age_param(const char *typed)
{
    return typed && *typed ? db_int64(strtoll(typed, NULL, 10)) : db_null();
}

DbStatus q_event_add(Db *db, int64_t org_id, const EventInput *in, int64_t now, int64_t *id)
{
    DB_SQL(st, "event_add",
           "INSERT INTO events (org_id, kind, title, description, location_id, starts_at, "
           "ends_at, capacity, min_age, max_age, consent_age, access, created_at) "
           "SELECT $1, $2, $3, $4, l.id, $6, $7, $8, CAST($9 AS BIGINT), CAST($10 AS BIGINT), "
           "$11, $12, $13 FROM locations l WHERE l.org_id = $1 AND l.id = $5 RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_str(vocab_key(&event_kinds, in->kind)), db_str(in->title),
              db_str(in->description), db_int64(in->location_id), db_int64(in->starts_at),
              db_int64(in->ends_at), db_int64(in->capacity), age_param(in->min_age),
              age_param(in->max_age), db_int64(in->consent_age),
              db_str(vocab_key(&event_access, in->access)), db_int64(now)),
        id);
}

DbStatus q_event_update(Db *db, int64_t org_id, int64_t id, const EventInput *in)
{
    DB_SQL(st, "event_update",
           "UPDATE events SET kind = $3, title = $4, description = $5, location_id = $6, "
           "starts_at = $7, ends_at = $8, capacity = $9, min_age = CAST($10 AS BIGINT), "
           "max_age = CAST($11 AS BIGINT), consent_age = $12, access = $13 "
           "WHERE org_id = $1 AND id = $2 "
           "AND EXISTS (SELECT 1 FROM locations l WHERE l.org_id = $1 AND l.id = $6)");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&event_kinds, in->kind)),
                         db_str(in->title), db_str(in->description), db_int64(in->location_id),
                         db_int64(in->starts_at), db_int64(in->ends_at), db_int64(in->capacity),
                         age_param(in->min_age), age_param(in->max_age), db_int64(in->consent_age),
                         db_str(vocab_key(&event_access, in->access))));
}

/* the columns of every event statement */
#define EVENT_SELECT                                                                               \
    "SELECT e.id, e.org_id, o.name, e.kind, e.title, e.description, e.location_id, l.name, "       \
    "COALESCE(l.address, ''), l.municipality, e.starts_at, e.ends_at, e.capacity, e.taken, "       \
    "e.min_age, e.max_age, e.consent_age, e.access, (SELECT COUNT(*) FROM event_registrations w "  \
    "WHERE w.event_id = e.id AND w.status = 'waiting') FROM events e "                             \
    "JOIN organisations o ON o.id = e.org_id JOIN locations l ON l.id = e.location_id "

#define EVENT_OUT(a, e)                                                                            \
    db_int64_out(&(e)->id), db_int64_out(&(e)->org_id), db_text(a, &(e)->org_name),                \
        db_vocab(&event_kinds, (int *)&(e)->kind), db_text(a, &(e)->title),                        \
        db_text(a, &(e)->description), db_int64_out(&(e)->location_id),                            \
        db_text(a, &(e)->location_name), db_text(a, &(e)->location_address),                       \
        db_text(a, &(e)->municipality), db_int64_out(&(e)->starts_at),                             \
        db_int64_out(&(e)->ends_at), db_int64_out(&(e)->capacity), db_int64_out(&(e)->taken),      \
        db_int64_null(&(e)->min_age, &(e)->min_age_null),                                          \
        db_int64_null(&(e)->max_age, &(e)->max_age_null), db_int64_out(&(e)->consent_age),         \
        db_vocab(&event_access, (int *)&(e)->access), db_int64_out(&(e)->waiting)

DbStatus q_event_get(Db *db, int64_t org_id, int64_t id, Arena *a, Event *out)
{
    DB_SQL(st, "event_get", EVENT_SELECT "WHERE e.org_id = $1 AND e.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(EVENT_OUT(a, out)));
}

DbStatus q_event_public(Db *db, int64_t id, Arena *a, Event *out)
{
    DB_SQL(st, "event_public", EVENT_SELECT "WHERE e.id = $1 AND e.access = 'public'");
    return db_select_one(db, &st, DB_IN(db_int64(id)), DB_COLS(EVENT_OUT(a, out)));
}

/* the public events still to come or going on ($1: now), searched by title ($2) */
#define EVENT_PUBLIC_WHERE                                                                         \
    EVENT_SELECT "WHERE e.access = 'public' AND e.ends_at >= $1 "                                  \
                 "AND ($2 = '' OR lower(e.title) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_EVENT_PUBLIC_START, "event_public_start", EVENT_PUBLIC_WHERE, "e.starts_at", "e.id",
             3, 4, 5);

static const DbPageStmts event_public_pages[] = {DB_PAGE_STMTS(Q_EVENT_PUBLIC_START)};

DbStatus q_event_public_page(Db *db, int64_t now, const DbPage *p, Arena *a, Event *row, DbRowFn fn,
                             void *ctx)
{
    return db_page_select(db, p, event_public_pages, 1, DB_IN(db_int64(now)),
                          DB_COLS(EVENT_OUT(a, row)), fn, ctx);
}

DbStatus q_event_public_count(Db *db, int64_t now, const char *like, int64_t *n)
{
    DB_SQL(st, "event_public_count",
           "SELECT COUNT(*) FROM events e WHERE e.access = 'public' AND e.ends_at >= $1 "
           "AND ($2 = '' OR lower(e.title) LIKE $2 ESCAPE '\\')");
    return db_select_int64(db, &st, DB_IN(db_int64(now), db_str(like ? like : "")), n);
}

#define EVENT_PAGE_WHERE                                                                           \
    EVENT_SELECT "WHERE e.org_id = $1 AND ($2 = '' OR lower(e.title) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_EVENT_PAGE_START, "event_page_start", EVENT_PAGE_WHERE, "e.starts_at", "e.id", 3, 4,
             5);
DB_PAGE_SORT(Q_EVENT_PAGE_TITLE, "event_page_title", EVENT_PAGE_WHERE,
             "e.title COLLATE \"und-x-icu\"", "e.id", 3, 4, 5);

static const DbPageStmts event_pages[EVENT_SORTS] = {
    [EVENT_BY_START] = DB_PAGE_STMTS(Q_EVENT_PAGE_START),
    [EVENT_BY_TITLE] = DB_PAGE_STMTS(Q_EVENT_PAGE_TITLE),
};

DbStatus q_event_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Event *row, DbRowFn fn,
                      void *ctx)
{
    return db_page_select(db, p, event_pages, EVENT_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(EVENT_OUT(a, row)), fn, ctx);
}

DbStatus q_event_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "event_count",
           "SELECT COUNT(*) FROM events e WHERE e.org_id = $1 "
           "AND ($2 = '' OR lower(e.title) LIKE $2 ESCAPE '\\')");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

DbStatus q_event_take_place(Db *db, int64_t org_id, int64_t id, bool if_waiting, int64_t *changes)
{
    DB_SQL(st, "event_take_place",
           "UPDATE events SET taken = taken + 1 WHERE org_id = $1 AND id = $2 "
           "AND taken < capacity AND ($3 = 0 OR EXISTS (SELECT 1 FROM event_registrations w "
           "WHERE w.event_id = events.id AND w.status = 'waiting'))");
    return db_exec_changes(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(if_waiting)),
                           changes);
}

DbStatus q_event_free_place(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(st, "event_free_place",
           "UPDATE events SET taken = taken - 1 WHERE org_id = $1 AND id = $2 AND taken > 0");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id)));
}
