/* catalogue.c — the public catalogue: open programmes of every organisation. These are
 * the only statements on programmes without an org_id parameter, on purpose: an
 * organisation publishes a programme by opening it, and only public fields are read. */
#include "q/training/catalogue.h"

#include "model/training.h"

#define CATALOGUE_COLS                                                                             \
    "p.id, p.org_id, o.name, p.kind, p.title_en, p.title_nl, p.title_fr, p.description_en, "       \
    "p.description_nl, p.description_fr, p.teaching_langs, p.min_age, p.max_age, "                 \
    "p.jobseekers_only, p.region, "                                                                \
    "(SELECT MIN(s.starts_at) FROM training_sessions s JOIN cohorts c ON c.id = s.cohort_id "      \
    " WHERE c.programme_id = p.id AND c.org_id = p.org_id AND s.org_id = c.org_id "                \
    " AND s.starts_at > $1) AS next_at"

#define CATALOGUE_OUT(a, r)                                                                        \
    db_int64_out(&(r)->p.id), db_int64_out(&(r)->p.org_id), db_text(a, &(r)->org_name),            \
        db_vocab(&programme_kinds, (int *)&(r)->p.kind), db_text(a, &(r)->p.title[0]),             \
        db_text(a, &(r)->p.title[1]), db_text(a, &(r)->p.title[2]),                                \
        db_text(a, &(r)->p.description[0]), db_text(a, &(r)->p.description[1]),                    \
        db_text(a, &(r)->p.description[2]), db_int64_out(&(r)->p.teaching_langs),                  \
        db_int64_null(&(r)->p.min_age, &(r)->p.min_age_null),                                      \
        db_int64_null(&(r)->p.max_age, &(r)->p.max_age_null),                                      \
        db_int64_out(&(r)->p.jobseekers_only), db_text(a, &(r)->p.region),                         \
        db_int64_null(&(r)->next_at, &(r)->no_next)

DbStatus q_catalogue(Db *db, const CatalogueFilter *f, int64_t now, const char *today, Arena *a,
                     CatalogueRow *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "catalogue_list",
           "SELECT " CATALOGUE_COLS " FROM programmes p JOIN organisations o ON o.id = p.org_id "
           "WHERE p.status = 'open' "
           "AND (CAST($2 AS TEXT) = '' OR p.kind = $2) "
           "AND (CAST($3 AS BIGINT) = 0 OR (p.teaching_langs & CAST($3 AS BIGINT)) <> 0) "
           "AND (CAST($4 AS BIGINT) < 0 OR ((p.min_age IS NULL OR p.min_age <= $4) "
           "     AND (p.max_age IS NULL OR p.max_age >= $4))) "
           "AND (CAST($5 AS TEXT) = '' OR EXISTS (SELECT 1 FROM cohorts c JOIN locations l "
           "     ON l.id = c.location_id AND l.org_id = c.org_id WHERE c.programme_id = p.id "
           "     AND c.org_id = p.org_id AND c.ends_on >= $7 AND l.province = $5)) "
           "AND (CAST($6 AS TEXT) = '' OR EXISTS (SELECT 1 FROM cohorts c JOIN locations l "
           "     ON l.id = c.location_id AND l.org_id = c.org_id WHERE c.programme_id = p.id "
           "     AND c.org_id = p.org_id AND c.ends_on >= $7 "
           "     AND LOWER(l.municipality) = LOWER($6))) "
           /* NULLS LAST: without it SQLite puts programmes without a session first and
            * PostgreSQL last; both must put them last. LIMIT 100: CATALOGUE_MAX in
            * pages/catalogue.c says so to the reader; change both together. */
           "ORDER BY next_at NULLS LAST, p.id LIMIT 100");
    return db_select_many(
        db, &st,
        DB_IN(db_int64(now), db_str(f->kind < 0 ? "" : vocab_key(&programme_kinds, f->kind)),
              db_int64(f->lang_mask), db_int64(f->age), db_str(f->province ? f->province : ""),
              db_str(f->municipality ? f->municipality : ""), db_str(today)),
        DB_COLS(CATALOGUE_OUT(a, row)), fn, ctx);
}

DbStatus q_catalogue_get(Db *db, int64_t id, int64_t now, Arena *a, CatalogueRow *out)
{
    DB_SQL(st, "catalogue_get",
           "SELECT " CATALOGUE_COLS " FROM programmes p JOIN organisations o ON o.id = p.org_id "
           "WHERE p.id = $2 AND p.status IN ('open', 'running')");
    return db_select_one(db, &st, DB_IN(db_int64(now), db_int64(id)),
                         DB_COLS(CATALOGUE_OUT(a, out)));
}

/* The places held by a cohort c's open waiting-list offers at $3 (seats_free in
 * domain/seats.h: the two change together). */
#define HELD                                                                                       \
    "(SELECT COUNT(*) FROM applications a WHERE a.org_id = c.org_id AND a.cohort_id = c.id "       \
    "AND a.status = 'waitlisted' AND a.offer_expires_at > $3)"

/* The cohorts of a published programme that have not ended, with places left (neither
 * taken nor held by an offer). */
DbStatus q_catalogue_cohorts(Db *db, int64_t org_id, int64_t programme_id, int64_t now,
                             const char *today, Arena *a, PublicCohort *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "catalogue_cohorts",
           "SELECT c.id, c.name, c.starts_on, c.ends_on, "
           "CASE WHEN c.capacity > c.enrolled + " HELD " THEN c.capacity - c.enrolled - " HELD
           " ELSE 0 END, "
           "COALESCE(l.name, ''), COALESCE(l.municipality, ''), COALESCE(l.province, ''), "
           "(SELECT MIN(s.starts_at) FROM training_sessions s WHERE s.cohort_id = c.id "
           " AND s.org_id = c.org_id AND s.starts_at > $3), "
           "(SELECT MAX(s.ends_at) FROM training_sessions s WHERE s.cohort_id = c.id "
           " AND s.org_id = c.org_id AND s.starts_at = (SELECT MIN(x.starts_at) FROM "
           " training_sessions x WHERE x.cohort_id = c.id AND x.org_id = c.org_id "
           " AND x.starts_at > $3)) "
           "FROM cohorts c LEFT JOIN locations l ON l.id = c.location_id AND l.org_id = c.org_id "
           "WHERE c.org_id = $1 AND c.programme_id = $2 AND c.ends_on >= $4 "
           "ORDER BY c.starts_on, c.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(now), db_str(today)),
        DB_COLS(db_int64_out(&row->id), db_text(a, &row->name), db_text(a, &row->starts_on),
                db_text(a, &row->ends_on), db_int64_out(&row->places_left),
                db_text(a, &row->location), db_text(a, &row->municipality),
                db_text(a, &row->province), db_int64_null(&row->next_at, &row->no_next),
                db_int64_null(&row->next_end, &row->no_next_end)),
        fn, ctx);
}
