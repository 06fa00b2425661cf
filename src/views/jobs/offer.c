/* offer.c — the offer form, the lists of offers and an offer's candidates (see offer.h). */
#include "views/jobs/offer.h"

#include "domain/calendar.h"
#include "domain/jobs.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/pager.h"
#include "html/table.h"
#include "http/form.h"
#include "q/jobs/candidate.h"
#include "q/jobs/offer.h"

const char *job_offer_list(bool own_org)
{
    return own_org ? "partner-offers" : "offers";
}

const char *job_candidate_list(bool own_org)
{
    return own_org ? "partner-candidates" : "candidates";
}

bool job_offer_form_read(Req *r, JobOfferInput *x, FormErrors *e)
{
    FieldSpec spec[] = {
        FIELD("partner_id", F_ID, N_("Partner"), .num = &x->partner_id),
        FIELD("title", F_TEXT, N_("Title"), .required = true, .max = 200, .text = &x->title),
        FIELD("description", F_TEXT, N_("Description"), .required = true, .max = 8000,
              .text = &x->description),
        FIELD("contract", F_TEXT, N_("Contract"), .required = true, .max = 40,
              .text = &x->contract),
        FIELD("places", F_INT, N_("Places"), .required = true, .min = 1, .max = 1000,
              .num = &x->places),
        FIELD("closes_on", F_DATE, N_("Closing date"), .required = true, .text = &x->closes_on),
        FIELD("workplace", F_TEXT, N_("Place of work"), .required = true, .max = 200,
              .text = &x->workplace),
        FIELD("competences", F_MULTI, N_("Competences wanted"), .max = 30, .ids = &x->competences,
              .nids = &x->ncompetences),
        {0},
    };
    return form_read(r, spec, e);
}

void html_job_offer_form(Html *h, Req *r, const char *action, const char *const *partners,
                         const char *const *competences, const JobOfferInput *x,
                         const FormErrors *e)
{
    JobOfferInput none = {0};
    if (!x)
        x = &none;
    html_error_summary(h, r, e);
    html_form_begin(h, r, action);
    const char *pid = x->partner_id ? arena_printf(r->arena, "%lld", (long long)x->partner_id) : "";
    if (partners)
        html_select(h, e, "partner_id", _(r, "Partner"), partners, pid);
    else if (*pid)
        html(h, "<input type=\"hidden\" name=\"partner_id\" value=\"%s\">\n", pid);
    html_input(h, r, e, "text", "title", _(r, "Title"), x->title, "off");
    html_textarea(h, e, "description", _(r, "Description"), x->description, 6);
    html_select(h, e, "contract", _(r, "Contract"),
                vocab_options(r, &job_contracts, "", _(r, "Choose the contract")), x->contract);
    html_input(h, r, e, "number", "places", _(r, "Places"),
               x->places ? arena_printf(r->arena, "%lld", (long long)x->places) : NULL, "off");
    html_input(h, r, e, "date", "closes_on", _(r, "Closing date"), x->closes_on, "off");
    html_input(h, r, e, "text", "workplace", _(r, "Place of work"), x->workplace, "off");
    if (competences && competences[0])
        html_checkboxes(h, e, "competences", _(r, "Competences wanted"), competences,
                        html_options_mask(competences, x->competences, x->ncompetences));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Publish the offer"));
    html_form_end(h);
}

static const PagerCol offer_cols[OFFER_SORTS] = {
    [OFFER_BY_TITLE] = {.key = "title", .label = N_("Title")},
    [OFFER_BY_CREATED] = {.key = "created",
                          .label = N_("Published"),
                          .numeric = true,
                          .desc_first = true},
};

static void offer_key(const void *row, int sort, PagerKey *k)
{
    const JobOffer *o = row;
    *k = sort == OFFER_BY_CREATED ? (PagerKey){.num = o->created_at, .id = o->id}
                                  : (PagerKey){.text = o->title, .id = o->id};
}

