/* sheet.c — draws the sign-in sheet of a training session with libharu.
 *
 * Owns: one HPDF_Doc per call, created and freed here (one exit, at done:). libharu
 * reports errors through on_error, which records the first one in the call's Draw; the
 * drawing checks it after every page and before saving, and checks every pointer that
 * libharu returns. Nothing is longjmp'ed over and nothing is kept between calls.
 * Does not own: the strings (the caller's), the resulting bytes (the caller's arena).
 *
 * Text is UTF-8 through libharu's UTF-8 encoder with a TrueType font embedded as a
 * subset: accented and other Latin letters print as they are. A character the font lacks
 * prints as the font's blank glyph (libharu drops characters beyond the BMP). */
#include "pdf/sheet.h"

#include <hpdf.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A4 portrait, in points */
#define PAGE_W 595.276f
#define PAGE_H 841.89f
#define MARGIN 42.0f
#define WIDTH (PAGE_W - 2 * MARGIN)

/* the header: organisation, title, four lines of details; then the table */
#define HEADER_H 112.0f
#define TABLE_TOP (PAGE_H - MARGIN - HEADER_H)
#define HEAD_H 22.0f /* the table head */
#define ROW_H 34.0f  /* room for a signature */
#define TABLE_BOTTOM 48.0f
#define FOOTER_Y 26.0f
/* rows that fit on a page, and those the trainer's lines take on the last page */
#define ROWS ((int)((TABLE_TOP - HEAD_H - TABLE_BOTTOM) / ROW_H))
#define TRAINER_H 78.0f
#define TRAINER_ROWS ((int)((TRAINER_H + ROW_H - 1) / ROW_H))

/* the columns: number, name, signature (the rest), arrival time */
#define COL_NUM 30.0f
#define COL_NAME 190.0f
#define COL_ARRIVAL 80.0f
#define COL_SIGN (WIDTH - COL_NUM - COL_NAME - COL_ARRIVAL)
#define PAD 5.0f

_Static_assert(ROWS > TRAINER_ROWS, "a page holds the trainer's lines and at least one row");

/* libharu 2.3 gives a font with its UTF-8 encoder the encoder's own CMap as ToUnicode map:
 * a "begincidrange", which is no ToUnicode operator (poppler warns on every read, and a
 * reader may not copy the text). The codes we write are the characters' UTF-16 code units
 * (Identity-H over Unicode), so the right map is the identity: bfranges of 256 codes (a
 * range may differ only in its last byte), 100 to a block, surrogates left out. The
 * encoder's map stays in the file, unreferenced. Uses libharu's object layer (hpdf.h
 * includes it unless HPDF_SHARED). */
static bool to_unicode_identity(HPDF_Doc pdf, HPDF_Font font)
{
    HPDF_Dict cmap = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!cmap)
        return false;
    cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    HPDF_Stream out = cmap->stream;
    HPDF_STATUS st = HPDF_Stream_WriteStr(
        out, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
             "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
             "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int ranges = 256 - 8, written = 0;
    for (int hi = 0; hi < 256 && st == HPDF_OK; hi++) {
        if (hi >= 0xd8 && hi <= 0xdf)
            continue;
        char line[48];
        if (written % 100 == 0) {
            int block = ranges - written < 100 ? ranges - written : 100;
            snprintf(line, sizeof line, "%s%d beginbfrange\n", written ? "endbfrange\n" : "",
                     block);
            st = HPDF_Stream_WriteStr(out, line);
        }
        snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
        if (st == HPDF_OK)
            st = HPDF_Stream_WriteStr(out, line);
        written++;
    }
    if (st == HPDF_OK)
        st = HPDF_Stream_WriteStr(out, "endbfrange\nendcmap\nCMapName currentdict /CMap "
                                       "defineresource pop\nend\nend\n");
    return st == HPDF_OK && HPDF_Dict_Add(font, "ToUnicode", cmap) == HPDF_OK;
}

typedef struct Draw {
    HPDF_Doc pdf;
    HPDF_Page page;
    HPDF_Font font;
    Arena *arena;
    HPDF_STATUS err, detail; /* the first error libharu reported; 0 when none */
} Draw;

static void HPDF_STDCALL on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user)
{
    Draw *d = user;
    if (!d->err) {
        d->err = error_no;
        d->detail = detail_no;
    }
}

/* libharu allocates through these: out of memory aborts, as everywhere (STYLE.md). */
static void *HPDF_STDCALL sheet_alloc(HPDF_UINT size)
{
    return xmalloc(size ? size : 1);
}

static void HPDF_STDCALL sheet_free(void *p)
{
    free(p);
}

int sheet_paginate(size_t n, int *per_page, int max)
{
    /* Full pages first; the last page keeps TRAINER_ROWS free and at least one name,
     * so that no page shows a table head without rows. */
    size_t last = (size_t)(ROWS - TRAINER_ROWS);
    size_t left = n;
    int pages = 0;
    while (left > last) {
        size_t take = left - 1 < (size_t)ROWS ? left - 1 : (size_t)ROWS;
        if (per_page && pages < max)
            per_page[pages] = (int)take;
        pages++;
        left -= take;
    }
    if (per_page && pages < max)
        per_page[pages] = (int)left;
    return pages + 1;
}

