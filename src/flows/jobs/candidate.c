/* flows/jobs/candidate.c — proposing, applying, agreeing, moving through stages (see
 * candidate.h). */
#include "flows/jobs/candidate.h"

#include <string.h>

#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/jobs.h"
#include "flows/tx.h"
#include "q/jobs/candidate.h"
#include "q/jobs/offer.h"
#include "q/jobs/placement.h"
#include "q/system/app.h"

typedef struct ProposeTx {
    const JobOffer *offer;
    int64_t person_id, id;
    bool missed; /* not a learner of the organisation's */
} ProposeTx;

/* The candidate, and a mail to the learner (when they have an address) in their language:
 * nobody else sees the proposal until they agree. */
static DbStatus propose_tx(const Flow *f, void *ctx)
{
    ProposeTx *t = ctx;
    const JobOffer *x = t->offer;
    DbStatus st = q_job_candidate_add(f->db, x->org_id, x->id, t->person_id, ORIGIN_PROPOSED, "",
                                      false, f->who->account_id, f->now, &t->id);
    if (flow_tx_stop(&st, &t->missed))
        return st;
    char *name, *email, *lang;
    if ((st = q_job_person_contact(f->db, x->org_id, t->person_id, f->arena, &name, &email,
                                   &lang)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    if (!email)
        return DB_ONE;
    Lang l = LANG_EN;
    lang_parse(lang, &l);
    st = flow_mail(f, f->db, x->org_id, email, l,
                   arena_printf(f->arena, i18n_get(l, "You are proposed for %s"), x->title),
                   N_("Hello %s,\n\n%s proposes you for \"%s\" at %s. %s sees your name only once "
                      "you agree. Read the offer and say whether you agree in your space:\n\n"
                      "%s/learning/jobs\n"),
                   name, x->org_name, x->title, x->partner_name, x->partner_name, f->base_url);
    return st < DB_NONE ? st : DB_ONE;
}

Outcome flow_job_propose(const Flow *f, int64_t offer_id, int64_t person_id)
{
    int64_t org = f->who->org_id;
    JobOffer offer;
    DbStatus st = q_job_offer_get(f->db, org, false, offer_id, f->arena, &offer);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    JobCandidate c;
    Rows rows = ROWS_FROM(f->arena, &c);
    if ((st = q_job_candidates(f->db, org, false, offer_id, f->arena, &c, rows_collect, &rows)) <
        DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    for (int i = 0; i < rows.n; i++)
        if (ROW(&rows, JobCandidate, i)->person_id == person_id) {
            outcome_conflict(&o, "person_id",
                             F_(f, "This learner is already a candidate for this offer."));
            return o;
        }
    ProposeTx t = {.offer = &offer, .person_id = person_id};
    st = flow_tx(f, propose_tx, &t);
    o.id = t.id;
    if (t.missed)
        outcome_choose(&o, f, "person_id", F_(f, "Learner"));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, org, f->who->account_id, "job_propose", offer.title, f->now);
    return o;
}

typedef struct FindOffer {
    JobOffer row;
    int64_t id;
    JobOffer found;
    bool ok;
} FindOffer;

static bool find_offer(void *ctx)
{
    FindOffer *x = ctx;
    if (x->row.id == x->id) {
        x->found = x->row;
        x->ok = true;
    }
    return true;
}

Outcome flow_job_apply(const Flow *f, int64_t offer_id, const char *motivation)
{
    char today[11];
    bxl_date_text(f->now, today);
    FindOffer x = {.id = offer_id};
    DbStatus st =
        q_job_offers_open(f->db, f->who->account_id, today, f->arena, &x.row, find_offer, &x);
    if (st < DB_NONE || !x.ok)
        return outcome_missing(st < DB_NONE ? st : DB_NONE);
    int64_t person = 0;
    if ((st = q_job_learner_of(f->db, f->who->account_id, x.found.org_id, &person)) != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    st = q_job_candidate_add(f->db, x.found.org_id, offer_id, person, ORIGIN_APPLIED,
                             motivation ? motivation : "", true, f->who->account_id, f->now, &o.id);
    if (st == DB_NONE)
        outcome_conflict(&o, "motivation",
                         F_(f, "You are already a candidate for this offer: see where you stand "
                               "below."));
    else if (st != DB_ONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_job_agree(const Flow *f, int64_t candidate_id)
{
    return outcome_of(q_job_candidate_agree(f->db, f->who->account_id, candidate_id, f->now),
                      ERR_NOT_FOUND, candidate_id);
}

typedef struct StageTx {
    const JobCandidate *c;
    const JobOffer *offer;
    JobStage to;
    bool missed; /* the candidate was no longer at its stage */
} StageTx;

static DbStatus stage_tx(const Flow *f, void *ctx)
{
    StageTx *t = ctx;
    const JobCandidate *c = t->c;
    DbStatus st = q_job_candidate_stage(f->db, c->org_id, c->id, c->stage, t->to, f->now);
    if (flow_tx_stop(&st, &t->missed))
        return st;
    if (t->to != STAGE_HIRED)
        return DB_ONE;
    char today[11];
    bxl_date_text(f->now, today);
    JobPlacementInput p = {
        .person_id = c->person_id,
        .kind =
            (char *)vocab_key(&job_placement_kinds,
                              t->offer->contract == CONTRACT_INTERNSHIP ? JP_INTERNSHIP : JP_JOB),
        .employer = t->offer->partner_name,
        .starts_on = today,
        .contract = (char *)vocab_key(&job_contracts, t->offer->contract),
    };
    int64_t id;
    st = q_job_placement_add(f->db, c->org_id, &p, c->id, f->who->account_id, f->now, &id);
    return st == DB_ONE ? DB_ONE : st < DB_NONE ? st : DB_ERROR;
}

Outcome flow_job_stage(const Flow *f, int64_t candidate_id, const char *stage, bool own_org)
{
    JobCandidate c;
    DbStatus st = q_job_candidate_get(f->db, f->who->org_id, own_org, candidate_id, f->arena, &c);
    if (st != DB_ONE)
        return outcome_missing(st);
    JobOffer offer;
    if ((st = q_job_offer_get(f->db, c.org_id, false, c.offer_id, f->arena, &offer)) != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    o.id = candidate_id;
    int to;
    if (!stage || !vocab_parse(&job_stages, stage, &to)) {
        outcome_choose(&o, f, "stage", F_(f, "Stage"));
        return o;
    }
    if (!c.agreed) {
        outcome_field(&o, "stage",
                      F_(f, "The learner has not agreed to be seen by the partner yet."));
        return o;
    }
    if (!job_stage_move_ok(c.stage, (JobStage)to)) {
        outcome_field(&o, "stage",
                      arena_printf(f->arena,
                                   F_(f, "A candidate at the stage \"%s\" cannot move to \"%s\"."),
                                   F_(f, vocab_label(&job_stages, c.stage)),
                                   F_(f, vocab_label(&job_stages, to))));
        return o;
    }
    StageTx t = {.c = &c, .offer = &offer, .to = (JobStage)to};
    st = flow_tx(f, stage_tx, &t);
    if (t.missed)
        outcome_conflict(&o, "stage", F_(f, "The candidate's stage changed meanwhile."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, c.org_id, f->who->account_id, "job_stage", stage, f->now);
    return o;
}
