/* offers.c — internship and job offers with their candidates: for the training
 * organisation's staff (/orgs/{org}/offers: every offer, every candidate, offers recorded on
 * a partner's behalf, learners proposed) and for the partner's own organisation
 * (/orgs/{org}/partner-offers, {org} being the partner's: its offers to the training
 * organisations that count it as a partner, and only the candidates who agreed to be seen).
 * Every statement of the partner's view reaches the training organisation's records through
 * a partner record that names the partner's organisation. */
#include <stdlib.h>

#include "core/rows.h"
#include "domain/jobs.h"
#include "flows/jobs/candidate.h"
#include "flows/jobs/offer.h"
#include "html/layout.h"
#include "html/options.h"
#include "http/confirm.h"
#include "pages/jobs/jobs.h"
#include "q/jobs/candidate.h"
#include "q/jobs/offer.h"
#include "q/partners/partner.h"
#include "views/cases/form.h"
#include "views/cases/home.h"
#include "views/jobs/home.h"
#include "views/jobs/offer.h"

static const char *offer_label(Req *r, const char *org_name)
{
    return arena_printf(r->arena, _(r, "Offer an internship or a job at %s"), org_name);
}

/* The training organisations that count r's organisation as a partner, each with a link to
 * post an offer to it. */
static bool partnerships(Html *h, Req *r)
{
    return html_partnership_links(h, r, "partner-offers", offer_label);
}

static enum MHD_Result offers_page(Req *r, bool own_org)
{
    Html *h = page_begin(r, _(r, "Internships and jobs"));
    long long org = (long long)r->org_id;
    html(h, "<h1>%s</h1>\n", _(r, "Internships and jobs"));
    if (own_org) {
        if (!partnerships(h, r))
            return reply_error(r, ERR_DB);
    } else {
        html(h,
             "<p><a href=\"/orgs/%lld/offers/new\" role=\"button\">%s</a> "
             "<a href=\"/orgs/%lld/placements\">%s</a> <a "
             "href=\"/orgs/%lld/followups\">%s</a></p>\n",
             org, _(r, "Record an offer for a partner"), org, _(r, "Placements"), org,
             _(r, "Follow-ups"));
    }
    html(h, "<h2>%s</h2>\n", _(r, "Offers"));
    if (!html_job_offer_list(h, r, own_org))
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}

/* GET /orgs/{org}/offers */
enum MHD_Result page_job_offers(Req *r)
{
    return offers_page(r, false);
}

/* GET /orgs/{org}/partner-offers */
enum MHD_Result page_partner_offers(Req *r)
{
    return offers_page(r, true);
}

/* The offer form (own_org: for the partner's own organisation); x holds what was typed, e the
 * errors. A partner record that is not the reader's own is forgotten. */
static enum MHD_Result new_page(Req *r, bool own_org, JobOfferInput *x, const FormErrors *e,
                                int status)
{
    PartnerChoice c;
    if (!partner_choice(r, own_org, &x->partner_id, &c))
        return reply_error(r, ERR_DB);
    const char *title =
        !own_org ? _(r, "Record an offer for a partner")
        : x->partner_id
            ? arena_printf(r->arena, _(r, "Offer an internship or a job at %s"), c.org_name)
            : _(r, "Offer an internship or a job");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (own_org && !x->partner_id && !partnerships(h, r))
        return reply_error(r, ERR_DB);
    if (!own_org && !c.npartners)
        html(h, "<p>%s <a href=\"/orgs/%lld/partners\">%s</a></p>\n",
             _(r, "An offer comes from a partner, and you have none yet."), (long long)r->org_id,
             _(r, "Record a partner"));
    html_job_offer_form(
        h, r,
        arena_printf(r->arena, "/orgs/%lld/%s", (long long)r->org_id, job_offer_list(own_org)),
        c.partners, c.competences, x, e);
    return page_end_status(r, h, status);
}

static enum MHD_Result offer_new(Req *r, bool own_org)
{
    JobOfferInput x = {0};
    const char *partner = query_get(r, "partner");
    x.partner_id = partner ? strtoll(partner, NULL, 10) : 0;
    return new_page(r, own_org, &x, NULL, 200);
}

/* GET /orgs/{org}/offers/new */
enum MHD_Result page_job_offer_new(Req *r)
{
    return offer_new(r, false);
}

/* GET /orgs/{org}/partner-offers/new?partner={id} */
enum MHD_Result page_partner_offer_new(Req *r)
{
    return offer_new(r, true);
}