/* --- drawing primitives -------------------------------------------------------- */

static float text_width(Draw *d, const char *s, size_t len, float size)
{
    HPDF_TextWidth tw = HPDF_Font_TextWidth(d->font, (const HPDF_BYTE *)s, (HPDF_UINT)len);
    return (float)tw.width * size / 1000.0f;
}

static void text_at(Draw *d, float x, float y, float size, const char *s)
{
    if (!s || !*s)
        return;
    HPDF_Page_BeginText(d->page);
    HPDF_Page_SetFontAndSize(d->page, d->font, size);
    HPDF_Page_TextOut(d->page, x, y, s);
    HPDF_Page_EndText(d->page);
}

enum { LEFT, RIGHT, CENTRE };

/* Writes s in a box of width points starting at x: at size if it fits, else smaller down
 * to min, else at min cut after a whole character and ended with an ellipsis. */
static void text_fit(Draw *d, float x, float y, float width, float size, float min, const char *s,
                     int align)
{
    if (!s || !*s)
        return;
    size_t len = strlen(s);
    float w = text_width(d, s, len, size);
    if (w > width && min < size) {
        float smaller = size * width / w;
        size = smaller < min ? min : smaller;
        w = text_width(d, s, len, size);
    }
    const char *out = s;
    if (w > width) {
        static const char ellipsis[] = "…";
        char *cut = arena_alloc(d->arena, len + sizeof ellipsis);
        size_t n = len;
        do {
            do /* back to the start of a UTF-8 character */
                n--;
            while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80);
            memcpy(cut, s, n);
            memcpy(cut + n, ellipsis, sizeof ellipsis);
            w = text_width(d, cut, n + sizeof ellipsis - 1, size);
        } while (n > 0 && w > width);
        out = cut;
    }
    if (align == RIGHT)
        x += width - w;
    else if (align == CENTRE)
        x += (width - w) / 2;
    text_at(d, x, y, size, out);
}

static void box(Draw *d, float x, float y, float w, float h)
{
    HPDF_Page_Rectangle(d->page, x, y, w, h);
    HPDF_Page_Stroke(d->page);
}

static void line(Draw *d, float x0, float y0, float x1, float y1)
{
    HPDF_Page_MoveTo(d->page, x0, y0);
    HPDF_Page_LineTo(d->page, x1, y1);
    HPDF_Page_Stroke(d->page);
}

/* --- the parts of a page ------------------------------------------------------- */

static void header(Draw *d, const Sheet *s)
{
    float y = PAGE_H - MARGIN;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    text_fit(d, MARGIN, y - 9, WIDTH, 9, 7, s->org, LEFT);
    HPDF_Page_SetGrayFill(d->page, 0);
    text_fit(d, MARGIN, y - 33, WIDTH, 18, 12, s->label.title, LEFT);

    const char *labels[] = {s->label.programme, s->label.cohort, s->label.date, s->label.location};
    const char *values[] = {s->programme, s->cohort, s->when, s->location};
    float lw = 0;
    for (int i = 0; i < 4; i++) {
        float w = text_width(d, labels[i], strlen(labels[i]), 10);
        lw = w > lw ? w : lw;
    }
    lw = lw > WIDTH / 3 ? WIDTH / 3 : lw;
    for (int i = 0; i < 4; i++) {
        float by = y - 53 - 15 * (float)i;
        HPDF_Page_SetGrayFill(d->page, 0.35f);
        text_fit(d, MARGIN, by, lw, 10, 7, labels[i], LEFT);
        HPDF_Page_SetGrayFill(d->page, 0);
        text_fit(d, MARGIN + lw + 10, by, WIDTH - lw - 10, 10, 7, values[i], LEFT);
    }
}

static void table_head(Draw *d, const Sheet *s)
{
    float y = TABLE_TOP - HEAD_H, x = MARGIN;
    HPDF_Page_SetGrayFill(d->page, 0.88f);
    HPDF_Page_Rectangle(d->page, MARGIN, y, WIDTH, HEAD_H);
    HPDF_Page_Fill(d->page);
    HPDF_Page_SetGrayFill(d->page, 0);
    const float widths[] = {COL_NUM, COL_NAME, COL_SIGN, COL_ARRIVAL};
    const char *labels[] = {s->label.number, s->label.name, s->label.signature, s->label.arrival};
    for (int i = 0; i < 4; i++) {
        box(d, x, y, widths[i], HEAD_H);
        text_fit(d, x + PAD, y + 7, widths[i] - 2 * PAD, 9, 6, labels[i], i ? LEFT : CENTRE);
        x += widths[i];
    }
}

