/* files.c — the PDF attachments a call requires of each proposal: the applicant uploads
 * one per required attachment while the proposal is a draft (a PDF of at most 5 MiB,
 * checked by its name and its first bytes, not by what the browser claims); the
 * applicant, the funder and the jury members who may read the proposal download them. */
#include <sodium.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/clock.h"
#include "html/fmt.h"
#include "http/session.h"
#include "pages/calls/calls.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"

#define ATTACHMENT_MAX (5 * 1024 * 1024)

static const char *size_text(Req *r, int64_t bytes)
{
    if (bytes < 1024)
        return arena_printf(r->arena, _n(r, "%lld byte", "%lld bytes", bytes), (long long)bytes);
    if (bytes < 1024 * 1024)
        return arena_printf(r->arena, "%lld KB", (long long)(bytes + 1023) / 1024);
    /* tenths of a MB, cut rather than rounded, in the reader's decimal mark: "5.0", "5,0" */
    return arena_printf(r->arena, "%s MB", number_text(r, bytes * 10 / (1024 * 1024), 1, 1));
}

typedef struct Files {
    Req *r;
    Html *h;
    FileRow row;
    const char *base; /* the download path prefix */
    int64_t proposal_id;
    bool upload;
    int n, missing;
} Files;

static bool file_row(void *ctx)
{
    Files *f = ctx;
    Req *r = f->r;
    FileRow *x = &f->row;
    html(f->h, "<li><strong>%s</strong><br>", lang_pick(r->lang, x->item));
    if (x->id)
        html(f->h, "<a href=\"%s/%lld\">%s</a> <small>(%s)</small>", f->base, (long long)x->id,
             x->filename, size_text(r, x->size));
    else
        html(f->h, "<span class=\"warn\">%s</span>", _(r, "Not given yet"));
    if (f->upload) {
        html(f->h, "<form method=\"post\" action=\"/orgs/%lld/proposals/%lld/files\" "
                   "enctype=\"multipart/form-data\" class=\"upload\">"
                   "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
                   "<input type=\"hidden\" name=\"item_id\" value=\"%lld\">"
                   "<label for=\"f-file-%lld\">%s</label>"
                   "<input type=\"file\" id=\"f-file-%lld\" name=\"file\" accept=\".pdf,application/pdf\">"
                   "<button type=\"submit\" class=\"secondary\">%s</button></form>",
             (long long)r->org_id, (long long)f->proposal_id, csrf_token(r),
             (long long)x->item_id, (long long)x->item_id,
             arena_printf(r->arena, _(r, "PDF file for %s (5 MB at most)"), lang_pick(r->lang, x->item)),
             (long long)x->item_id, x->id ? _(r, "Replace") : _(r, "Upload"));
    }
    html_lit(f->h, "</li>\n");
    f->n++;
    if (!x->id)
        f->missing++;
    return true;
}

bool html_proposal_files(Html *h, Req *r, int64_t viewer_org, int64_t proposal_id,
                         const char *base, bool upload, int *missing)
{
    Files f = {.r = r, .h = html_new(r->arena), .base = base, .proposal_id = proposal_id,
               .upload = upload};
    if (q_files(r->db, viewer_org, proposal_id, r->arena, &f.row, file_row, &f) < DB_NONE)
        return false;
    if (missing)
        *missing = f.missing;
    if (!f.n)
        return true;
    html(h, "<h2 id=\"attachments\">%s</h2>\n<ul class=\"files\">\n", _(r, "Attachments"));
    html_append(h, f.h);
    html_lit(h, "</ul>\n");
    return true;
}

int proposal_files_missing(Req *r, int64_t proposal_id)
{
    Files f = {.r = r, .h = html_new(r->arena), .base = "", .proposal_id = proposal_id};
    if (q_files(r->db, r->org_id, proposal_id, r->arena, &f.row, file_row, &f) < DB_NONE)
        return -1;
    return f.missing;
}

static bool is_pdf_name(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    return n > 4 && !strcasecmp(name + n - 4, ".pdf");
}

/* A name safe in a Content-Disposition header: ASCII letters, digits, dot, dash. */
static const char *safe_name(Arena *a, const char *name)
{
    size_t n = strlen(name);
    char *out = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        out[i] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                         c == '.' || c == '-' || c == '_'
                     ? c
                     : '_';
    }
    out[n] = 0;
    return out;
}

/* POST /orgs/{org}/proposals/{id}/files */
enum MHD_Result page_file_upload(Req *r)
{
    int64_t id = req_id(r, "id"), item = 0;
    Proposal p;
    DbStatus st = q_proposal_get(r->db, r->org_id, id, r->arena, &p);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    const FormField *file = form_file(r, "file");
    FormErrors e = {0};
    if (!parse_int64(form_get(r, "item_id"), &item))
        return reply_error(r, ERR_BAD_REQUEST);
    const char *field = arena_printf(r->arena, "file-%lld", (long long)item);
    if (!file || !file->filename || !*file->filename || file->len == 0)
        form_error(&e, field, _(r, "Choose a PDF file to upload."));
    else if (file->len > ATTACHMENT_MAX)
        form_error(&e, field, arena_printf(r->arena, _(r, "%s is %s: the limit is 5 MB."),
                                           file->filename, size_text(r, (int64_t)file->len)));
    else if (!is_pdf_name(file->filename) || file->len < 5 || memcmp(file->value, "%PDF-", 5))
        form_error(&e, field, arena_printf(r->arena, _(r, "%s is not a PDF file."), file->filename));
    if (!e.n) {
        unsigned char hash[crypto_hash_sha256_BYTES];
        char hex[2 * crypto_hash_sha256_BYTES + 1];
        crypto_hash_sha256(hash, (const unsigned char *)file->value, file->len);
        hex_encode(hash, sizeof hash, hex);
        st = q_file_put(r->db, r->org_id, id, item, file->filename, file->value, file->len, hex,
                        r->account->id, clock_now());
        if (st < DB_NONE)
            return reply_error(r, ERR_DB);
        if (st == DB_NONE)
            form_error(&e, field, _(r, "This proposal is submitted: it can no longer be changed."));
    }
    if (e.n)
        return proposal_form_errors(r, id, &e, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/proposals/%lld?saved=1#attachments",
                                          (long long)r->org_id, (long long)id));
}

static enum MHD_Result send_file(Req *r, int64_t viewer_org, int64_t proposal_id)
{
    char *name = NULL, *data = NULL;
    size_t size = 0;
    DbStatus st = q_file_get(r->db, viewer_org, proposal_id, req_id(r, "file"), r->arena, &name,
                             &data, &size);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return reply_download(r, "application/pdf", safe_name(r->arena, name), data, size);
}

/* GET /orgs/{org}/proposals/{id}/files/{file}: the applicant's own */
enum MHD_Result page_file_own(Req *r)
{
    return send_file(r, r->org_id, req_id(r, "id"));
}

/* GET /orgs/{org}/submissions/{id}/files/{file}: the funder's */
enum MHD_Result page_file_funder(Req *r)
{
    return send_file(r, r->org_id, req_id(r, "id"));
}

/* GET /orgs/{org}/jury/proposals/{id}/files/{file}: a jury member who may read it */
enum MHD_Result page_file_juror(Req *r)
{
    int64_t id = req_id(r, "id");
    DbStatus st = q_juror_may_read(r->db, r->org_id, id, r->account->id);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return send_file(r, r->org_id, id);
}
