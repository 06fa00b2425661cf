/* placement.c — see placement.h. */
#include "q/intake/placement.h"

/* The first session at or after $3, its start and end (0 when none). */
DbStatus q_placement(Db *db, int64_t org_id, int64_t cohort_id, int64_t now, Arena *a,
                     Placement *out)
{
    DB_SQL(st, "placement",
           "SELECT c.name, c.starts_on, c.ends_on, COALESCE(l.name, ''), "
           "COALESCE(l.address, ''), COALESCE(l.postcode, ''), COALESCE(l.municipality, ''), "
           "COALESCE((SELECT s.starts_at FROM training_sessions s WHERE s.org_id = c.org_id "
           "AND s.cohort_id = c.id AND s.starts_at >= $3 ORDER BY s.starts_at, s.id LIMIT 1), 0), "
           "COALESCE((SELECT s.ends_at FROM training_sessions s WHERE s.org_id = c.org_id "
           "AND s.cohort_id = c.id AND s.starts_at >= $3 ORDER BY s.starts_at, s.id LIMIT 1), 0), "
           "COALESCE(b.text_en, ''), COALESCE(b.text_nl, ''), COALESCE(b.text_fr, '') "
           "FROM cohorts c "
           "LEFT JOIN locations l ON l.id = c.location_id AND l.org_id = c.org_id "
           "LEFT JOIN programme_bring b ON b.programme_id = c.programme_id AND b.org_id = c.org_id "
           "WHERE c.org_id = $1 AND c.id = $2");
    return db_select_one(
        db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(now)),
        DB_COLS(db_text(a, &out->cohort), db_text(a, &out->starts_on), db_text(a, &out->ends_on),
                db_text(a, &out->place), db_text(a, &out->address), db_text(a, &out->postcode),
                db_text(a, &out->municipality), db_int64_out(&out->first_starts_at),
                db_int64_out(&out->first_ends_at), db_text(a, &out->bring.text[0]),
                db_text(a, &out->bring.text[1]), db_text(a, &out->bring.text[2])));
}

DbStatus q_bring(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Bring *out)
{
    DB_SQL(st, "bring",
           "SELECT COALESCE(text_en, ''), COALESCE(text_nl, ''), COALESCE(text_fr, '') "
           "FROM programme_bring WHERE org_id = $1 AND programme_id = $2");
    DbStatus s = db_select_one(
        db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
        DB_COLS(db_text(a, &out->text[0]), db_text(a, &out->text[1]), db_text(a, &out->text[2])));
    if (s == DB_NONE)
        *out = (Bring){.text = {"", "", ""}};
    return s;
}

static DbParam text_or_null(const char *s)
{
    return s && *s ? db_str(s) : db_null();
}

DbStatus q_bring_set(Db *db, int64_t org_id, int64_t programme_id, const Bring *b, int64_t now)
{
    DB_SQL(st, "bring_set",
           "INSERT INTO programme_bring (org_id, programme_id, text_en, text_nl, text_fr, "
           "updated_at) SELECT p.org_id, p.id, $3, $4, $5, $6 FROM programmes p "
           "WHERE p.org_id = $1 AND p.id = $2 ON CONFLICT (programme_id) DO UPDATE SET "
           "text_en = excluded.text_en, text_nl = excluded.text_nl, text_fr = excluded.text_fr, "
           "updated_at = excluded.updated_at");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(programme_id), text_or_null(b->text[0]),
                         text_or_null(b->text[1]), text_or_null(b->text[2]), db_int64(now)));
}
