/* buf.h — a growable byte buffer living in an arena, and small string helpers.
 * Owns: nothing beyond the arena it writes into. */
#ifndef TRAJECT_BUF_H
#define TRAJECT_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef struct Buf {
    Arena *arena;
    char *data; /* always NUL-terminated when len > 0 or after buf_init */
    size_t len, cap;
} Buf;

void buf_init(Buf *b, Arena *a, size_t cap);
void buf_add(Buf *b, const void *p, size_t n);
void buf_adds(Buf *b, const char *s);
void buf_addc(Buf *b, char c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* True when s[0..n) is well-formed UTF-8 without NUL bytes, overlongs or surrogates. */
bool utf8_valid(const char *s, size_t n);

/* Percent-encodes s for a URL query value or path segment (RFC 3986 unreserved kept). */
char *url_arg(Arena *a, const char *s);

/* Parses a decimal int64 that fills the whole string; false on anything else. */
bool parse_int64(const char *s, int64_t *out);

/* Trims ASCII white space at both ends, in place; returns s. */
char *str_trim(char *s);

/* The lines of text (NULL: none) that are not blank, each without the spaces, tabs and
 * carriage returns at its ends, copied into a: *out gets the array, the count is returned. */
int str_lines(Arena *a, const char *text, const char ***out);

/* Lower-cases ASCII letters, in place; returns s. */
char *str_lower_ascii(char *s);

/* Hex of n bytes into out (2n+1 bytes). */
void hex_encode(const unsigned char *in, size_t n, char *out);

#endif
