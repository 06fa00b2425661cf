/* report.c — draws a report of figures with libharu (see report.h).
 *
 * Owns: nothing; the document is pdf_doc_make's (pdf/doc.h), which keeps libharu's first
 * error and checks it before saving. */
#include "pdf/report.h"

#include <hpdf.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* A4 portrait, in points */
#define PAGE_W 595.276f
#define PAGE_H 841.89f
#define MARGIN 48.0f
#define WIDTH (PAGE_W - 2 * MARGIN)
#define BOTTOM 56.0f
#define ROW_H 16.0f
#define BAR_H 7.0f
#define LABEL_W 150.0f

/* the colours of the series, as in the page's chart */
static const float colours[][3] = {
    {0.12f, 0.37f, 0.55f}, {0.85f, 0.51f, 0.17f}, {0.18f, 0.52f, 0.25f}, {0.45f, 0.30f, 0.60f}};
#define COLOURS ((int)(sizeof colours / sizeof colours[0]))

typedef struct Pen {
    PdfDoc *d;
    const ReportDoc *r;
    float y; /* the next baseline */
    int page;
} Pen;

static bool new_page(Pen *p)
{
    p->d->page = HPDF_AddPage(p->d->pdf);
    if (!p->d->page)
        return false;
    HPDF_Page_SetSize(p->d->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    p->page++;
    char n[16];
    snprintf(n, sizeof n, "%d", p->page);
    HPDF_Page_SetGrayFill(p->d->page, 0.4f);
    pdf_text_fit(p->d, MARGIN, 28, WIDTH, 8, 8, p->r->org, PDF_LEFT);
    pdf_text_fit(p->d, MARGIN, 28, WIDTH, 8, 8, n, PDF_RIGHT);
    HPDF_Page_SetGrayFill(p->d->page, 0);
    p->y = PAGE_H - MARGIN;
    return true;
}

/* Room for h points more, else a new page. */
static bool room(Pen *p, float h)
{
    return p->y - h >= BOTTOM || new_page(p);
}

/* Writes s at size in lines of at most WIDTH points, cut between words. */
static bool wrapped(Pen *p, const char *s, float size)
{
    size_t len = strlen(s), start = 0;
    while (start < len) {
        size_t end = start, fit = start;
        while (end < len) {
            size_t next = end;
            while (next < len && s[next] != ' ')
                next++;
            if (pdf_text_width(p->d, s + start, next - start, size) > WIDTH && fit > start)
                break;
            fit = next;
            end = next < len ? next + 1 : next;
        }
        if (fit == start) /* one word wider than the line */
            fit = end;
        if (!room(p, size * 1.4f))
            return false;
        char line[fit - start + 1];
        memcpy(line, s + start, fit - start);
        line[fit - start] = '\0';
        pdf_text_at(p->d, MARGIN, p->y - size, size, line);
        p->y -= size * 1.4f;
        start = fit;
        while (start < len && s[start] == ' ')
            start++;
    }
    return true;
}

static void fill_colour(PdfDoc *d, int series)
{
    const float *c = colours[series % COLOURS];
    HPDF_Page_SetRGBFill(d->page, c[0], c[1], c[2]);
}

/* The chart: per row its label, then a bar per column, the figure after it. */
static bool chart(Pen *p, const ReportTable *t)
{
    int64_t max = 1;
    for (int i = 0; i < t->chart_rows * t->ncols; i++)
        if (t->bar[i] > max)
            max = t->bar[i];
    float bars_w = WIDTH - LABEL_W - 50;
    float group = (float)t->ncols * (BAR_H + 2) + 6;
    /* the key */
    if (!room(p, 16))
        return false;
    float x = MARGIN;
    for (int c = 0; c < t->ncols; c++) {
        fill_colour(p->d, c);
        HPDF_Page_Rectangle(p->d->page, x, p->y - 10, 8, 8);
        HPDF_Page_Fill(p->d->page);
        HPDF_Page_SetGrayFill(p->d->page, 0);
        pdf_text_at(p->d, x + 11, p->y - 9, 8, p->r->series[c]);
        x += 11 + pdf_text_width(p->d, p->r->series[c], strlen(p->r->series[c]), 8) + 14;
    }
    p->y -= 18;
    for (int i = 0; i < t->chart_rows; i++) {
        if (!room(p, group))
            return false;
        pdf_text_fit(p->d, MARGIN, p->y - 9, LABEL_W - 6, 8, 6, t->label[i], PDF_LEFT);
        for (int c = 0; c < t->ncols; c++) {
            float by = p->y - (float)(c + 1) * (BAR_H + 2);
            int64_t v = t->bar[i * t->ncols + c];
            float w = v > 0 ? (float)v * bars_w / (float)max : 0;
            if (w > 0) {
                fill_colour(p->d, c);
                HPDF_Page_Rectangle(p->d->page, MARGIN + LABEL_W, by, w, BAR_H);
                HPDF_Page_Fill(p->d->page);
                HPDF_Page_SetGrayFill(p->d->page, 0);
            }
            pdf_text_at(p->d, MARGIN + LABEL_W + w + 3, by + 1, 6.5f, t->cell[i * t->ncols + c]);
        }
        p->y -= group;
    }
    p->y -= 8;
    return true;
}

/* One row of the table: the label, then the cells right-aligned in their columns. */
static void table_row(Pen *p, const char *label, const char *const *cells, int ncols, bool bold)
{
    float col_w = (WIDTH - LABEL_W) / (float)ncols;
    float size = bold ? 9.5f : 9;
    pdf_text_fit(p->d, MARGIN, p->y - 11, LABEL_W - 6, size, 6, label, PDF_LEFT);
    for (int c = 0; c < ncols; c++)
        pdf_text_fit(p->d, MARGIN + LABEL_W + (float)c * col_w, p->y - 11, col_w - 6, size, 6,
                     cells[c], PDF_RIGHT);
    HPDF_Page_SetGrayStroke(p->d->page, 0.8f);
    HPDF_Page_SetLineWidth(p->d->page, 0.4f);
    HPDF_Page_MoveTo(p->d->page, MARGIN, p->y - ROW_H + 1);
    HPDF_Page_LineTo(p->d->page, MARGIN + WIDTH, p->y - ROW_H + 1);
    HPDF_Page_Stroke(p->d->page);
    p->y -= ROW_H;
}

static bool table(Pen *p, const ReportTable *t)
{
    if (!room(p, 2 * ROW_H))
        return false;
    table_row(p, t->head[0], t->head + 1, t->ncols, true);
    for (int i = 0; i < t->nrows; i++) {
        if (p->y - ROW_H < BOTTOM) { /* the head again on the next page */
            if (!new_page(p))
                return false;
            table_row(p, t->head[0], t->head + 1, t->ncols, true);
        }
        table_row(p, t->label[i], t->cell + i * t->ncols, t->ncols, i == t->nrows - 1);
    }
    return true;
}

/* The title page, then a page (or more) per table. */
static bool report_draw(PdfDoc *d, const void *ctx)
{
    const ReportDoc *r = ctx;
    Pen p = {.d = d, .r = r};
    if (!new_page(&p))
        return false;
    p.y = PAGE_H - 220;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    pdf_text_fit(d, MARGIN, p.y, WIDTH, 14, 9, r->org, PDF_LEFT);
    HPDF_Page_SetGrayFill(d->page, 0);
    p.y -= 20;
    if (!wrapped(&p, r->title, 24))
        return false;
    pdf_text_fit(d, MARGIN, p.y -= 10, WIDTH, 14, 9, r->subtitle, PDF_LEFT);
    pdf_text_fit(d, MARGIN, p.y -= 22, WIDTH, 11, 8, r->made, PDF_LEFT);
    p.y -= 40;
    if (!wrapped(&p, r->note, 10))
        return false;
    for (int i = 0; i < r->ntables; i++) {
        const ReportTable *t = &r->tables[i];
        if (!new_page(&p))
            return false;
        pdf_text_fit(d, MARGIN, p.y - 18, WIDTH, 18, 10, t->title, PDF_LEFT);
        p.y -= 30;
        if (!wrapped(&p, t->summary, 10))
            return false;
        p.y -= 8;
        if ((t->chart_rows && !chart(&p, t)) || !table(&p, t))
            return false;
    }
    return true;
}

PdfStatus report_pdf(const ReportDoc *r, Arena *a, char **pdf, size_t *len)
{
    return pdf_doc_make(a, r->font_path, report_draw, r, pdf, len);
}
