/* reply.c — every response leaves through reply_body, which adds the security
 * headers, cookies and request id, and records status and size for the access log.
 * Bodies must live until the request completes: they are in the request's arena. */
#include <jansson.h>
#include <string.h>

#include "core/log.h"
#include "html/layout.h"
#include "http/http.h"

static const char CSP[] = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                          "font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                          "base-uri 'none'";

static void add_common_headers(Req *r, struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "Content-Security-Policy", CSP);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "same-origin");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Cross-Origin-Opener-Policy", "same-origin");
    MHD_add_response_header(resp, "Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (r->app->set.behind_tls)
        MHD_add_response_header(resp, "Strict-Transport-Security",
                                "max-age=31536000; includeSubDomains");
    MHD_add_response_header(resp, "X-Request-Id", r->id);
    if (r->app->set.count_statements && r->db)
        MHD_add_response_header(
            resp, "X-Statements",
            arena_printf(r->arena, "%llu",
                         (unsigned long long)(db_statements(r->db) - r->statements_before)));
    if (r->allow)
        MHD_add_response_header(resp, "Allow", r->allow);
    if (r->retry_after > 0)
        MHD_add_response_header(resp, "Retry-After",
                                arena_printf(r->arena, "%lld", (long long)r->retry_after));
    for (int i = 0; i < r->ncookies; i++)
        MHD_add_response_header(resp, "Set-Cookie", r->cookies[i]);
}

static enum MHD_Result queue(Req *r, int status, struct MHD_Response *resp, size_t len)
{
    if (!resp) {
        log_bug("cannot create response");
        return MHD_NO;
    }
    add_common_headers(r, resp);
    r->status = status;
    r->resp_bytes = len;
    r->replied = true;
    /* handlers run in a worker while the connection is suspended: libmicrohttpd takes the
     * response when it resumes the connection (server.c) */
    if (r->pending)
        MHD_destroy_response(r->pending);
    r->pending = resp;
    return MHD_YES;
}

enum MHD_Result reply_body(Req *r, int status, const char *content_type, const char *body,
                           size_t len)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_PERSISTENT);
    if (resp) {
        MHD_add_response_header(resp, "Content-Type", content_type);
        if (!r->route || strcmp(r->path, "/healthz"))
            MHD_add_response_header(resp, "Cache-Control", "no-store");
    }
    return queue(r, status, resp, len);
}

enum MHD_Result reply_asset(Req *r, const char *content_type, const void *body, size_t len,
                            bool gzip)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_PERSISTENT);
    if (resp) {
        MHD_add_response_header(resp, "Content-Type", content_type);
        MHD_add_response_header(resp, "Cache-Control", "public, max-age=31536000, immutable");
        MHD_add_response_header(resp, "Vary", "Accept-Encoding");
        if (gzip)
            MHD_add_response_header(resp, "Content-Encoding", "gzip");
    }
    return queue(r, 200, resp, len);
}

enum MHD_Result reply_download(Req *r, const char *content_type, const char *filename,
                               const char *body, size_t len)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_PERSISTENT);
    if (resp) {
        MHD_add_response_header(resp, "Content-Type", content_type);
        MHD_add_response_header(resp, "Cache-Control", "no-store");
        MHD_add_response_header(resp, "Content-Disposition",
                                arena_printf(r->arena, "attachment; filename=\"%s\"", filename));
    }
    return queue(r, 200, resp, len);
}

enum MHD_Result reply_text(Req *r, int status, const char *text)
{
    return reply_body(r, status, "text/plain; charset=utf-8", text, strlen(text));
}

enum MHD_Result reply_redirect(Req *r, const char *location)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
    if (resp) {
        MHD_add_response_header(resp, "Location", location);
        MHD_add_response_header(resp, "Cache-Control", "no-store");
    }
    return queue(r, 303, resp, 0);
}

enum MHD_Result reply_missing(Req *r, DbStatus st)
{
    return reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
}

enum MHD_Result reply_error(Req *r, ErrCode e)
{
    if (e == ERR_DB && db_full(r->db)) /* whatever status the statement's caller passed on */
        e = ERR_NO_SPACE;
    const ErrInfo *info = err_info(e);
    if (e == ERR_INTERNAL || e == ERR_DB)
        log_warn("%s %s %s: answered %d", r->id, r->method, r->path, info->status);
    else
        log_info("%s %s %s: %s", r->id, r->method, r->path, info->code);
    if (!strncmp(r->path, "/api/", 5)) {
        json_t *j =
            json_pack("{s:{s:s,s:s}}", "error", "code", info->code, "message", _(r, info->message));
        char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
        json_decref(j);
        char *body = arena_strdup(r->arena, s ? s : "{}");
        free(s);
        return reply_body(r, info->status, "application/json", body, strlen(body));
    }
    Html *h = page_begin(r, _(r, info->title));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, info->title), _(r, info->message));
    html(h, "<p><a href=\"/\">%s</a></p>\n", _(r, "Go to the start page"));
    return page_end_status(r, h, info->status);
}
