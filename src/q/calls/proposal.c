/* proposal.c — statements on proposals. The applicant's statements take its org_id; the
 * funder's take its own as funder_id and never return a draft. */
#include "q/calls/proposal.h"

#include "model/calls.h"
#include "q/calls/cols.h"

DbStatus q_proposal_add(Db *db, int64_t org_id, int64_t call_id, const char *title, int64_t now,
                        int64_t *id)
{
    DB_SQL(st, "proposal_add",
           "INSERT INTO proposals (org_id, call_id, funder_id, title, created_at, updated_at) "
           "SELECT $1, c.id, c.org_id, $3, $4, $4 FROM calls c WHERE c.id = $2 "
           "AND c.status = 'published' AND c.closes_at > $4 RETURNING id");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(call_id), db_str(title), db_int64(now)), id);
}

DbStatus q_proposal_get(Db *db, int64_t org_id, int64_t id, Arena *a, Proposal *out)
{
    DB_SQL(st, "proposal_get",
           "SELECT " PROPOSAL_COLS PROPOSAL_FROM "WHERE p.org_id = $1 AND p.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(PROPOSAL_OUT(a, out)));
}

/* Only a draft changes. */
DbStatus q_proposal_update(Db *db, const Proposal *p, int64_t now)
{
    DB_SQL(st, "proposal_update",
           "UPDATE proposals SET title = $3, summary = $4, requested = $5, planned_trained = $6, "
           "planned_reached = $7, updated_at = $8 WHERE org_id = $1 AND id = $2 "
           "AND status = 'draft'");
    return db_exec(db, &st,
                   DB_IN(db_int64(p->org_id), db_int64(p->id), db_str(p->title), db_str(p->summary),
                         db_int64(p->requested), db_int64(p->planned_trained),
                         db_int64(p->planned_reached), db_int64(now)));
}

/* The deadline is enforced here, to the second, in the same statement as the change:
 * a draft becomes submitted only while its call is open and its amount within limits. */
DbStatus q_proposal_submit(Db *db, int64_t org_id, int64_t id, int64_t now, int64_t by,
                           const char *receipt)
{
    DB_SQL(st, "proposal_submit",
           "UPDATE proposals SET status = 'submitted', submitted_at = $3, submitted_by = $4, "
           "receipt = $5, updated_at = $3 WHERE org_id = $1 AND id = $2 AND status = 'draft' "
           "AND EXISTS (SELECT 1 FROM calls c WHERE c.id = proposals.call_id "
           "AND c.status = 'published' AND c.opens_at <= $3 AND c.closes_at > $3 "
           "AND proposals.requested BETWEEN c.min_grant AND c.max_grant)");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(id), db_int64(now), db_int64(by), db_str(receipt)));
}

/* --- budget lines and target groups of a draft --- */

DbStatus q_budget_lines(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, BudgetLine *row,
                        DbRowFn fn, void *ctx)
{
    DB_SQL(st, "proposal_budget_lines",
           "SELECT id, label, amount FROM proposal_budget_lines WHERE org_id = $1 "
           "AND proposal_id = $2 ORDER BY position, id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id)),
                          DB_COLS(BUDGET_LINE_OUT(a, row)), fn, ctx);
}

DbStatus q_budget_line_add(Db *db, int64_t org_id, int64_t proposal_id, const char *label,
                           int64_t amount)
{
    DB_SQL(st, "proposal_budget_line_add",
           "INSERT INTO proposal_budget_lines (org_id, proposal_id, position, label, amount) "
           "SELECT p.org_id, p.id, COALESCE((SELECT MAX(b.position) FROM proposal_budget_lines b "
           "WHERE b.proposal_id = p.id), 0) + 1, $3, $4 FROM proposals p "
           "WHERE p.org_id = $1 AND p.id = $2 AND p.status = 'draft'");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(proposal_id), db_str(label), db_int64(amount)));
}

