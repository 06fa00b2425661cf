/* options.h — the options of a select (html_select, html/layout.h) gathered one at a time
 * from a list of records: value/label pairs ending with NULL, as many as there are.
 *
 *     Options o = OPTIONS(r->arena);
 *     for (int i = 0; i < areas.n; i++)
 *         options_id(&o, ROW(&areas, Area, i)->id, ROW(&areas, Area, i)->title);
 *     if (o.n)
 *         html_select(h, e, "area_id", _(r, "Area"), options_end(&o), NULL);
 *
 * Owns: the pairs, in the arena given; the labels are not copied. */
#ifndef TRAJECT_HTML_OPTIONS_H
#define TRAJECT_HTML_OPTIONS_H

#include <stdint.h>

#include "core/rows.h"

typedef struct Options {
    Rows pairs; /* const char *: value, label, value, label... */
    int n;      /* options added */
} Options;

/* No options yet, in arena A. */
#define OPTIONS(A) ((Options){.pairs = ROWS(A, const char *)})

/* Adds an option (value and label are not copied), e.g. a first empty one: "Choose…". */
void options_add(Options *o, const char *value, const char *label);

/* Adds an option whose value is the decimal id. */
void options_id(Options *o, int64_t id, const char *label);

/* The pairs ending with NULL, for html_select; o takes no more options after it. */
const char *const *options_end(Options *o);

#endif
