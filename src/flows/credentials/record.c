/* record.c — the share link of a learner's record (see record.h). */
#include "flows/credentials/record.h"

#include <sodium.h>

#include "domain/auth.h"
#include "flows/tx.h"
#include "q/credentials/record.h"

typedef struct ShareTx {
    int64_t account_id, now;
    const char *hash;
} ShareTx;

static DbStatus share_tx(const Flow *f, void *ctx)
{
    ShareTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_record_link_off(db, t->account_id, t->now);
    if (st < DB_NONE)
        return st;
    /* two at once (PostgreSQL): the unique live link refuses the second, which runs again
     * and replaces the first */
    st = q_record_link_add(db, t->account_id, t->hash, t->now);
    return st == DB_CONFLICT ? DB_RETRY : st;
}

Outcome flow_record_share(const Flow *f, const char **url)
{
    Outcome o = outcome_ok();
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    ShareTx t = {f->who->account_id, f->now, hash};
    DbStatus st = flow_tx(f, share_tx, &t);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else
        *url = arena_printf(f->arena, "%s/record/%s", f->base_url, tok);
    sodium_memzero(tok, sizeof tok);
    return o;
}

Outcome flow_record_unshare(const Flow *f)
{
    Outcome o = outcome_ok();
    DbStatus st = q_record_link_off(f->db, f->who->account_id, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
