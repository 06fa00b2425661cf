/* jury.c — statements on a call's jury, conflicts of interest and review assignments.
 * Every statement takes the funder's org_id. A member is conflicted with a proposal when
 * they declared it or belong to the applicant organisation (CONFLICTED below). */
#include "q/calls/jury.h"

#include "pages/calls/calls.h"

#define CONFLICTED(acc, prop)                                                                      \
    "(EXISTS (SELECT 1 FROM conflicts x WHERE x.proposal_id = " prop ".id AND x.account_id = " acc \
    ") OR EXISTS (SELECT 1 FROM memberships mm WHERE mm.org_id = " prop ".org_id "                 \
    "AND mm.account_id = " acc "))"

DbStatus q_jury_list(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row, DbRowFn fn,
                     void *ctx)
{
    DB_SQL(st, "jury_list",
           "SELECT a.id, a.name, a.email, "
           "(SELECT COUNT(*) FROM review_assignments ra WHERE ra.call_id = j.call_id "
           " AND ra.account_id = a.id), "
           "(SELECT COUNT(*) FROM proposals p WHERE p.funder_id = j.org_id "
           " AND p.call_id = j.call_id AND p.status = 'eligible' AND " CONFLICTED(
               "a.id", "p") "), "
                            "(SELECT COUNT(*) FROM reviews rv WHERE rv.call_id = j.call_id "
                            " AND rv.account_id = a.id AND rv.submitted_at IS NOT NULL) "
                            "FROM call_jury j JOIN accounts a ON a.id = j.account_id "
                            "WHERE j.org_id = $1 AND j.call_id = $2 ORDER BY a.name COLLATE "
                            "\"und-x-icu\", a.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(db_int64_out(&row->account_id), db_text(a, &row->name),
                                  db_text(a, &row->email), db_int64_out(&row->assigned),
                                  db_int64_out(&row->conflicts), db_int64_out(&row->submitted)),
                          fn, ctx);
}

/* Only an account holding the jury role at the funder, on its own undecided call. */
DbStatus q_jury_add(Db *db, int64_t org_id, int64_t call_id, int64_t account_id, int64_t now)
{
    DB_SQL(st, "jury_add",
           "INSERT INTO call_jury (org_id, call_id, account_id, appointed_at) "
           "SELECT c.org_id, c.id, m.account_id, $4 FROM calls c JOIN memberships m "
           "ON m.org_id = c.org_id AND m.account_id = $3 AND (m.roles & 16) <> 0 " /* jury */
           "WHERE c.org_id = $1 AND c.id = $2 AND c.status <> 'decided' "
           "ON CONFLICT (call_id, account_id) DO NOTHING");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(call_id), db_int64(account_id), db_int64(now)));
}

DbStatus q_call_review_deadline_set(Db *db, int64_t org_id, int64_t call_id, int64_t deadline)
{
    DB_SQL(call_review_deadline_set, "call_review_deadline_set",
           "UPDATE calls SET review_deadline = $3 WHERE org_id = $1 AND id = $2 "
           "AND status = 'published'");
    DB_SQL(review_reminders_forget, "review_reminders_forget",
           "DELETE FROM review_reminders WHERE org_id = $1 AND call_id = $2");
    DbParam in[] = {db_int64(org_id), db_int64(call_id), db_int64(deadline), DB_END};
    DbStatus st = db_exec(db, &call_review_deadline_set, in);
    if (st != DB_ONE)
        return st;
    in[2] = (DbParam)DB_END;
    st = db_exec(db, &review_reminders_forget, in);
    return st < DB_NONE ? st : DB_ONE;
}

DbStatus q_jury_remove(Db *db, int64_t org_id, int64_t call_id, int64_t account_id)
{
    DB_SQL(jury_remove_assignments, "jury_remove_assignments",
           "DELETE FROM review_assignments WHERE org_id = $1 AND call_id = $2 AND account_id = $3");
    DB_SQL(jury_remove, "jury_remove",
           "DELETE FROM call_jury WHERE org_id = $1 AND call_id = $2 AND account_id = $3");
    DbParam in[] = {db_int64(org_id), db_int64(call_id), db_int64(account_id), DB_END};
    DbStatus st = db_exec(db, &jury_remove_assignments, in);
    return st < DB_NONE ? st : db_exec(db, &jury_remove, in);
}

