/* html.c — the escaping printf. Written by hand rather than on vsnprintf so that %s
 * can be escaped while the compiler still checks the arguments (format attribute).
 * Formats are literals (make codecheck), so a conversion the writer does not support is
 * our bug: built with TRAJECT_DEBUG (the test builds), the writer aborts on one; the
 * normal build ignores flags and widths and stops the format at anything else. */
#include "html/html.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

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
    return h;
}

static void esc_n(Html *h, const char *s, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i < n && s[i]; i++) {
        const char *rep;
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
}

void html_esc(Html *h, const char *s)
{
    if (s)
        esc_n(h, s, strlen(s));
}

void html_append(Html *h, const Html *part)
{
    buf_add(&h->buf, part->buf.data, part->buf.len);
}

void html_raw_(Html *h, const char *s)
{
    buf_adds(&h->buf, s);
}

void html_v(Html *h, const char *fmt, va_list ap)
{
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            buf_adds(&h->buf, p);
            return;
        }
        buf_add(&h->buf, p, (size_t)(pct - p));
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
                esc_n(h, s, precision >= 0 ? (size_t)precision : strlen(s));
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
            esc_n(h, &c, 1);
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
