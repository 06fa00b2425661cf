/* flows/calls/proposal.c — an organisation's proposals (see proposal.h). */
#include "flows/calls/proposal.h"

#include <sodium.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/buf.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/accounts/account.h"
#include "q/calls/call.h"
#include "q/calls/proposal.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

static bool is_pdf_name(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && !strcasecmp(name + n - 4, ".pdf");
}

Outcome flow_proposal_file_put(const Flow *f, int64_t proposal_id, int64_t item_id,
                               const Upload *file)
{
    Outcome o = outcome_ok();
    o.id = proposal_id;
    const char *field = arena_printf(f->arena, "file-%lld", (long long)item_id);
    if (!file || !file->filename || !*file->filename || file->len == 0) {
        outcome_field(&o, field, F_(f, "Choose a PDF file to upload."));
        return o;
    }
    if (file->len > ATTACHMENT_MAX) {
        int64_t tenths = (int64_t)(file->len * 10 / (1024 * 1024)); /* cut, not rounded */
        const char *size =
            arena_printf(f->arena, "%s MB", number_in(f->arena, f->who->lang, tenths, 1, 1));
        outcome_field(
            &o, field,
            arena_printf(f->arena, F_(f, "%s is %s: the limit is 5 MB."), file->filename, size));
        return o;
    }
    if (!is_pdf_name(file->filename) || file->len < 5 || memcmp(file->data, "%PDF-", 5)) {
        outcome_field(&o, field,
                      arena_printf(f->arena, F_(f, "%s is not a PDF file."), file->filename));
        return o;
    }
    unsigned char hash[crypto_hash_sha256_BYTES];
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    crypto_hash_sha256(hash, (const unsigned char *)file->data, file->len);
    hex_encode(hash, sizeof hash, hex);
    DbStatus st = q_file_put(f->db, f->who->org_id, proposal_id, item_id, file->filename,
                             file->data, file->len, hex, f->who->account_id, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_field(&o, field, F_(f, "This proposal is submitted: it can no longer be changed."));
    return o;
}

/* --- starting and changing a draft ---------------------------------------------- */

static const char *grant_limits(const Flow *f, const Call *c)
{
    return arena_printf(f->arena, F_(f, "This call grants from %s to %s."),
                        flow_money(f, f->who->lang, c->min_grant),
                        flow_money(f, f->who->lang, c->max_grant));
}

Outcome flow_proposal_create(const Flow *f, int64_t call_id, const char *title,
                             const FormErrors *read)
{
    Outcome o = outcome_read(read);
    if (!o.ok)
        return o;
    DbStatus st = q_proposal_add(f->db, f->who->org_id, call_id, title, f->now, &o.id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_conflict(&o, "call_id", F_(f, "This call is not open for proposals."));
    return o;
}

/* The organisation's proposal and its call, or the outcome says why not. */
static bool draft_of(const Flow *f, int64_t id, Proposal *p, Call *c, Outcome *o)
{
    DbStatus st = q_proposal_get(f->db, f->who->org_id, id, f->arena, p);
    if (st == DB_ONE)
        st = q_call_public(f->db, p->call_id, f->arena, c);
    if (st != DB_ONE)
        *o = outcome_missing(st);
    return st == DB_ONE;
}

typedef struct SaveTx {
    Proposal *p;
    const int64_t *ids;
    int n;
    bool stale, stranger;
} SaveTx;

static DbStatus save_tx(const Flow *f, void *ctx)
{
    SaveTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_proposal_update(db, t->p, f->now);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE || (st = q_proposal_groups_clear(db, t->p->org_id, t->p->id)) < DB_NONE)
        return st;
    for (int i = 0; i < t->n; i++) {
        st = q_proposal_group_add(db, t->p->org_id, t->p->id, t->ids[i]);
        if (st == DB_NONE) {
            t->stranger = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

Outcome flow_proposal_save(const Flow *f, Proposal *p, bool requested_given,
                           const int64_t *group_ids, int n, const FormErrors *read)
{
    Outcome o = outcome_ok();
    Proposal old;
    Call c;
    if (!draft_of(f, p->id, &old, &c, &o))
        return o;
    if (old.status != PROPOSAL_DRAFT) {
        outcome_conflict(&o, "title",
                         F_(f, "This proposal is submitted: it can no longer be changed."));
        return o;
    }
    o = outcome_read(read);
    o.id = p->id;
    p->org_id = old.org_id;
    if (requested_given && !form_error_for(&o.fields, "requested") &&
        (p->requested < c.min_grant || p->requested > c.max_grant))
        outcome_field(&o, "requested", grant_limits(f, &c));
    if (!o.ok)
        return o;
    SaveTx t = {.p = p, .ids = group_ids, .n = n};
    DbStatus st = flow_tx(f, save_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "title",
                         F_(f, "This proposal is submitted: it can no longer be changed."));
    else if (t.stranger)
        outcome_field(&o, "groups",
                      arena_printf(f->arena, F_(f, "Choose one of the options for %s."),
                                   F_(f, "Target groups you work with")));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_budget_line_add(const Flow *f, int64_t proposal_id, const char *label, int64_t amount,
                             const FormErrors *read)
{
    Outcome o = outcome_read(read);
    o.id = proposal_id;
    if (!o.ok)
        return o;
    DbStatus st = q_budget_line_add(f->db, f->who->org_id, proposal_id, label, amount);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_field(&o, "label",
                      F_(f, "This proposal is submitted: it can no longer be changed."));
    return o;
}

Outcome flow_budget_line_remove(const Flow *f, int64_t line_id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_budget_line_delete(f->db, f->who->org_id, line_id, &o.id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

/* --- submitting ------------------------------------------------------------------ */

typedef struct Complete {
    BudgetLine line;
    FileRow file;
    int64_t total;
    int missing;
} Complete;

static bool line_total(void *ctx)
{
    Complete *k = ctx;
    k->total += k->line.amount;
    return true;
}

static bool file_missing(void *ctx)
{
    Complete *k = ctx;
    if (!k->file.id)
        k->missing++;
    return true;
}

typedef struct SubmitTx {
    int64_t proposal_id;
    const char *receipt, *email, *subject, *body;
    bool refused;
} SubmitTx;

static DbStatus submit_tx(const Flow *f, void *ctx)
{
    SubmitTx *t = ctx;
    Db *db = f->db;
    const Actor *who = f->who;
    DbStatus st =
        q_proposal_submit(db, who->org_id, t->proposal_id, f->now, who->account_id, t->receipt);
    if (st == DB_NONE) {
        t->refused = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if ((st = q_outbox_add(db, who->org_id, t->email, t->subject, t->body, f->now)) < DB_NONE)
        return st;
    return q_audit(db, who->org_id, who->account_id, "proposal_submit", t->receipt, f->now);
}

/* Why p cannot be submitted now, into o (nothing when it can). */
static void submit_check(const Flow *f, const Proposal *p, const Call *c, const Complete *k,
                         Outcome *o)
{
    Lang l = f->who->lang;
    if (p->status != PROPOSAL_DRAFT) {
        outcome_conflict(o, "title", F_(f, "This proposal is submitted already."));
        return;
    }
    if (f->now >= c->closes_at) {
        outcome_conflict(
            o, "title",
            arena_printf(
                f->arena,
                F_(f, "The call closed on %s (Brussels time): late proposals are refused."),
                moment_text_in(f->arena, l, c->closes_at)));
        return;
    }
    if (f->now < c->opens_at) {
        outcome_conflict(o, "title",
                         arena_printf(f->arena, F_(f, "The call opens on %s (Brussels time)."),
                                      moment_text_in(f->arena, l, c->opens_at)));
        return;
    }
    if (!p->summary || !*p->summary)
        outcome_conflict(o, "summary",
                         arena_printf(f->arena, F_(f, "%s is required."), F_(f, "Summary")));
    if (p->requested < c->min_grant || p->requested > c->max_grant)
        outcome_conflict(o, "requested", grant_limits(f, c));
    if (k->missing > 0)
        outcome_conflict(
            o, "attachments",
            arena_printf(f->arena,
                         F_(f, "Attach every required file before submitting: %d missing."),
                         k->missing));
    if (k->total != p->requested)
        outcome_conflict(
            o, "label",
            arena_printf(f->arena,
                         F_(f, "The budget lines add up to %s, the amount requested is %s."),
                         flow_money(f, l, k->total), flow_money(f, l, p->requested)));
}

Outcome flow_proposal_submit(const Flow *f, int64_t proposal_id)
{
    Outcome o = outcome_ok();
    Proposal p;
    Call c;
    if (!draft_of(f, proposal_id, &p, &c, &o))
        return o;
    o.id = p.id;
    Complete k = {0};
    AccountRow me;
    DbStatus st = q_budget_lines(f->db, p.org_id, p.id, f->arena, &k.line, line_total, &k);
    if (st >= DB_NONE)
        st = q_files(f->db, p.org_id, p.id, f->arena, &k.file, file_missing, &k);
    if (st >= DB_NONE)
        st = q_account_by_id(f->db, f->who->account_id, f->arena, &me);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    submit_check(f, &p, &c, &k, &o);
    if (!o.ok)
        return o;
    /* the receipt, in the language of the person who submits */
    Lang l = LANG_EN;
    if (st == DB_ONE)
        lang_parse(me.lang, &l);
    const char *title = lang_pick(l, c.title);
    SubmitTx t = {.proposal_id = p.id, .email = f->who->email};
    t.receipt = arena_printf(f->arena, "C%lld-P%lld-%lld", (long long)c.id, (long long)p.id,
                             (long long)f->now);
    t.subject = arena_printf(f->arena, i18n_get(l, "Receipt: proposal submitted to %s"), title);
    t.body =
        arena_printf(f->arena,
                     i18n_get(l, "Hello,\n\nYour organisation %s submitted the proposal \"%s\" "
                                 "to the call for projects \"%s\" of %s.\n\nReceipt: %s\n"
                                 "Submitted: %s (Brussels time)\nAmount requested: %s\n"),
                     p.org_name, p.title, title, c.funder, t.receipt,
                     moment_text_in(f->arena, l, f->now), flow_money(f, l, p.requested));
    st = flow_tx(f, submit_tx, &t);
    if (t.refused)
        outcome_conflict(
            &o, "title",
            F_(f, "The call is closed or the proposal changed: it was not submitted."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
