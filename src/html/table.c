/* html/table.c — a table of records' frame (see table.h). */
#include "html/table.h"

#include "html/layout.h"

void html_table_open(Html *h, const char *label, const char *const *cols)
{
    html_table_begin(h, label);
    html_lit(h, "<thead><tr>");
    for (const char *const *c = cols; *c; c++)
        html(h, "<th scope=\"col\">%s</th>", *c);
    html_lit(h, "</tr></thead>\n<tbody>\n");
}

void html_table_close(Html *h)
{
    html_lit(h, "</tbody>\n");
    html_table_end(h);
}