static enum MHD_Result offer_create(Req *r, bool own_org)
{
    JobOfferInput x = {0};
    FormErrors e;
    if (!job_offer_form_read(r, &x, &e))
        return new_page(r, own_org, &x, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_job_offer_add(&f, &x, own_org);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return new_page(r, own_org, &x, &o.fields, o.status);
    return reply_redirect(r,
                          arena_printf(r->arena, "/orgs/%lld/%s/%lld?saved=1", (long long)r->org_id,
                                       job_offer_list(own_org), (long long)o.id));
}

/* POST /orgs/{org}/offers */
enum MHD_Result page_job_offer_create(Req *r)
{
    return offer_create(r, false);
}

/* POST /orgs/{org}/partner-offers */
enum MHD_Result page_partner_offer_create(Req *r)
{
    return offer_create(r, true);
}

/* The form that proposes one of the organisation's learners who is not a candidate yet. */
static bool propose_form(Html *h, Req *r, const JobOffer *o, const Rows *cands, const FormErrors *e)
{
    bool more;
    const char *const *learners = job_learner_options(r, cands, &more);
    if (!learners)
        return false;
    html(h, "<section>\n<h2 id=\"propose\">%s</h2>\n<p>%s</p>\n", _(r, "Propose a learner"),
         _(r, "The partner sees a learner you propose only once the learner agrees, from their "
              "own space."));
    html_learner_find(h, r, "propose", more);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/offers/%lld/propose", (long long)r->org_id,
                                 (long long)o->id));
    html_select(h, e, "person_id", _(r, "Learner"), learners, form_get(r, "person_id"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Propose"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return true;
}

/* The offer page: its facts, its candidates (e: the errors of the stage form), and for staff
 * the form that proposes a learner (pe: its errors). */
static enum MHD_Result offer_page(Req *r, bool own_org, int64_t id, const FormErrors *e,
                                  const FormErrors *pe, int status)
{
    JobOffer o;
    DbStatus st = q_job_offer_get(r->db, r->org_id, own_org, id, r->arena, &o);
    if (st != DB_ONE)
        return reply_missing(r, st);
    JobCandidate c;
    Rows cands = ROWS_FROM(r->arena, &c);
    if (!own_org && /* the learners who are candidates already are not offered to propose */
        q_job_candidates(r->db, r->org_id, false, id, r->arena, &c, rows_collect, &cands) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, o.title);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    if (!html_job_offer(h, r, &o))
        return reply_error(r, ERR_DB);
    if (!html_job_candidates(h, r, id, own_org, e) ||
        (!own_org && !propose_form(h, r, &o, &cands, pe)))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/%s\">%s</a></p>\n", (long long)r->org_id,
         job_offer_list(own_org), _(r, "Internships and jobs"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/offers/{id} */
enum MHD_Result page_job_offer(Req *r)
{
    return offer_page(r, false, req_id(r, "id"), NULL, NULL, 200);
}

/* GET /orgs/{org}/partner-offers/{id} */
enum MHD_Result page_partner_offer(Req *r)
{
    return offer_page(r, true, req_id(r, "id"), NULL, NULL, 200);
}

/* POST /orgs/{org}/offers/{id}/propose */
enum MHD_Result page_job_propose(Req *r)
{
    int64_t person = 0;
    FieldSpec spec[] = {
        FIELD("person_id", F_ID, N_("Learner"), .required = true, .num = &person),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return offer_page(r, false, req_id(r, "id"), NULL, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_job_propose(&f, req_id(r, "id"), person);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return offer_page(r, false, req_id(r, "id"), NULL, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/offers/%lld?saved=1",
                                          (long long)r->org_id, (long long)req_id(r, "id")));
}

/* Moves a candidate; a final stage (hired, not retained) is confirmed first. */
static enum MHD_Result stage(Req *r, bool own_org)
{
    JobCandidate c;
    DbStatus st = q_job_candidate_get(r->db, r->org_id, own_org, req_id(r, "id"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *key = form_get(r, "stage");
    const char *back = arena_printf(r->arena, "/orgs/%lld/%s/%lld", (long long)r->org_id,
                                    job_offer_list(own_org), (long long)c.offer_id);
    int to;
    if (key && vocab_parse(&job_stages, key, &to) && job_stage_final((JobStage)to) &&
        job_stage_move_ok(c.stage, (JobStage)to) && c.agreed && !confirm_ok(r))
        return confirm_page(r,
                            arena_printf(r->arena, _(r, "Move %s to \"%s\"?"), c.name,
                                         _(r, vocab_label(&job_stages, to))),
                            to == STAGE_HIRED
                                ? _(r, "The learner is hired: a placement is recorded for them. "
                                       "This cannot be undone.")
                                : _(r, "The learner is not retained for this offer. This cannot "
                                       "be undone."),
                            _(r, "Move"), back);
    Flow f = req_flow(r);
    Outcome o = flow_job_stage(&f, c.id, key, own_org);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return offer_page(r, own_org, c.offer_id, &o.fields, NULL, o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?saved=1", back));
}

/* POST /orgs/{org}/candidates/{id}/stage */
enum MHD_Result page_job_stage(Req *r)
{
    return stage(r, false);
}

/* POST /orgs/{org}/partner-candidates/{id}/stage */
enum MHD_Result page_partner_stage(Req *r)
{
    return stage(r, true);
}
