/* html.c — the escaping printf. Written by hand rather than on vsnprintf so that %s
 * can be escaped while the compiler still checks the arguments (format attribute).
 * Formats are literals (make codecheck), so a conversion the writer does not support is
 * our bug: built with TRAJECT_DEBUG (the test builds), the writer aborts on one; the
 * normal build ignores flags and widths and stops the format at anything else. */
#include "html/html.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/log.h"

#ifdef TRAJECT_DEBUG
#define UNSUPPORTED(fmt, what)                                                                     \
    (log_line("bug", __FILE__, __LINE__, "html(): %s in \"%s\"", what, fmt), abort_now())
#else
#define UNSUPPORTED(fmt, what) ((void)0)
#endif

Html *html_new(Arena *a)
{
    Html *h = arena_alloc(a, sizeof *h);
    buf_init(&h->buf, a, 8192);
    h->in_tag = 0;
    h->content = CONTENT_FLOW;
    return h;
}

/* The name of the tag that starts at s (after '<'): whether it is name, as a whole word. */
static bool tag_is(const char *s, size_t n, const char *name)
{
    size_t k = strlen(name);
    if (n < k || strncasecmp(s, name, k))
        return false;
    return n == k || !((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                       (s[k] >= '0' && s[k] <= '9'));
}

/* Follows the literal markup written (never user text: that is escaped, without < or >):
 * whether a tag is open, and what content the element being written holds. */
static void html_track(Html *h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (h->in_tag) {
            h->in_tag = s[i] != '>';
            continue;
        }
        if (s[i] != '<')
            continue;
        h->in_tag = 1;
        const char *t = s + i + 1;
        size_t m = n - i - 1;
        bool end = m && *t == '/';
        if (end)
            t++, m--;
        if (tag_is(t, m, "textarea") || tag_is(t, m, "script") || tag_is(t, m, "style"))
            h->content = end ? CONTENT_FLOW : CONTENT_RAW;
        else if (tag_is(t, m, "option") || tag_is(t, m, "title"))
            h->content = end ? CONTENT_FLOW : CONTENT_TEXT;
    }
}

/* Whether s (n bytes at most) holds a right-to-left letter or a bidirectional control: the
 * Hebrew to NKo and Samaritan to Arabic Extended blocks (U+0590-U+08FF), the Hebrew and
 * Arabic presentation forms, the right-to-left scripts of the SMP (U+10800-U+10FFF,
 * U+1E800-U+1EFFF), the right-to-left mark and the embeddings, overrides and isolates. */
static bool bidi_text(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; i < n && s[i]; i++) {
        unsigned char c = s[i], c1 = i + 1 < n ? s[i + 1] : 0, c2 = i + 2 < n && c1 ? s[i + 2] : 0;
        if (c < 0xd6)
            continue;
        if ((c == 0xd6 && c1 >= 0x90) || (c >= 0xd7 && c <= 0xdf))
            return true;
        if (c == 0xe0 && c1 >= 0xa0 && c1 <= 0xa3)
            return true;
        if (c == 0xe2 && c1 == 0x80 && (c2 == 0x8f || (c2 >= 0xaa && c2 <= 0xae)))
            return true;
        if (c == 0xe2 && c1 == 0x81 && c2 >= 0xa6 && c2 <= 0xa9)
            return true;
        if (c == 0xef && ((c1 == 0xac && c2 >= 0x9d) || (c1 >= 0xad && c1 <= 0xb7) ||
                          (c1 == 0xb9 && c2 >= 0xb0) || c1 == 0xba || (c1 == 0xbb && c2 <= 0xbf)))
            return true;
        if (c == 0xf0 && i + 3 < n && ((c1 == 0x90 && c2 >= 0xa0) || (c1 == 0x9e && c2 >= 0xa0)))
            return true;
    }
    return false;
}

/* Explicit bidirectional controls in text we did not write (a name, an answer) are closed
 * where that text ends, so that a right-to-left override (U+202E) or an isolate opened in it
 * cannot reorder what the page writes after it: the openers (LRE RLE LRO RLO: U+202A, B, D,
 * E; LRI RLI FSI: U+2066 to U+2068) are stacked, PDF (U+202C) and PDI (U+2069) close as the
 * Unicode bidirectional algorithm does, and what is left open gets its closers, innermost
 * first. */
#define BIDI_DEPTH 125 /* the algorithm's own maximum depth */

typedef struct Bidi {
    char open[BIDI_DEPTH]; /* 'e' an embedding or override, 'i' an isolate */
    int n, over;           /* n on the stack; over: openers beyond the maximum, ignored */
} Bidi;

/* c: three bytes starting with 0xe2 */
static void bidi_see(Bidi *b, const unsigned char *c)
{
    if (c[1] != 0x80 && c[1] != 0x81)
        return;
    unsigned cp = 0x2000u | ((unsigned)(c[1] & 0x3f) << 6) | (c[2] & 0x3fu);
    if ((cp >= 0x202a && cp <= 0x202e && cp != 0x202c) || (cp >= 0x2066 && cp <= 0x2068)) {
        if (b->n < BIDI_DEPTH)
            b->open[b->n++] = cp >= 0x2066 ? 'i' : 'e';
        else
            b->over++;
    } else if (cp == 0x202c) { /* PDF: the last embedding, not beyond an isolate */
        if (b->over)
            b->over--;
        else if (b->n && b->open[b->n - 1] == 'e')
            b->n--;
    } else if (cp == 0x2069) { /* PDI: the last isolate and what was opened inside it */
        int k = b->n;
        while (k && b->open[k - 1] != 'i')
            k--;
        if (k) {
            b->n = k - 1;
            b->over = 0;
        }
    }
}

