/* flows/talent/profile.c — a learner's profile for partners (see profile.h). */
#include "flows/talent/profile.h"

#include <sodium.h>

#include "domain/talent.h"
#include "flows/tx.h"
#include "q/talent/profile.h"

/* The learner's profile, made with a fresh handle when there is none, in the caller's
 * transaction. A handle already taken (one chance in a trillion) refuses the insert: the
 * transaction runs again (DB_RETRY) and draws another. */
static DbStatus profile_of(const Flow *f, int64_t *id)
{
    TalentProfile p;
    DbStatus st = q_talent_mine(f->db, f->who->account_id, f->arena, &p);
    if (st != DB_NONE) {
        *id = p.id;
        return st;
    }
    unsigned char rnd[TALENT_HANDLE_RANDOM];
    char handle[TALENT_HANDLE_SIZE];
    randombytes_buf(rnd, sizeof rnd);
    talent_handle(rnd, handle);
    st = q_talent_create(f->db, f->who->account_id, handle, f->now, id);
    if (st == DB_NONE) /* made meanwhile by another request: it runs again and reads it */
        return DB_RETRY;
    return st == DB_CONFLICT ? DB_RETRY : st;
}

typedef struct SaveTx {
    const TalentInput *in;
    int64_t profile_id;
    bool bad_competence, bad_credential;
} SaveTx;

static DbStatus save_tx(const Flow *f, void *ctx)
{
    SaveTx *t = ctx;
    int64_t me = f->who->account_id;
    DbStatus st = profile_of(f, &t->profile_id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    if ((st = q_talent_save(f->db, me, t->in, f->now)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    if ((st = q_talent_competences_clear(f->db, t->profile_id)) < DB_NONE ||
        (st = q_talent_credentials_clear(f->db, t->profile_id)) < DB_NONE)
        return st;
    for (int i = 0; i < t->in->ncompetences; i++) {
        st = q_talent_competence_show(f->db, t->profile_id, me, t->in->competences[i]);
        if (flow_tx_stop(&st, &t->bad_competence))
            return st;
    }
    for (int i = 0; i < t->in->ncredentials; i++) {
        st = q_talent_credential_show(f->db, t->profile_id, me, t->in->credentials[i], f->now);
        if (flow_tx_stop(&st, &t->bad_credential))
            return st;
    }
    return DB_ONE;
}

Outcome flow_talent_save(const Flow *f, const TalentInput *in)
{
    Outcome o = outcome_ok();
    SaveTx t = {.in = in};
    DbStatus st = flow_tx(f, save_tx, &t);
    o.id = t.profile_id;
    if (t.bad_competence)
        outcome_field(&o, "competences",
                      F_(f, "Choose among the competences you were assessed on."));
    else if (t.bad_credential)
        outcome_field(&o, "credentials",
                      F_(f, "Choose among your credentials that are neither revoked nor expired."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

typedef struct ShowTx {
    TalentVisibility v;
    const int64_t *partners;
    int n;
    int64_t profile_id;
    bool bad_partner;
} ShowTx;

static DbStatus show_tx(const Flow *f, void *ctx)
{
    ShowTx *t = ctx;
    int64_t me = f->who->account_id;
    DbStatus st;
    if ((st = q_talent_visibility(f->db, me, t->v, f->now)) < DB_NONE ||
        (st = q_talent_partners_clear(f->db, t->profile_id)) < DB_NONE)
        return st;
    for (int i = 0; t->v == TALENT_SOME && i < t->n; i++) {
        st = q_talent_partner_choose(f->db, t->profile_id, me, t->partners[i]);
        if (flow_tx_stop(&st, &t->bad_partner))
            return st;
    }
    return DB_ONE;
}

Outcome flow_talent_visibility(const Flow *f, TalentVisibility v, const int64_t *partners, int n)
{
    Outcome o = outcome_ok();
    TalentProfile p;
    DbStatus st = q_talent_mine(f->db, f->who->account_id, f->arena, &p);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE && v == TALENT_NONE)
        return o; /* nothing to hide */
    switch (talent_show_check(v, st == DB_ONE && p.approved_at, n)) {
    case TALENT_SHOW_NO_PROFILE:
        outcome_field(&o, "visibility",
                      F_(f, "Save your profile first: it is all that partners will see of you."));
        return o;
    case TALENT_SHOW_NO_PARTNER:
        outcome_field(&o, "partners",
                      F_(f, "Tick the partners who may see your profile, or choose another "
                            "option."));
        return o;
    case TALENT_SHOW_OK:
        break;
    }
    o.id = p.id;
    ShowTx t = {.v = v, .partners = partners, .n = n, .profile_id = p.id};
    st = flow_tx(f, show_tx, &t);
    if (t.bad_partner)
        outcome_field(&o, "partners",
                      F_(f, "Choose among the partners of the organisations where you learn."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
