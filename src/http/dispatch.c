/* dispatch.c — the one place where policy is enforced before any handler runs:
 * UTF-8 of path, query and form; route match; session; language; access (anonymous →
 * sign in; not a member of {org} → 404; member without the role → 403); CSRF. */
#include <string.h>

#include "core/buf.h"
#include "core/log.h"
#include "http/http.h"
#include "http/session.h"

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
    (void)kind;
    bool *ok = cls;
    if ((key && !utf8_valid(key, strlen(key))) || (value && !utf8_valid(value, strlen(value)))) {
        *ok = false;
        return MHD_NO;
    }
    return MHD_YES;
}

static bool request_utf8_ok(Req *r)
{
    if (r->nul_in_url || !utf8_valid(r->path, strlen(r->path)))
        return false;
    bool ok = true;
    MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, check_arg, &ok);
    if (!ok)
        return false;
    for (int i = 0; i < r->nfields; i++) {
        const FormField *f = &r->fields[i];
        if (!utf8_valid(f->name, strlen(f->name)))
            return false;
        if (!f->filename && !utf8_valid(f->value, f->len))
            return false;
    }
    return true;
}

enum MHD_Result http_fail(Req *r, ErrCode e)
{
    /* the session gives the signed-in reader's language; a session that cannot be read
     * leaves the visitor's */
    r->lang = lang_from_accept(header_get(r, "Accept-Language"));
    if (r->db && session_load(r, 0, NULL))
        lang_choose(r);
    return reply_error(r, e);
}

bool route_stateless(const Route *rt)
{
    return rt && rt->access == ACCESS_PUBLIC &&
           (!strcmp(rt->path, "/healthz") || !strncmp(rt->path, "/assets/", 8));
}

enum MHD_Result http_dispatch(Req *r)
{
    if (!request_utf8_ok(r))
        return http_fail(r, ERR_BAD_UTF8);
    r->lang = lang_from_accept(header_get(r, "Accept-Language"));

    /* the server matched it already (and filled the path's parameters) when it queued the
     * request; a request no route takes is matched here again for the 405's method check */
    bool wrong_method = false;
    const Route *rt =
        r->route ? r->route : router_match(route_tables, r, r->method, r->path, &wrong_method);
    r->route = rt;
    if (route_stateless(rt))
        return rt->fn(r); /* no session, no database: probes and static files */

    if (!r->db) {
        lang_choose(r);
        return reply_error(r, ERR_DB);
    }
    /* a page of an organisation reads the membership and the organisation with the session */
    int64_t org = rt && rt->access == ACCESS_MEMBER ? req_id(r, "org") : 0;
    Org o;
    if (!session_load(r, org, &o))
        return reply_error(r, ERR_DB);
    lang_choose(r);

    if (!rt && wrong_method)
        r->allow = router_allow(route_tables, r, r->path);
    if (!rt)
        return reply_error(r, wrong_method ? ERR_METHOD : ERR_NOT_FOUND);

    if (rt->access != ACCESS_PUBLIC && !r->account) {
        if (strcmp(r->method, "GET") && strcmp(r->method, "HEAD"))
            return reply_error(r, ERR_CSRF); /* a form from an ended session */
        const char *next = r->path;
        return reply_redirect(r,
                              arena_printf(r->arena, "/sign-in?next=%s", url_arg(r->arena, next)));
    }

    if (rt->access == ACCESS_OPERATOR && !r->account->operator)
        return reply_error(r, ERR_FORBIDDEN);

    if (rt->access == ACCESS_MEMBER) {
        if (!org || !o.id)
            return reply_error(r, ERR_NOT_FOUND); /* never confirm another tenant exists */
        if (rt->roles && !(o.roles & rt->roles))
            return reply_error(r, ERR_FORBIDDEN);
        r->org_id = org;
        r->roles = (unsigned)o.roles;
        r->org_name = o.name;
        r->org_kind = o.kind;
        r->org_created_at = o.created_at;
    }

    bool is_read = !strcmp(r->method, "GET") || !strcmp(r->method, "HEAD");
    if (!is_read) {
        if (!rt->csrf) {
            log_bug("route %s %s changes state without CSRF protection", rt->method, rt->path);
            return reply_error(r, ERR_INTERNAL);
        }
        if (!csrf_ok(r))
            return reply_error(r, ERR_CSRF);
    }
    return rt->fn(r);
}
