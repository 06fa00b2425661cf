/* html/import.c — see html/import.h. */
#include "html/import.h"

#include "core/buf.h"
#include "domain/csv.h"
#include "html/layout.h"

void html_import_problems(Html *h, Req *r, const Import *im, int max_shown, bool with_column)
{
    if (im->problems.n == 0)
        return;
    html_table_begin(h, _(r, "Problems"));
    html(h, "<thead><tr><th scope=\"col\">%s</th>", _(r, "Line"));
    if (with_column)
        html(h, "<th scope=\"col\">%s</th>", _(r, "Column"));
    html(h, "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n", _(r, "Problem"));
    for (int i = 0; i < im->problems.n && i < max_shown; i++) {
        const ImportProblem *p = ROW(&im->problems, ImportProblem, i);
        html(h, "<tr><td>%d</td>", p->line);
        if (with_column)
            html(h, "<td>%s</td>", p->field ? p->field : "");
        html(h, "<td>%s</td></tr>\n", p->msg);
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    if (im->problems.n > max_shown)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena, _(r, "And %d more problems."), im->problems.n - max_shown));
}

enum MHD_Result reply_import_template(Req *r, const ImportCol *cols, int n, const char *filename)
{
    Buf b;
    buf_init(&b, r->arena, 128);
    CsvWriter w;
    csv_begin(&w, &b, false);
    for (int i = 0; i < n; i++)
        csv_cell(&w, cols[i].name);
    csv_end_line(&w);
    return reply_download(r, "text/csv; charset=utf-8", filename, b.data, b.len);
}