DbStatus q_budget_line_delete(Db *db, int64_t org_id, int64_t id, int64_t *proposal_id)
{
    DB_SQL(st, "proposal_budget_line_delete",
           "DELETE FROM proposal_budget_lines WHERE org_id = $1 AND id = $2 AND EXISTS "
           "(SELECT 1 FROM proposals p WHERE p.id = proposal_budget_lines.proposal_id "
           "AND p.status = 'draft') RETURNING proposal_id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id)), proposal_id);
}

DbStatus q_proposal_groups(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, TargetGroup *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "proposal_groups",
           "SELECT g.id, g.name_en, g.name_nl, g.name_fr FROM proposal_target_groups t "
           "JOIN target_groups g ON g.id = t.target_group_id "
           "WHERE t.org_id = $1 AND t.proposal_id = $2 ORDER BY g.position, g.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id)),
                          DB_COLS(GROUP_OUT(a, row)), fn, ctx);
}

/* The groups the proposal's call aims at: the applicant chooses among those. */
DbStatus q_proposal_group_choices(Db *db, int64_t org_id, int64_t proposal_id, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "proposal_group_choices",
           "SELECT g.id, g.name_en, g.name_nl, g.name_fr FROM proposals p "
           "JOIN call_target_groups t ON t.call_id = p.call_id "
           "JOIN target_groups g ON g.id = t.target_group_id "
           "WHERE p.org_id = $1 AND p.id = $2 ORDER BY g.position, g.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id)),
                          DB_COLS(GROUP_OUT(a, row)), fn, ctx);
}

DbStatus q_proposal_groups_clear(Db *db, int64_t org_id, int64_t proposal_id)
{
    DB_SQL(st, "proposal_groups_clear",
           "DELETE FROM proposal_target_groups WHERE org_id = $1 AND proposal_id = $2 "
           "AND EXISTS (SELECT 1 FROM proposals p WHERE p.org_id = $1 AND p.id = $2 "
           "AND p.status = 'draft')");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id)));
}

/* Only a group of the proposal's call, only on a draft. */
DbStatus q_proposal_group_add(Db *db, int64_t org_id, int64_t proposal_id, int64_t group_id)
{
    DB_SQL(st, "proposal_group_add",
           "INSERT INTO proposal_target_groups (org_id, proposal_id, target_group_id) "
           "SELECT p.org_id, p.id, t.target_group_id FROM proposals p "
           "JOIN call_target_groups t ON t.call_id = p.call_id AND t.target_group_id = $3 "
           "WHERE p.org_id = $1 AND p.id = $2 AND p.status = 'draft'");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(group_id)));
}

/* --- the funder's side: a submitted proposal and its eligibility screening --- */

DbStatus q_funder_proposal(Db *db, int64_t funder_id, int64_t id, Arena *a, Proposal *out)
{
    DB_SQL(st, "funder_proposal",
           "SELECT " PROPOSAL_COLS PROPOSAL_FROM "WHERE p.funder_id = $1 AND p.id = $2 "
           "AND p.status <> 'draft'");
    return db_select_one(db, &st, DB_IN(db_int64(funder_id), db_int64(id)),
                         DB_COLS(PROPOSAL_OUT(a, out)));
}

DbStatus q_funder_budget_lines(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                               BudgetLine *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "funder_budget_lines",
           "SELECT b.id, b.label, b.amount FROM proposal_budget_lines b JOIN proposals p "
           "ON p.id = b.proposal_id AND p.org_id = b.org_id WHERE p.funder_id = $1 "
           "AND p.id = $2 AND p.status <> 'draft' ORDER BY b.position, b.id");
    return db_select_many(db, &st, DB_IN(db_int64(funder_id), db_int64(proposal_id)),
                          DB_COLS(BUDGET_LINE_OUT(a, row)), fn, ctx);
}

