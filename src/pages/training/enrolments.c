/* enrolments.c — who takes part in a cohort: register a walk-in learner in one short
 * form or enrol someone already known (flows/training/enrolment.c: within the cohort's
 * places, also under simultaneous requests, and the programme's rules); end an enrolment
 * (withdrawn, completed, dropped out) with a date and a reason. */
#include <string.h>

#include "domain/calendar.h"
#include "flows/training/enrolment.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/training/enrolment.h"
#include "views/training/cohort.h"

static enum MHD_Result enrol(Req *r, Cohort *c, Programme *p)
{
    FormErrors e = {0};
    EnrolInput in = {0};
    Person *who = &in.newcomer;
    FieldSpec known[] = {
        FIELD("person_id", F_ID, N_("Person"), .num = &in.person_id),
        {0},
    };
    if (!form_read(r, known, &e)) /* not a person's id: nobody to enrol */
        return reply_error(r, ERR_NOT_FOUND);
    if (!in.person_id) {
        bool jobseeker = false;
        char *gender = NULL;
        FieldSpec spec[] = {
            FIELD("name", F_TEXT, N_("Full name"), .required = true, .max = 120,
                  .text = &who->name),
            FIELD("birth_date", F_DATE, N_("Date of birth"), .text = &who->birth_date),
            FIELD("email", F_EMAIL, N_("E-mail address (optional)"), .max = 254,
                  .text = &who->email),
            FIELD("phone", F_TEXT, N_("Phone (optional)"), .max = 30, .text = &who->phone),
            FIELD("municipality", F_TEXT, N_("Municipality (optional)"), .max = 100,
                  .text = &who->municipality),
            FIELD("jobseeker", F_BOOL, N_("Registered job-seeker"), .flag = &jobseeker),
            FIELD("gender", F_CHOICE, N_("Gender (optional)"), .choices = vocab_keys(r, &genders),
                  .text = &gender),
            {0},
        };
        form_read(r, spec, &e);
        who->jobseeker = jobseeker;
        int g = GENDER_NOT_GIVEN;
        if (gender && *gender)
            vocab_parse(&genders, gender, &g);
        who->gender = (Gender)g;
    }
    int status = 400;
    if (e.n == 0) {
        Flow f = req_flow(r);
        Outcome o = flow_enrol(&f, c, p, &in);
        if (o.err != ERR_COUNT)
            return reply_error(r, o.err);
        if (o.ok)
            return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?enrolled=1",
                                                  (long long)r->org_id, (long long)c->id));
        e = o.fields;
        status = o.status;
    }
    q_cohort_seats(r->db, r->org_id, c->id, &c->enrolled);
    return cohort_page(r, c, p, &(CohortErrors){.enrol = &e}, NULL, status);
}

/* POST /orgs/{org}/cohorts/{id}/enrol */
enum MHD_Result page_enrol(Req *r)
{
    return with_cohort(r, enrol);
}

/* POST /orgs/{org}/enrolments/{id}/end */
enum MHD_Result page_enrolment_end(Req *r)
{
    char *status = NULL, *on = NULL, *reason = NULL;
    FieldSpec spec[] = {
        FIELD("status", F_CHOICE, N_("Outcome"), .required = true,
              .choices = vocab_keys(r, &enrolment_ends), .text = &status),
        FIELD("ended_on", F_DATE, N_("Date"), .required = true, .text = &on),
        FIELD("reason", F_TEXT, N_("Reason"), .max = 500, .text = &reason),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    if (e.n)
        return form_errors_back(r, _(r, "End the enrolment"), &e);
    int end = ENROLMENT_WITHDRAWN;
    vocab_parse(&enrolment_ends, status, &end);
    Flow f = req_flow(r);
    Outcome o = flow_enrolment_end(&f, req_id(r, "id"), (EnrolmentStatus)end, on, reason);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return form_errors_back(r, _(r, "End the enrolment"), &o.fields);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}
