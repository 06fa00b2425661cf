/* layout.c — the page frame and form components. Every page goes through here, so the
 * accessibility basics live in one place: lang attribute, skip link, landmarks, one
 * h1 (the page's), labels on fields, error summary and messages beside fields. */
#include "html/layout.h"
#include "core/buf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "html/nav.h"
#include "http/confirm.h"
#include "http/session.h"

typedef struct Query {
    Req *r;
    Buf b;
} Query;

static enum MHD_Result query_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
    (void)kind;
    Query *q = cls;
    buf_addc(&q->b, q->b.len ? '&' : '?');
    buf_adds(&q->b, url_arg(q->r->arena, key));
    if (value) {
        buf_addc(&q->b, '=');
        buf_adds(&q->b, url_arg(q->r->arena, value));
    }
    return MHD_YES;
}

/* This page's path with its query (a filtered list stays filtered after switching the
 * language), or "/" for anything that is not a local path. */
static const char *here(Req *r)
{
    if (!local_path(r->path))
        return "/";
    if (!r->conn || !strcmp(r->method, "POST"))
        return r->path;
    Query q = {.r = r};
    buf_init(&q.b, r->arena, 64);
    MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, query_arg, &q);
    return q.b.len ? arena_printf(r->arena, "%s%s", r->path, q.b.data) : r->path;
}

Html *page_begin(Req *r, const char *title)
{
    Html *h = html_new(r->arena);
    html(h,
         "<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"color-scheme\" content=\"light\">\n",
         lang_code(r->lang));
    if (r->private_link) /* not indexed, and its address not sent on with a link followed */
        html_lit(h, "<meta name=\"robots\" content=\"noindex\">\n"
                    "<meta name=\"referrer\" content=\"no-referrer\">\n");
    html(h,
         "<title>%s · traject</title>\n"
         "<link rel=\"stylesheet\" href=\"%s\">\n<link rel=\"stylesheet\" href=\"%s\">\n"
         "<link rel=\"icon\" href=\"%s\">\n</head>\n<body>\n",
         title, asset_url("pico.min.css"), asset_url("app.css"), asset_url("favicon.svg"));
    html(h, "<a class=\"skip\" href=\"#main\">%s</a>\n", _(r, "Skip to content"));
    html_lit(h, "<header class=\"container site\">\n<nav aria-label=\"");
    html(h, "%s\">\n<ul><li><a class=\"brand\" href=\"/\">traject</a></li></ul>\n<ul>\n",
         _(r, "Main"));
    /* The public catalogue, for visitors and staff alike (pages/catalogue.c). */
    bool in_catalogue = !strcmp(r->path, "/programmes") || !strncmp(r->path, "/programmes/", 12);
    if (in_catalogue)
        html_lit(h, "<li><a href=\"/programmes\" aria-current=\"page\">");
    else
        html_lit(h, "<li><a href=\"/programmes\">");
    html(h, "%s</a></li>\n", _(r, "Find a training"));
    if (r->account) {
        int64_t org = r->org_id ? r->org_id : r->current_org;
        if (org) {
            html(h, "<li><a href=\"/orgs/%lld\">%s</a></li>\n", (long long)org, _(r, "Home"));
            if (nav_partner_space(r)) /* its own records, not a training school's menu */
                html_nav_items(h, r, partner_nav);
            if (r->org_id && (r->roles & ~(ROLE_LEARNER | ROLE_JURY)))
                html(h, "<li><a href=\"/orgs/%lld/members\">%s</a></li>\n", (long long)org,
                     _(r, "Members"));
        }
        html(h, "<li><a href=\"/learning\">%s</a></li>\n", _(r, "My learning"));
        html(h, "<li><a href=\"/orgs\">%s</a></li>\n", _(r, "Organisations"));
        html(h, "<li><a href=\"/account\">%s</a></li>\n", _(r, "Account"));
        html(h,
             "<li><form method=\"post\" action=\"/sign-out\" class=\"inline\">"
             "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
             "<button type=\"submit\" class=\"link\">%s</button></form></li>\n",
             csrf_token(r), _(r, "Sign out"));
    } else {
        html(h, "<li><a href=\"/sign-in\">%s</a></li>\n", _(r, "Sign in"));
    }
    html_lit(h, "</ul>\n</nav>\n");
    /* The language switcher is a form so that it works without JavaScript and a GET
     * never changes anything. */
    html(h,
         "<form method=\"post\" action=\"/language\" class=\"langs\" aria-label=\"%s\">"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
         "<input type=\"hidden\" name=\"next\" value=\"%s\">",
         _(r, "Language"), csrf_token(r), here(r));
    for (int l = 0; l < LANG_COUNT; l++) {
        if ((Lang)l == r->lang)
            html(h, "<span lang=\"%s\" aria-current=\"true\">%s</span>", lang_code((Lang)l),
                 lang_name((Lang)l));
        else
            html(h,
                 "<button type=\"submit\" name=\"lang\" value=\"%s\" lang=\"%s\" "
                 "class=\"link\">%s</button>",
                 lang_code((Lang)l), lang_code((Lang)l), lang_name((Lang)l));
    }
    html_lit(h, "</form>\n</header>\n<main id=\"main\" class=\"container\" tabindex=\"-1\">\n");
    return h;
}

