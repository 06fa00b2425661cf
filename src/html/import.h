/* html/import.h — the page parts of an import (domain/import.h): its form (a pasted list
 * or a CSV file), the text it sent, the problems of its dry run as a table (each bad line
 * with its line number, optionally the column at fault, and why), and its CSV template. */
#ifndef TRAJECT_HTML_IMPORT_H
#define TRAJECT_HTML_IMPORT_H

#include <stdbool.h>

#include "domain/import.h"
#include "html/html.h"
#include "http/http.h"

/* Starts an import's form: a multipart form posting to action with its CSRF token, a
 * textarea "list" (list_label; the list sent again, unless a file was) and a CSV file
 * input "file". Without list_label, the file alone (an import that takes only a CSV file,
 * such as the paper applications'). The caller writes its buttons and ends it with
 * html_form_end. */
void html_import_form_begin(Html *h, Req *r, const char *action, const char *list_label);

/* What an import's form sent: the CSV file when one was chosen, else the pasted list.
 * NULL (*len 0) when neither was sent. */
const char *import_text(Req *r, size_t *len);

/* The box that says nothing was done: heading, the summary, then im's problems (as
 * html_import_problems; none when im is NULL). Read out at once (role alert). */
void html_import_failed(Html *h, Req *r, const char *heading, const char *summary, const Import *im,
                        int max_shown, bool with_column);

/* Writes im's problems (at most max_shown rows, then "And N more problems.") as a table
 * labelled "Problems": columns Line, [Column,] Problem. Nothing when there are none. */
void html_import_problems(Html *h, Req *r, const Import *im, int max_shown, bool with_column);

/* Replies with an import's template: a CSV file (filename) holding one line, the names of
 * cols (n of them) in the order the import reads them. */
enum MHD_Result reply_import_template(Req *r, const ImportCol *cols, int n, const char *filename);

#endif
