/* hackathon.c — a hackathon's own page for staff: its challenges (each from one of the
 * partners), the jury's criteria, the teams formed from the registered and their ranking
 * (the calls' ranking machinery, through flows/events/hackathon.h), with a form for each;
 * a form sent back with errors shows them beside its own fields. */
#include "flows/events/hackathon.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/table.h"
#include "pages/events/events.h"
#include "q/events/hackathon.h"
#include "q/partners/partner.h"
#include "views/events/event.h"

/* Which form came back with errors. */
typedef enum HackForm { FORM_NONE, FORM_CHALLENGE, FORM_CRITERION, FORM_TEAM } HackForm;

/* e for the form which, NULL for the others. */
static const FormErrors *errors_of(HackForm which, HackForm form, const FormErrors *e)
{
    return which == form ? e : NULL;
}

static bool challenges_part(Html *h, Req *r, const Event *ev, const Rows *challenges,
                            const FormErrors *e, const char *base)
{
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Challenges"));
    if (!challenges->n)
        html(h, "<p>%s</p>\n", _(r, "No challenges yet."));
    for (int i = 0; i < challenges->n; i++) {
        const Challenge *c = ROW(challenges, Challenge, i);
        html(h, "<h3>%s</h3>\n<p>%s · %s</p>\n", c->title,
             arena_printf(r->arena, _(r, "Brought by %s"), c->partner_name),
             arena_printf(r->arena, _n(r, "%s team", "%s teams", c->teams),
                          number_text(r, c->teams, 0, 0)));
        if (*c->brief)
            html(h, "<p>%s</p>\n", c->brief);
    }
    Partner p;
    Rows partners = ROWS_FROM(r->arena, &p);
    if (q_partner_list(r->db, ev->org_id, false, r->arena, &p, rows_collect, &partners) < DB_NONE)
        return false;
    html(h, "<h3>%s</h3>\n", _(r, "Add a challenge"));
    if (!partners.n) {
        html(h, "<p>%s <a href=\"/orgs/%lld/partners\">%s</a></p>\n</section>\n",
             _(r, "A challenge comes from one of your partners, and you have none yet."),
             (long long)r->org_id, _(r, "Partners"));
        return true;
    }
    Options o = OPTIONS(r->arena);
    for (int i = 0; i < partners.n; i++)
        options_id(&o, ROW(&partners, Partner, i)->id, ROW(&partners, Partner, i)->name);
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "%s/challenges", base));
    html_select(h, e, "partner_id", _(r, "Partner"), options_end(&o), form_get(r, "partner_id"));
    html_input(h, r, e, "text", "title", _(r, "Title"), e ? form_get(r, "title") : NULL, "off");
    html_textarea(h, e, "brief", _(r, "Brief"), e ? form_get(r, "brief") : NULL, 4);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add the challenge"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return true;
}

static void criteria_part(Html *h, Req *r, const Rows *criteria, const FormErrors *e,
                          const char *base)
{
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "The jury's criteria"));
    if (!criteria->n)
        html(h, "<p>%s</p>\n", _(r, "No criteria yet: the jury scores on them, from 0 to 10."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < criteria->n; i++) {
            const Criterion *c = ROW(criteria, Criterion, i);
            html(h, "<li>%s · %s</li>\n", c->label,
                 arena_printf(r->arena, _(r, "weight %s"), number_text(r, c->weight, 0, 0)));
        }
        html_lit(h, "</ul>\n");
    }
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "%s/criteria", base));
    html_input(h, r, e, "text", "label", _(r, "Criterion"), e ? form_get(r, "label") : NULL, "off");
    html_input(h, r, e, "number", "weight", _(r, "Weight"), e ? form_get(r, "weight") : "1", "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add the criterion"));
    html_form_end(h);
    html_lit(h, "</section>\n");
}

