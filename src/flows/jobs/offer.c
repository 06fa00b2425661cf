/* flows/jobs/offer.c — recording an internship or job offer (see offer.h). */
#include "flows/jobs/offer.h"

#include <string.h>

#include "domain/calendar.h"
#include "flows/cases/case.h"
#include "flows/tx.h"
#include "q/jobs/offer.h"
#include "q/system/app.h"

typedef struct OfferTx {
    int64_t org_id;
    const JobOfferInput *x;
    int64_t id;
} OfferTx;

static DbStatus offer_tx(const Flow *f, void *ctx)
{
    OfferTx *t = ctx;
    DbStatus st = q_job_offer_add(f->db, t->org_id, t->x, f->who->account_id, f->now, &t->id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    for (int i = 0; i < t->x->ncompetences && st >= DB_NONE; i++)
        st = q_job_offer_competence_add(f->db, t->org_id, t->id, t->x->competences[i]);
    return st;
}

Outcome flow_job_offer_add(const Flow *f, JobOfferInput *x, bool own_org)
{
    Outcome o = outcome_ok();
    Partner p;
    bool found = flow_partner_of(
        f, x->partner_id, own_org,
        F_(f, "An offer comes from a partner: choose the partner that makes it."), &p, &o);
    if (o.err != ERR_COUNT)
        return o;
    int64_t org = found ? p.org_id : f->who->org_id;
    int contract;
    if (!x->contract || !vocab_parse(&job_contracts, x->contract, &contract))
        outcome_choose(&o, f, "contract", F_(f, "Contract"));
    char today[11];
    bxl_date_text(f->now, today);
    if (x->closes_on && strcmp(x->closes_on, today) < 0)
        outcome_field(&o, "closes_on", F_(f, "The closing date cannot be in the past."));
    if (!flow_competences_usable(f, org, x->competences, x->ncompetences,
                                 F_(f, "Competences wanted"), &o))
        return o;
    if (!o.ok)
        return o;
    OfferTx t = {.org_id = org, .x = x};
    DbStatus st;
    if ((st = flow_tx(f, offer_tx, &t)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = t.id;
    q_audit(f->db, org, f->who->account_id, "job_offer_add", x->title, f->now);
    return o;
}