DbStatus q_funder_proposal_groups(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "funder_proposal_groups",
           "SELECT g.id, g.name_en, g.name_nl, g.name_fr FROM proposal_target_groups t "
           "JOIN proposals p ON p.id = t.proposal_id AND p.org_id = t.org_id "
           "JOIN target_groups g ON g.id = t.target_group_id "
           "WHERE p.funder_id = $1 AND p.id = $2 AND p.status <> 'draft' "
           "ORDER BY g.position, g.id");
    return db_select_many(db, &st, DB_IN(db_int64(funder_id), db_int64(proposal_id)),
                          DB_COLS(GROUP_OUT(a, row)), fn, ctx);
}

/* The checklist of the proposal's call with the answers given so far, read as the keys of
 * screening_vocab ('1', '0', '' for none). */
DbStatus q_screening(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a, ScreeningRow *row,
                     DbRowFn fn, void *ctx)
{
    DB_SQL(st, "screening",
           "SELECT i.id, i.text_en, i.text_nl, i.text_fr, COALESCE(CAST(s.met AS TEXT), ''), "
           "COALESCE(s.reason, '') FROM proposals p JOIN call_items i ON i.call_id = p.call_id "
           "AND i.org_id = p.funder_id AND i.kind = 'eligibility' "
           "LEFT JOIN screenings s ON s.proposal_id = p.id AND s.item_id = i.id "
           "WHERE p.funder_id = $1 AND p.id = $2 ORDER BY i.position, i.id");
    return db_select_many(db, &st, DB_IN(db_int64(funder_id), db_int64(proposal_id)),
                          DB_COLS(db_int64_out(&row->item_id), db_text(a, &row->text[0]),
                                  db_text(a, &row->text[1]), db_text(a, &row->text[2]),
                                  db_vocab(&screening_vocab, (int *)&row->met),
                                  db_text(a, &row->reason)),
                          fn, ctx);
}

/* An answer for an item of the proposal's own call's checklist only. */
DbStatus q_screening_set(Db *db, int64_t funder_id, int64_t proposal_id, int64_t item_id, bool met,
                         const char *reason)
{
    DB_SQL(st, "screening_set",
           "INSERT INTO screenings (org_id, proposal_id, item_id, met, reason) "
           "SELECT p.funder_id, p.id, i.id, $4, $5 FROM proposals p JOIN call_items i "
           "ON i.call_id = p.call_id AND i.org_id = p.funder_id AND i.kind = 'eligibility' "
           "WHERE p.funder_id = $1 AND p.id = $2 AND i.id = $3 "
           "AND p.status IN ('submitted', 'eligible', 'ineligible') "
           "ON CONFLICT (proposal_id, item_id) DO UPDATE SET met = excluded.met, "
           "reason = excluded.reason");
    return db_exec(db, &st,
                   DB_IN(db_int64(funder_id), db_int64(proposal_id), db_int64(item_id),
                         db_int64(met), db_str(reason)));
}

/* The outcome; only before the jury's work decides anything else. */
DbStatus q_screening_outcome(Db *db, int64_t funder_id, int64_t proposal_id, bool eligible,
                             int64_t now, int64_t by)
{
    DB_SQL(
        st, "screening_outcome",
        "UPDATE proposals SET status = $3, screened_at = $4, screened_by = $5 "
        "WHERE funder_id = $1 AND id = $2 AND status IN ('submitted', 'eligible', 'ineligible')");
    return db_exec(db, &st,
                   DB_IN(db_int64(funder_id), db_int64(proposal_id),
                         db_str(eligible ? "eligible" : "ineligible"), db_int64(now),
                         db_int64(by)));
}

/* Who submitted the proposal, to tell them the outcome in their language. */
DbStatus q_proposal_submitter(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                              char **email, char **lang)
{
    DB_SQL(st, "proposal_submitter",
           "SELECT a.email, a.lang FROM proposals p JOIN accounts a ON a.id = p.submitted_by "
           "WHERE p.funder_id = $1 AND p.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(funder_id), db_int64(proposal_id)),
                         DB_COLS(db_text(a, email), db_text(a, lang)));
}

