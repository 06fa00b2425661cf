/* members.c — the members of an organisation, a page at a time (search by name or e-mail,
 * sort by name or by the date they joined), its open invitations for administrators, and
 * a member's roles (changed or removed through flows/accounts/members). Membership and
 * roles were checked by the router (ACCESS_MEMBER). */
#include "flows/accounts/members.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "html/pager.h"
#include "html/table.h"
#include "http/confirm.h"
#include "http/form.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/invite.h"
#include "q/accounts/member.h"
#include "views/accounts/roles.h"

static const PagerCol member_cols[MEMBER_SORTS] = {
    [MEMBER_BY_NAME] = {.key = "name", .label = N_("Name")},
    [MEMBER_BY_JOINED] = {.key = "joined",
                          .label = N_("Member since"),
                          .numeric = true,
                          .desc_first = true},
};

static void member_key(const void *row, int sort, PagerKey *k)
{
    const Member *m = row;
    *k = sort == MEMBER_BY_JOINED ? (PagerKey){.num = m->created_at, .id = m->account_id}
                                  : (PagerKey){.text = m->name, .id = m->account_id};
}

static const char *day_text(Req *r, int64_t t)
{
    char *s = arena_alloc(r->arena, 11);
    bxl_date_text(t, s);
    return s;
}

static void member_row(Html *h, Req *r, const Member *m)
{
    html(h, "<tr><td>%s%s</td><td>%s</td><td>%s</td><td>%s</td>", m->name,
         m->disabled ? arena_printf(r->arena, " (%s)", _(r, "disabled")) : "", m->email,
         roles_text(r, m->roles), day_text(r, m->created_at));
    if (r->roles & ROLE_ADMIN)
        html(h, "<td><a href=\"/orgs/%lld/members/%lld\">%s<span class=\"sr\"> %s</span></a></td>",
             (long long)r->org_id, (long long)m->account_id, _(r, "Change"), m->name);
    html_lit(h, "</tr>\n");
}

static void invite_row(Html *h, Req *r, const Invitation *inv)
{
    html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td>", inv->email, roles_text(r, inv->roles),
         day_text(r, inv->expires_at));
    html_button_form(h, r,
                     arena_printf(r->arena, "/orgs/%lld/invitations/%lld/revoke",
                                  (long long)r->org_id, (long long)inv->id),
                     _(r, "Withdraw"), inv->email);
    html_lit(h, "</td></tr>\n");
}

/* The open invitations, for administrators; false on a database error. */
static bool invitations(Html *h, Req *r)
{
    Invitation inv;
    Rows invs = ROWS_FROM(r->arena, &inv);
    if (q_invite_list_open(r->db, r->org_id, clock_now(), r->arena, &inv, rows_collect, &invs) <
        DB_NONE)
        return false;
    html(h, "<h2>%s</h2>\n", _(r, "Open invitations"));
    if (!invs.n) {
        html(h, "<p>%s</p>\n", _(r, "No open invitations."));
        return true;
    }
    HTML_TABLE(h, _(r, "Open invitations"), _(r, "E-mail address"), _(r, "Roles"),
               _(r, "Valid until"), _(r, "Actions"));
    for (int i = 0; i < invs.n; i++)
        invite_row(h, r, ROW(&invs, Invitation, i));
    html_table_close(h);
    return true;
}

