/* invite.c — statements on invitations to join an organisation. */
#include "q/accounts/invite.h"

#include "model/accounts.h"

DB_STMT(Q_INVITE_ADD) = {
    .name = "invite_add",
    .sql = "INSERT INTO invitations (org_id, email, roles, lang, token_hash, invited_by, "
           "created_at, expires_at, person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
           "RETURNING id",
};

DbStatus q_invite_add(Db *db, int64_t org_id, const char *email, int64_t roles, const char *lang,
                      const char *token_hash, int64_t invited_by, int64_t now, int64_t expires_at,
                      int64_t person_id, int64_t *id)
{
    DbParam in[] = {db_int64(org_id),
                    db_str(email),
                    db_int64(roles),
                    db_str(lang),
                    db_str(token_hash),
                    db_int64(invited_by),
                    db_int64(now),
                    db_int64(expires_at),
                    person_id ? db_int64(person_id) : db_null(),
                    DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_INVITE_ADD, in, col);
}

#define INVITE_SELECT                                                                              \
    "SELECT i.id, i.org_id, i.email, i.roles, i.lang, i.created_at, i.expires_at, o.name, "        \
    "COALESCE(a.name, ''), COALESCE(i.person_id, 0) FROM invitations i JOIN organisations o ON "   \
    "o.id = i.org_id "                                                                             \
    "LEFT JOIN accounts a ON a.id = i.invited_by "

static void invite_cols(DbCol *col, Arena *a, Invitation *v)
{
    col[0] = db_int64_out(&v->id);
    col[1] = db_int64_out(&v->org_id);
    col[2] = db_text(a, &v->email);
    col[3] = db_int64_out(&v->roles);
    col[4] = db_text(a, &v->lang);
    col[5] = db_int64_out(&v->created_at);
    col[6] = db_int64_out(&v->expires_at);
    col[7] = db_text(a, &v->org_name);
    col[8] = db_text(a, &v->inviter);
    col[9] = db_int64_out(&v->person_id);
    col[10] = (DbCol)DB_END;
}

DB_STMT(Q_INVITE_BY_TOKEN) = {
    .name = "invite_by_token",
    .sql = INVITE_SELECT "WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND "
                         "i.revoked_at IS NULL AND i.expires_at > $2",
};

DbStatus q_invite_by_token(Db *db, const char *token_hash, int64_t now, Arena *a, Invitation *out)
{
    DbParam in[] = {db_str(token_hash), db_int64(now), DB_END};
    DbCol col[11];
    invite_cols(col, a, out);
    return db_select_one(db, &Q_INVITE_BY_TOKEN, in, col);
}

DB_STMT(Q_INVITE_ACCEPT) = {
    .name = "invite_accept",
    .sql = "UPDATE invitations SET accepted_at = $3, accepted_by = $2 "
           "WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $3",
};

DbStatus q_invite_accept(Db *db, int64_t id, int64_t account_id, int64_t now)
{
    DbParam in[] = {db_int64(id), db_int64(account_id), db_int64(now), DB_END};
    return db_exec(db, &Q_INVITE_ACCEPT, in, NULL);
}

DB_STMT(Q_INVITE_REVOKE) = {
    .name = "invite_revoke",
    .sql = "UPDATE invitations SET revoked_at = $3 "
           "WHERE org_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL",
};

DbStatus q_invite_revoke(Db *db, int64_t org_id, int64_t id, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), db_int64(now), DB_END};
    return db_exec(db, &Q_INVITE_REVOKE, in, NULL);
}

DB_STMT(Q_INVITE_LIST_OPEN) = {
    .name = "invite_list_open",
    .sql = INVITE_SELECT "WHERE i.org_id = $1 AND i.accepted_at IS NULL AND "
                         "i.revoked_at IS NULL AND i.expires_at > $2 ORDER BY i.created_at DESC",
};

DbStatus q_invite_list_open(Db *db, int64_t org_id, int64_t now, Arena *a, Invitation *row,
                            DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(now), DB_END};
    DbCol col[11];
    invite_cols(col, a, row);
    return db_select_many(db, &Q_INVITE_LIST_OPEN, in, col, fn, ctx);
}