/* --- attachments --- */

/* The required attachments of the proposal's call and the file given for each, if any;
 * for the applicant (viewer = org_id) or the funder (viewer = funder_id, never a draft). */
DbStatus q_files(Db *db, int64_t viewer_org, int64_t proposal_id, Arena *a, FileRow *row,
                 DbRowFn fn, void *ctx)
{
    DB_SQL(st, "proposal_files",
           "SELECT i.id, i.text_en, i.text_nl, i.text_fr, COALESCE(f.id, 0), "
           "COALESCE(f.filename, ''), COALESCE(f.size, 0) FROM proposals p "
           "JOIN call_items i ON i.call_id = p.call_id AND i.org_id = p.funder_id "
           "AND i.kind = 'attachment' LEFT JOIN proposal_files f ON f.proposal_id = p.id "
           "AND f.item_id = i.id WHERE p.id = $2 AND (p.org_id = $1 OR (p.funder_id = $1 "
           "AND p.status <> 'draft')) ORDER BY i.position, i.id");
    return db_select_many(db, &st, DB_IN(db_int64(viewer_org), db_int64(proposal_id)),
                          DB_COLS(db_int64_out(&row->item_id), db_text(a, &row->item[0]),
                                  db_text(a, &row->item[1]), db_text(a, &row->item[2]),
                                  db_int64_out(&row->id), db_text(a, &row->filename),
                                  db_int64_out(&row->size)),
                          fn, ctx);
}

/* A file for a required attachment of the call, on the applicant's own draft; a new
 * file replaces the one given before. */
DbStatus q_file_put(Db *db, int64_t org_id, int64_t proposal_id, int64_t item_id,
                    const char *filename, const void *data, size_t size, const char *sha256,
                    int64_t by, int64_t now)
{
    DB_SQL(st, "proposal_file_put",
           "INSERT INTO proposal_files (org_id, proposal_id, item_id, filename, size, sha256, "
           "data, uploaded_by, uploaded_at) SELECT p.org_id, p.id, i.id, $4, $5, $6, $7, $8, $9 "
           "FROM proposals p JOIN call_items i ON i.call_id = p.call_id AND i.org_id = p.funder_id "
           "AND i.kind = 'attachment' AND i.id = $3 WHERE p.org_id = $1 AND p.id = $2 "
           "AND p.status = 'draft' ON CONFLICT (proposal_id, item_id) DO UPDATE SET "
           "filename = excluded.filename, size = excluded.size, sha256 = excluded.sha256, "
           "data = excluded.data, uploaded_by = excluded.uploaded_by, "
           "uploaded_at = excluded.uploaded_at");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(item_id),
                         db_str(filename), db_int64((int64_t)size), db_str(sha256),
                         db_blob(data, size), db_int64(by), db_int64(now)));
}

/* A file's bytes for the applicant, the funder (not a draft), or a jury member who may
 * read the proposal (the caller checks that with q_juror_may_read). */
DbStatus q_file_get(Db *db, int64_t viewer_org, int64_t proposal_id, int64_t id, Arena *a,
                    char **filename, char **data, size_t *size)
{
    DB_SQL(st, "proposal_file_get",
           "SELECT f.filename, f.data FROM proposal_files f JOIN proposals p "
           "ON p.id = f.proposal_id WHERE f.id = $3 AND p.id = $2 AND (p.org_id = $1 "
           "OR (p.funder_id = $1 AND p.status <> 'draft'))");
    return db_select_one(db, &st, DB_IN(db_int64(viewer_org), db_int64(proposal_id), db_int64(id)),
                         DB_COLS(db_text(a, filename), db_blob_out(a, data, size)));
}