/* The funder's members with the jury role not yet on the call, to appoint. */
DbStatus q_jury_candidates(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "jury_candidates",
           "SELECT a.id, a.name, a.email FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND (m.roles & 16) <> 0 AND a.disabled = 0 AND NOT EXISTS "
           "(SELECT 1 FROM call_jury j WHERE j.call_id = $2 AND j.account_id = a.id) "
           "ORDER BY a.name COLLATE \"und-x-icu\", a.id");
    row->assigned = row->conflicts = row->submitted = 0;
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
        DB_COLS(db_int64_out(&row->account_id), db_text(a, &row->name), db_text(a, &row->email)),
        fn, ctx);
}

/* Every (member, eligible proposal) of the call with whether they are conflicted and
 * assigned (manual: 2, automatic: 1, none: 0). */
DbStatus q_jury_matrix(Db *db, int64_t org_id, int64_t call_id, Arena *a, JuryCell *row, DbRowFn fn,
                       void *ctx)
{
    DB_SQL(st, "jury_matrix",
           "SELECT j.account_id, p.id, CASE WHEN " CONFLICTED(
               "j.account_id",
               "p") " THEN 1 "
                    "ELSE 0 END, COALESCE((SELECT 1 + ra.manual FROM review_assignments ra "
                    "WHERE ra.proposal_id = p.id AND ra.account_id = j.account_id), 0), p.title, "
                    "o.name "
                    "FROM call_jury j JOIN proposals p ON p.funder_id = j.org_id AND p.call_id = "
                    "j.call_id "
                    "JOIN organisations o ON o.id = p.org_id "
                    "WHERE j.org_id = $1 AND j.call_id = $2 AND p.status = 'eligible' "
                    "ORDER BY p.id, j.account_id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(db_int64_out(&row->account_id), db_int64_out(&row->proposal_id),
                                  db_int64_out(&row->conflict), db_int64_out(&row->assigned),
                                  db_text(a, &row->title), db_text(a, &row->applicant)),
                          fn, ctx);
}

DbStatus q_assignments_clear_auto(Db *db, int64_t org_id, int64_t call_id)
{
    DB_SQL(st, "assignments_clear_auto",
           "DELETE FROM review_assignments WHERE org_id = $1 AND call_id = $2 AND manual = 0");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)));
}

/* Never a conflicted pair, never outside the call's jury or eligible proposals. */
DbStatus q_assign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id, int64_t account_id,
                  bool manual, int64_t now)
{
    DB_SQL(st, "assign",
           "INSERT INTO review_assignments (org_id, call_id, proposal_id, account_id, manual, "
           "assigned_at) SELECT j.org_id, j.call_id, p.id, j.account_id, $5, $6 FROM call_jury j "
           "JOIN proposals p ON p.funder_id = j.org_id AND p.call_id = j.call_id "
           "WHERE j.org_id = $1 AND j.call_id = $2 AND p.id = $3 AND j.account_id = $4 "
           "AND p.status = 'eligible' AND NOT " CONFLICTED(
               "j.account_id",
               "p") " "
                    "ON CONFLICT (proposal_id, account_id) DO UPDATE SET manual = excluded.manual");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(call_id), db_int64(proposal_id),
                         db_int64(account_id), db_int64(manual), db_int64(now)));
}

DbStatus q_unassign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                    int64_t account_id)
{
    DB_SQL(st, "unassign",
           "DELETE FROM review_assignments WHERE org_id = $1 AND call_id = $2 "
           "AND proposal_id = $3 AND account_id = $4");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(call_id), db_int64(proposal_id), db_int64(account_id)));
}

/* --- a jury member's own view --- */

