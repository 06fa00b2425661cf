/* orgs.c — the organisations of an account, an organisation's home, its members and
 * invitations. Membership and roles were checked by the router (ACCESS_MEMBER). */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "html/fmt.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/invite.h"
#include "q/accounts/member.h"
#include "q/accounts/org.h"
#include "q/accounts/session.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

#define INVITE_TTL (7 * 24 * 3600)

static const char *kind_label(Req *r, const char *kind)
{
    if (!strcmp(kind, "training"))
        return _(r, "Training organisation");
    if (!strcmp(kind, "funder"))
        return _(r, "Funder");
    if (!strcmp(kind, "partner"))
        return _(r, "Partner");
    return kind;
}

static const char *date_text(Req *r, int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    char *s = arena_alloc(r->arena, 16);
    strftime(s, 16, "%Y-%m-%d", &tm);
    return s;
}

typedef struct OrgList {
    Req *r;
    Html *h;
    Org row;
    int n;
} OrgList;

static bool org_row(void *ctx)
{
    OrgList *l = ctx;
    Req *r = l->r;
    l->n++;
    html(l->h, "<tr><td><a href=\"/orgs/%lld\">%s</a></td><td>%s</td><td>%s</td><td>",
         (long long)l->row.id, l->row.name, kind_label(r, l->row.kind),
         roles_text(r, l->row.roles));
    if (l->row.id == r->current_org) {
        html(l->h, "<span aria-current=\"true\">%s</span>", _(r, "Current"));
    } else {
        html_button_form(l->h, r, arena_printf(r->arena, "/orgs/%lld/switch", (long long)l->row.id),
                         _(r, "Switch to"), l->row.name);
    }
    html_lit(l->h, "</td></tr>\n");
    return true;
}

/* GET /orgs */
enum MHD_Result page_orgs(Req *r)
{
    Html *h = page_begin(r, _(r, "Your organisations"));
    html(h, "<h1>%s</h1>\n", _(r, "Your organisations"));
    html_table_begin(h, _(r, "Your organisations"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Organisation"), _(r, "Kind"), _(r, "Your roles"), _(r, "Switch"));
    OrgList l = {.r = r, .h = h};
    if (q_org_list_for_account(r->db, r->account->id, r->arena, &l.row, org_row, &l) < DB_NONE)
        return reply_error(r, ERR_DB);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    if (l.n == 0)
        html(h, "<p>%s</p>\n",
             _(r, "You are not a member of any organisation yet. Ask an administrator of your "
                  "organisation to invite you."));
    return page_end(r, h);
}

/* POST /orgs/{org}/switch */
enum MHD_Result page_org_switch(Req *r)
{
    if (q_session_set_org(r->db, r->session_id, r->org_id) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld", (long long)r->org_id));
}

/* GET /orgs/{org} */
enum MHD_Result page_org_home(Req *r)
{
    Org o;
    if (q_org_get(r->db, r->org_id, r->arena, &o) != DB_ONE)
        return reply_error(r, ERR_NOT_FOUND);
    int64_t members = 0, admins = 0;
    if (q_member_count_role(r->db, r->org_id, ROLE_ALL, &members) < DB_NONE ||
        q_member_count_role(r->db, r->org_id, ROLE_ADMIN, &admins) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, o.name);
    html(h, "<h1>%s</h1>\n", o.name);
    html(h, "<p>%s · %s</p>\n", kind_label(r, o.kind),
         arena_printf(r->arena, _(r, "Your roles: %s"), roles_text(r, r->roles)));
    html(h, "<section aria-labelledby=\"h-glance\">\n<h2 id=\"h-glance\">%s</h2>\n<dl class=\"figures\">\n"
            "<div><dt>%s</dt><dd>%lld</dd></div>\n<div><dt>%s</dt><dd>%lld</dd></div>\n"
            "<div><dt>%s</dt><dd>%s</dd></div>\n</dl>\n</section>\n",
         _(r, "At a glance"), _(r, "Members"), (long long)members, _(r, "Administrators"),
         (long long)admins, _(r, "In traject since"), date_text(r, o.created_at));
    html(h, "<section aria-labelledby=\"h-next\">\n<h2 id=\"h-next\">%s</h2>\n<ul>\n",
         _(r, "What you can do"));
    if (r->roles & (ROLE_ADMIN | ROLE_STAFF))
        html(h, "<li><a href=\"/orgs/%lld/applications\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Applications"));
    if (r->roles & (ROLE_ADMIN | ROLE_STAFF | ROLE_REVIEWER))
        html(h, "<li><a href=\"/orgs/%lld/reviews\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Applications to review"));
    if (r->roles & (ROLE_ADMIN | ROLE_STAFF)) {
        html(h, "<li><a href=\"/orgs/%lld/programmes\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Programmes"));
        html(h, "<li><a href=\"/orgs/%lld/locations\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Locations"));
    }
    if (r->roles & ROLE_FUNDER) {
        html(h, "<li><a href=\"/orgs/%lld/calls\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Calls for projects"));
        html(h, "<li><a href=\"/orgs/%lld/grants\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Grants awarded"));
    }
    if (r->roles & (ROLE_ADMIN | ROLE_STAFF)) {
        html(h, "<li><a href=\"/orgs/%lld/proposals\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Proposals"));
        html(h, "<li><a href=\"/orgs/%lld/grants-received\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Grants received"));
    }
    if (r->roles & ROLE_JURY)
        html(h, "<li><a href=\"/orgs/%lld/jury\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Jury"));
    if (r->roles & ~(ROLE_LEARNER | ROLE_JURY))
        html(h, "<li><a href=\"/orgs/%lld/members\">%s</a></li>\n", (long long)r->org_id,
             _(r, "See the members"));
    if (r->roles & ROLE_LEARNER)
        html(h, "<li><a href=\"/learning\">%s</a></li>\n", _(r, "My learning"));
    if (r->roles & ROLE_ADMIN) {
        html(h, "<li><a href=\"/orgs/%lld/members/invite\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Invite a member"));
        html(h, "<li><a href=\"/orgs/%lld/outbox\">%s</a></li>\n", (long long)r->org_id,
             _(r, "Mail sent and failed"));
    }
    html(h, "<li><a href=\"/account\">%s</a></li>\n</ul>\n</section>\n",
         _(r, "Change your name, language or password"));
    return page_end(r, h);
}