/* The teams, ranked; the form that forms one. */
static bool teams_part(Html *h, Req *r, const Event *ev, const Rows *challenges,
                       const FormErrors *e, const char *base)
{
    HackTeam t;
    EventRegistration p;
    Rows teams = ROWS_FROM(r->arena, &t), free = ROWS_FROM(r->arena, &p);
    if (q_hack_teams(r->db, ev->org_id, ev->id, r->arena, &t, rows_collect, &teams) < DB_NONE ||
        q_hack_free_people(r->db, ev->org_id, ev->id, r->arena, &p, rows_collect, &free) < DB_NONE)
        return false;
    Flow f = req_flow(r);
    HackRank *rank;
    if (!hack_ranking(&f, ev->org_id, ev->id, &teams, &rank))
        return false;
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Teams and ranking"));
    if (!teams.n)
        html(h, "<p>%s</p>\n", _(r, "No teams yet."));
    else {
        HTML_TABLE(h, _(r, "Teams and ranking"), _(r, "Rank"), _(r, "Team"), _(r, "Challenge"),
                   _(r, "Score"), _(r, "Jurors"));
        for (int i = 0; i < teams.n; i++) {
            const HackRank *k = &rank[i];
            html(h,
                 "<tr><td>%s</td><td><a href=\"/orgs/%lld/event-teams/%lld\">%s</a></td>"
                 "<td>%s</td><td>%s%s</td><td>%s</td></tr>\n",
                 k->rank ? number_text(r, k->rank, 0, 0) : "–", (long long)r->org_id,
                 (long long)k->team->id, k->team->name, k->team->challenge_title,
                 k->rank ? score_text(r, k->score_milli, 2) : _(r, "not scored yet"),
                 k->disagree ? arena_printf(r->arena, " (%s)", _(r, "the jurors disagree")) : "",
                 number_text(r, k->jurors, 0, 0));
        }
        html_table_close(h);
    }
    html(h, "<h3>%s</h3>\n", _(r, "Form a team"));
    if (!challenges->n || !free.n) {
        html(h, "<p>%s</p>\n</section>\n",
             !challenges->n ? _(r, "Add a challenge first.")
             : !ev->taken   ? _(r, "Nobody has registered yet.")
                            : _(r, "Everyone registered is in a team."));
        return true;
    }
    Options co = OPTIONS(r->arena), people = OPTIONS(r->arena);
    for (int i = 0; i < challenges->n; i++)
        options_id(&co, ROW(challenges, Challenge, i)->id, ROW(challenges, Challenge, i)->title);
    for (int i = 0; i < free.n; i++)
        options_id(&people, ROW(&free, EventRegistration, i)->id,
                   ROW(&free, EventRegistration, i)->name);
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "%s/teams", base));
    html_input(h, r, e, "text", "name", _(r, "Name of the team"), e ? form_get(r, "name") : NULL,
               "off");
    html_select(h, e, "challenge_id", _(r, "Challenge"), options_end(&co),
                form_get(r, "challenge_id"));
    html_checkboxes(h, e, "members", _(r, "Members: people registered and in no team"),
                    options_end(&people), 0);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Form the team"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return true;
}

static enum MHD_Result hack_page(Req *r, const Event *ev, HackForm which, const FormErrors *e,
                                 int status)
{
    Challenge c;
    Criterion k;
    Rows challenges = ROWS_FROM(r->arena, &c), criteria = ROWS_FROM(r->arena, &k);
    if (q_hack_challenges(r->db, ev->org_id, ev->id, r->arena, &c, rows_collect, &challenges) <
            DB_NONE ||
        q_hack_criteria(r->db, ev->org_id, ev->id, r->arena, &k, rows_collect, &criteria) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *base =
        arena_printf(r->arena, "/orgs/%lld/events/%lld", (long long)r->org_id, (long long)ev->id);
    const char *title = arena_printf(r->arena, _(r, "Hackathon: %s"), ev->title);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", title, session_when(r, ev->starts_at, ev->ends_at));
    html_notice(h, query_notice(r, "saved", N_("The changes have been saved."), NULL), false);
    if (!challenges_part(h, r, ev, &challenges, errors_of(which, FORM_CHALLENGE, e), base) ||
        !teams_part(h, r, ev, &challenges, errors_of(which, FORM_TEAM, e), base))
        return reply_error(r, ERR_DB);
    criteria_part(h, r, &criteria, errors_of(which, FORM_CRITERION, e), base);
    html(h, "<p><a href=\"%s\">%s</a></p>\n", base, _(r, "Back to the event"));
    return page_end_status(r, h, status);
}

static enum MHD_Result hack_show(Req *r, Event *e)
{
    if (e->kind != EVENT_HACKATHON) /* only a hackathon has this page and its forms */
        return reply_missing(r, DB_NONE);
    return hack_page(r, e, FORM_NONE, NULL, 200);
}

/* GET /orgs/{org}/events/{id}/hackathon */
enum MHD_Result page_hackathon(Req *r)
{
    return with_event(r, hack_show);
}

/* The answer to one of the page's forms: back to the page, or its errors (read: the form
 * reader's, o: the workflow's). */
static enum MHD_Result hack_done(Req *r, const Event *e, HackForm which, const FormErrors *read,
                                 const Outcome *o)
{
    if (read && read->n)
        return hack_page(r, e, which, read, 400);
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return hack_page(r, e, which, &o->fields, o->status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/events/%lld/hackathon?saved=1",
                                          (long long)r->org_id, (long long)e->id));
}

