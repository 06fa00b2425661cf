/* html/import.c — see html/import.h. */
#include "html/import.h"

#include <string.h>

#include "core/buf.h"
#include "domain/csv.h"
#include "html/layout.h"
#include "http/session.h"

/* A file input left empty still sends a part, with an empty file name. */
static const FormField *chosen_file(Req *r)
{
    const FormField *file = form_file(r, "file");
    return file && file->filename && file->filename[0] ? file : NULL;
}

void html_import_form_begin(Html *h, Req *r, const char *action, const char *list_label)
{
    html(h,
         "<form method=\"post\" action=\"%s\" enctype=\"multipart/form-data\" novalidate>\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         action, csrf_token(r));
    if (!list_label) {
        html(h,
             "<label for=\"f-file\">%s</label>\n"
             "<input type=\"file\" id=\"f-file\" name=\"file\" accept=\".csv,text/csv\">\n",
             _(r, "CSV file (UTF-8)"));
        return;
    }
    html_textarea(h, NULL, "list", list_label, chosen_file(r) ? NULL : form_get(r, "list"), 10);
    html(h,
         "<label for=\"f-file\">%s</label>\n"
         "<input type=\"file\" id=\"f-file\" name=\"file\" accept=\".csv,text/csv,text/plain\">\n",
         _(r, "Or a CSV file (UTF-8)"));
}

const char *import_text(Req *r, size_t *len)
{
    const FormField *file = chosen_file(r);
    if (file) {
        *len = file->len;
        return file->value;
    }
    const char *text = form_get(r, "list");
    *len = text ? strlen(text) : 0;
    return text;
}

void html_import_failed(Html *h, Req *r, const char *heading, const char *summary, const Import *im,
                        int max_shown, bool with_column)
{
    html(h,
         "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"problems\">\n"
         "<h2>%s</h2>\n<p>%s</p>\n",
         heading, summary);
    if (im)
        html_import_problems(h, r, im, max_shown, with_column);
    html_lit(h, "</div>\n");
}

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
