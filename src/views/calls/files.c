/* views/calls/files.c — the attachments section of a proposal's pages (see files.h). */
#include "views/calls/files.h"

#include "core/arena.h"
#include "core/rows.h"
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

/* One attachment the call asks for: its file (a link under base) or "not given yet", and
 * an upload form when upload. */
static void file_row(Html *h, Req *r, const FileRow *x, const char *base, int64_t proposal_id,
                     bool upload)
{
    html(h, "<li><strong>%s</strong><br>", lang_pick(r->lang, x->item));
    if (x->id)
        html(h, "<a href=\"%s/%lld\">%s</a> <small>(%s)</small>", base, (long long)x->id,
             x->filename, file_size_text(r, x->size));
    else
        html(h, "<span class=\"warn\">%s</span>", _(r, "Not given yet"));
    if (upload) {
        html(
            h,
            "<form method=\"post\" action=\"/orgs/%lld/proposals/%lld/files\" "
            "enctype=\"multipart/form-data\" class=\"upload\">"
            "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
            "<input type=\"hidden\" name=\"item_id\" value=\"%lld\">"
            "<label for=\"f-file-%lld\">%s</label>"
            "<input type=\"file\" id=\"f-file-%lld\" name=\"file\" accept=\".pdf,application/pdf\">"
            "<button type=\"submit\" class=\"secondary\">%s</button></form>",
            (long long)r->org_id, (long long)proposal_id, csrf_token(r), (long long)x->item_id,
            (long long)x->item_id,
            arena_printf(r->arena, _(r, "PDF file for %s (5 MB at most)"),
                         lang_pick(r->lang, x->item)),
            (long long)x->item_id, x->id ? _(r, "Replace") : _(r, "Upload"));
    }
    html_lit(h, "</li>\n");
}

/* The attachments of the proposal as viewer_org sees them, into files; the number not given
 * yet, or -1 on a database error. */
static int files_read(Req *r, int64_t viewer_org, int64_t proposal_id, Rows *files)
{
    FileRow x;
    *files = ROWS_FROM(r->arena, &x);
    if (q_files(r->db, viewer_org, proposal_id, r->arena, &x, rows_collect, files) < DB_NONE)
        return -1;
    int missing = 0;
    for (int i = 0; i < files->n; i++)
        missing += !ROW(files, FileRow, i)->id;
    return missing;
}

bool html_proposal_files(Html *h, Req *r, int64_t viewer_org, int64_t proposal_id, const char *base,
                         bool upload, int *missing)
{
    Rows files;
    int m = files_read(r, viewer_org, proposal_id, &files);
    if (m < 0)
        return false;
    if (missing)
        *missing = m;
    if (!files.n)
        return true;
    html(h, "<h2 id=\"attachments\">%s</h2>\n<ul class=\"files\">\n", _(r, "Attachments"));
    for (int i = 0; i < files.n; i++)
        file_row(h, r, ROW(&files, FileRow, i), base, proposal_id, upload);
    html_lit(h, "</ul>\n");
    return true;
}

int proposal_files_missing(Req *r, int64_t proposal_id)
{
    Rows files;
    return files_read(r, r->org_id, proposal_id, &files);
}