static enum MHD_Result member_form(Req *r, const Member *m, const FormErrors *e, int64_t roles,
                                   int status)
{
    Html *h = page_begin(r, m->name);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", m->name, m->email);
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/members/%lld/roles",
                                       (long long)r->org_id, (long long)m->account_id));
    html_roles_fieldset(h, r, e, roles);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the roles"));
    html_form_end(h);
    html(h, "<h2>%s</h2>\n", _(r, "Remove from the organisation"));
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/members/%lld/remove",
                                       (long long)r->org_id, (long long)m->account_id));
    html(h, "<p>%s</p>\n<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "The person keeps their account but loses access to this organisation."),
         _(r, "Remove"));
    html_form_end(h);
    html(h, "<p><a href=\"/orgs/%lld/members\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the members"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/members/{id} */
enum MHD_Result page_member(Req *r)
{
    Member m;
    DbStatus st = q_member_get(r->db, r->org_id, req_id(r, "id"), r->arena, &m);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return member_form(r, &m, NULL, m.roles, 200);
}

typedef struct RoleChange {
    int64_t org_id, account_id, roles, by;
    bool remove;
    bool last_admin; /* refused: the organisation would have no administrator */
} RoleChange;

static DbStatus role_change_tx(Db *db, void *ctx)
{
    RoleChange *c = ctx;
    DbStatus st = c->remove ? q_member_remove(db, c->org_id, c->account_id)
                            : q_member_set_roles(db, c->org_id, c->account_id, c->roles);
    if (st < DB_NONE)
        return st;
    int64_t admins = 0;
    if ((st = q_member_count_role(db, c->org_id, ROLE_ADMIN, &admins)) < DB_NONE)
        return st;
    if (admins == 0) {
        c->last_admin = true;
        return DB_CONFLICT; /* roll back */
    }
    char detail[48];
    snprintf(detail, sizeof detail, "account %lld roles %lld", (long long)c->account_id,
             (long long)c->roles);
    return q_audit(db, c->org_id, c->by, c->remove ? "member_remove" : "member_roles", detail,
                   clock_now());
}

static enum MHD_Result role_change(Req *r, bool remove)
{
    Member m;
    DbStatus st = q_member_get(r->db, r->org_id, req_id(r, "id"), r->arena, &m);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    FormErrors e = {0};
    int64_t roles = remove ? 0 : roles_from_form(r);
    if (!remove && roles == 0) {
        form_error(&e, "roles", _(r, "Choose at least one role."));
        return member_form(r, &m, &e, m.roles, 400);
    }
    RoleChange c = {r->org_id, m.account_id, roles, r->account->id, remove, false};
    st = db_tx(r->db, role_change_tx, &c);
    if (c.last_admin) {
        form_error(&e, "roles",
                   _(r, "An organisation needs at least one administrator. Make someone else "
                        "administrator first."));
        return member_form(r, &m, &e, m.roles, 409);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (remove && m.account_id == r->account->id)
        return reply_redirect(r, "/orgs");
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/members?saved=1",
                                          (long long)r->org_id));
}

