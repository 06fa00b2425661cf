/* jury.c — statements on a call's jury, conflicts of interest and review assignments.
 * Every statement takes the funder's org_id. A member is conflicted with a proposal when
 * they declared it or belong to the applicant organisation (CONFLICTED below). */
#include "q/calls/jury.h"

#include "pages/calls/calls.h"

#define CONFLICTED(acc, prop)                                                                      \
    "(EXISTS (SELECT 1 FROM conflicts x WHERE x.proposal_id = " prop ".id AND x.account_id = " acc \
    ") OR EXISTS (SELECT 1 FROM memberships mm WHERE mm.org_id = " prop ".org_id "                 \
    "AND mm.account_id = " acc "))"

DB_STMT(Q_JURY_LIST) = {
    .name = "jury_list",
    .sql = "SELECT a.id, a.name, a.email, "
           "(SELECT COUNT(*) FROM review_assignments ra WHERE ra.call_id = j.call_id "
           " AND ra.account_id = a.id), "
           "(SELECT COUNT(*) FROM proposals p WHERE p.funder_id = j.org_id "
           " AND p.call_id = j.call_id AND p.status = 'eligible' AND " CONFLICTED(
               "a.id", "p") "), "
                            "(SELECT COUNT(*) FROM reviews rv WHERE rv.call_id = j.call_id "
                            " AND rv.account_id = a.id AND rv.submitted_at IS NOT NULL) "
                            "FROM call_jury j JOIN accounts a ON a.id = j.account_id "
                            "WHERE j.org_id = $1 AND j.call_id = $2 ORDER BY a.name COLLATE "
                            "\"und-x-icu\", a.id",
};

DbStatus q_jury_list(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row, DbRowFn fn,
                     void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), DB_END};
    DbCol col[] = {db_int64_out(&row->account_id),
                   db_text(a, &row->name),
                   db_text(a, &row->email),
                   db_int64_out(&row->assigned),
                   db_int64_out(&row->conflicts),
                   db_int64_out(&row->submitted),
                   DB_END};
    return db_select_many(db, &Q_JURY_LIST, in, col, fn, ctx);
}

/* Only an account holding the jury role at the funder, on its own undecided call. */
DB_STMT(Q_JURY_ADD) = {
    .name = "jury_add",
    .sql = "INSERT INTO call_jury (org_id, call_id, account_id, appointed_at) "
           "SELECT c.org_id, c.id, m.account_id, $4 FROM calls c JOIN memberships m "
           "ON m.org_id = c.org_id AND m.account_id = $3 AND (m.roles & 16) <> 0 " /* jury */
           "WHERE c.org_id = $1 AND c.id = $2 AND c.status <> 'decided' "
           "ON CONFLICT (call_id, account_id) DO NOTHING",
};

DbStatus q_jury_add(Db *db, int64_t org_id, int64_t call_id, int64_t account_id, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), db_int64(account_id), db_int64(now),
                    DB_END};
    return db_exec(db, &Q_JURY_ADD, in, NULL);
}

DB_STMT(Q_CALL_REVIEW_DEADLINE_SET) = {
    .name = "call_review_deadline_set",
    .sql = "UPDATE calls SET review_deadline = $3 WHERE org_id = $1 AND id = $2 "
           "AND status = 'published'",
};
DB_STMT(Q_REVIEW_REMINDERS_FORGET) = {
    .name = "review_reminders_forget",
    .sql = "DELETE FROM review_reminders WHERE org_id = $1 AND call_id = $2",
};

DbStatus q_call_review_deadline_set(Db *db, int64_t org_id, int64_t call_id, int64_t deadline)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), db_int64(deadline), DB_END};
    DbStatus st = db_exec(db, &Q_CALL_REVIEW_DEADLINE_SET, in, NULL);
    if (st != DB_ONE)
        return st;
    in[2] = (DbParam)DB_END;
    st = db_exec(db, &Q_REVIEW_REMINDERS_FORGET, in, NULL);
    return st < DB_NONE ? st : DB_ONE;
}

DB_STMT(Q_JURY_REMOVE_ASSIGNMENTS) = {
    .name = "jury_remove_assignments",
    .sql = "DELETE FROM review_assignments WHERE org_id = $1 AND call_id = $2 AND account_id = $3",
};
DB_STMT(Q_JURY_REMOVE) = {
    .name = "jury_remove",
    .sql = "DELETE FROM call_jury WHERE org_id = $1 AND call_id = $2 AND account_id = $3",
};

