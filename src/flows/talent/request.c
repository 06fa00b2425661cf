/* flows/talent/request.c — requests to meet a learner and their answers (see request.h). */
#include "flows/talent/request.h"

#include "domain/talent.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/accounts/account.h"
#include "q/accounts/org.h"
#include "q/talent/pool.h"
#include "q/talent/request.h"

/* The e-mail address and language of account id, for a mail to it. */
static DbStatus contact_of(const Flow *f, int64_t id, AccountRow *acc, Lang *l)
{
    DbStatus st = q_account_by_id(f->db, id, f->arena, acc);
    *l = LANG_EN;
    if (st == DB_ONE)
        lang_parse(acc->lang, l);
    return st;
}

typedef struct MeetTx {
    int64_t profile_id;
    const char *message, *partner, *to, *handle;
    Lang l;
    int64_t id;
} MeetTx;

static DbStatus meet_tx(const Flow *f, void *ctx)
{
    MeetTx *t = ctx;
    DbStatus st = q_request_add(f->db, f->who->org_id, t->profile_id, f->who->account_id,
                                t->message, f->now, &t->id);
    if (st != DB_ONE)
        return st == DB_NONE ? DB_CONFLICT : st;
    /* org 0: the learner's address stays out of the partner's outbox */
    return flow_mail(
        f, f->db, 0, t->to, t->l,
        arena_printf(f->arena, i18n_get(t->l, "%s would like to meet you"), t->partner),
        N_("Hello,\n\n%s saw the profile you show to partners on traject (%s) and would like "
           "to meet you. Their message:\n\n%s\n\nThey do not know your name or your e-mail "
           "address. If you accept, they will see both and contact you; if you decline, they "
           "will only know that you declined. Answer from your space:\n\n%s/learning/talent\n"),
        t->partner, t->handle, t->message, f->base_url);
}

/* Whether the partner may ask now, from its latest request to the learner: false with a
 * message beside "message" in o when it may not (one waits, they have met, or the learner
 * declined less than TALENT_ASK_AGAIN_DAYS ago). */
static bool may_ask(const Flow *f, int64_t profile_id, Outcome *o)
{
    TalentRequest last;
    DbStatus st = q_request_latest(f->db, f->who->org_id, profile_id, f->arena, &last);
    if (st < DB_NONE) {
        outcome_db(o, st);
        return false;
    }
    int64_t from = talent_may_ask_from(st == DB_ONE, last.status, last.answered_at);
    if (from >= 0 && from <= f->now)
        return true;
    if (st == DB_ONE && last.status == TREQ_PENDING)
        outcome_conflict(o, "message",
                         F_(f, "You already asked to meet this person: wait for their answer."));
    else if (st == DB_ONE && last.status == TREQ_ACCEPTED)
        outcome_conflict(o, "message",
                         F_(f, "This learner accepted to meet you: contact them directly."));
    else
        outcome_conflict(o, "message",
                         arena_printf(f->arena,
                                      F_(f, "This learner declined your last request: you may "
                                            "ask again from %s."),
                                      day_words_in(f->arena, f->who->lang, from)));
    return false;
}

Outcome flow_talent_meet(const Flow *f, int64_t profile_id, const char *message)
{
    TalentProfile p;
    DbStatus st = q_pool_profile(f->db, f->who->org_id, profile_id, f->arena, &p);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    if (!may_ask(f, profile_id, &o))
        return o;
    Org org;
    AccountRow acc;
    MeetTx t = {.profile_id = profile_id, .message = message, .handle = p.handle};
    if ((st = q_org_get(f->db, f->who->org_id, f->arena, &org)) != DB_ONE ||
        (st = contact_of(f, p.account_id, &acc, &t.l)) != DB_ONE)
        return outcome_missing(st);
    t.partner = org.name;
    t.to = acc.email;
    st = flow_tx(f, meet_tx, &t);
    if (st == DB_CONFLICT) {
        /* meanwhile: the learner hid the profile, or another member's request came first */
        if (q_pool_profile(f->db, f->who->org_id, profile_id, f->arena, &p) != DB_ONE)
            outcome_error(&o, ERR_NOT_FOUND);
        else if (may_ask(f, profile_id, &o))
            outcome_db(&o, st);
    } else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        o.id = t.id;
    return o;
}

typedef struct AnswerTx {
    const TalentRequest *q;
    bool accept, gone;
    const char *to;
    Lang l;
} AnswerTx;

static DbStatus answer_tx(const Flow *f, void *ctx)
{
    AnswerTx *t = ctx;
    int64_t me = f->who->account_id;
    DbStatus st = t->accept ? q_request_accept(f->db, me, t->q->id, f->now)
                            : q_request_decline(f->db, me, t->q->id, f->now);
    if (flow_tx_stop(&st, &t->gone))
        return st;
    /* org 0, as for the request: the mail is for the one who asked */
    if (t->accept)
        return flow_mail(
            f, f->db, 0, t->to, t->l,
            arena_printf(f->arena, i18n_get(t->l, "%s accepted to meet you"), t->q->handle),
            N_("Hello,\n\nThe learner behind the profile %s accepted your request to meet "
               "through traject. You may now contact them:\n\nName: %s\nE-mail address: "
               "%s\n\nTheir profile: %s/orgs/%lld/talent/%lld\n"),
            t->q->handle, f->who->name, f->who->email, f->base_url, (long long)t->q->org_id,
            (long long)t->q->profile_id);
    return flow_mail(
        f, f->db, 0, t->to, t->l,
        arena_printf(f->arena, i18n_get(t->l, "%s declined to meet you"), t->q->handle),
        N_("Hello,\n\nThe learner behind the profile %s declined your request to "
           "meet through traject. Thank you for your interest.\n"),
        t->q->handle);
}

Outcome flow_talent_answer(const Flow *f, int64_t id, bool accept)
{
    TalentRequest q;
    DbStatus st = q_request_mine(f->db, f->who->account_id, id, f->arena, &q);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    o.id = id;
    if (!talent_request_answerable(q.status)) {
        outcome_conflict(&o, "answer", F_(f, "You answered this request already."));
        return o;
    }
    AccountRow acc;
    AnswerTx t = {.q = &q, .accept = accept};
    if ((st = contact_of(f, q.asked_by_id, &acc, &t.l)) != DB_ONE)
        return outcome_missing(st);
    t.to = acc.email;
    st = flow_tx(f, answer_tx, &t);
    if (t.gone)
        outcome_conflict(&o, "answer",
                         accept ? F_(f, "You no longer show your profile to this partner: show "
                                        "it to them again before you accept.")
                                : F_(f, "You answered this request already."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
