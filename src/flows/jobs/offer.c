/* flows/jobs/offer.c — recording an internship or job offer (see offer.h). */
#include "flows/jobs/offer.h"

#include <string.h>

#include "domain/calendar.h"
#include "flows/tx.h"
#include "q/cases/partner.h"
#include "q/competences/framework.h"
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
    DbStatus st = x->partner_id
                      ? q_partner_get(f->db, f->who->org_id, own_org, x->partner_id, f->arena, &p)
                      : DB_NONE;
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE)
        outcome_field(&o, "partner_id",
                      F_(f, "An offer comes from a partner: choose the partner that makes it."));
    int64_t org = st == DB_ONE ? p.org_id : f->who->org_id;
    int contract;
    if (!x->contract || !vocab_parse(&job_contracts, x->contract, &contract))
        outcome_field(
            &o, "contract",
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, "Contract")));
    char today[11];
    bxl_date_text(f->now, today);
    if (x->closes_on && strcmp(x->closes_on, today) < 0)
        outcome_field(&o, "closes_on", F_(f, "The closing date cannot be in the past."));
    for (int i = 0; i < x->ncompetences; i++) {
        Competence c;
        st = q_competence_get(f->db, org, x->competences[i], f->arena, &c);
        if (st < DB_NONE) {
            outcome_db(&o, st);
            return o;
        }
        if (st == DB_NONE || c.archived) {
            outcome_field(&o, "competences",
                          arena_printf(f->arena, F_(f, "Choose one of the options for %s."),
                                       F_(f, "Competences wanted")));
            break;
        }
    }
    if (!o.ok)
        return o;
    OfferTx t = {.org_id = org, .x = x};
    if ((st = flow_tx(f, offer_tx, &t)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = t.id;
    q_audit(f->db, org, f->who->account_id, "job_offer_add", x->title, f->now);
    return o;
}
