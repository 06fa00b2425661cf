/* views/calls/files.c — the attachments section of a proposal's pages (see files.h). */
#include "views/calls/files.h"

#include "core/arena.h"
#include "html/fmt.h"
#include "http/session.h"
#include "q/calls/proposal.h"

const char *file_size_text(Req *r, int64_t bytes)
{
    if (bytes < 1024)
        return arena_printf(r->arena, _n(r, "%lld byte", "%lld bytes", bytes), (long long)bytes);
    if (bytes < 1024 * 1024)
        return arena_printf(r->arena, "%lld KB", (long long)(bytes + 1023) / 1024);
    /* tenths of a MB, cut rather than rounded, with the reader's decimal mark: "5.2", "5,2" */
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
             x->filename, file_size_text(r, x->size));
    else
        html(f->h, "<span class=\"warn\">%s</span>", _(r, "Not given yet"));
    if (f->upload) {
        html(
            f->h,
            "<form method=\"post\" action=\"/orgs/%lld/proposals/%lld/files\" "
            "enctype=\"multipart/form-data\" class=\"upload\">"
            "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
            "<input type=\"hidden\" name=\"item_id\" value=\"%lld\">"
            "<label for=\"f-file-%lld\">%s</label>"
            "<input type=\"file\" id=\"f-file-%lld\" name=\"file\" accept=\".pdf,application/pdf\">"
            "<button type=\"submit\" class=\"secondary\">%s</button></form>",
            (long long)r->org_id, (long long)f->proposal_id, csrf_token(r), (long long)x->item_id,
            (long long)x->item_id,
            arena_printf(r->arena, _(r, "PDF file for %s (5 MB at most)"),
                         lang_pick(r->lang, x->item)),
            (long long)x->item_id, x->id ? _(r, "Replace") : _(r, "Upload"));
    }
    html_lit(f->h, "</li>\n");
    f->n++;
    if (!x->id)
        f->missing++;
    return true;
}

bool html_proposal_files(Html *h, Req *r, int64_t viewer_org, int64_t proposal_id, const char *base,
                         bool upload, int *missing)
{
    Files f = {.r = r,
               .h = html_new(r->arena),
               .base = base,
               .proposal_id = proposal_id,
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