/* Row i (from 0) of the page, for the name numbered number. */
static void row(Draw *d, int i, size_t number, const char *name)
{
    float y = TABLE_TOP - HEAD_H - ROW_H * (float)(i + 1), x = MARGIN;
    char num[24];
    snprintf(num, sizeof num, "%zu", number);
    box(d, x, y, COL_NUM, ROW_H);
    text_fit(d, x, y + 13, COL_NUM - PAD, 10, 7, num, RIGHT);
    x += COL_NUM;
    box(d, x, y, COL_NAME, ROW_H);
    text_fit(d, x + PAD, y + 13, COL_NAME - 2 * PAD, 11, 8, name ? name : "", LEFT);
    x += COL_NAME;
    box(d, x, y, COL_SIGN, ROW_H);
    x += COL_SIGN;
    box(d, x, y, COL_ARRIVAL, ROW_H);
    HPDF_Page_SetGrayFill(d->page, 0.6f); /* a hint of where hours and minutes go */
    text_fit(d, x, y + 13, COL_ARRIVAL, 11, 11, ":", CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0);
}

/* The trainer's name and signature, below the table whose bottom edge is at top. */
static void trainer(Draw *d, const Sheet *s, float top)
{
    const char *labels[] = {s->label.trainer_name, s->label.trainer_signature};
    float lw = 0;
    for (int i = 0; i < 2; i++) {
        float w = text_width(d, labels[i], strlen(labels[i]), 10);
        lw = w > lw ? w : lw;
    }
    lw = lw > WIDTH / 2 ? WIDTH / 2 : lw;
    for (int i = 0; i < 2; i++) {
        float y = top - 28 - 34 * (float)i;
        text_fit(d, MARGIN, y, lw, 10, 7, labels[i], LEFT);
        line(d, MARGIN + lw + 10, y - 3, MARGIN + WIDTH, y - 3);
    }
}

static void footer(Draw *d, const Sheet *s, int page, int pages)
{
    const char *label = s->page_label ? s->page_label(s->ctx, page, pages) : NULL;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    text_fit(d, MARGIN, FOOTER_Y, WIDTH, 8, 6, label, CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0);
}

/* --- the document -------------------------------------------------------------- */

SheetStatus sheet_pdf(const Sheet *s, Arena *a, char **pdf, size_t *len, unsigned long *hpdf_error)
{
    SheetStatus status = SHEET_FAILED;
    Draw d = {.arena = a};
    *pdf = NULL;
    *len = 0;

    int pages = sheet_paginate(s->nnames, NULL, 0);
    int *per_page = arena_alloc(a, sizeof *per_page * (size_t)pages);
    sheet_paginate(s->nnames, per_page, pages);

    d.pdf = HPDF_NewEx(on_error, sheet_alloc, sheet_free, 0, &d);
    if (!d.pdf)
        goto done;
    if (HPDF_SetCompressionMode(d.pdf, HPDF_COMP_ALL) != HPDF_OK ||
        HPDF_UseUTFEncodings(d.pdf) != HPDF_OK)
        goto done;
    const char *font_name = HPDF_LoadTTFontFromFile(d.pdf, s->font_path, HPDF_TRUE);
    if (!font_name || d.err) {
        status = SHEET_NO_FONT;
        goto done;
    }
    d.font = HPDF_GetFont(d.pdf, font_name, "UTF-8");
    if (!d.font || d.err || !to_unicode_identity(d.pdf, d.font) || d.err)
        goto done;

    size_t next = 0; /* index of the next name */
    for (int p = 0; p < pages; p++) {
        d.page = HPDF_AddPage(d.pdf);
        if (!d.page)
            goto done;
        HPDF_Page_SetSize(d.page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        HPDF_Page_SetLineWidth(d.page, 0.8f);
        header(&d, s);
        table_head(&d, s);
        for (int i = 0; i < per_page[p]; i++, next++)
            row(&d, i, next + 1, s->names[next]);
        float bottom = TABLE_TOP - HEAD_H - ROW_H * (float)per_page[p];
        if (p == pages - 1) {
            if (s->nnames == 0) {
                text_fit(&d, MARGIN + PAD, bottom - 20, WIDTH - 2 * PAD, 10, 7, s->label.empty,
                         LEFT);
                bottom -= ROW_H;
            }
            trainer(&d, s, bottom);
        }
        footer(&d, s, p + 1, pages);
        if (d.err)
            goto done;
    }

    if (HPDF_SaveToStream(d.pdf) != HPDF_OK || d.err)
        goto done;
    HPDF_UINT32 size = HPDF_GetStreamSize(d.pdf);
    if (size == 0)
        goto done;
    char *bytes = arena_alloc(a, size);
    HPDF_UINT32 got = size;
    HPDF_STATUS rs = HPDF_ReadFromStream(d.pdf, (HPDF_BYTE *)bytes, &got);
    if ((rs != HPDF_OK && rs != HPDF_STREAM_EOF) || got != size)
        goto done;
    *pdf = bytes;
    *len = size;
    status = SHEET_OK;

done:
    if (hpdf_error)
        *hpdf_error = (unsigned long)d.err;
    if (d.pdf)
        HPDF_Free(d.pdf);
    return status;
}
