/* home.c — the start page redirect, the health probe and the language switcher. */
#include <string.h>

#include "flows/accounts/profile.h"
#include "http/form.h"
#include "http/session.h"
#include "model/accounts.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/member.h"

/* GET / */
enum MHD_Result page_root(Req *r)
{
    if (!r->account)
        return reply_redirect(r, "/sign-in");
    if (r->current_org) {
        int64_t roles;
        if (q_member_roles(r->db, r->current_org, r->account->id, &roles) == DB_ONE)
            return reply_redirect(
                r, roles == ROLE_LEARNER
                       ? "/learning" /* a learner's home */
                       : arena_printf(r->arena, "/orgs/%lld", (long long)r->current_org));
    }
    return reply_redirect(r, "/orgs");
}

/* GET /healthz: answers without touching the database, for load balancers. */
enum MHD_Result page_healthz(Req *r)
{
    return reply_text(r, 200, "ok\n");
}

/* POST /language: the switcher on every page. Signed in, it is the account's
 * preference; otherwise a cookie. Then back to the page it came from. */
enum MHD_Result page_language(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *code = NULL;
    FieldSpec spec[] = {
        FIELD("lang", F_CHOICE, N_("Language"), .required = true, .choices = langs, .text = &code),
        {0},
    };
    FormErrors e;
    Lang l;
    if (!form_read(r, spec, &e) || !lang_parse(code, &l))
        return reply_error(r, ERR_BAD_REQUEST);
    if (r->account) {
        Flow f = req_flow(r);
        Outcome o = flow_language_set(&f, l);
        if (!o.ok)
            return reply_error(r, o.err);
    }
    cookie_set(r, LANG_COOKIE, lang_code(l), 365L * 24 * 3600);
    const char *next = form_get(r, "next");
    return reply_redirect(r, local_path(next) ? next : "/");
}