/* The eligible proposals of the calls the account sits on, with its conflict and
 * assignment; titles and applicants only. */
DbStatus q_juror_proposals(Db *db, int64_t org_id, int64_t account_id, Arena *a, JurorProposal *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "juror_proposals",
           "SELECT p.id, p.call_id, c.title_en, c.title_nl, c.title_fr, p.title, o.name, "
           "CASE WHEN EXISTS (SELECT 1 FROM conflicts x WHERE x.proposal_id = p.id "
           " AND x.account_id = $2) THEN 1 WHEN EXISTS (SELECT 1 FROM memberships mm "
           " WHERE mm.org_id = p.org_id AND mm.account_id = $2) THEN 2 ELSE 0 END, "
           "CASE WHEN NOT EXISTS (SELECT 1 FROM review_assignments ra WHERE ra.proposal_id = p.id "
           " AND ra.account_id = $2) THEN 0 WHEN EXISTS (SELECT 1 FROM reviews rv WHERE "
           " rv.proposal_id = p.id AND rv.account_id = $2 AND rv.submitted_at IS NOT NULL) "
           " THEN 2 ELSE 1 END "
           "FROM call_jury j JOIN calls c ON c.id = j.call_id AND c.org_id = j.org_id "
           "JOIN proposals p ON p.call_id = c.id AND p.funder_id = c.org_id "
           "JOIN organisations o ON o.id = p.org_id "
           "WHERE j.org_id = $1 AND j.account_id = $2 AND p.status = 'eligible' "
           "ORDER BY c.closes_at DESC, c.id, p.title COLLATE \"und-x-icu\", p.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(account_id)),
                          DB_COLS(db_int64_out(&row->proposal_id), db_int64_out(&row->call_id),
                                  db_text(a, &row->call_title[0]), db_text(a, &row->call_title[1]),
                                  db_text(a, &row->call_title[2]), db_text(a, &row->title),
                                  db_text(a, &row->applicant), db_int64_out(&row->conflict),
                                  db_int64_out(&row->assigned)),
                          fn, ctx);
}

/* A declaration by a member of the call's jury, on an eligible proposal of that call. */
/* A conflict ends any assignment of that pair. */
DbStatus q_conflict_declare(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                            const char *reason, int64_t now)
{
    DB_SQL(conflict_declare, "conflict_declare",
           "INSERT INTO conflicts (org_id, proposal_id, account_id, reason, declared_at) "
           "SELECT p.funder_id, p.id, j.account_id, $4, $5 FROM proposals p JOIN call_jury j "
           "ON j.call_id = p.call_id AND j.org_id = p.funder_id AND j.account_id = $3 "
           "WHERE p.funder_id = $1 AND p.id = $2 AND p.status = 'eligible' "
           "ON CONFLICT (proposal_id, account_id) DO UPDATE SET reason = excluded.reason");
    DB_SQL(conflict_unassign, "conflict_unassign",
           "DELETE FROM review_assignments WHERE org_id = $1 AND proposal_id = $2 "
           "AND account_id = $3");
    DbStatus st = db_exec(db, &conflict_declare,
                          DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(account_id),
                                db_str(reason), db_int64(now)));
    if (st != DB_ONE)
        return st;
    DbParam in2[] = {db_int64(org_id), db_int64(proposal_id), db_int64(account_id), DB_END};
    st = db_exec(db, &conflict_unassign, in2);
    return st < DB_NONE ? st : DB_ONE;
}

/* The proposal, for a member of its call's jury who is assigned to it and not conflicted:
 * a conflicted member cannot open it at all. */
DbStatus q_juror_may_read(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id)
{
    DB_SQL(st, "juror_proposal",
           "SELECT p.id FROM proposals p JOIN review_assignments ra ON ra.proposal_id = p.id "
           "AND ra.org_id = p.funder_id WHERE p.funder_id = $1 AND p.id = $2 "
           "AND ra.account_id = $3 AND p.status = 'eligible' AND NOT " CONFLICTED("$3", "p"));
    int64_t id;
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(account_id)), &id);
}
