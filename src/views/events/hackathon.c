/* views/events/hackathon.c — a team's submissions, the submission form, a partner's
 * hackathon section (see hackathon.h). */
#include "views/events/hackathon.h"

#include "html/fmt.h"
#include "http/session.h"
#include "q/events/hackathon.h"

bool html_submissions(Html *h, Req *r, const HackTeam *t, const char *file_base)
{
    Submission s;
    Rows all = ROWS_FROM(r->arena, &s);
    if (q_hack_submissions(r->db, t->org_id, t->id, r->arena, &s, rows_collect, &all) < DB_NONE)
        return false;
    if (!all.n) {
        html(h, "<p>%s</p>\n", _(r, "Nothing submitted yet."));
        return true;
    }
    html_lit(h, "<ul>\n");
    for (int i = 0; i < all.n; i++) {
        const Submission *x = ROW(&all, Submission, i);
        html_lit(h, "<li>");
        if (!x->file_name)
            html(h, "<a href=\"%s\" rel=\"noopener noreferrer\">%s</a>", x->url, x->url);
        else if (file_base)
            html(h, "<a href=\"%s%lld/file\">%s</a>", file_base, (long long)x->id, x->file_name);
        else
            html(h, "%s", x->file_name);
        html(h, " · %s</li>\n", moment_text(r, x->created_at));
    }
    html_lit(h, "</ul>\n");
    return true;
}

void html_submit_form(Html *h, Req *r, const FormErrors *e, const char *action)
{
    html_error_summary(h, r, e);
    html(h,
         "<form method=\"post\" action=\"%s\" enctype=\"multipart/form-data\" novalidate>\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         action, csrf_token(r));
    const char *url = form_get(r, "url");
    html_input(h, r, e, form_error_for(e, "url") ? "text" : "url", "url", _(r, "Link to the work"),
               url, "off");
    html_file_input(h, e, "file", _(r, "Or a file: PDF, PNG or JPEG, at most 5 MB"),
                    EVIDENCE_ACCEPT);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Submit"));
    html_form_end(h);
}

void submit_form_read(Req *r, const char **url, EvidenceFile *file)
{
    const char *u = form_get(r, "url");
    *url = u && *u ? u : NULL;
    const FormField *f = form_file(r, "file");
    *file = f ? (EvidenceFile){.name = f->filename, .data = f->value, .len = f->len}
              : (EvidenceFile){0};
}

bool html_partner_hackathons(Html *h, Req *r, int64_t org_id, int64_t partner_id)
{
    Challenge c;
    Rows all = ROWS_FROM(r->arena, &c);
    if (q_hack_partner_challenges(r->db, org_id, partner_id, r->arena, &c, rows_collect, &all) <
        DB_NONE)
        return false;
    if (!all.n)
        return true;
    html(h, "<section>\n<h2>%s</h2>\n<ul>\n", _(r, "Hackathon challenges and teams"));
    for (int i = 0; i < all.n; i++) {
        const Challenge *x = ROW(&all, Challenge, i);
        html(h, "<li><strong>%s</strong> · %s · %s · %s</li>\n", x->title, x->event_title,
             session_day(r, x->starts_at),
             arena_printf(r->arena, _n(r, "%s team", "%s teams", x->teams),
                          number_text(r, x->teams, 0, 0)));
    }
    html_lit(h, "</ul>\n</section>\n");
    return true;
}
