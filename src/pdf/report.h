/* report.h — a report of figures as PDF (libharu), for a funder: a title page (who, what,
 * which period, when it was made, and the note that says how small counts are hidden), then
 * per table its title, a sentence, a bar chart of its rows and the table itself, on as many
 * A4 pages as it takes.
 *
 * Pure: no SQL, no HTTP, no translation lookups. The caller hands over every string,
 * already translated and in UTF-8. Owns nothing after report_pdf returns (one libharu
 * document per call, pdf/doc.h). */
#ifndef TRAJECT_PDF_REPORT_H
#define TRAJECT_PDF_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "pdf/doc.h"

/* A table of figures: nrows rows of ncols cells, as shown ("12", "< 10", "hidden"), each
 * with the length of its bar in the chart (-1: no bar, a hidden figure). The first
 * chart_rows rows are charted (not the totals). */
typedef struct ReportTable {
    const char *title;
    const char *summary;
    int ncols, nrows, chart_rows;
    const char *const *head;  /* ncols + 1: the rows' heading, then the columns' */
    const char *const *label; /* nrows */
    const char *const *cell;  /* nrows * ncols, row by row */
    const int64_t *bar;       /* nrows * ncols */
} ReportTable;

typedef struct ReportDoc {
    const char *font_path; /* a TrueType font with the letters of the names */
    const char *org, *title, *subtitle, *made;
    const char *note;          /* how small counts are hidden */
    const char *const *series; /* ncols names of the columns, for the chart's key */
    const ReportTable *tables;
    int ntables;
} ReportDoc;

/* On PDF_OK, *pdf (in a) and *len hold the document. */
PdfStatus report_pdf(const ReportDoc *r, Arena *a, char **pdf, size_t *len);

#endif
