/* home.c — the jobs' parts of other pages (see home.h). */
#include "views/jobs/home.h"

#include "db/page.h"
#include "domain/jobs.h"
#include "flows/jobs/placement.h"
#include "html/fmt.h"
#include "html/options.h"
#include "q/jobs/candidate.h"
#include "q/jobs/placement.h"

DbStatus view_learner_jobs(Html *h, Req *r)
{
    JobCandidate c;
    Rows rows = ROWS_FROM(r->arena, &c);
    DbStatus st = q_my_candidacies(r->db, r->account->id, r->arena, &c, rows_collect, &rows);
    if (st < DB_NONE)
        return st;
    int64_t waiting = 0;
    for (int i = 0; i < rows.n; i++)
        waiting += !ROW(&rows, JobCandidate, i)->agreed;
    html(h, "<section aria-labelledby=\"my-jobs\">\n<h2 id=\"my-jobs\">%s</h2>\n",
         _(r, "Internships and jobs"));
    if (waiting)
        html(h, "<p><strong>%s</strong></p>\n",
             arena_printf(r->arena,
                          _n(r, "%s proposal waits for your agreement.",
                             "%s proposals wait for your agreement.", waiting),
                          number_text(r, waiting, 0, 0)));
    html(h, "<p><a href=\"/learning/jobs\">%s</a></p>\n</section>\n",
         _(r, "Offers from partners, and where you stand"));
    return DB_ONE;
}

const char *const *job_learner_options(Req *r, const Rows *candidates, bool *more)
{
    PersonName p;
    Rows rows = ROWS_FROM(r->arena, &p);
    if (q_job_learners(r->db, r->org_id, db_like_pattern(r->arena, query_get(r, "who")),
                       JOB_LEARNERS_SHOWN + 1, r->arena, &p, rows_collect, &rows) < DB_NONE)
        return NULL;
    *more = rows.n > JOB_LEARNERS_SHOWN;
    if (*more)
        rows_pop(&rows);
    Options opts = OPTIONS(r->arena);
    options_add(&opts, "", _(r, "Choose the learner"));
    for (int i = 0; i < rows.n; i++) {
        const PersonName *x = ROW(&rows, PersonName, i);
        bool taken = false;
        for (int j = 0; candidates && j < candidates->n && !taken; j++)
            taken = ROW(candidates, JobCandidate, j)->person_id == x->id;
        if (!taken)
            options_id(&opts, x->id, x->name);
    }
    return options_end(&opts);
}

bool job_programme_placed(Req *r, int64_t programme_id, Rows *out)
{
    return job_placed_people(r->db, r->arena, r->org_id, programme_id, out);
}

void html_learner_find(Html *h, Req *r, const char *anchor, bool more)
{
    const char *who = query_get(r, "who");
    html(h,
         "<form method=\"get\" action=\"%s#%s\" role=\"search\" class=\"search\" "
         "aria-label=\"%s\">\n<label for=\"who-%s\">%s</label>\n<input type=\"search\" "
         "id=\"who-%s\" name=\"who\" value=\"%s\">\n<button type=\"submit\" "
         "class=\"secondary\">%s</button>\n</form>\n",
         r->path, anchor, _(r, "Find a learner by name"), anchor, _(r, "Find a learner by name"),
         anchor, who ? who : "", _(r, "Find"));
    if (more)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "The first %d names are in the list: find a learner by name to "
                               "see the others."),
                          JOB_LEARNERS_SHOWN));
}
