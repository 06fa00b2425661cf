/* router.c — matches a method and path against the route table. Paths are split on
 * '/', a "{name}" segment captures one non-empty segment. Pure: no I/O. */
#include <string.h>

#include "core/buf.h"
#include "http/http.h"

static bool match(Req *r, const char *pattern, const char *path)
{
    const char *p = pattern, *s = path;
    r->np = 0;
    for (;;) {
        if (*p == '\0' || *s == '\0')
            return *p == '\0' && *s == '\0';
        if (*p == '{') {
            const char *close = strchr(p, '}');
            if (!close)
                return false;
            const char *seg_end = strchr(s, '/');
            size_t len = seg_end ? (size_t)(seg_end - s) : strlen(s);
            if (len == 0 || r->np >= (int)(sizeof r->pvals / sizeof r->pvals[0]))
                return false;
            r->pnames[r->np] = arena_strndup(r->arena, p + 1, (size_t)(close - p - 1));
            r->pvals[r->np] = arena_strndup(r->arena, s, len);
            r->np++;
            p = close + 1;
            s += len;
            continue;
        }
        if (*p != *s)
            return false;
        p++;
        s++;
    }
}

/* "/x/" and "/x" are the same page; "/" stays "/" */
static const char *without_slash(Req *r, const char *path)
{
    size_t n = strlen(path);
    return n > 1 && path[n - 1] == '/' ? arena_strndup(r->arena, path, n - 1) : path;
}

const Route *router_match(const Route *const *tables, Req *r, const char *method, const char *path,
                          bool *method_mismatch)
{
    *method_mismatch = false;
    const char *m = !strcmp(method, "HEAD") ? "GET" : method;
    path = without_slash(r, path);
    for (const Route *const *t = tables; *t; t++)
        for (const Route *rt = *t; rt->path; rt++) {
            if (!match(r, rt->path, path))
                continue;
            if (!strcmp(rt->method, m))
                return rt;
            *method_mismatch = true;
        }
    r->np = 0;
    return NULL;
}

const char *router_allow(const Route *const *tables, Req *r, const char *path)
{
    path = without_slash(r, path);
    Buf b;
    buf_init(&b, r->arena, 32);
    for (const Route *const *t = tables; *t; t++)
        for (const Route *rt = *t; rt->path; rt++) {
            if (!match(r, rt->path, path))
                continue;
            const char *m = !strcmp(rt->method, "GET") ? "GET, HEAD" : rt->method;
            if (!strstr(b.data, m))
                buf_printf(&b, "%s%s", b.len ? ", " : "", m);
        }
    r->np = 0;
    return b.len ? b.data : NULL;
}

const char *req_param(const Req *r, const char *name)
{
    for (int i = 0; i < r->np; i++)
        if (!strcmp(r->pnames[i], name))
            return r->pvals[i];
    return NULL;
}

int64_t req_id(const Req *r, const char *name)
{
    int64_t v;
    const char *s = req_param(r, name);
    if (!s || !parse_int64(s, &v) || v <= 0)
        return 0;
    return v;
}
