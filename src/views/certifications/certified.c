/* certified.c — see certified.h. */
#include "views/certifications/certified.h"

#include <stdint.h>

#include "core/clock.h"
#include "html/layout.h"
#include "model/certifications.h"
#include "q/certifications/attempt.h"
#include "q/certifications/certification.h"
#include "views/training/programme.h"

bool cert_board_load(Req *r, int64_t programme_id, CertBoard *b)
{
    Date today;
    int minutes;
    bxl_from_utc(clock_now(), &today, &minutes);
    return cert_board_read(r->db, r->arena, r->org_id, programme_id, today, b);
}

typedef struct Figure {
    const CertBoard *b;
    CertLearner row;
    int64_t n;
} Figure;

static bool figure_row(void *ctx)
{
    Figure *f = ctx;
    f->n += cert_board_certified(f->b, f->row.person_id);
    return true;
}

bool cert_programme_figure(Req *r, int64_t programme_id, int64_t *certified, int *nreq)
{
    CertBoard b;
    if (!cert_board_load(r, programme_id, &b))
        return false;
    *nreq = b.nreq;
    *certified = 0;
    if (b.nreq == 0)
        return true;
    /* every learner, in one pass of the list's own statement */
    DbPage all = {.from_start = true, .like = "", .limit = INT64_MAX};
    Figure f = {.b = &b};
    if (q_programme_learner_page(r->db, r->org_id, programme_id, &all, r->arena, &f.row, figure_row,
                                 &f) < DB_NONE)
        return false;
    *certified = f.n;
    return true;
}

bool html_programme_certs(Html *h, Req *r, const Programme *p, const FormErrors *e)
{
    Certification c;
    Rows req = ROWS_FROM(r->arena, &c);
    if (q_programme_certs(r->db, r->org_id, p->id, r->arena, &c, rows_collect, &req) < DB_NONE)
        return false;
    html(h, "<section aria-labelledby=\"h-certs\">\n<h2 id=\"h-certs\">%s</h2>\n",
         _(r, "Required certifications"));
    if (req.n == 0)
        html(h, "<p>%s</p>\n",
             _(r, "This programme requires no certification: nobody counts as certified."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < req.n; i++) {
            const Certification *x = ROW(&req, Certification, i);
            html(h, "<li>%s (%s, %s)</li>\n", x->name, x->vendor, x->exam_code);
        }
        html_lit(h, "</ul>\n");
    }
    html(h,
         "<p><a href=\"/orgs/%lld/programmes/%lld/learners\">%s</a> · "
         "<a href=\"/orgs/%lld/certifications\">%s</a></p>\n",
         (long long)r->org_id, (long long)p->id, _(r, "Learners and certifications"),
         (long long)r->org_id, _(r, "Catalogue of certifications"));
    if (training_can_edit(r)) {
        Rows all = ROWS_FROM(r->arena, &c);
        if (q_cert_list(r->db, r->org_id, r->arena, &c, rows_collect, &all) < DB_NONE)
            return false;
        if (!all.n)
            html(h, "<p><a href=\"/orgs/%lld/certifications/new\">%s</a></p>\n",
                 (long long)r->org_id, _(r, "Add certifications to the catalogue first"));
        else {
            html_error_summary(h, r, e);
            html_form_begin(h, r,
                            arena_printf(r->arena, "/orgs/%lld/programmes/%lld/certifications",
                                         (long long)r->org_id, (long long)p->id));
            html(h, "<fieldset id=\"f-certs\">\n<legend>%s</legend>\n",
                 _(r, "Certifications every learner must pass"));
            const char *err = e ? form_error_for(e, "certs") : NULL;
            if (err)
                html(h, "<small id=\"e-certs\" class=\"field-error\">%s</small>\n", err);
            for (int i = 0; i < all.n; i++) { /* archived ones only while still required */
                const Certification *x = ROW(&all, Certification, i);
                bool on = cert_listed(&req, x->id);
                if (!x->archived || on)
                    html(h,
                         "<label><input type=\"checkbox\" name=\"certs\" value=\"%lld\"%s> "
                         "%s (%s, %s)</label>\n",
                         (long long)x->id, on ? " checked" : "", x->name, x->vendor, x->exam_code);
            }
            html(h, "</fieldset>\n<button type=\"submit\">%s</button>\n",
                 _(r, "Save the required certifications"));
            html_form_end(h);
        }
    }
    html_lit(h, "</section>\n");
    return true;
}
