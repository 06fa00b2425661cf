/* html.h — the escaping writer. html() is printf where every %s is escaped for
 * & < > " ' so the same call is safe in text and in quoted attributes. Trusted markup
 * goes through html_lit(), which only accepts a string literal.
 * Supported conversions: %s %d %i %u %x %c %% with the length modifiers h l ll z j,
 * and %.*s (escaped, at most the given length). Widths and flags are ignored.
 * Owns: nothing; writes into a Buf in the request's arena. */
#ifndef TRAJECT_HTML_H
#define TRAJECT_HTML_H

#include <stdarg.h>

#include "core/buf.h"

typedef struct Html {
    Buf buf;
} Html;

Html *html_new(Arena *a);
void html(Html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void html_v(Html *h, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* Appends what another writer produced (already escaped). */
void html_append(Html *h, const Html *part);

/* Escapes s (NULL writes nothing). */
void html_esc(Html *h, const char *s);

/* Writes a string literal as is: "" s "" fails to compile for anything but a literal. */
#define html_lit(h, s) html_raw_((h), "" s "")
void html_raw_(Html *h, const char *s);

#endif
