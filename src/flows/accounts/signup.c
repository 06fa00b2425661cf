/* flows/accounts/signup.c — see signup.h. */
#include "flows/accounts/signup.h"

#include "core/rows.h"
#include "flows/accounts/invite.h"
#include "flows/tx.h"
#include "q/accounts/account.h"
#include "q/accounts/org.h"
#include "q/accounts/orgreq.h"
#include "q/calls/call.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

typedef struct RequestTx {
    const OrgRequest *in;
    const Rows *ops;
    int64_t id;
} RequestTx;

static DbStatus request_tx(const Flow *f, void *ctx)
{
    RequestTx *t = ctx;
    Db *db = f->db;
    const OrgRequest *in = t->in;
    DbStatus st = q_orgreq_add(db, in, f->now, &t->id);
    if (st < DB_NONE)
        return st;
    st =
        flow_mail(f, db, 0, in->email, in->lang, i18n_get(in->lang, "Your request to join traject"),
                  N_("Hello %s,\n\nWe have received the request of %s to join traject. The people "
                     "who run this installation will look at it and write to you at this address "
                     "when they have decided.\n\nIf you did not send this request, you can ignore "
                     "this message.\n"),
                  in->contact_name, in->name);
    if (st < DB_NONE)
        return st;
    for (int i = 0; i < t->ops->n; i++) {
        const AccountRow *op = ROW(t->ops, AccountRow, i);
        Lang ol = LANG_EN;
        lang_parse(op->lang, &ol);
        st = flow_mail(f, db, 0, op->email, ol,
                       arena_printf(f->arena, i18n_get(ol, "%s asks to join traject"), in->name),
                       N_("Hello,\n\n%s (%s, %s) asks to join traject as: %s.\n\nTo approve or "
                          "refuse the request:\n\n%s/operator/requests/%lld\n"),
                       in->name, in->contact_name, in->email,
                       i18n_get(ol, vocab_label(&org_kinds, in->kind)), f->base_url,
                       (long long)t->id);
        if (st < DB_NONE)
            return st;
    }
    return q_audit(db, 0, 0, "org_request", in->name, f->now);
}

Outcome flow_org_request(const Flow *f, const OrgRequest *in)
{
    Outcome o = outcome_ok();
    int64_t orgs = 0, by_name = 0, by_email = 0;
    DbStatus st = q_org_name_count(f->db, in->name, &orgs);
    if (st >= DB_NONE)
        st = q_orgreq_pending_like(f->db, in->name, in->email, &by_name, &by_email);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (orgs)
        outcome_field(&o, "name",
                      F_(f, "An organisation of this name is on traject already: ask its "
                            "administrator to invite you."));
    else if (by_name)
        outcome_field(&o, "name", F_(f, "A request for this name is waiting for a decision."));
    if (by_email)
        outcome_field(&o, "email", F_(f, "A request from this address is waiting for a decision."));
    if (!o.ok)
        return o;
    OrgRequest r = *in;
    if (r.call_id) { /* only a published call is remembered */
        Call c;
        if (q_call_public(f->db, r.call_id, f->arena, &c) != DB_ONE)
            r.call_id = 0;
    }
    AccountRow op; /* the operators to tell, read before the transaction: a handful */
    Rows ops = ROWS_FROM(f->arena, &op);
    if ((st = q_account_operators(f->db, f->arena, &op, rows_collect, &ops)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    RequestTx t = {.in = &r, .ops = &ops};
    st = flow_tx(f, request_tx, &t);
    if (st == DB_CONFLICT) /* the same name or address, sent meanwhile */
        outcome_conflict(&o, "name", F_(f, "A request for this name is waiting for a decision."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = t.id;
    return o;
}

/* Reads a request that is still to decide; false with o set otherwise. */
static bool pending(const Flow *f, int64_t id, OrgRequest *r, Outcome *o)
{
    DbStatus st = q_orgreq_get(f->db, id, f->arena, r);
    if (st < DB_NONE)
        outcome_db(o, st);
    else if (st == DB_NONE)
        outcome_error(o, ERR_NOT_FOUND);
    else if (r->status != OREQ_PENDING)
        outcome_conflict(o, "decision", F_(f, "This request has been decided already."));
    return o->ok;
}

typedef struct ApproveTx {
    const OrgRequest *r;
    int64_t org_id;
    bool stale;
} ApproveTx;

static DbStatus approve_tx(const Flow *f, void *ctx)
{
    ApproveTx *t = ctx;
    Db *db = f->db;
    const OrgRequest *r = t->r;
    int64_t taken = 0;
    DbStatus st = q_org_name_count(db, r->name, &taken);
    if (st < DB_NONE)
        return st;
    if (taken) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if ((st = q_org_add(db, r->name, r->kind, f->now, &t->org_id)) < DB_NONE)
        return st;
    st = q_orgreq_approve(db, r->id, t->org_id, f->who->account_id, f->now);
    if (st == DB_NONE)
        t->stale = true;
    if (st <= DB_NONE)
        return st == DB_NONE ? DB_CONFLICT : st;
    InviteInput in = {.email = r->email, .roles = ROLE_ADMIN, .lang = r->lang};
    int64_t inv;
    if ((st = invite_write(db, f, t->org_id, r->name, "traject", &in, &inv)) < DB_NONE)
        return st;
    return q_audit(db, t->org_id, f->who->account_id, "org_request_approve", r->email, f->now);
}

Outcome flow_org_request_approve(const Flow *f, int64_t request_id)
{
    Outcome o = outcome_ok();
    OrgRequest r;
    if (!pending(f, request_id, &r, &o))
        return o;
    ApproveTx t = {.r = &r};
    DbStatus st = flow_tx(f, approve_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "decision",
                         F_(f, "This request has been decided already, or an organisation took "
                               "its name meanwhile."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = t.org_id;
    return o;
}

typedef struct RefuseTx {
    const OrgRequest *r;
    const char *reason;
    bool stale;
} RefuseTx;

static DbStatus refuse_tx(const Flow *f, void *ctx)
{
    RefuseTx *t = ctx;
    Db *db = f->db;
    const OrgRequest *r = t->r;
    DbStatus st = q_orgreq_refuse(db, r->id, t->reason, f->who->account_id, f->now);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    st = flow_mail(f, db, 0, r->email, r->lang, i18n_get(r->lang, "Your request to join traject"),
                   N_("Hello %s,\n\nThe request of %s to join traject has not been accepted, for "
                      "this reason:\n\n%s\n\nYou can send a new request once this has changed.\n"),
                   r->contact_name, r->name, t->reason);
    if (st < DB_NONE)
        return st;
    return q_audit(db, 0, f->who->account_id, "org_request_refuse", r->name, f->now);
}

Outcome flow_org_request_refuse(const Flow *f, int64_t request_id, const char *reason)
{
    Outcome o = outcome_ok();
    if (!reason || !*reason)
        outcome_field(&o, "reason", F_(f, "Say why the request is refused: the contact reads it."));
    OrgRequest r;
    if (!pending(f, request_id, &r, &o) || !o.ok)
        return o;
    RefuseTx t = {.r = &r, .reason = reason};
    DbStatus st = flow_tx(f, refuse_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "decision", F_(f, "This request has been decided already."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = request_id;
    return o;
}
