/* html/table.h — a data table with a plain head: the scrollable, named region of
 * html_table_begin (html/layout.h), one column header per label, and the body opened for
 * the caller's rows; then its end. (A list that pages writes its head with html/pager.h,
 * whose headers sort.) */
#ifndef TRAJECT_HTML_TABLE_H
#define TRAJECT_HTML_TABLE_H

#include "html/html.h"

/* Opens a table named label, its head (a th scope="col" for each column label given,
 * already translated, the last argument NULL) and its body. */
void html_table_open(Html *h, const char *label, ...) __attribute__((sentinel));

/* Closes the body and the table html_table_open opened. */
void html_table_close(Html *h);

#endif
