/* sheet.c — draws the sign-in sheet of a training session with libharu.
 *
 * Owns: one document per call (pdf/doc.h), begun and ended here (one exit, at done:).
 * libharu's first error is kept in the PdfDoc; the drawing checks it after every page and
 * before saving, and checks every pointer that libharu returns. Nothing is longjmp'ed over
 * and nothing is kept between calls.
 * Does not own: the strings (the caller's), the resulting bytes (the caller's arena).
 *
 * Text is UTF-8 through libharu's UTF-8 encoder with a TrueType font embedded as a
 * subset: accented and other Latin letters print as they are. A character the font lacks
 * prints as the font's blank glyph (libharu drops characters beyond the BMP). */
#include "pdf/sheet.h"

#include "pdf/doc.h"

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

static void box(PdfDoc *d, float x, float y, float w, float h)
{
    HPDF_Page_Rectangle(d->page, x, y, w, h);
    HPDF_Page_Stroke(d->page);
}

static void line(PdfDoc *d, float x0, float y0, float x1, float y1)
{
    HPDF_Page_MoveTo(d->page, x0, y0);
    HPDF_Page_LineTo(d->page, x1, y1);
    HPDF_Page_Stroke(d->page);
}

/* --- the parts of a page ------------------------------------------------------- */

/* The width of the widest of n labels at 10 points, at most max: the column they stand in. */
static float labels_width(PdfDoc *d, const char *const *labels, int n, float max)
{
    float lw = 0;
    for (int i = 0; i < n; i++) {
        float w = pdf_text_width(d, labels[i], strlen(labels[i]), 10);
        lw = w > lw ? w : lw;
    }
    return lw > max ? max : lw;
}

static void header(PdfDoc *d, const Sheet *s)
{
    float y = PAGE_H - MARGIN;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    pdf_text_fit(d, MARGIN, y - 9, WIDTH, 9, 7, s->org, PDF_LEFT);
    HPDF_Page_SetGrayFill(d->page, 0);
    pdf_text_fit(d, MARGIN, y - 33, WIDTH, 18, 12, s->label.title, PDF_LEFT);

    const char *labels[] = {s->label.programme, s->label.cohort, s->label.date, s->label.location};
    const char *values[] = {s->programme, s->cohort, s->when, s->location};
    float lw = labels_width(d, labels, 4, WIDTH / 3);
    for (int i = 0; i < 4; i++) {
        float by = y - 53 - 15 * (float)i;
        HPDF_Page_SetGrayFill(d->page, 0.35f);
        pdf_text_fit(d, MARGIN, by, lw, 10, 7, labels[i], PDF_LEFT);
        HPDF_Page_SetGrayFill(d->page, 0);
        pdf_text_fit(d, MARGIN + lw + 10, by, WIDTH - lw - 10, 10, 7, values[i], PDF_LEFT);
    }
}

static void table_head(PdfDoc *d, const Sheet *s)
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
        pdf_text_fit(d, x + PAD, y + 7, widths[i] - 2 * PAD, 9, 6, labels[i],
                     i ? PDF_LEFT : PDF_CENTRE);
        x += widths[i];
    }
}

/* Row i (from 0) of the page, for the name numbered number. */
static void row(PdfDoc *d, int i, size_t number, const char *name)
{
    float y = TABLE_TOP - HEAD_H - ROW_H * (float)(i + 1), x = MARGIN;
    char num[24];
    snprintf(num, sizeof num, "%zu", number);
    box(d, x, y, COL_NUM, ROW_H);
    pdf_text_fit(d, x, y + 13, COL_NUM - PAD, 10, 7, num, PDF_RIGHT);
    x += COL_NUM;
    box(d, x, y, COL_NAME, ROW_H);
    pdf_text_fit(d, x + PAD, y + 13, COL_NAME - 2 * PAD, 11, 8, name ? name : "", PDF_LEFT);
    x += COL_NAME;
    box(d, x, y, COL_SIGN, ROW_H);
    x += COL_SIGN;
    box(d, x, y, COL_ARRIVAL, ROW_H);
    HPDF_Page_SetGrayFill(d->page, 0.6f); /* a hint of where hours and minutes go */
    pdf_text_fit(d, x, y + 13, COL_ARRIVAL, 11, 11, ":", PDF_CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0);
}

/* The trainer's name and signature, below the table whose bottom edge is at top. */
static void trainer(PdfDoc *d, const Sheet *s, float top)
{
    const char *labels[] = {s->label.trainer_name, s->label.trainer_signature};
    float lw = labels_width(d, labels, 2, WIDTH / 2);
    for (int i = 0; i < 2; i++) {
        float y = top - 28 - 34 * (float)i;
        pdf_text_fit(d, MARGIN, y, lw, 10, 7, labels[i], PDF_LEFT);
        line(d, MARGIN + lw + 10, y - 3, MARGIN + WIDTH, y - 3);
    }
}

static void footer(PdfDoc *d, const Sheet *s, int page, int pages)
{
    const char *label = s->page_label ? s->page_label(s->ctx, page, pages) : NULL;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    pdf_text_fit(d, MARGIN, FOOTER_Y, WIDTH, 8, 6, label, PDF_CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0);
}

/* --- the document -------------------------------------------------------------- */

SheetStatus sheet_pdf(const Sheet *s, Arena *a, char **pdf, size_t *len, unsigned long *hpdf_error)
{
    SheetStatus status = SHEET_FAILED;
    PdfDoc d;
    *pdf = NULL;
    *len = 0;

    int pages = sheet_paginate(s->nnames, NULL, 0);
    int *per_page = arena_alloc(a, sizeof *per_page * (size_t)pages);
    sheet_paginate(s->nnames, per_page, pages);

    PdfStatus begun = pdf_doc_begin(&d, a, s->font_path);
    if (begun != PDF_OK) {
        status = begun == PDF_NO_FONT ? SHEET_NO_FONT : SHEET_FAILED;
        goto done;
    }

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
                pdf_text_fit(&d, MARGIN + PAD, bottom - 20, WIDTH - 2 * PAD, 10, 7, s->label.empty,
                             PDF_LEFT);
                bottom -= ROW_H;
            }
            trainer(&d, s, bottom);
        }
        footer(&d, s, p + 1, pages);
        if (d.err)
            goto done;
    }

    if (pdf_doc_save(&d, pdf, len))
        status = SHEET_OK;

done:
    if (hpdf_error)
        *hpdf_error = (unsigned long)d.err;
    pdf_doc_end(&d);
    return status;
}