/* GET /orgs/{org}/members */
enum MHD_Result page_members(Req *r)
{
    Pager pg;
    Member m;
    pager_open(r, &pg, "members", member_cols, MEMBER_SORTS, member_key, ROWS_FROM(r->arena, &m));
    if (!pager_done(&pg,
                    q_member_page(r->db, r->org_id, &pg.page, r->arena, &m, rows_collect, &pg.rows),
                    q_member_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);

    Html *h = page_begin(r, _(r, "Members"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Members"), r->org_name);
    html_notice(h,
                query_notice(r, "invited", N_("The invitation has been sent."), "saved",
                             N_("The changes have been saved."), NULL),
                false);
    if (r->roles & ROLE_ADMIN)
        html(h, "<p><a href=\"/orgs/%lld/members/invite\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, _(r, "Invite a member"));
    pager_search(h, r, &pg, _(r, "Search by name or e-mail address"));
    pager_summary(h, r, &pg, _(r, "No members yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(MEMBER_BY_NAME), PAGER_PLAIN(N_("E-mail address")),
            PAGER_PLAIN(N_("Roles")),     PAGER_SORTED(MEMBER_BY_JOINED),
            PAGER_PLAIN(N_("Actions")), /* administrators only: the last */
        };
        pager_table_open(h, r, &pg, _(r, "Members"), heads, r->roles & ROLE_ADMIN ? 5 : 4);
        for (int i = 0; i < pg.n; i++)
            member_row(h, r, ROW(&pg.rows, Member, i));
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    if ((r->roles & ROLE_ADMIN) && !invitations(h, r))
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}

static enum MHD_Result member_form(Req *r, const Member *m, const FormErrors *e, int64_t roles,
                                   int status)
{
    Html *h = page_begin(r, m->name);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", m->name, m->email);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/members/%lld/roles", (long long)r->org_id,
                                 (long long)m->account_id));
    html_roles_fieldset(h, r, e, roles);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the roles"));
    html_form_end(h);
    html(h, "<h2>%s</h2>\n", _(r, "Remove from the organisation"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/members/%lld/remove", (long long)r->org_id,
                                 (long long)m->account_id));
    html(h, "<p>%s</p>\n<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "The person keeps their account but loses access to this organisation."),
         _(r, "Remove"));
    html_form_end(h);
    html(h, "<p><a href=\"/orgs/%lld/members\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the members"));
    return page_end_status(r, h, status);
}

/* The member of the route's {id}. */
static DbStatus member_load(Req *r, Member *m)
{
    return q_member_get(r->db, r->org_id, req_id(r, "id"), r->arena, m);
}

/* GET /orgs/{org}/members/{id} */
enum MHD_Result page_member(Req *r)
{
    Member m;
    DbStatus st = member_load(r, &m);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return member_form(r, &m, NULL, m.roles, 200);
}

/* After a change of roles or a removal: the list, or the form again with its errors. */
static enum MHD_Result role_outcome(Req *r, const Member *m, const Outcome *o, int64_t roles,
                                    bool remove)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return member_form(r, m, &o->fields, remove ? m->roles : roles,
                           o->status == 409 ? 409 : 400);
    if (remove && m->account_id == r->account->id)
        return reply_redirect(r, "/orgs");
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/members?saved=1", (long long)r->org_id));
}

/* POST /orgs/{org}/members/{id}/roles */
enum MHD_Result page_member_roles(Req *r)
{
    Member m;
    DbStatus st = member_load(r, &m);
    if (st != DB_ONE)
        return reply_missing(r, st);
    int64_t roles = 0;
    FieldSpec spec[] = {
        FIELD("roles", F_MULTI, N_("Roles"), .choices = role_keys, .mask = &roles),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) /* an unknown role: as if none was chosen */
        roles = 0;
    Flow f = req_flow(r);
    Outcome o = flow_member_roles(&f, m.account_id, roles);
    return role_outcome(r, &m, &o, o.ok ? roles : m.roles, false);
}

/* POST /orgs/{org}/members/{id}/remove */
enum MHD_Result page_member_remove(Req *r)
{
    Member m;
    DbStatus st = member_load(r, &m);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (!confirm_ok(r))
        return confirm_page(
            r, arena_printf(r->arena, _(r, "Remove %s from %s?"), m.name, r->org_name),
            arena_printf(r->arena,
                         _(r, "%s keeps their account but can no longer see or change anything "
                              "of %s. To give access back, invite them again."),
                         m.name, r->org_name),
            _(r, "Remove"),
            arena_printf(r->arena, "/orgs/%lld/members/%lld", (long long)r->org_id,
                         (long long)m.account_id));
    Flow f = req_flow(r);
    Outcome o = flow_member_remove(&f, m.account_id);
    return role_outcome(r, &m, &o, m.roles, true);
}
