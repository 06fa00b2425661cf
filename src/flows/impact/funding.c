/* funding.c — see funding.h. */
#include "flows/impact/funding.h"

#include "flows/tx.h"
#include "q/impact/funded.h"
#include "q/system/app.h"

typedef struct Linked {
    int64_t grant_id;
    const int64_t *ids;
    int n;
    bool missed; /* the grant or a programme is not the organisation's */
} Linked;

static DbStatus link_tx(const Flow *f, void *ctx)
{
    Linked *l = ctx;
    int64_t org = f->who->org_id;
    DbStatus st = q_grant_received(f->db, org, l->grant_id);
    if (flow_tx_stop(&st, &l->missed))
        return st;
    if ((st = q_grant_programmes_clear(f->db, org, l->grant_id)) < DB_NONE)
        return st;
    for (int i = 0; i < l->n; i++) { /* a programme not the organisation's undoes it all */
        st = q_grant_programme_add(f->db, org, l->grant_id, l->ids[i]);
        if (flow_tx_stop(&st, &l->missed))
            return st;
    }
    return q_audit(
        f->db, org, f->who->account_id, "grant.programmes",
        arena_printf(f->arena, "grant %lld: %d programmes", (long long)l->grant_id, l->n), f->now);
}

Outcome grant_programmes_set(const Flow *f, int64_t grant_id, const int64_t *ids, int n)
{
    Linked l = {.grant_id = grant_id, .ids = ids, .n = n};
    DbStatus st = flow_tx(f, link_tx, &l);
    return outcome_of(l.missed ? DB_NONE : st, ERR_NOT_FOUND, grant_id);
}
