/* csv.c — see csv.h. One pass over the bytes; fields are copied into the arena. */
#include <string.h>

#include "core/buf.h"
#include "domain/csv.h"

static char guess_sep(const char *s, size_t len)
{
    int comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    for (size_t i = 0; i < len && (quoted || (s[i] != '\n' && s[i] != '\r')); i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (!quoted)
            comma += s[i] == ',', semi += s[i] == ';', tab += s[i] == '\t';
    }
    if (tab > semi && tab > comma)
        return '\t';
    return semi > comma ? ';' : ',';
}

static char *trimmed(Arena *a, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return arena_strndup(a, s, n);
}

CsvError csv_parse(Arena *a, const char *text, size_t len, char sep, int max_records,
                   int max_fields, CsvTable *t, int *line)
{
    memset(t, 0, sizeof *t);
    *line = 0;
    if (!utf8_valid(text, len))
        return CSV_NOT_UTF8;
    if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
        text += 3, len -= 3;
    t->sep = sep ? sep : guess_sep(text, len);
    int cap = 16;
    t->rec = arena_alloc(a, sizeof *t->rec * cap);
    char **fields = arena_alloc(a, sizeof *fields * (max_fields + 1));
    Buf cell;
    size_t i = 0;
    int ln = 1;
    while (i < len) {
        int start = ln, nf = 0;
        bool blank = true, end = false;
        while (!end) {
            buf_init(&cell, a, 32);
            bool quoted = false;
            if (i < len && text[i] == '"') {
                quoted = true;
                blank = false;
                i++;
                for (;;) {
                    if (i >= len) {
                        *line = start;
                        return CSV_UNTERMINATED;
                    }
                    if (text[i] == '"') {
                        if (i + 1 < len && text[i + 1] == '"') {
                            buf_addc(&cell, '"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (text[i] == '\n')
                        ln++;
                    buf_addc(&cell, text[i++]);
                }
            }
            /* the rest of the field up to a separator or the end of the line */
            size_t from = i;
            while (i < len && text[i] != t->sep && text[i] != '\n' && text[i] != '\r')
                i++;
            if (i > from) {
                buf_add(&cell, text + from, i - from);
                for (size_t k = from; k < i; k++)
                    if (text[k] != ' ' && text[k] != '\t')
                        blank = false;
            }
            if (nf == max_fields) {
                *line = start;
                return CSV_TOO_MANY_FIELDS;
            }
            fields[nf++] = quoted ? arena_strndup(a, cell.data ? cell.data : "", cell.len)
                                  : trimmed(a, cell.data ? cell.data : "", cell.len);
            if (i < len && text[i] == t->sep) {
                i++;
                blank = false;
                continue;
            }
            if (i < len && text[i] == '\r')
                i++;
            if (i < len && text[i] == '\n')
                i++;
            ln++;
            end = true;
        }
        if (blank)
            continue;
        if (t->n == max_records) {
            *line = start;
            return CSV_TOO_MANY_RECORDS;
        }
        if (t->n == cap) {
            CsvRecord *more = arena_alloc(a, sizeof *more * cap * 2);
            memcpy(more, t->rec, sizeof *more * cap);
            t->rec = more;
            cap *= 2;
        }
        CsvRecord *r = &t->rec[t->n++];
        r->line = start;
        r->n = nf;
        r->f = arena_alloc(a, sizeof *r->f * nf);
        memcpy(r->f, fields, sizeof *r->f * nf);
    }
    return CSV_OK;
}

char *csv_key(Arena *a, const char *cell)
{
    size_t n = strlen(cell), k = 0;
    char *out = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        char c = cell[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[k++] = c;
    }
    out[k] = 0;
    return out;
}

/* --- writing --- */

/* "-12.50", "3", "1250,5": a number a spreadsheet reads as a value, not a formula. */
static bool plain_number(const char *s)
{
    if (*s == '-')
        s++;
    if (!(*s >= '0' && *s <= '9'))
        return false;
    while (*s >= '0' && *s <= '9')
        s++;
    if (*s == '.' || *s == ',') {
        s++;
        if (!(*s >= '0' && *s <= '9'))
            return false;
        while (*s >= '0' && *s <= '9')
            s++;
    }
    return *s == '\0';
}

bool csv_is_formula(const char *s)
{
    if (!s)
        return false;
    switch (s[0]) {
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '-':
        return !plain_number(s);
    default:
        return false;
    }
}

void csv_begin(CsvWriter *w, Buf *out, bool bom)
{
    w->out = out;
    w->col = 0;
    if (bom)
        buf_adds(out, "\xEF\xBB\xBF");
}

static void cell_write(CsvWriter *w, const char *s, bool quote)
{
    if (!s)
        s = "";
    if (w->col++)
        buf_addc(w->out, ',');
    size_t n = strlen(s);
    if (!quote)
        quote = strpbrk(s, ",\";\r\n") || (n && (s[0] == ' ' || s[n - 1] == ' '));
    bool formula = csv_is_formula(s);
    if (quote || formula) /* an apostrophe-prefixed cell is quoted too: it is text */
        buf_addc(w->out, '"');
    if (formula)
        buf_addc(w->out, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            buf_addc(w->out, '"');
        buf_addc(w->out, *p);
    }
    if (quote || formula)
        buf_addc(w->out, '"');
}

void csv_cell(CsvWriter *w, const char *s)
{
    cell_write(w, s, false);
}

void csv_text(CsvWriter *w, const char *s)
{
    cell_write(w, s, true);
}

void csv_num(CsvWriter *w, int64_t n)
{
    if (w->col++)
        buf_addc(w->out, ',');
    buf_printf(w->out, "%lld", (long long)n);
}

void csv_cents(CsvWriter *w, int64_t cents)
{
    if (w->col++)
        buf_addc(w->out, ',');
    int64_t a = cents < 0 ? -cents : cents;
    if (a % 100)
        buf_printf(w->out, "%s%lld.%02lld", cents < 0 ? "-" : "", (long long)(a / 100),
                   (long long)(a % 100));
    else
        buf_printf(w->out, "%s%lld", cents < 0 ? "-" : "", (long long)(a / 100));
}

void csv_end_line(CsvWriter *w)
{
    buf_adds(w->out, "\r\n");
    w->col = 0;
}