static enum MHD_Result challenge_post(Req *r, Event *e)
{
    if (e->kind != EVENT_HACKATHON)
        return reply_missing(r, DB_NONE);
    int64_t partner = 0;
    char *title = NULL, *brief = NULL;
    FieldSpec spec[] = {
        FIELD("partner_id", F_ID, N_("Partner"), .required = true, .num = &partner),
        FIELD("title", F_TEXT, N_("Title"), .required = true, .max = 200, .text = &title),
        FIELD("brief", F_TEXT, N_("Brief"), .max = 4000, .text = &brief),
        {0},
    };
    FormErrors read;
    Outcome o = outcome_ok();
    Flow f = req_flow(r);
    if (form_read(r, spec, &read))
        o = hack_challenge_add(&f, e, partner, title, brief);
    return hack_done(r, e, FORM_CHALLENGE, &read, &o);
}

/* POST /orgs/{org}/events/{id}/challenges */
enum MHD_Result page_hack_challenge_add(Req *r)
{
    return with_event(r, challenge_post);
}

static enum MHD_Result criterion_post(Req *r, Event *e)
{
    if (e->kind != EVENT_HACKATHON)
        return reply_missing(r, DB_NONE);
    int64_t weight = 0;
    char *label = NULL;
    FieldSpec spec[] = {
        FIELD("label", F_TEXT, N_("Criterion"), .required = true, .max = 200, .text = &label),
        FIELD("weight", F_INT, N_("Weight"), .required = true, .min = 1, .max = 100,
              .num = &weight),
        {0},
    };
    FormErrors read;
    Outcome o = outcome_ok();
    Flow f = req_flow(r);
    if (form_read(r, spec, &read))
        o = hack_criterion_add(&f, e, label, weight);
    return hack_done(r, e, FORM_CRITERION, &read, &o);
}

/* POST /orgs/{org}/events/{id}/criteria */
enum MHD_Result page_hack_criterion_add(Req *r)
{
    return with_event(r, criterion_post);
}

static enum MHD_Result team_post(Req *r, Event *e)
{
    if (e->kind != EVENT_HACKATHON)
        return reply_missing(r, DB_NONE);
    int64_t challenge = 0, *ids = NULL;
    int n = 0;
    char *name = NULL;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name of the team"), .required = true, .max = 120, .text = &name),
        FIELD("challenge_id", F_ID, N_("Challenge"), .required = true, .num = &challenge),
        FIELD("members", F_MULTI, N_("Members"), .required = true, .max = 30, .ids = &ids,
              .nids = &n),
        {0},
    };
    FormErrors read;
    Outcome o = outcome_ok();
    Flow f = req_flow(r);
    if (form_read(r, spec, &read))
        o = hack_team_add(&f, e, challenge, name, ids, n);
    return hack_done(r, e, FORM_TEAM, &read, &o);
}

/* POST /orgs/{org}/events/{id}/teams */
enum MHD_Result page_hack_team_add(Req *r)
{
    return with_event(r, team_post);
}
