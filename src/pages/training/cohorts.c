/* cohorts.c — the cohorts of a programme: create and edit a cohort (dates, capacity,
 * place, trainers) and show its page (views/training/cohort.c writes it). The cohort's
 * sessions are in sessions.c, its enrolments in enrolments.c and bulk.c. */
#include "core/rows.h"
#include "flows/training/cohort.h"
#include "pages/training/training.h"
#include "q/training/cohort.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

static enum MHD_Result cohort_form(Req *r, const Programme *p, const Cohort *c,
                                   const int64_t *trainers, int ntrainers, const FormErrors *e,
                                   int status)
{
    int nstaff = 0;
    const char *const *locs = location_options(r), *const *staff = trainer_options(r, &nstaff);
    if (!locs || !staff)
        return reply_error(r, ERR_DB);
    bool is_new = c->id == 0;
    const char *title = is_new ? _(r, "New cohort") : _(r, "Edit the cohort");
    const char *action = is_new ? arena_printf(r->arena, "/orgs/%lld/programmes/%lld/cohorts",
                                               (long long)r->org_id, (long long)p->id)
                                : org_record_path(r, "cohorts", c->id);
    Html *h = training_form_begin(r, title, programme_title(r, p), e, action);
    html_input(h, r, e, "text", "name", _(r, "Name"), c->name, "off");
    html_input(h, r, e, "date", "starts_on", _(r, "First day"), c->starts_on, "off");
    html_input(h, r, e, "date", "ends_on", _(r, "Last day"), c->ends_on, "off");
    html_input(h, r, e, "number", "capacity", _(r, "Places"),
               arena_printf(r->arena, "%lld", (long long)c->capacity), "off");
    html_select(h, e, "location_id", _(r, "Location"), locs,
                arena_printf(r->arena, "%lld", (long long)c->location_id));
    if (nstaff)
        html_checkboxes(h, e, "trainers", _(r, "Trainers"), staff,
                        html_options_mask(staff, trainers, ntrainers));
    html(h, "<button type=\"submit\">%s</button>\n",
         is_new ? _(r, "Create the cohort") : _(r, "Save"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

static enum MHD_Result cohort_new(Req *r, Programme *p)
{
    Cohort c = {.programme_id = p->id};
    return cohort_form(r, p, &c, NULL, 0, NULL, 200);
}

/* GET /orgs/{org}/programmes/{id}/cohorts/new */
enum MHD_Result page_cohort_new(Req *r)
{
    return with_programme(r, cohort_new);
}

/* Reads the cohort form into in (what was sent stays there for redisplay), then the
 * workflow checks and saves it. */
static enum MHD_Result cohort_save(Req *r, const Programme *p, CohortInput *in)
{
    Cohort *c = &in->c;
    int64_t *trainers = NULL;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 120, .text = &c->name),
        FIELD("starts_on", F_DATE, N_("First day"), .required = true, .text = &c->starts_on),
        FIELD("ends_on", F_DATE, N_("Last day"), .required = true, .text = &c->ends_on),
        FIELD("capacity", F_INT, N_("Places"), .required = true, .min = 0, .max = 100000,
              .num = &c->capacity),
        FIELD("location_id", F_ID, N_("Location"), .num = &c->location_id),
        FIELD("trainers", F_MULTI, N_("Trainers"), .ids = &trainers, .nids = &in->ntrainers),
        {0},
    };
    FormErrors e;
    c->location_id = 0;
    form_read(r, spec, &e);
    in->trainers = trainers;
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    if (e.n) {
        flow_cohort_check(&f, in, &o); /* the rules' messages beside the form's */
        form_errors_add(&e, &o.fields);
        return cohort_form(r, p, c, trainers, in->ntrainers, &e, 400);
    }
    o = flow_cohort_save(&f, in);
    if (!o.ok && o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return cohort_form(r, p, c, trainers, in->ntrainers, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

static enum MHD_Result cohort_create(Req *r, Programme *p)
{
    CohortInput in = {.c = {.programme_id = p->id}};
    return cohort_save(r, p, &in);
}

/* POST /orgs/{org}/programmes/{id}/cohorts */
enum MHD_Result page_cohort_create(Req *r)
{
    return with_programme(r, cohort_create);
}

static enum MHD_Result cohort_edit(Req *r, Cohort *c, Programme *p)
{
    int64_t id;
    char *name;
    Rows t = ROWS_FROM(r->arena, &id);
    if (q_cohort_trainers(r->db, r->org_id, c->id, r->arena, &id, &name, rows_collect, &t) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    return cohort_form(r, p, c, (const int64_t *)t.data, t.n, NULL, 200);
}

/* GET /orgs/{org}/cohorts/{id}/edit */
enum MHD_Result page_cohort_edit(Req *r)
{
    return with_cohort(r, cohort_edit);
}

static enum MHD_Result cohort_update(Req *r, Cohort *old, Programme *p)
{
    CohortInput in = {.c = {.id = old->id, .programme_id = old->programme_id}};
    return cohort_save(r, p, &in);
}

/* POST /orgs/{org}/cohorts/{id} */
enum MHD_Result page_cohort_update(Req *r)
{
    return with_cohort(r, cohort_update);
}

static enum MHD_Result cohort_show(Req *r, Cohort *c, Programme *p)
{
    const char *notice = NULL;
    const char *added = query_get(r, "added");
    int64_t n;
    if (query_get(r, "saved"))
        notice = _(r, "The changes have been saved.");
    else if (added && parse_int64(added, &n))
        notice = arena_printf(r->arena, _n(r, "%lld session added.", "%lld sessions added.", n),
                              (long long)n);
    else if (query_get(r, "enrolled"))
        notice = _(r, "The learner is enrolled.");
    else if ((added = query_get(r, "bulk")) && parse_int64(added, &n))
        notice = arena_printf(
            r->arena, _n(r, "%lld learner enrolled.", "%lld learners enrolled.", n), (long long)n);
    else if (query_get(r, "invited"))
        notice = _(r, "The invitation has been sent.");
    else if (query_get(r, "attendance"))
        notice = _(r, "The attendance has been saved.");
    return cohort_page(r, c, p, NULL, notice, 200);
}

/* GET /orgs/{org}/cohorts/{id} */
enum MHD_Result page_cohort(Req *r)
{
    return with_cohort(r, cohort_show);
}
