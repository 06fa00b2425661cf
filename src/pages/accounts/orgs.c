/* orgs.c — the organisations of an account, switching between them, and an
 * organisation's home. Membership and roles were checked by the router (ACCESS_MEMBER). */
#include "core/clock.h"
#include "core/rows.h"
#include "domain/attendance.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "html/table.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/member.h"
#include "q/accounts/org.h"
#include "q/accounts/orgreq.h"
#include "q/accounts/session.h"
#include "q/calls/grant.h"
#include "q/calls/proposal_list.h"
#include "q/training/home.h"
#include "views/accounts/roles.h"
#include "views/calls/home.h"
#include "views/cases/home.h"
#include "views/equipment/item.h"
#include "views/intake/home.h"
#include "views/partners/home.h"
#include "views/talent/home.h"
#include "views/training/home.h"

static const char *kind_label(Req *r, OrgKind kind)
{
    return _(r, vocab_label(&org_kinds, kind));
}

/* A day in Brussels time, as everywhere else. */
static const char *day_text(Req *r, int64_t t)
{
    char *s = arena_alloc(r->arena, 11);
    bxl_date_text(t, s);
    return s;
}

static void org_row(Html *h, Req *r, const Org *o)
{
    html(h, "<tr><td><a href=\"/orgs/%lld\">%s</a></td><td>%s</td><td>%s</td><td>",
         (long long)o->id, o->name, kind_label(r, o->kind), roles_text(r, o->roles));
    if (o->id == r->current_org)
        html(h, "<span aria-current=\"true\">%s</span>", _(r, "Current"));
    else
        html_button_form(h, r, arena_printf(r->arena, "/orgs/%lld/switch", (long long)o->id),
                         _(r, "Switch to"), o->name);
    html_lit(h, "</td></tr>\n");
}

