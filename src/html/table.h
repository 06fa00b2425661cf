/* html/table.h — a table of records: the scrollable, labelled region of html_table_begin
 * (html/layout.h) with its one row of column headers and its body opened, and closed again.
 * The rows in between are the caller's (<tr>...</tr>).
 *
 * Owns: nothing; it writes into the caller's Html. */
#ifndef TRAJECT_HTML_TABLE_H
#define TRAJECT_HTML_TABLE_H

#include "html/html.h"

/* Opens a table region labelled label (for screen readers), its header row with one column
 * header per name of cols (already translated; the list ends at the first NULL, so a column
 * that is shown only sometimes goes last, as `edit ? _(r, "Actions") : NULL`) and its body. */
void html_table_open(Html *h, const char *label, const char *const *cols);

/* The same with the column names as arguments. */
#define HTML_TABLE(h, label, ...)                                                                  \
    html_table_open((h), (label), (const char *const[]){__VA_ARGS__, NULL})

/* Closes the body and the region html_table_open opened. */
void html_table_close(Html *h);

#endif