DbStatus q_jury_remove(Db *db, int64_t org_id, int64_t call_id, int64_t account_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), db_int64(account_id), DB_END};
    DbStatus st = db_exec(db, &Q_JURY_REMOVE_ASSIGNMENTS, in, NULL);
    return st < DB_NONE ? st : db_exec(db, &Q_JURY_REMOVE, in, NULL);
}

/* The funder's members with the jury role not yet on the call, to appoint. */
DB_STMT(Q_JURY_CANDIDATES) = {
    .name = "jury_candidates",
    .sql = "SELECT a.id, a.name, a.email FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND (m.roles & 16) <> 0 AND a.disabled = 0 AND NOT EXISTS "
           "(SELECT 1 FROM call_jury j WHERE j.call_id = $2 AND j.account_id = a.id) "
           "ORDER BY a.name COLLATE \"und-x-icu\", a.id",
};

DbStatus q_jury_candidates(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row,
                           DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), DB_END};
    DbCol col[] = {db_int64_out(&row->account_id), db_text(a, &row->name), db_text(a, &row->email),
                   DB_END};
    row->assigned = row->conflicts = row->submitted = 0;
    return db_select_many(db, &Q_JURY_CANDIDATES, in, col, fn, ctx);
}

/* Every (member, eligible proposal) of the call with whether they are conflicted and
 * assigned (manual: 2, automatic: 1, none: 0). */
DB_STMT(Q_JURY_MATRIX) = {
    .name = "jury_matrix",
    .sql = "SELECT j.account_id, p.id, CASE WHEN " CONFLICTED(
        "j.account_id",
        "p") " THEN 1 "
             "ELSE 0 END, COALESCE((SELECT 1 + ra.manual FROM review_assignments ra "
             "WHERE ra.proposal_id = p.id AND ra.account_id = j.account_id), 0), p.title, o.name "
             "FROM call_jury j JOIN proposals p ON p.funder_id = j.org_id AND p.call_id = "
             "j.call_id "
             "JOIN organisations o ON o.id = p.org_id "
             "WHERE j.org_id = $1 AND j.call_id = $2 AND p.status = 'eligible' "
             "ORDER BY p.id, j.account_id",
};

DbStatus q_jury_matrix(Db *db, int64_t org_id, int64_t call_id, Arena *a, JuryCell *row, DbRowFn fn,
                       void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), DB_END};
    DbCol col[] = {db_int64_out(&row->account_id),
                   db_int64_out(&row->proposal_id),
                   db_int64_out(&row->conflict),
                   db_int64_out(&row->assigned),
                   db_text(a, &row->title),
                   db_text(a, &row->applicant),
                   DB_END};
    return db_select_many(db, &Q_JURY_MATRIX, in, col, fn, ctx);
}

DB_STMT(Q_ASSIGNMENTS_CLEAR_AUTO) = {
    .name = "assignments_clear_auto",
    .sql = "DELETE FROM review_assignments WHERE org_id = $1 AND call_id = $2 AND manual = 0",
};

DbStatus q_assignments_clear_auto(Db *db, int64_t org_id, int64_t call_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), DB_END};
    return db_exec(db, &Q_ASSIGNMENTS_CLEAR_AUTO, in, NULL);
}

/* Never a conflicted pair, never outside the call's jury or eligible proposals. */
DB_STMT(Q_ASSIGN) = {
    .name = "assign",
    .sql = "INSERT INTO review_assignments (org_id, call_id, proposal_id, account_id, manual, "
           "assigned_at) SELECT j.org_id, j.call_id, p.id, j.account_id, $5, $6 FROM call_jury j "
           "JOIN proposals p ON p.funder_id = j.org_id AND p.call_id = j.call_id "
           "WHERE j.org_id = $1 AND j.call_id = $2 AND p.id = $3 AND j.account_id = $4 "
           "AND p.status = 'eligible' AND NOT " CONFLICTED(
               "j.account_id",
               "p") " "
                    "ON CONFLICT (proposal_id, account_id) DO UPDATE SET manual = excluded.manual",
};

