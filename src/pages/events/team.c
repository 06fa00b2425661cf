/* team.c — one hackathon team for staff: its challenge and members, what it submitted (and
 * a form to submit on its behalf), and the jury's form, where the member of staff reading
 * it scores the team on every criterion from 0 to 10 (their own scores, changed as often as
 * they like until the ranking is read). The files it submitted. */
#include <stdlib.h>
#include <string.h>

#include "core/rows.h"
#include "flows/events/hackathon.h"
#include "html/fmt.h"
#include "pages/events/events.h"
#include "q/events/event.h"
#include "q/events/hackathon.h"
#include "views/events/hackathon.h"

/* A member of one of the event's teams. */
typedef struct TeamMember {
    int64_t team_id;
    char *name;
} TeamMember;

/* The page of team t; e: the errors of the form which ("scores" or "submit"). */
static enum MHD_Result team_page(Req *r, const HackTeam *t, const char *which, const FormErrors *e,
                                 int status)
{
    Criterion c;
    Score s;
    TeamMember m;
    Rows criteria = ROWS_FROM(r->arena, &c), scores = ROWS_FROM(r->arena, &s),
         members = ROWS_FROM(r->arena, &m);
    if (q_hack_criteria(r->db, t->org_id, t->event_id, r->arena, &c, rows_collect, &criteria) <
            DB_NONE ||
        q_hack_scores(r->db, t->org_id, t->event_id, &s, rows_collect, &scores) < DB_NONE ||
        q_hack_team_members(r->db, t->org_id, t->event_id, r->arena, &m.team_id, &m.name,
                            rows_collect, &members) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, t->name);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", t->name,
         arena_printf(r->arena, _(r, "Challenge: %s"), t->challenge_title));
    html_notice(h,
                query_notice(r, "scored", N_("Your scores are saved."), "submitted",
                             N_("The work is submitted."), NULL),
                false);
    html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Members"));
    for (int i = 0; i < members.n; i++)
        if (ROW(&members, TeamMember, i)->team_id == t->id)
            html(h, "<li>%s</li>\n", ROW(&members, TeamMember, i)->name);
    html_lit(h, "</ul>\n");
    html(h, "<h2>%s</h2>\n", _(r, "Submitted work"));
    const char *files =
        arena_printf(r->arena, "/orgs/%lld/event-submissions/", (long long)r->org_id);
    if (!html_submissions(h, r, t, files))
        return reply_error(r, ERR_DB);
    const char *base = arena_printf(r->arena, "/orgs/%lld/event-teams/%lld", (long long)r->org_id,
                                    (long long)t->id);
    html(h, "<h3>%s</h3>\n", _(r, "Submit on the team's behalf"));
    html_submit_form(h, r, !strcmp(which, "submit") ? e : NULL,
                     arena_printf(r->arena, "%s/submissions", base));
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Your scores"));
    if (!criteria.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "The jury's criteria come first."));
        return page_end_status(r, h, status);
    }
    const FormErrors *se = !strcmp(which, "scores") ? e : NULL;
    html_error_summary(h, r, se);
    html_form_begin(h, r, arena_printf(r->arena, "%s/scores", base));
    static const char *const points[] = {"0", "0", "1", "1", "2",  "2",  "3", "3",
                                         "4", "4", "5", "5", "6",  "6",  "7", "7",
                                         "8", "8", "9", "9", "10", "10", NULL};
    for (int i = 0; i < criteria.n; i++) {
        const Criterion *k = ROW(&criteria, Criterion, i);
        const char *mine = NULL;
        for (int j = 0; j < scores.n; j++) {
            const Score *x = ROW(&scores, Score, j);
            if (x->team_id == t->id && x->juror_id == r->account->id && x->criterion_id == k->id)
                mine = num_text(r, x->score);
        }
        html_select(h, se, arena_printf(r->arena, "c-%lld", (long long)k->id),
                    arena_printf(r->arena, _(r, "%s (weight %s)"), k->label,
                                 number_text(r, k->weight, 0, 0)),
                    points, mine);
    }
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save my scores"));
    html_form_end(h);
    html(h, "</section>\n<p><a href=\"/orgs/%lld/events/%lld/hackathon\">%s</a></p>\n",
         (long long)r->org_id, (long long)t->event_id, _(r, "Back to the hackathon"));
    return page_end_status(r, h, status);
}

/* Runs fn for the team of the route's {id} in r's organisation; 404 when none. */
static enum MHD_Result with_team(Req *r, enum MHD_Result (*fn)(Req *r, HackTeam *t))
{
    HackTeam t;
    DbStatus st = q_hack_team_get(r->db, r->org_id, req_id(r, "id"), r->arena, &t);
    return st == DB_ONE ? fn(r, &t) : reply_missing(r, st);
}

static enum MHD_Result team_show(Req *r, HackTeam *t)
{
    return team_page(r, t, "", NULL, 200);
}

/* GET /orgs/{org}/event-teams/{id} */
enum MHD_Result page_hack_team(Req *r)
{
    return with_team(r, team_show);
}

static enum MHD_Result team_answer(Req *r, HackTeam *t, const char *which, const Outcome *o,
                                   const char *done)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return team_page(r, t, which, &o->fields, o->status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/event-teams/%lld?%s=1",
                                          (long long)r->org_id, (long long)t->id, done));
}

static enum MHD_Result scores_post(Req *r, HackTeam *t)
{
    Criterion c;
    Rows criteria = ROWS_FROM(r->arena, &c);
    if (q_hack_criteria(r->db, t->org_id, t->event_id, r->arena, &c, rows_collect, &criteria) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    int64_t *scores = arena_alloc(r->arena, sizeof *scores * (size_t)(criteria.n + 1));
    Outcome o = outcome_ok();
    for (int i = 0; i < criteria.n; i++) {
        const Criterion *k = ROW(&criteria, Criterion, i);
        const char *v = form_get(r, arena_printf(r->arena, "c-%lld", (long long)k->id));
        char *end = NULL;
        scores[i] = v && *v ? strtoll(v, &end, 10) : -1;
        if (!end || *end)
            scores[i] = -1;
    }
    Flow f = req_flow(r);
    o = hack_score(&f, t, (const Criterion *)criteria.data, scores, criteria.n);
    return team_answer(r, t, "scores", &o, "scored");
}

/* POST /orgs/{org}/event-teams/{id}/scores */
enum MHD_Result page_hack_scores(Req *r)
{
    return with_team(r, scores_post);
}

static enum MHD_Result submit_post(Req *r, HackTeam *t)
{
    const char *url;
    EvidenceFile file;
    submit_form_read(r, &url, &file);
    Flow f = req_flow(r);
    Outcome o = hack_submit(&f, t, url, &file);
    return team_answer(r, t, "submit", &o, "submitted");
}

/* POST /orgs/{org}/event-teams/{id}/submissions */
enum MHD_Result page_hack_submit(Req *r)
{
    return with_team(r, submit_post);
}

/* GET /orgs/{org}/event-submissions/{id}/file */
enum MHD_Result page_hack_submission_file(Req *r)
{
    Submission s;
    char *data = NULL;
    size_t len = 0;
    DbStatus st =
        q_hack_submission_file(r->db, r->org_id, req_id(r, "id"), r->arena, &s, &data, &len);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_download(r, s.file_type, download_name(r->arena, s.file_name), data, len);
}