/* GET /orgs */
enum MHD_Result page_orgs(Req *r)
{
    Org o;
    Rows orgs = ROWS_FROM(r->arena, &o);
    if (q_org_list_for_account(r->db, r->account->id, r->arena, &o, rows_collect, &orgs) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Your organisations"));
    html(h, "<h1>%s</h1>\n", _(r, "Your organisations"));
    HTML_TABLE(h, _(r, "Your organisations"), _(r, "Organisation"), _(r, "Kind"),
               _(r, "Your roles"), _(r, "Switch"));
    for (int i = 0; i < orgs.n; i++)
        org_row(h, r, ROW(&orgs, Org, i));
    html_table_close(h);
    if (!orgs.n && !r->account->operator)
        html(h, "<p>%s</p>\n",
             _(r, "You are not a member of any organisation yet. Ask an administrator of your "
                  "organisation to invite you."));
    if (r->account->operator) { /* the platform role: what waits for the operators */
        int64_t waiting = 0;
        if (q_orgreq_count(r->db, OREQ_PENDING, "", &waiting) < DB_NONE)
            return reply_error(r, ERR_DB);
        html(h, "<h2>%s</h2>\n<p><a href=\"/operator/requests\">%s</a></p>\n",
             _(r, "This installation"),
             arena_printf(
                 r->arena,
                 _n(r, "%lld organisation asks to join", "%lld organisations ask to join", waiting),
                 (long long)waiting));
    }
    return page_end(r, h);
}

/* POST /orgs/{org}/switch */
enum MHD_Result page_org_switch(Req *r)
{
    if (q_session_set_org(r->db, r->session_id, r->org_id) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld", (long long)r->org_id));
}

/* The links of what the reader can do here, by role and by the kind of organisation: a
 * funder's members see the calls and grants, a training organisation's the training offer
 * and its intake; a learner and an outside jury member see only their own part. */
static void what_you_can_do(Html *h, Req *r, const Org *o)
{
    long long org = (long long)r->org_id;
    html(h, "<section aria-labelledby=\"h-next\">\n<h2 id=\"h-next\">%s</h2>\n<ul>\n",
         _(r, "What you can do"));
    bool training = o->kind == ORG_TRAINING, own = r->roles & (ROLE_ADMIN | ROLE_STAFF);
    if (training && own) {
        html(h, "<li><a href=\"/orgs/%lld/programmes\">%s</a></li>\n", org, _(r, "Programmes"));
        html(h, "<li><a href=\"/orgs/%lld/certifications\">%s</a></li>\n", org,
             _(r, "Certifications"));
        html(h, "<li><a href=\"/orgs/%lld/applications\">%s</a></li>\n", org, _(r, "Applications"));
        html(h, "<li><a href=\"/orgs/%lld/locations\">%s</a></li>\n", org, _(r, "Locations"));
        html(h, "<li><a href=\"/orgs/%lld/competences\">%s</a></li>\n", org,
             _(r, "Competence frameworks"));
        html(h, "<li><a href=\"/orgs/%lld/credentials\">%s</a></li>\n", org, _(r, "Credentials"));
        html(h, "<li><a href=\"/orgs/%lld/cases\">%s</a></li>\n", org, _(r, "Cases from partners"));
        html(h, "<li><a href=\"/orgs/%lld/partners\">%s</a></li>\n", org, _(r, "Partners"));
        html(h, "<li><a href=\"/orgs/%lld/offers\">%s</a></li>\n", org,
             _(r, "Internships and jobs"));
        html(h, "<li><a href=\"/orgs/%lld/equipment\">%s</a></li>\n", org, _(r, "Equipment"));
        html(h, "<li><a href=\"/orgs/%lld/impact\">%s</a></li>\n", org, _(r, "Impact"));
        html(h, "<li><a href=\"/orgs/%lld/events\">%s</a></li>\n", org, _(r, "Events"));
        html(h, "<li><a href=\"/orgs/%lld/resources\">%s</a></li>\n", org,
             _(r, "Learning resources"));
    }
    if (training && (r->roles & (ROLE_ADMIN | ROLE_STAFF | ROLE_REVIEWER)))
        html(h, "<li><a href=\"/orgs/%lld/reviews\">%s</a></li>\n", org,
             _(r, "Applications to review"));
    if (r->roles & ROLE_FUNDER) {
        html(h, "<li><a href=\"/orgs/%lld/calls\">%s</a></li>\n", org, _(r, "Calls for projects"));
        html(h, "<li><a href=\"/orgs/%lld/grants\">%s</a></li>\n", org, _(r, "Grants awarded"));
        html(h, "<li><a href=\"/orgs/%lld/funded-impact\">%s</a></li>\n", org,
             _(r, "The impact of what you fund"));
    }
    if (o->kind != ORG_FUNDER && own) { /* training organisations and partners answer calls */
        html(h, "<li><a href=\"/orgs/%lld/proposals\">%s</a></li>\n", org, _(r, "Proposals"));
        html(h, "<li><a href=\"/orgs/%lld/grants-received\">%s</a></li>\n", org,
             _(r, "Grants received"));
    }
    if (r->roles & ROLE_JURY)
        html(h, "<li><a href=\"/orgs/%lld/jury\">%s</a></li>\n", org, _(r, "Jury"));
    if (r->roles & ~(ROLE_LEARNER | ROLE_JURY))
        html(h, "<li><a href=\"/orgs/%lld/members\">%s</a></li>\n", org, _(r, "See the members"));
    if (r->roles & ROLE_LEARNER)
        html(h, "<li><a href=\"/learning\">%s</a></li>\n", _(r, "My learning"));
    if (r->roles & ROLE_ADMIN) {
        html(h, "<li><a href=\"/orgs/%lld/members/invite\">%s</a></li>\n", org,
             _(r, "Invite a member"));
        html(h, "<li><a href=\"/orgs/%lld/outbox\">%s</a></li>\n", org,
             _(r, "Mail sent and failed"));
    }
    html(h, "<li><a href=\"/account\">%s</a></li>\n</ul>\n</section>\n",
         _(r, "Change your name, language or password"));
}

/* What needs the attention of the organisation's own people: intake's waiting work, and
 * for administrators the learners at risk of the whole organisation. */
static bool needs_attention(Html *h, Req *r, int64_t now)
{
    Html *items = html_new(r->arena);
    int n = 0;
    if (!html_intake_waiting(items, r, now, &n) || !html_cases_waiting(items, r, &n) ||
        !html_loans_overdue(items, r, &n))
        return false;
    if (r->roles & ROLE_ADMIN) {
        char today[11];
        bxl_date_text(now, today);
        int64_t risk = 0;
        if (q_at_risk_count(r->db, r->org_id, today, AT_RISK_PERCENT, &risk) < DB_NONE)
            return false;
        if (risk) {
            html(items, "<li><a href=\"/orgs/%lld/programmes\">%s</a></li>\n", (long long)r->org_id,
                 arena_printf(r->arena,
                              _n(r, "%s learner at risk of dropping out",
                                 "%s learners at risk of dropping out", risk),
                              number_text(r, risk, 0, 0)));
            n++;
        }
    }
    html(h, "<section aria-labelledby=\"h-attention\">\n<h2 id=\"h-attention\">%s</h2>\n",
         _(r, "Needs attention"));
    if (n) {
        html_lit(h, "<ul>\n");
        html_append(h, items);
        html_lit(h, "</ul>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "Nothing waits for you."));
    }
    html_lit(h, "</section>\n");
    return true;
}

/* A partner's part: what its organisation takes part in, from the records there are (its
 * proposals to calls and the grants it received); the items link for those who may open
 * them. False on a database error. */
static bool partner_part(Html *h, Req *r)
{
    int64_t proposals = 0, grants = 0;
    if (q_own_proposal_count(r->db, r->org_id, NULL, NULL, &proposals) < DB_NONE ||
        q_grant_count(r->db, r->org_id, false, NULL, &grants) < DB_NONE)
        return false;
    bool own = r->roles & (ROLE_ADMIN | ROLE_STAFF);
    const char *p = arena_printf(
        r->arena,
        _n(r, "%s proposal to calls for projects", "%s proposals to calls for projects", proposals),
        number_text(r, proposals, 0, 0));
    const char *g = arena_printf(r->arena, _n(r, "%s grant received", "%s grants received", grants),
                                 number_text(r, grants, 0, 0));
    html(h, "<section aria-labelledby=\"h-part\">\n<h2 id=\"h-part\">%s</h2>\n<ul>\n",
         _(r, "What your organisation takes part in"));
    if (own)
        html(h,
             "<li><a href=\"/orgs/%lld/proposals\">%s</a></li>\n"
             "<li><a href=\"/orgs/%lld/grants-received\">%s</a></li>\n",
             (long long)r->org_id, p, (long long)r->org_id, g);
    else
        html(h, "<li>%s</li>\n<li>%s</li>\n", p, g);
    html(h, "<li><a href=\"/calls\">%s</a></li>\n</ul>\n</section>\n",
         _(r, "Calls for projects open now"));
    return true;
}

/* GET /orgs/{org}: each role's part of the work, from the records, then the links. A
 * learner's home is /learning. */
enum MHD_Result page_org_home(Req *r)
{
    if (r->roles == ROLE_LEARNER)
        return reply_redirect(r, "/learning");
    /* read with the session (dispatch.c) */
    Org o = {.id = r->org_id,
             .name = r->org_name,
             .kind = r->org_kind,
             .created_at = r->org_created_at,
             .roles = r->roles};
    int64_t now = clock_now();
    bool training = o.kind == ORG_TRAINING, own = r->roles & (ROLE_ADMIN | ROLE_STAFF);
    Html *h = page_begin(r, o.name);
    html(h, "<h1>%s</h1>\n", o.name);
    html(h, "<p>%s · %s</p>\n", kind_label(r, o.kind),
         arena_printf(r->arena, _(r, "Your roles: %s"), roles_text(r, r->roles)));
    if ((training && own && !html_trainer_home(h, r, now)) ||
        ((own || (r->roles & ROLE_REVIEWER)) && training && !needs_attention(h, r, now)) ||
        ((r->roles & ROLE_FUNDER) && !html_funder_home(h, r, now)) ||
        ((r->roles & ROLE_JURY) && !html_juror_home(h, r)) ||
        ((o.kind == ORG_PARTNER || (r->roles & ROLE_PARTNER)) &&
         (!html_partner_home(h, r) || !partner_part(h, r) || !html_partner_cases_home(h, r) ||
          !html_talent_partner_home(h, r))))
        return reply_error(r, ERR_DB);
    what_you_can_do(h, r, &o);
    if (r->roles & ROLE_ADMIN) {
        int64_t members = 0, admins = 0;
        if (q_member_count_roles(r->db, r->org_id, ROLE_ALL, ROLE_ADMIN, &members, &admins) <
            DB_NONE)
            return reply_error(r, ERR_DB);
        html(h,
             "<section aria-labelledby=\"h-glance\">\n<h2 id=\"h-glance\">%s</h2>\n<dl "
             "class=\"figures\">\n<div><dt>%s</dt><dd>%s</dd></div>\n"
             "<div><dt>%s</dt><dd>%s</dd></div>\n<div><dt>%s</dt><dd>%s</dd></div>\n</dl>\n"
             "</section>\n",
             _(r, "At a glance"), _(r, "Members"), number_text(r, members, 0, 0),
             _(r, "Administrators"), number_text(r, admins, 0, 0), _(r, "In traject since"),
             day_text(r, o.created_at));
    }
    return page_end(r, h);
}