bool html_job_offer_list(Html *h, Req *r, bool own_org)
{
    Pager pg;
    JobOffer o;
    pager_open(r, &pg, job_offer_list(own_org), offer_cols, OFFER_SORTS, offer_key,
               ROWS_FROM(r->arena, &o));
    if (!pager_done(&pg,
                    q_job_offer_page(r->db, r->org_id, own_org, &pg.page, r->arena, &o,
                                     rows_collect, &pg.rows),
                    q_job_offer_count(r->db, r->org_id, own_org, pg.page.like, &pg.total)))
        return false;
    pager_search(h, r, &pg, _(r, "Search by title or partner"));
    pager_summary(h, r, &pg, _(r, "No offers yet."));
    if (pg.n) {
        PagerHead heads[] = {
            PAGER_SORTED(OFFER_BY_TITLE),   PAGER_PLAIN(N_("Partner")),
            PAGER_PLAIN(N_("Contract")),    PAGER_PLAIN(N_("Closing date")),
            PAGER_SORTED(OFFER_BY_CREATED), PAGER_PLAIN(N_("Candidates who agreed")),
        };
        if (own_org)
            heads[1].label = N_("Training organisation");
        pager_table_open(h, r, &pg, _(r, "Offers"), heads, 6);
        for (int i = 0; i < pg.n; i++) {
            const JobOffer *x = ROW(&pg.rows, JobOffer, i);
            char day[11];
            bxl_date_text(x->created_at, day);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/%s/%lld\">%s</a></td><td>%s</td><td>%s</td>"
                 "<td>%s</td><td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, job_offer_list(own_org), (long long)x->id, x->title,
                 own_org ? x->org_name : x->partner_name,
                 _(r, vocab_label(&job_contracts, x->contract)), x->closes_on, day,
                 number_text(r, x->candidates, 0, 0));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return true;
}

bool html_job_offer(Html *h, Req *r, const JobOffer *o)
{
    Competence c;
    Rows comp = ROWS_FROM(r->arena, &c);
    if (q_job_offer_competences(r->db, o->org_id, o->id, r->arena, &c, rows_collect, &comp) <
        DB_NONE)
        return false;
    html(h, "<h1>%s</h1>\n", o->title);
    html(h,
         "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Partner"), o->partner_name, _(r, "Training organisation"), o->org_name,
         _(r, "Contract"), _(r, vocab_label(&job_contracts, o->contract)), _(r, "Places"),
         number_text(r, o->places, 0, 0), _(r, "Closing date"), date_words_text(r, o->closes_on),
         _(r, "Place of work"), o->workplace);
    html(h, "<p>%s</p>\n", o->description);
    if (comp.n) {
        html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Competences wanted"));
        for (int i = 0; i < comp.n; i++) {
            const Competence *x = ROW(&comp, Competence, i);
            html(h, "<li>%s %s</li>\n", x->code, lang_pick(r->lang, x->title));
        }
        html_lit(h, "</ul>\n");
    }
    return true;
}

/* a select of the stages candidate c may move to, with an id of its own (one such form a
 * candidate on the page) */
static void stage_select(Html *h, Req *r, const JobCandidate *c)
{
    html(h, "<label for=\"stage-%lld\">%s</label>\n<select id=\"stage-%lld\" name=\"stage\">\n",
         (long long)c->id, arena_printf(r->arena, _(r, "Next stage for %s"), c->name),
         (long long)c->id);
    html(h, "<option value=\"\">%s</option>\n", _(r, "Choose the stage"));
    for (int i = 0; i < job_stages.n; i++) {
        const VocabEntry *v = &job_stages.entries[i];
        if (job_stage_move_ok(c->stage, (JobStage)v->value))
            html(h, "<option value=\"%s\">%s</option>\n", v->key, _(r, v->label));
    }
    html_lit(h, "</select>\n");
}

static const PagerCol candidate_cols[] = {{.key = "name", .label = N_("Candidate")}};

static void candidate_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const JobCandidate *c = row;
    *k = (PagerKey){.text = c->name, .id = c->id};
}

bool html_job_candidates(Html *h, Req *r, int64_t offer_id, bool own_org, const FormErrors *e)
{
    Pager pg;
    JobCandidate c;
    pager_open(r, &pg, arena_printf(r->arena, "candidates-%lld", (long long)offer_id),
               candidate_cols, 1, candidate_key, ROWS_FROM(r->arena, &c));
    if (!pager_done(
            &pg,
            q_job_candidate_page(r->db, r->org_id, own_org, offer_id, &pg.page, r->arena, &c,
                                 rows_collect, &pg.rows),
            q_job_candidate_count(r->db, r->org_id, own_org, offer_id, pg.page.like, &pg.total)))
        return false;
    html(h, "<section aria-labelledby=\"h-candidates\">\n<h2 id=\"h-candidates\">%s</h2>\n",
         _(r, "Candidates"));
    if (e)
        html_error_summary(h, r, e);
    if (pager_empty(&pg)) {
        html(h, "<p>%s</p>\n</section>\n",
             own_org ? _(r, "No candidate has agreed to be seen yet.")
                     : _(r, "No candidates yet."));
        return true;
    }
    pager_search(h, r, &pg, _(r, "Search by name"));
    pager_summary(h, r, &pg, "");
    html_lit(h, "<ul class=\"candidates\">\n");
    for (int i = 0; i < pg.n; i++) {
        const JobCandidate *x = ROW(&pg.rows, JobCandidate, i);
        html(h, "<li><strong>%s</strong> · %s · %s", x->name,
             _(r, vocab_label(&job_origins, x->origin)), _(r, vocab_label(&job_stages, x->stage)));
        if (!x->agreed)
            html(h, " · <em>%s</em>", _(r, "waiting for the learner's agreement"));
        if (x->motivation && *x->motivation)
            html(h, "<br><q>%s</q>", x->motivation);
        if (x->agreed && !job_stage_final(x->stage)) {
            html_form_begin(h, r,
                            arena_printf(r->arena, "/orgs/%lld/%s/%lld/stage", (long long)r->org_id,
                                         job_candidate_list(own_org), (long long)x->id));
            stage_select(h, r, x);
            html(h, "<button type=\"submit\">%s</button>\n", _(r, "Move"));
            html_form_end(h);
        }
        html_lit(h, "</li>\n");
    }
    html_lit(h, "</ul>\n");
    pager_nav(h, r, &pg);
    html_lit(h, "</section>\n");
    return true;
}
