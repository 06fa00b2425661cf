/* layout.h — the page frame (head, skip link, header with navigation, language
 * switcher, main, footer) and the form components used by every page.
 * Components write into the caller's Html; they never return markup strings. */
#ifndef TRAJECT_LAYOUT_H
#define TRAJECT_LAYOUT_H

#include "html/html.h"
#include "http/form.h"
#include "http/http.h"

/* The type of a page handler, for declaring them by name in pages/<feature>/<feature>.h:
 * `PageFn page_members, page_member;` (each is defined as
 * `enum MHD_Result page_members(Req *r)`, and named in the route table as a Handler). */
typedef enum MHD_Result PageFn(Req *r);

/* Starts a page; title is already translated. The <h1> is the caller's. */
Html *page_begin(Req *r, const char *title);
/* Ends the page and replies 200 / the given status. */
enum MHD_Result page_end(Req *r, Html *h);
enum MHD_Result page_end_status(Req *r, Html *h, int status);

/* A small form posted from a list (a "back" field names the page) went wrong: the
 * errors and a link back, status 400. */
enum MHD_Result form_errors_back(Req *r, const char *title, const FormErrors *e);

/* A notice shown at the top of main: success (role=status) or error (role=alert); nothing
 * for msg NULL. */
void html_notice(Html *h, const char *msg, bool error);

/* The notice a redirect asked for with an argument of the query (?saved=1): of the pairs
 * (argument, English message marked N_("...")) ending with NULL, the message of the first
 * whose argument r's query has, translated; NULL when none has. */
const char *query_notice(Req *r, ...) __attribute__((sentinel));

/* <form method="post" action="..."> with the hidden csrf_token. */
void html_form_begin(Html *h, Req *r, const char *action);
/* The same for a form that uploads a file (multipart/form-data). */
void html_upload_form_begin(Html *h, Req *r, const char *action);
void html_form_end(Html *h);

/* The error summary at the top of a form: a heading and a link to each field. */
void html_error_summary(Html *h, Req *r, const FormErrors *e);

/* A labelled input; type is "text", "email", "password"...; value may be NULL;
 * autocomplete may be NULL; the field's error (if any) is shown beside it. */
void html_input(Html *h, Req *r, const FormErrors *e, const char *type, const char *name,
                const char *label, const char *value, const char *autocomplete);

/* A labelled file input (the form must be multipart/form-data); accept (may be NULL)
 * lists the extensions and media types offered, e.g. EVIDENCE_ACCEPT. */
void html_file_input(Html *h, const FormErrors *e, const char *name, const char *label,
                     const char *accept);
/* What an evidence file input offers (domain/evidence.h: PDF, PNG, JPEG). */
#define EVIDENCE_ACCEPT ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"

/* A labelled multi-line text field. */
void html_textarea(Html *h, const FormErrors *e, const char *name, const char *label,
                   const char *value, int rows);

/* One checkbox (value "1") with its label. */
void html_checkbox(Html *h, const char *name, const char *label, bool checked);

/* A fieldset of checkboxes named name: value/label pairs ending with NULL; bit i of
 * checked_mask checks the i-th pair. */
void html_checkboxes(Html *h, const FormErrors *e, const char *name, const char *legend,
                     const char *const *options, int64_t checked_mask);

/* The checked_mask for html_checkboxes: bit i set when the i-th option's value (a
 * decimal id) is among the n ids. */
int64_t html_options_mask(const char *const *options, const int64_t *ids, int n);

/* A labelled select; options are value/label pairs ending with NULL, labels translated
 * by the caller. */
void html_select(Html *h, const FormErrors *e, const char *name, const char *label,
                 const char *const *options, const char *selected);

/* A form with one button that posts to action (with the CSRF token); sr_suffix (may be
 * NULL) completes the label for screen readers, e.g. which row the button acts on. */
void html_button_form(Html *h, Req *r, const char *action, const char *label,
                      const char *sr_suffix);

/* The second step of an action that cannot be undone (http/confirm.h): a page with the
 * question title and what (what will happen and to whom; both translated), a button
 * (label) that posts every field of r again to r->path with the CSRF and confirmation
 * tokens, and a Cancel link to cancel (a local path; "/" otherwise). Status 200. Call it
 * when the input is valid and confirm_ok(r) is false; nothing has been done yet. */
enum MHD_Result confirm_page(Req *r, const char *title, const char *what, const char *button,
                             const char *cancel);

/* value/label pairs of the three languages, each named in itself, for html_select. */
extern const char *const lang_options[];

/* A table in a horizontally scrollable region that keyboard users can reach (it gets
 * focus) and screen readers can name; label is already translated. */
void html_table_begin(Html *h, const char *label);
void html_table_end(Html *h);

/* The URL of an embedded asset by its source name ("app.css" → "/assets/app.1a2b3c.css"). */
const char *asset_url(const char *name);

#endif