static void bidi_close(Html *h, const Bidi *b)
{
    for (int k = b->n; k > 0; k--)
        buf_adds(&h->buf,
                 b->open[k - 1] == 'i' ? "\xe2\x81\xa9" /* PDI */ : "\xe2\x80\xac" /* PDF */);
}

/* close: close the bidirectional controls s leaves open (element content) */
static void esc_n(Html *h, const char *s, size_t n, bool close)
{
    size_t start = 0;
    Bidi bidi = {.n = 0};
    for (size_t i = 0; i < n && s[i]; i++) {
        const char *rep;
        if (close && (unsigned char)s[i] == 0xe2 && i + 2 < n && s[i + 1] && s[i + 2])
            bidi_see(&bidi, (const unsigned char *)s + i);
        switch (s[i]) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            continue;
        }
        buf_add(&h->buf, s + start, i - start);
        buf_adds(&h->buf, rep);
        start = i + 1;
    }
    size_t len = strnlen(s, n);
    if (len > start)
        buf_add(&h->buf, s + start, len - start);
    bidi_close(h, &bidi);
}

/* Text from outside the program (see html.h: isolated where it is content). */
static void put_text(Html *h, const char *s, size_t n)
{
    /* an attribute or a textarea: the value comes back as it went, and is isolated anyway */
    if (h->in_tag || h->content == CONTENT_RAW || !bidi_text(s, n)) {
        esc_n(h, s, n, false);
        return;
    }
    bool text_only = h->content == CONTENT_TEXT;
    buf_adds(&h->buf, text_only ? "\xe2\x81\xa8" /* FSI */ : "<bdi>");
    esc_n(h, s, n, true);
    buf_adds(&h->buf, text_only ? "\xe2\x81\xa9" /* PDI */ : "</bdi>");
}

void html_esc(Html *h, const char *s)
{
    if (s)
        put_text(h, s, strlen(s));
}

void html_append(Html *h, const Html *part)
{
    buf_add(&h->buf, part->buf.data, part->buf.len);
    html_track(h, part->buf.data, part->buf.len);
}

void html_raw_(Html *h, const char *s)
{
    buf_adds(&h->buf, s);
    html_track(h, s, strlen(s));
}

void html_v(Html *h, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            buf_adds(&h->buf, p);
            html_track(h, p, strlen(p));
            return;
        }
        buf_add(&h->buf, p, (size_t)(pct - p));
        html_track(h, p, (size_t)(pct - p));
        p = pct + 1;
        /* flags and width: accepted, ignored */
        if (*p && strchr("-+ #0'", *p))
            UNSUPPORTED(fmt, "a flag");
        while (*p && strchr("-+ #0", *p))
            p++;
        if ((*p >= '0' && *p <= '9') || *p == '*')
            UNSUPPORTED(fmt, "a width");
        while (*p >= '0' && *p <= '9')
            p++;
        int precision = -1;
        if (*p == '.') {
            p++;
            if (*p == '*') {
                precision = va_arg(ap, int);
                p++;
            } else {
                precision = 0;
                while (*p >= '0' && *p <= '9')
                    precision = precision * 10 + (*p++ - '0');
            }
        }
        int lmod = 0; /* 0 int, 1 long, 2 long long, 3 size_t, 4 intmax_t */
        if (*p == 'h') {
            p++;
            if (*p == 'h')
                p++;
        } else if (*p == 'l') {
            p++;
            lmod = 1;
            if (*p == 'l') {
                p++;
                lmod = 2;
            }
        } else if (*p == 'z') {
            p++;
            lmod = 3;
        } else if (*p == 'j') {
            p++;
            lmod = 4;
        }
        char tmp[32];
        char conv = *p ? *p++ : '\0';
        if (precision >= 0 && conv != 's')
            UNSUPPORTED(fmt, "a precision on another conversion than %s");
        if (lmod && (conv == 's' || conv == 'c'))
            UNSUPPORTED(fmt, "a wide string or character");
        switch (conv) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (s)
                put_text(h, s, precision >= 0 ? (size_t)precision : strlen(s));
            break;
        }
        case 'd':
        case 'i': {
            long long v = lmod == 0   ? va_arg(ap, int)
                          : lmod == 1 ? va_arg(ap, long)
                          : lmod == 2 ? va_arg(ap, long long)
                          : lmod == 3 ? (long long)va_arg(ap, size_t)
                                      : (long long)va_arg(ap, intmax_t);
            snprintf(tmp, sizeof tmp, "%lld", v);
            buf_adds(&h->buf, tmp);
            break;
        }
        case 'u':
        case 'x': {
            unsigned long long v = lmod == 0   ? va_arg(ap, unsigned)
                                   : lmod == 1 ? va_arg(ap, unsigned long)
                                   : lmod == 2 ? va_arg(ap, unsigned long long)
                                   : lmod == 3 ? va_arg(ap, size_t)
                                               : (unsigned long long)va_arg(ap, uintmax_t);
            snprintf(tmp, sizeof tmp, conv == 'u' ? "%llu" : "%llx", v);
            buf_adds(&h->buf, tmp);
            break;
        }
        case 'c': {
            char c = (char)va_arg(ap, int);
            esc_n(h, &c, 1, false);
            break;
        }
        case '%':
            buf_addc(&h->buf, '%');
            break;
        default:
            UNSUPPORTED(fmt, "an unsupported conversion");
            return; /* unreachable with a checked format; stop rather than misread args */
        }
    }
}

void html(Html *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    html_v(h, fmt, ap);
    va_end(ap);
}
