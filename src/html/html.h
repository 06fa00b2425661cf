/* html.h — the escaping writer. html() is printf where every %s is escaped for
 * & < > " ' so the same call is safe in text and in quoted attributes. Trusted markup
 * goes through html_lit(), which only accepts a string literal.
 * Supported conversions: %s %d %i %u %x %c %% with the length modifiers h l ll z j,
 * and %.*s (escaped, at most the given length). Widths and flags are ignored.
 * Text people wrote is isolated for the bidirectional algorithm here, in one place: a %s
 * (or html_esc) in element content that holds a right-to-left letter (Hebrew, Arabic...) or
 * a bidirectional control is written inside <bdi>...</bdi> (inside option and title, whose
 * content is text only, between the isolate characters FSI and PDI; never in an attribute
 * or a textarea, whose values must come back unchanged), and a control it leaves open is
 * closed where it ends, so that a name with a right-to-left override (U+202E) cannot reorder
 * the text around it. Left-to-right text comes out byte for byte as it went in.
 * Owns: nothing; writes into a Buf in the request's arena. */
#ifndef TRAJECT_HTML_H
#define TRAJECT_HTML_H

#include <stdarg.h>

#include "core/buf.h"

/* Html.content */
enum { CONTENT_FLOW, CONTENT_TEXT, CONTENT_RAW };

typedef struct Html {
    Buf buf;
    /* where the next %s lands, from the literal text written so far (html_track): inside a
     * tag (an attribute), in an element whose content is raw text (textarea, script, style),
     * in one whose content is text only (option, title), or in ordinary content */
    unsigned char in_tag, content;
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