enum MHD_Result page_end_status(Req *r, Html *h, int status)
{
    /* what anyone may read, without an account */
    html(h,
         "</main>\n<footer class=\"container\"><nav aria-label=\"%s\"><small>"
         "<a href=\"/programmes\">%s</a> · <a href=\"/events\">%s</a> · "
         "<a href=\"/resources\">%s</a> · "
         "<a href=\"/impact\">%s</a> · <a href=\"/verify\">%s</a></small></nav>"
         "<small>%s</small></footer>\n</body>\n</html>\n",
         _(r, "Open to everyone"), _(r, "Find a training"), _(r, "Events"),
         _(r, "Learning resources"), _(r, "Impact"), _(r, "Verify a credential"),
         _(r, "traject — digital-skills training, from call to impact"));
    return reply_body(r, status, "text/html; charset=utf-8", h->buf.data, h->buf.len);
}

enum MHD_Result page_end(Req *r, Html *h)
{
    return page_end_status(r, h, 200);
}

void html_notice(Html *h, const char *msg, bool error)
{
    if (!msg)
        return;
    html(h, "<p class=\"notice%s\" role=\"%s\">%s</p>\n", error ? " error" : "",
         error ? "alert" : "status", msg);
}

const char *query_notice(Req *r, ...)
{
    const char *msg = NULL;
    va_list ap;
    va_start(ap, r);
    for (const char *arg; !msg && (arg = va_arg(ap, const char *));) {
        const char *text = va_arg(ap, const char *);
        if (query_get(r, arg))
            msg = _(r, text);
    }
    va_end(ap);
    return msg;
}

