/* q/talent/talent_sql.h — the pieces of SQL text that the statements of the talent pool
 * share (profile.c for the learner, pool.c for partners), as string-literal macros, so that a
 * profile, a competence or a credential reads the same on both sides. Only the files of
 * src/q/talent/ include it. */
#ifndef TRAJECT_Q_TALENT_SQL_H
#define TRAJECT_Q_TALENT_SQL_H

#include "db/db.h"
#include "model/talent.h"

/* the columns of a profile (t: talent_profiles), as TALENT_PROFILE_OUT reads them */
#define TALENT_PROFILE_COLS                                                                        \
    "t.id, t.account_id, t.handle, t.visibility, t.summary, t.available_from, t.hours_per_week, "  \
    "t.contract, COALESCE(t.approved_at, 0), t.updated_at "
#define TALENT_PROFILE_OUT(a, p)                                                                   \
    db_int64_out(&(p)->id), db_int64_out(&(p)->account_id), db_text(a, &(p)->handle),              \
        db_vocab(&talent_visibilities, (int *)&(p)->visibility), db_text(a, &(p)->summary),        \
        db_text(a, &(p)->available_from), db_int64_out(&(p)->hours),                               \
        db_vocab(&talent_contracts, (int *)&(p)->contract), db_int64_out(&(p)->approved_at),       \
        db_int64_out(&(p)->updated_at)

/* The id of the latest assessment of competence COMP of the account ACC, in any
 * organisation (a later one supersedes an earlier one, as on the learner's record). */
#define TALENT_LATEST(ACC, COMP)                                                                   \
    "(SELECT y.id FROM assessments y JOIN people py ON py.id = y.person_id "                       \
    "AND py.org_id = y.org_id WHERE py.account_id = " ACC " AND y.competence_id = " COMP           \
    " ORDER BY y.assessed_on DESC, y.id DESC LIMIT 1)"

/* A competence with its latest level (x: the assessment, pe: its people record); the
 * statement adds the join on tc (talent_competences) and its WHERE. */
#define TALENT_COMP_SELECT                                                                         \
    "SELECT c.id, x.level, c.code, c.title, c.title_nl, c.title_fr, l.title, l.title_nl, "         \
    "l.title_fr, f.title, CASE WHEN tc.competence_id IS NULL THEN 0 ELSE 1 END "                   \
    "FROM assessments x JOIN people pe ON pe.id = x.person_id AND pe.org_id = x.org_id "           \
    "JOIN competences c ON c.id = x.competence_id "                                                \
    "JOIN competence_areas ar ON ar.id = c.area_id JOIN frameworks f ON f.id = c.framework_id "    \
    "LEFT JOIN framework_levels l ON l.framework_id = c.framework_id AND l.level = x.level "
#define TALENT_COMP_ORDER " ORDER BY c.framework_id, ar.position, c.position, c.id"
#define TALENT_COMP_OUT(a, x)                                                                      \
    db_int64_out(&(x)->competence_id), db_int64_out(&(x)->level), db_text(a, &(x)->code),          \
        db_text(a, &(x)->title[0]), db_text(a, &(x)->title[1]), db_text(a, &(x)->title[2]),        \
        db_text(a, &(x)->level_title[0]), db_text(a, &(x)->level_title[1]),                        \
        db_text(a, &(x)->level_title[2]), db_text(a, &(x)->framework), db_int64_out(&(x)->shown)

/* A credential neither revoked nor expired at the moment NOW (a parameter) */
#define TALENT_CRED_VALID(NOW)                                                                     \
    "c.revoked_at IS NULL AND (c.valid_until IS NULL OR c.valid_until > " NOW ")"
/* A credential (c) with its achievement and issuer; the statement adds the join on tcr
 * (talent_credentials) and its WHERE. */
#define TALENT_CRED_SELECT                                                                         \
    "SELECT c.id, c.uid, a.name, a.name_en, a.name_nl, a.name_fr, o.name, c.issued_at, "           \
    "COALESCE(c.valid_until, 0), CASE WHEN tcr.credential_id IS NULL THEN 0 ELSE 1 END "           \
    "FROM credentials c JOIN achievements a ON a.org_id = c.org_id AND a.id = c.achievement_id "   \
    "JOIN people pe ON pe.org_id = c.org_id AND pe.id = c.person_id "                              \
    "JOIN organisations o ON o.id = c.org_id "
#define TALENT_CRED_ORDER " ORDER BY c.issued_at DESC, c.id DESC"
#define TALENT_CRED_OUT(a, x)                                                                      \
    db_int64_out(&(x)->id), db_text(a, &(x)->uid), db_text(a, &(x)->achievement),                  \
        db_text(a, &(x)->achievement_tr[0]), db_text(a, &(x)->achievement_tr[1]),                  \
        db_text(a, &(x)->achievement_tr[2]), db_text(a, &(x)->org_name),                           \
        db_int64_out(&(x)->issued_at), db_int64_out(&(x)->valid_until), db_int64_out(&(x)->shown)

#endif
