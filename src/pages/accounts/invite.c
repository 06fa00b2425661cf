/* invite.c — inviting someone into the organisation (for its administrators), and
 * accepting an invitation: the token in the link is the credential. A new person chooses
 * a name and password; someone with an account signs in first. The acts themselves are
 * flows/accounts/invite's. */
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "flows/accounts/invite.h"
#include "flows/accounts/profile.h"
#include "http/form.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/invite.h"
#include "q/accounts/session.h"
#include "views/accounts/password.h"
#include "views/accounts/roles.h"

static enum MHD_Result invite_invalid(Req *r)
{
    Html *h = page_begin(r, _(r, "Invitation not valid"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Invitation not valid"),
         _(r, "This invitation has expired, was withdrawn or has already been used. Ask the "
              "person who invited you to send a new one."));
    return page_end_status(r, h, 404);
}

static const char *invite_path(Req *r)
{
    return arena_printf(r->arena, "/invitations/%s", url_arg(r->arena, req_param(r, "token")));
}

static enum MHD_Result accept_page(Req *r, const Invitation *inv, const FormErrors *e,
                                   const char *name, int status)
{
    Html *h = page_begin(r, _(r, "Join an organisation"));
    html(h, "<h1>%s</h1>\n", arena_printf(r->arena, _(r, "Join %s"), inv->org_name));
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "%s invites %s to join as: %s."),
                      inv->inviter[0] ? inv->inviter : inv->org_name, inv->email,
                      roles_text(r, inv->roles)));
    if (r->account) {
        if (strcmp(r->account->email, inv->email)) {
            html(h, "<p>%s</p>\n",
                 arena_printf(r->arena,
                              _(r, "You are signed in as %s. This invitation is for %s: sign "
                                   "out, then open the link again."),
                              r->account->email, inv->email));
        } else {
            html_form_begin(h, r, invite_path(r));
            html(h, "<button type=\"submit\">%s</button>\n", _(r, "Accept the invitation"));
            html_form_end(h);
        }
        return page_end_status(r, h, status);
    }
    AccountRow a;
    DbStatus st = q_account_by_email(r->db, inv->email, r->arena, &a);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_ONE) {
        html(h, "<p>%s</p>\n<p><a href=\"/sign-in?next=%s\" role=\"button\">%s</a></p>\n",
             _(r, "You already have a traject account with this e-mail address. Sign in to "
                  "accept."),
             url_arg(r->arena, invite_path(r)), _(r, "Sign in"));
        return page_end_status(r, h, status);
    }
    html(h, "<p>%s</p>\n",
         _(r, "Create your account: choose the name others will see and a "
              "password."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, invite_path(r));
    html_input(h, r, e, "text", "name", _(r, "Your name"), name, "name");
    html_new_password(h, r, e, _(r, "Password"), _(r, "Password again"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Create the account and join"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* Finds the open invitation of the link's token. When there is none (or the database
 * fails) it has already replied: *reply is what the handler returns. */
static bool find_invite(Req *r, Invitation *inv, enum MHD_Result *reply)
{
    char hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_hash(req_param(r, "token"), hash);
    DbStatus st = q_invite_by_token(r->db, hash, clock_now(), r->arena, inv);
    if (st == DB_ONE)
        return true;
    *reply = st < DB_NONE ? reply_error(r, ERR_DB) : invite_invalid(r);
    return false;
}

/* GET /invitations/{token} */
enum MHD_Result page_accept(Req *r)
{
    Invitation inv;
    enum MHD_Result reply;
    if (!find_invite(r, &inv, &reply))
        return reply;
    return accept_page(r, &inv, NULL, NULL, 200);
}

/* POST /invitations/{token} */
enum MHD_Result page_accept_post(Req *r)
{
    Invitation inv;
    enum MHD_Result reply;
    if (!find_invite(r, &inv, &reply))
        return reply;
    AcceptInput in = {.token = req_param(r, "token")};
    char *name = NULL, *password = NULL, *confirm = NULL;
    if (!r->account) {
        FieldSpec spec[] = {
            FIELD("name", F_TEXT, N_("Your name"), .required = true, .max = 120, .text = &name),
            /* the workflow says what is missing or wrong in the passwords */
            FIELD("password", F_PASSWORD, N_("Password"), .text = &password),
            FIELD("confirm", F_PASSWORD, N_("Password again"), .text = &confirm),
            {0},
        };
        FormErrors e;
        form_read(r, spec, &e);
        if (e.n) { /* with the password's messages too, all at once */
            Outcome o = outcome_ok();
            for (int i = 0; i < e.n; i++)
                outcome_field(&o, e.field[i], e.msg[i]);
            Flow f = req_flow(r);
            password_acceptable(&f, password, confirm ? confirm : "", &o);
            AccountRow acc;
            DbStatus st = q_account_by_email(r->db, inv.email, r->arena, &acc);
            if (st < DB_NONE)
                return reply_error(r, ERR_DB);
            if (st == DB_ONE)
                return accept_page(r, &inv, NULL, NULL, 403);
            return accept_page(r, &inv, &o.fields, name, 400);
        }
        in.name = name;
        in.password = password;
        in.confirm = confirm;
    }
    Flow f = req_flow(r);
    Accepted done;
    Outcome o = flow_invite_accept(&f, &in, &done);
    if (o.err == ERR_NOT_FOUND)
        return invite_invalid(r);
    if (o.err == ERR_FORBIDDEN)
        return accept_page(r, &inv, NULL, NULL, 403);
    if (o.err == ERR_CONFLICT)
        return accept_page(r, &inv, NULL, NULL, 409);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return accept_page(r, &inv, &o.fields, name, 400);
    if (r->account) {
        q_session_set_org(r->db, r->session_id, done.org_id);
    } else if (!session_start(r, done.account_id, done.org_id)) {
        return reply_error(r, ERR_DB);
    }
    if (done.roles == ROLE_LEARNER)
        return reply_redirect(r, "/learning");
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld", (long long)done.org_id));
}

static enum MHD_Result invite_form(Req *r, const FormErrors *e, const char *email, int64_t roles,
                                   const char *lang, int status)
{
    Html *h = page_begin(r, _(r, "Invite a member"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Invite a member"),
         _(r, "We send an e-mail with a link that is valid for seven days. The person chooses "
              "a password, or signs in if they already have an account."));
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/members/invite", (long long)r->org_id));
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

/* POST /orgs/{org}/members/invite */
enum MHD_Result page_invite_post(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *email = NULL, *lang = NULL;
    int64_t roles = 0;
    FieldSpec spec[] = {
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254, .text = &email),
        FIELD("roles", F_MULTI, N_("Roles"), .choices = role_keys, .mask = &roles),
        FIELD("lang", F_CHOICE, N_("Language of the invitation"), .required = true,
              .choices = langs, .text = &lang),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    if (form_error_for(&e, "roles")) { /* an unknown role: as if none was chosen */
        roles = 0;
        e.n = 0;
        form_read(r, (FieldSpec[]){spec[0], spec[2], {0}}, &e);
    }
    Lang l = LANG_EN;
    if (lang)
        lang_parse(lang, &l);
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    if (e.n == 0) {
        InviteInput in = {.email = email, .roles = roles, .lang = l};
        o = flow_invite(&f, &in);
    } else if (roles == 0) { /* every message at once */
        outcome_field(&o, "roles", F_(&f, "Choose at least one role."));
    }
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (e.n || !o.ok) {
        for (int i = 0; i < o.fields.n; i++)
            form_error(&e, o.fields.field[i], o.fields.msg[i]);
        return invite_form(r, &e, email, roles, lang, 400);
    }
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/members?invited=1", (long long)r->org_id));
}

/* POST /orgs/{org}/invitations/{id}/revoke */
enum MHD_Result page_invite_revoke(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_invite_revoke(&f, req_id(r, "id"));
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/members?saved=1", (long long)r->org_id));
}
