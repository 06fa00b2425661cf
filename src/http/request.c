/* request.c — reading a request: form fields, query arguments, cookies, headers;
 * writing cookies. Values were UTF-8 checked by dispatch.c before handlers run. */
#include <stdio.h>
#include <string.h>

#include "http/http.h"

#include "core/clock.h"

const char *form_get(const Req *r, const char *name)
{
    for (int i = 0; i < r->nfields; i++)
        if (!strcmp(r->fields[i].name, name) && !r->fields[i].filename)
            return r->fields[i].value;
    return NULL;
}

int form_get_all(const Req *r, const char *name, const char **out, int max)
{
    int n = 0;
    for (int i = 0; i < r->nfields && n < max; i++)
        if (!strcmp(r->fields[i].name, name) && !r->fields[i].filename)
            out[n++] = r->fields[i].value;
    return n;
}

const FormField *form_file(const Req *r, const char *name)
{
    for (int i = 0; i < r->nfields; i++)
        if (!strcmp(r->fields[i].name, name) && r->fields[i].filename)
            return &r->fields[i];
    return NULL;
}

const char *query_get(const Req *r, const char *name)
{
    return r->conn ? MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name) : NULL;
}

const char *cookie_get(const Req *r, const char *name)
{
    return r->conn ? MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name) : NULL;
}

const char *header_get(const Req *r, const char *name)
{
    return r->conn ? MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name) : NULL;
}

void cookie_set(Req *r, const char *name, const char *value, long max_age)
{
    if (r->ncookies >= (int)(sizeof r->cookies / sizeof r->cookies[0]))
        return;
    char age[48] = "";
    if (max_age >= 0)
        snprintf(age, sizeof age, "; Max-Age=%ld", max_age);
    r->cookies[r->ncookies++] =
        arena_printf(r->arena, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s%s", name, value, age,
                     r->app->set.behind_tls ? "; Secure" : "");
}

bool local_path(const char *s)
{
    return s && s[0] == '/' && s[1] != '/' && s[1] != '\\' && !strpbrk(s, "\r\n") &&
           strlen(s) < 1024;
}

Actor req_actor(const Req *r)
{
    Actor a = {.org_id = r->org_id, .roles = r->roles, .lang = r->lang};
    if (r->account) {
        a.account_id = r->account->id;
        a.email = r->account->email;
        a.name = r->account->name;
    }
    return a;
}

Flow req_flow(Req *r)
{
    Actor *who = arena_alloc(r->arena, sizeof *who);
    *who = req_actor(r);
    return (Flow){.db = r->db,
                  .arena = r->arena,
                  .who = who,
                  .now = clock_now(),
                  .base_url = r->app->base_url};
}
