/* invite.c — accepting an invitation: the token in the link is the credential. A new
 * person chooses a name and password; someone with an account signs in first. */
#include <sodium.h>
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/invite.h"
#include "q/accounts/member.h"
#include "q/accounts/session.h"
#include "q/system/app.h"
#include "q/training/learner.h"

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
    html(h, "<p>%s</p>\n", _(r, "Create your account: choose the name others will see and a "
                                "password."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, invite_path(r));
    html_input(h, r, e, "text", "name", _(r, "Your name"), name, "name");
    html_input(h, r, e, "password", "password", _(r, "Password"), NULL, "new-password");
    html(h, "<small>%s</small>\n", _(r, "At least 10 characters."));
    html_input(h, r, e, "password", "confirm", _(r, "Password again"), NULL, "new-password");
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

typedef struct AcceptTx {
    Req *r;
    Invitation *inv;
    const char *name, *password_hash; /* set when a new account is created */
    int64_t account_id;
    bool stale, taken;
} AcceptTx;

static DbStatus accept_tx(Db *db, void *ctx)
{
    AcceptTx *t = ctx;
    int64_t now = clock_now();
    DbStatus st;
    if (t->password_hash) {
        st = q_account_add(db, t->inv->email, t->name, t->password_hash, lang_code(t->r->lang),
                           now, &t->account_id);
        if (st == DB_CONFLICT) {
            t->taken = true;
            return st;
        }
        if (st < DB_NONE)
            return st;
    }
    st = q_invite_accept(db, t->inv->id, t->account_id, now);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if ((st = q_member_grant(db, t->inv->org_id, t->account_id, t->inv->roles, now)) < DB_NONE)
        return st;
    AccountRow a;
    if ((st = q_account_by_id(db, t->account_id, t->r->arena, &a)) != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    st = DB_NONE;
    if (t->inv->person_id &&
        (st = q_person_link_account(db, t->inv->org_id, t->inv->person_id, t->account_id)) <
            DB_NONE)
        return st;
    if (st == DB_NONE && (st = q_person_add_for_account(db, t->inv->org_id, t->account_id, a.name,
                                                        a.email, now)) < DB_NONE)
        return st;
    return q_audit(db, t->inv->org_id, t->account_id, "invitation_accept", t->inv->email, now);
}

/* POST /invitations/{token} */
enum MHD_Result page_accept_post(Req *r)
{
    Invitation inv;
    enum MHD_Result reply;
    if (!find_invite(r, &inv, &reply))
        return reply;
    DbStatus st;
    AcceptTx t = {.r = r, .inv = &inv};
    char phash[crypto_pwhash_STRBYTES];
    if (r->account) {
        if (strcmp(r->account->email, inv.email))
            return accept_page(r, &inv, NULL, NULL, 403);
        t.account_id = r->account->id;
    } else {
        AccountRow a;
        st = q_account_by_email(r->db, inv.email, r->arena, &a);
        if (st < DB_NONE)
            return reply_error(r, ERR_DB);
        if (st == DB_ONE) /* an existing account must sign in: the token alone is not enough */
            return accept_page(r, &inv, NULL, NULL, 403);
        char *name = NULL;
        FieldSpec spec[] = {
            {.name = "name", .type = F_TEXT, .required = true, .max = 120,
             .label = N_("Your name"), .text = &name},
            {0},
        };
        FormErrors e;
        form_read(r, spec, &e);
        new_password_ok(r, form_get(r, "password"), form_get(r, "confirm"), &e);
        if (e.n)
            return accept_page(r, &inv, &e, name, 400);
        if (!auth_password_hash(form_get(r, "password"), phash, sizeof phash))
            return reply_error(r, ERR_INTERNAL);
        t.name = name;
        t.password_hash = phash;
    }
    st = db_tx(r->db, accept_tx, &t);
    if (t.stale)
        return invite_invalid(r);
    if (t.taken)
        return accept_page(r, &inv, NULL, NULL, 409);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (r->account) {
        q_session_set_org(r->db, r->session_id, inv.org_id);
    } else if (!session_start(r, t.account_id, inv.org_id)) {
        return reply_error(r, ERR_DB);
    }
    if (inv.roles == ROLE_LEARNER)
        return reply_redirect(r, "/learning");
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld", (long long)inv.org_id));
}
