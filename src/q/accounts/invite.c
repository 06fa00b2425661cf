/* invite.c — statements on invitations to join an organisation. */
#include "q/accounts/invite.h"

#include "model/accounts.h"

DbStatus q_invite_add(Db *db, int64_t org_id, const char *email, int64_t roles, const char *lang,
                      const char *token_hash, int64_t invited_by, int64_t now, int64_t expires_at,
                      int64_t person_id, int64_t *id)
{
    DB_SQL(st, "invite_add",
           "INSERT INTO invitations (org_id, email, roles, lang, token_hash, invited_by, "
           "created_at, expires_at, person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
           "RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_str(email), db_int64(roles), db_str(lang),
                                 db_str(token_hash), db_int64(invited_by), db_int64(now),
                                 db_int64(expires_at), person_id ? db_int64(person_id) : db_null()),
                           id);
}

#define INVITE_SELECT                                                                              \
    "SELECT i.id, i.org_id, i.email, i.roles, i.lang, i.created_at, i.expires_at, o.name, "        \
    "COALESCE(a.name, ''), COALESCE(i.person_id, 0) FROM invitations i JOIN organisations o ON "   \
    "o.id = i.org_id "                                                                             \
    "LEFT JOIN accounts a ON a.id = i.invited_by "

#define INVITE_OUT(a, v)                                                                           \
    db_int64_out(&(v)->id), db_int64_out(&(v)->org_id), db_text(a, &(v)->email),                   \
        db_int64_out(&(v)->roles), db_text(a, &(v)->lang), db_int64_out(&(v)->created_at),         \
        db_int64_out(&(v)->expires_at), db_text(a, &(v)->org_name), db_text(a, &(v)->inviter),     \
        db_int64_out(&(v)->person_id)

DbStatus q_invite_by_token(Db *db, const char *token_hash, int64_t now, Arena *a, Invitation *out)
{
    DB_SQL(st, "invite_by_token",
           INVITE_SELECT "WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND "
                         "i.revoked_at IS NULL AND i.expires_at > $2");
    return db_select_one(db, &st, DB_IN(db_str(token_hash), db_int64(now)),
                         DB_COLS(INVITE_OUT(a, out)));
}

DbStatus q_invite_accept(Db *db, int64_t id, int64_t account_id, int64_t now)
{
    DB_SQL(st, "invite_accept",
           "UPDATE invitations SET accepted_at = $3, accepted_by = $2 "
           "WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $3");
    return db_exec(db, &st, DB_IN(db_int64(id), db_int64(account_id), db_int64(now)));
}

DbStatus q_invite_revoke(Db *db, int64_t org_id, int64_t id, int64_t now)
{
    DB_SQL(st, "invite_revoke",
           "UPDATE invitations SET revoked_at = $3 "
           "WHERE org_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(now)));
}

DbStatus q_invite_list_open(Db *db, int64_t org_id, int64_t now, Arena *a, Invitation *row,
                            DbRowFn fn, void *ctx)
{
    DB_SQL(st, "invite_list_open",
           INVITE_SELECT "WHERE i.org_id = $1 AND i.accepted_at IS NULL AND "
                         "i.revoked_at IS NULL AND i.expires_at > $2 ORDER BY i.created_at DESC");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(now)),
                          DB_COLS(INVITE_OUT(a, row)), fn, ctx);
}
