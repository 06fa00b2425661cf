/* book.c — see book.h. */
#include "xlsx/book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

/* What a sheet's name may hold: 31 characters at most (counted in bytes, cut before a
 * UTF-8 continuation byte), none of []:*?/\ . */
static void sheet_name(const char *name, char out[32])
{
    size_t n = 0;
    for (const char *s = name; *s && n < 31; s++)
        out[n++] = strchr("[]:*?/\\", *s) ? ' ' : *s;
    while (n > 0 && n < strlen(name) && ((unsigned char)name[n] & 0xC0) == 0x80)
        n--; /* a character cut in two: drop its first bytes */
    out[n] = '\0';
    if (!n)
        snprintf(out, 32, "Sheet");
}

/* A column's width in characters: its longest cell, within reason. */
static double column_width(const XlsxSheet *s, int col)
{
    size_t w = strlen(s->head[col]);
    for (int r = 0; r < s->nrows; r++) {
        const XlsxCell *c = &s->cells[r * s->ncols + col];
        size_t len =
            c->text ? strlen(c->text) : (size_t)snprintf(NULL, 0, "%lld", (long long)c->num);
        if (len > w)
            w = len;
    }
    return w < 8 ? 10 : w > 60 ? 62 : (double)w + 2;
}

static bool write_sheet(lxw_workbook *book, lxw_format *bold, const XlsxSheet *s, int index)
{
    char name[32];
    sheet_name(s->name, name);
    lxw_worksheet *ws = workbook_add_worksheet(book, name);
    if (!ws) { /* a name given twice: number it */
        char numbered[48];
        snprintf(numbered, sizeof numbered, "%.24s (%d)", name, (index + 1) % 1000);
        ws = workbook_add_worksheet(book, numbered);
    }
    if (!ws)
        return false;
    for (int c = 0; c < s->ncols; c++) {
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, column_width(s, c), NULL);
        worksheet_write_string(ws, 0, (lxw_col_t)c, s->head[c], bold);
    }
    for (int r = 0; r < s->nrows; r++)
        for (int c = 0; c < s->ncols; c++) {
            const XlsxCell *x = &s->cells[r * s->ncols + c];
            lxw_error e = x->text ? worksheet_write_string(ws, (lxw_row_t)(r + 1), (lxw_col_t)c,
                                                           x->text, NULL)
                                  : worksheet_write_number(ws, (lxw_row_t)(r + 1), (lxw_col_t)c,
                                                           (double)x->num, NULL);
            if (e != LXW_NO_ERROR)
                return false;
        }
    worksheet_freeze_panes(ws, 1, 0);
    return true;
}

bool xlsx_book(const XlsxSheet *sheets, int n, Arena *a, char **out, size_t *len)
{
    const char *dir = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof path, "%s/traject-XXXXXX.xlsx", dir && *dir ? dir : "/tmp");
    int fd = mkstemps(path, 5);
    if (fd < 0)
        return false;
    close(fd);
    bool ok = false;
    lxw_workbook *book = workbook_new(path);
    if (book) {
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);
        ok = true;
        for (int i = 0; i < n && ok; i++)
            ok = write_sheet(book, bold, &sheets[i], i);
        ok = workbook_close(book) == LXW_NO_ERROR && ok;
    }
    FILE *f = ok ? fopen(path, "rb") : NULL;
    ok = false;
    if (f && fseek(f, 0, SEEK_END) == 0) {
        long size = ftell(f);
        if (size > 0 && fseek(f, 0, SEEK_SET) == 0) {
            *out = arena_alloc(a, (size_t)size);
            *len = fread(*out, 1, (size_t)size, f);
            ok = *len == (size_t)size;
        }
    }
    if (f)
        fclose(f);
    unlink(path);
    return ok;
}
