/* work.c — statements on milestones done and hand-ins (see work.h). */
#include "q/cases/work.h"

/* the item $3 of the case of team $2, in org $1, of kind K (0 deliverable, 1 milestone) */
#define ITEM_OF_TEAM(K)                                                                            \
    "FROM teams t JOIN case_items i ON i.case_id = t.case_id AND i.org_id = t.org_id "             \
    "WHERE t.org_id = $1 AND t.id = $2 AND i.id = $3 AND i.milestone = " K

DB_STMT(Q_MILESTONE_DONE) = {
    .name = "milestone_done",
    .sql = "INSERT INTO team_milestones (org_id, team_id, item_id, done_at, done_by) "
           "SELECT $1, t.id, i.id, $5, $4 " ITEM_OF_TEAM("1") " ON CONFLICT DO NOTHING",
};

DbStatus q_milestone_done(Db *db, int64_t org_id, int64_t team_id, int64_t item_id,
                          int64_t person_id, int64_t now)
{
    DbParam in[] = {db_int64(org_id),    db_int64(team_id), db_int64(item_id),
                    db_int64(person_id), db_int64(now),     DB_END};
    return db_exec(db, &Q_MILESTONE_DONE, in, NULL);
}

DB_STMT(Q_MILESTONES_DONE) = {
    .name = "milestones_done",
    .sql = "SELECT d.team_id, d.item_id, d.done_at, pe.name FROM team_milestones d "
           "JOIN teams t ON t.id = d.team_id JOIN people pe ON pe.id = d.done_by "
           "WHERE d.org_id = $1 AND t.case_id = $2",
};

DbStatus q_milestones_done(Db *db, int64_t org_id, int64_t case_id, Arena *a, MilestoneDone *row,
                           DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(case_id), DB_END};
    DbCol col[] = {db_int64_out(&row->team_id), db_int64_out(&row->item_id),
                   db_int64_out(&row->done_at), db_text(a, &row->done_by), DB_END};
    return db_select_many(db, &Q_MILESTONES_DONE, in, col, fn, ctx);
}

DB_STMT(Q_HANDIN_ADD) = {
    .name = "handin_add",
    .sql = "INSERT INTO handins (org_id, team_id, item_id, url, file_name, file_type, file_size, "
           "file_data, handed_in_by, created_at) SELECT $1, t.id, i.id, $5, $6, $7, $8, $9, $4, "
           "$10 " ITEM_OF_TEAM("0") " RETURNING id",
};

DbStatus q_handin_add(Db *db, const Handin *x, const void *data, int64_t now, int64_t *id)
{
    DbParam in[] = {db_int64(x->org_id),
                    db_int64(x->team_id),
                    db_int64(x->item_id),
                    db_int64(x->person_id),
                    db_str(x->url),
                    db_str(x->file_name),
                    db_str(x->file_type),
                    data ? db_int64(x->file_size) : db_null(),
                    data ? db_blob(data, (size_t)x->file_size) : db_null(),
                    db_int64(now),
                    DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_HANDIN_ADD, in, col);
}

DB_STMT(Q_HANDINS) = {
    .name = "handins",
    .sql = "SELECT h.id, h.team_id, h.item_id, h.url, h.file_name, h.file_type, "
           "COALESCE(h.file_size, 0), pe.name, h.created_at, h.comment, COALESCE(h.rating, 0), "
           "COALESCE(h.reviewed_at, 0) FROM handins h JOIN teams t ON t.id = h.team_id "
           "JOIN people pe ON pe.id = h.handed_in_by WHERE h.org_id = $1 AND t.case_id = $2 "
           "ORDER BY h.team_id, h.item_id, h.created_at DESC, h.id DESC",
};

DbStatus q_handins(Db *db, int64_t org_id, int64_t case_id, Arena *a, Handin *row, DbRowFn fn,
                   void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(case_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id),
                   db_int64_out(&row->team_id),
                   db_int64_out(&row->item_id),
                   db_text(a, &row->url),
                   db_text(a, &row->file_name),
                   db_text(a, &row->file_type),
                   db_int64_out(&row->file_size),
                   db_text(a, &row->handed_in_by),
                   db_int64_out(&row->created_at),
                   db_text(a, &row->comment),
                   db_int64_out(&row->rating),
                   db_int64_out(&row->reviewed_at),
                   DB_END};
    return db_select_many(db, &Q_HANDINS, in, col, fn, ctx);
}

DB_STMT(Q_HANDIN_REVIEW) = {
    .name = "handin_review",
    .sql = "UPDATE handins SET comment = $4, rating = $5, reviewed_by = $6, reviewed_at = $7 "
           "WHERE org_id = $1 AND id = $3 AND team_id IN (SELECT id FROM teams WHERE "
           "org_id = $1 AND case_id = $2)",
};

DbStatus q_handin_review(Db *db, int64_t org_id, int64_t case_id, int64_t id, const char *comment,
                         int64_t rating, int64_t account_id, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(case_id),    db_int64(id),  db_str(comment),
                    db_int64(rating), db_int64(account_id), db_int64(now), DB_END};
    return db_exec(db, &Q_HANDIN_REVIEW, in, NULL);
}

#define HANDIN_FILE "SELECT h.file_name, h.file_type, h.file_data FROM handins h "
#define HANDIN_FILE_END " AND h.id = $2 AND h.file_data IS NOT NULL"

DB_STMT(Q_HANDIN_FILE_STAFF) = {
    .name = "handin_file_staff",
    .sql = HANDIN_FILE "WHERE h.org_id = $1" HANDIN_FILE_END,
};

DB_STMT(Q_HANDIN_FILE_PARTNER) = {
    .name = "handin_file_partner",
    .sql = HANDIN_FILE
    "JOIN teams t ON t.id = h.team_id JOIN cases c ON c.id = t.case_id "
    "JOIN partners p ON p.id = c.partner_id WHERE p.partner_org_id = $1" HANDIN_FILE_END,
};

DB_STMT(Q_HANDIN_FILE_TEAM) = {
    .name = "handin_file_team",
    .sql = HANDIN_FILE
    "JOIN team_members m ON m.team_id = h.team_id JOIN people pe "
    "ON pe.id = m.person_id AND pe.org_id = h.org_id WHERE pe.account_id = $1" HANDIN_FILE_END,
};

DbStatus q_handin_file(Db *db, HandinReader who, int64_t org_id, int64_t id, Arena *a, char **name,
                       char **type, char **data, size_t *size)
{
    const DbStmt *st = who == READ_STAFF     ? &Q_HANDIN_FILE_STAFF
                       : who == READ_PARTNER ? &Q_HANDIN_FILE_PARTNER
                                             : &Q_HANDIN_FILE_TEAM;
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[] = {db_text(a, name), db_text(a, type), db_blob_out(a, data, size), DB_END};
    return db_select_one(db, st, in, col);
}
