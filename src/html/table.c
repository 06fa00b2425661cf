/* html/table.c — see html/table.h. */
#include "html/table.h"

#include <stdarg.h>

#include "html/layout.h"

void html_table_open(Html *h, const char *label, ...)
{
    html_table_begin(h, label);
    html_lit(h, "<thead><tr>");
    va_list ap;
    va_start(ap, label);
    for (const char *col; (col = va_arg(ap, const char *));)
        html(h, "<th scope=\"col\">%s</th>", col);
    va_end(ap);
    html_lit(h, "</tr></thead>\n<tbody>\n");
}

void html_table_close(Html *h)
{
    html_lit(h, "</tbody>\n");
    html_table_end(h);
}