DbStatus q_assign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id, int64_t account_id,
                  bool manual, int64_t now)
{
    DbParam in[] = {db_int64(org_id),
                    db_int64(call_id),
                    db_int64(proposal_id),
                    db_int64(account_id),
                    db_int64(manual),
                    db_int64(now),
                    DB_END};
    return db_exec(db, &Q_ASSIGN, in, NULL);
}

DB_STMT(Q_UNASSIGN) = {
    .name = "unassign",
    .sql = "DELETE FROM review_assignments WHERE org_id = $1 AND call_id = $2 "
           "AND proposal_id = $3 AND account_id = $4",
};

DbStatus q_unassign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                    int64_t account_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(call_id), db_int64(proposal_id),
                    db_int64(account_id), DB_END};
    return db_exec(db, &Q_UNASSIGN, in, NULL);
}

/* --- a jury member's own view --- */

/* The eligible proposals of the calls the account sits on, with its conflict and
 * assignment; titles and applicants only. */
DB_STMT(Q_JUROR_PROPOSALS) = {
    .name = "juror_proposals",
    .sql = "SELECT p.id, p.call_id, c.title_en, c.title_nl, c.title_fr, p.title, o.name, "
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
           "ORDER BY c.closes_at DESC, c.id, p.title COLLATE \"und-x-icu\", p.id",
};

DbStatus q_juror_proposals(Db *db, int64_t org_id, int64_t account_id, Arena *a, JurorProposal *row,
                           DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), DB_END};
    DbCol col[] = {db_int64_out(&row->proposal_id), db_int64_out(&row->call_id),
                   db_text(a, &row->call_title[0]), db_text(a, &row->call_title[1]),
                   db_text(a, &row->call_title[2]), db_text(a, &row->title),
                   db_text(a, &row->applicant),     db_int64_out(&row->conflict),
                   db_int64_out(&row->assigned),    DB_END};
    return db_select_many(db, &Q_JUROR_PROPOSALS, in, col, fn, ctx);
}

/* A declaration by a member of the call's jury, on an eligible proposal of that call. */
DB_STMT(Q_CONFLICT_DECLARE) = {
    .name = "conflict_declare",
    .sql = "INSERT INTO conflicts (org_id, proposal_id, account_id, reason, declared_at) "
           "SELECT p.funder_id, p.id, j.account_id, $4, $5 FROM proposals p JOIN call_jury j "
           "ON j.call_id = p.call_id AND j.org_id = p.funder_id AND j.account_id = $3 "
           "WHERE p.funder_id = $1 AND p.id = $2 AND p.status = 'eligible' "
           "ON CONFLICT (proposal_id, account_id) DO UPDATE SET reason = excluded.reason",
};
/* A conflict ends any assignment of that pair. */
DB_STMT(Q_CONFLICT_UNASSIGN) = {
    .name = "conflict_unassign",
    .sql = "DELETE FROM review_assignments WHERE org_id = $1 AND proposal_id = $2 "
           "AND account_id = $3",
};

DbStatus q_conflict_declare(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                            const char *reason, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(proposal_id), db_int64(account_id),
                    db_str(reason),   db_int64(now),         DB_END};
    DbStatus st = db_exec(db, &Q_CONFLICT_DECLARE, in, NULL);
    if (st != DB_ONE)
        return st;
    DbParam in2[] = {db_int64(org_id), db_int64(proposal_id), db_int64(account_id), DB_END};
    st = db_exec(db, &Q_CONFLICT_UNASSIGN, in2, NULL);
    return st < DB_NONE ? st : DB_ONE;
}

/* The proposal, for a member of its call's jury who is assigned to it and not conflicted:
 * a conflicted member cannot open it at all. */
DB_STMT(Q_JUROR_PROPOSAL) = {
    .name = "juror_proposal",
    .sql = "SELECT p.id FROM proposals p JOIN review_assignments ra ON ra.proposal_id = p.id "
           "AND ra.org_id = p.funder_id WHERE p.funder_id = $1 AND p.id = $2 "
           "AND ra.account_id = $3 AND p.status = 'eligible' AND NOT " CONFLICTED("$3", "p"),
};

DbStatus q_juror_may_read(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id)
{
    int64_t id;
    DbParam in[] = {db_int64(org_id), db_int64(proposal_id), db_int64(account_id), DB_END};
    DbCol col[] = {db_int64_out(&id), DB_END};
    return db_select_one(db, &Q_JUROR_PROPOSAL, in, col);
}