/* POST /orgs/{org}/members/{id}/roles */
enum MHD_Result page_member_roles(Req *r)
{
    return role_change(r, false);
}

/* POST /orgs/{org}/members/{id}/remove */
enum MHD_Result page_member_remove(Req *r)
{
    return role_change(r, true);
}

static enum MHD_Result invite_form(Req *r, const FormErrors *e, const char *email,
                                   int64_t roles, const char *lang, int status)
{
    Html *h = page_begin(r, _(r, "Invite a member"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Invite a member"),
         _(r, "We send an e-mail with a link that is valid for seven days. The person chooses "
              "a password, or signs in if they already have an account."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/members/invite", (long long)r->org_id));
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), email, "off");
    html_roles_fieldset(h, r, e, roles);
    html_select(h, e, "lang", _(r, "Language of the invitation"), lang_options,
                lang ? lang : lang_code(r->lang));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Send the invitation"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/members/invite */
enum MHD_Result page_invite(Req *r)
{
    return invite_form(r, NULL, NULL, ROLE_STAFF, NULL, 200);
}

typedef struct InviteTx {
    Req *r;
    const char *email, *lang, *hash, *subject, *body;
    int64_t roles, person_id;
} InviteTx;

static DbStatus invite_tx(Db *db, void *ctx)
{
    InviteTx *t = ctx;
    Req *r = t->r;
    int64_t now = clock_now(), id;
    DbStatus st = q_invite_add(db, r->org_id, t->email, t->roles, t->lang, t->hash,
                               r->account->id, now, now + INVITE_TTL, t->person_id, &id);
    if (st < DB_NONE)
        return st;
    if ((st = q_outbox_add(db, r->org_id, t->email, t->subject, t->body, now)) < DB_NONE)
        return st;
    return q_audit(db, r->org_id, r->account->id, "invite", t->email, now);
}

bool invite_send(Req *r, const char *email, int64_t roles, const char *lang, int64_t person_id)
{
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    Lang l = LANG_EN;
    lang_parse(lang, &l);
    InviteTx t = {r, email, lang, hash, NULL, NULL, roles, person_id};
    t.subject = arena_printf(r->arena, i18n_get(l, "Invitation to join %s on traject"),
                             r->org_name);
    t.body = arena_printf(
        r->arena,
        i18n_get(l, "Hello,\n\n%s invites you to join %s on traject, as: %s.\n\nTo accept, open "
                    "this link within seven days:\n\n%s/invitations/%s\n\nIf you did not expect "
                    "this invitation, you can ignore this message.\n"),
        r->account->name, r->org_name,
        roles_text(&(Req){.arena = r->arena, .lang = l}, roles), base_url(r), tok);
    return db_tx(r->db, invite_tx, &t) >= DB_NONE;
}

/* POST /orgs/{org}/members/invite */
enum MHD_Result page_invite_post(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *email = NULL, *lang = NULL;
    FieldSpec spec[] = {
        {.name = "email", .type = F_EMAIL, .required = true, .max = 254,
         .label = N_("E-mail address"), .text = &email},
        {.name = "lang", .type = F_CHOICE, .required = true, .choices = langs,
         .label = N_("Language of the invitation"), .text = &lang},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    int64_t roles = roles_from_form(r);
    if (roles == 0)
        form_error(&e, "roles", _(r, "Choose at least one role."));
    if (e.n == 0) {
        int64_t have = 0;
        AccountRow a;
        DbStatus st = q_account_by_email(r->db, email, r->arena, &a);
        if (st < DB_NONE)
            return reply_error(r, ERR_DB);
        if (st == DB_ONE && q_member_roles(r->db, r->org_id, a.id, &have) == DB_ONE)
            form_error(&e, "email", _(r, "This person is already a member."));
    }
    if (e.n)
        return invite_form(r, &e, email, roles, lang, 400);

    if (!invite_send(r, email, roles, lang, 0))
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/members?invited=1",
                                          (long long)r->org_id));
}

/* POST /orgs/{org}/invitations/{id}/revoke */
enum MHD_Result page_invite_revoke(Req *r)
{
    DbStatus st = q_invite_revoke(r->db, r->org_id, req_id(r, "id"), clock_now());
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/members?saved=1",
                                          (long long)r->org_id));
}
