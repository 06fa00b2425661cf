/* html/import.h — the problems of an import's dry run (domain/import.h) as a table: each
 * bad line with its line number, optionally the column at fault, and why. */
#ifndef TRAJECT_HTML_IMPORT_H
#define TRAJECT_HTML_IMPORT_H

#include <stdbool.h>

#include "domain/import.h"
#include "html/html.h"
#include "http/http.h"

/* Writes im's problems (at most max_shown rows, then "And N more problems.") as a table
 * labelled "Problems": columns Line, [Column,] Problem. Nothing when there are none. */
void html_import_problems(Html *h, Req *r, const Import *im, int max_shown, bool with_column);

/* The summary of an import that recorded nothing: a box (an alert, #problems) headed title
 * with summary under it and, when im is given, its problems as html_import_problems writes
 * them. */
void html_import_failed(Html *h, Req *r, const char *title, const char *summary, const Import *im,
                        int max_shown, bool with_column);

/* Opens the form that sends an import to action (multipart, with the CSRF token): when
 * list_label is given, a text area "list" for lines typed or pasted, which keeps what was
 * typed unless a file was sent; then the file field "file" labelled file_label, accepting
 * the types in accept. The caller writes its buttons, then html_form_end. */
void html_import_form(Html *h, Req *r, const char *action, const char *list_label,
                      const char *file_label, const char *accept);

/* What was sent to import: the file "file" when one was chosen, else the typed field
 * "list" (NULL when there is none); *len is its length in bytes. */
const char *import_sent(Req *r, size_t *len);

/* Replies with an import's template: a CSV file (filename) holding one line, the names of
 * cols (n of them) in the order the import reads them. */
enum MHD_Result reply_import_template(Req *r, const ImportCol *cols, int n, const char *filename);

#endif