void html_form_begin(Html *h, Req *r, const char *action)
{
    html(h,
         "<form method=\"post\" action=\"%s\" novalidate>\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         action, csrf_token(r));
}

void html_upload_form_begin(Html *h, Req *r, const char *action)
{
    html(h,
         "<form method=\"post\" action=\"%s\" enctype=\"multipart/form-data\" novalidate>\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         action, csrf_token(r));
}

void html_form_end(Html *h)
{
    html_lit(h, "</form>\n");
}

void html_error_summary(Html *h, Req *r, const FormErrors *e)
{
    if (!e || e->n == 0)
        return;
    html(h, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">\n<h2>%s</h2>\n<ul>\n",
         _(r, "Please correct the following:"));
    for (int i = 0; i < e->n; i++)
        html(h, "<li><a href=\"#f-%s\">%s</a></li>\n", e->field[i], e->msg[i]);
    html_lit(h, "</ul>\n</div>\n");
}

/* The message beside a field, and the attributes that tie the field to it. */
static void error_attrs(Html *h, const char *name, const char *err)
{
    if (err)
        html(h, " aria-invalid=\"true\" aria-describedby=\"e-%s\"", name);
}

static void error_text(Html *h, const char *name, const char *err)
{
    if (err)
        html(h, "<small id=\"e-%s\" class=\"field-error\">%s</small>\n", name, err);
}

void html_input(Html *h, Req *r, const FormErrors *e, const char *type, const char *name,
                const char *label, const char *value, const char *autocomplete)
{
    (void)r;
    const char *err = form_error_for(e, name);
    html(h, "<label for=\"f-%s\">%s</label>\n", name, label);
    html(h, "<input type=\"%s\" id=\"f-%s\" name=\"%s\"", type, name, name);
    if (value && strcmp(type, "password"))
        html(h, " value=\"%s\"", value);
    if (autocomplete)
        html(h, " autocomplete=\"%s\"", autocomplete);
    error_attrs(h, name, err);
    html_lit(h, ">\n");
    error_text(h, name, err);
}

void html_file_input(Html *h, const FormErrors *e, const char *name, const char *label,
                     const char *accept)
{
    const char *err = form_error_for(e, name);
    html(h, "<label for=\"f-%s\">%s</label>\n<input type=\"file\" id=\"f-%s\" name=\"%s\"", name,
         label, name, name);
    if (accept)
        html(h, " accept=\"%s\"", accept);
    error_attrs(h, name, err);
    html_lit(h, ">\n");
    error_text(h, name, err);
}

void html_select(Html *h, const FormErrors *e, const char *name, const char *label,
                 const char *const *options, const char *selected)
{
    const char *err = form_error_for(e, name);
    html(h, "<label for=\"f-%s\">%s</label>\n<select id=\"f-%s\" name=\"%s\"", name, label, name,
         name);
    error_attrs(h, name, err);
    html_lit(h, ">\n");
    for (const char *const *o = options; o[0] && o[1]; o += 2)
        html(h, "<option value=\"%s\"%s>%s</option>\n", o[0],
             selected && !strcmp(selected, o[0]) ? " selected" : "", o[1]);
    html_lit(h, "</select>\n");
    error_text(h, name, err);
}

void html_table_begin(Html *h, const char *label)
{
    html(h, "<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"%s\"><table>\n",
         label);
}

void html_table_end(Html *h)
{
    html_lit(h, "</table></div>\n");
}

void html_button_form(Html *h, Req *r, const char *action, const char *label, const char *sr_suffix)
{
    html(h,
         "<form method=\"post\" action=\"%s\" class=\"inline\">"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
         "<button type=\"submit\" class=\"secondary small\">%s",
         action, csrf_token(r), label);
    if (sr_suffix)
        html(h, "<span class=\"sr\"> %s</span>", sr_suffix);
    html_lit(h, "</button></form>");
}

const char *const lang_options[] = {"en", "English", "nl", "Nederlands", "fr", "Français", NULL};

void html_textarea(Html *h, const FormErrors *e, const char *name, const char *label,
                   const char *value, int rows)
{
    const char *err = form_error_for(e, name);
    html(h, "<label for=\"f-%s\">%s</label>\n<textarea id=\"f-%s\" name=\"%s\" rows=\"%d\"", name,
         label, name, name, rows);
    error_attrs(h, name, err);
    html(h, ">%s</textarea>\n", value ? value : "");
    error_text(h, name, err);
}

void html_checkbox(Html *h, const char *name, const char *label, bool checked)
{
    html(h, "<label><input type=\"checkbox\" name=\"%s\" value=\"1\"%s> %s</label>\n", name,
         checked ? " checked" : "", label);
}

void html_checkboxes(Html *h, const FormErrors *e, const char *name, const char *legend,
                     const char *const *options, int64_t checked_mask)
{
    const char *err = form_error_for(e, name);
    html(h, "<fieldset id=\"f-%s\"", name);
    error_attrs(h, name, err);
    html(h, ">\n<legend>%s</legend>\n", legend);
    int i = 0;
    for (const char *const *o = options; o[0] && o[1]; o += 2, i++)
        html(h, "<label><input type=\"checkbox\" name=\"%s\" value=\"%s\"%s> %s</label>\n", name,
             o[0], checked_mask & ((int64_t)1 << i) ? " checked" : "", o[1]);
    error_text(h, name, err);
    html_lit(h, "</fieldset>\n");
}

int64_t html_options_mask(const char *const *options, const int64_t *ids, int n)
{
    int64_t mask = 0;
    for (int i = 0; options && options[2 * i] && i < 63; i++)
        for (int k = 0; k < n; k++)
            if (atoll(options[2 * i]) == ids[k])
                mask |= (int64_t)1 << i;
    return mask;
}

enum MHD_Result form_errors_back(Req *r, const char *title, const FormErrors *e)
{
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    const char *back = form_get(r, "back");
    html(h, "<p><a href=\"%s\">%s</a></p>\n", local_path(back) ? back : "/", _(r, "Go back"));
    return page_end_status(r, h, 400);
}

enum MHD_Result confirm_page(Req *r, const char *title, const char *what, const char *button,
                             const char *cancel)
{
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p class=\"confirm\">%s</p>\n", title, what);
    html_form_begin(h, r, r->path);
    for (int i = 0; i < r->nfields; i++) {
        const FormField *f = &r->fields[i];
        if (f->filename || !strcmp(f->name, "csrf_token") || !strcmp(f->name, CONFIRM_FIELD))
            continue;
        html(h, "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n", f->name, f->value);
    }
    html(h, "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n", CONFIRM_FIELD, confirm_token(r));
    html(h, "<button type=\"submit\">%s</button>\n", button);
    html(h, "<a href=\"%s\" class=\"cancel\">%s</a>\n", local_path(cancel) ? cancel : "/",
         _(r, "Cancel"));
    html_form_end(h);
    return page_end(r, h);
}
