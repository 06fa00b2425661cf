/* labels.h — a sheet of QR labels for equipment, as PDF (libharu): A4 pages of 3 × 8
 * labels (70 × 37 mm, the common sticker sheet), each with a QR code of the item's page and
 * beside it the organisation, the item's label, its serial number and kind.
 *
 * Pure: no SQL, no HTTP, no translation lookups. The caller hands over every string,
 * already translated and in UTF-8. Owns nothing after labels_pdf returns. */
#ifndef TRAJECT_PDF_LABELS_H
#define TRAJECT_PDF_LABELS_H

#include <stddef.h>

#include "core/arena.h"
#include "pdf/doc.h"

typedef struct Label {
    const char *title; /* the item's label */
    const char *line1; /* "S/N 4711-A" or "" */
    const char *line2; /* "Tablet" */
    const char *url;   /* the item's page, in the QR code */
} Label;

typedef struct LabelSheet {
    const char *font_path; /* a TrueType font with the Latin letters of the texts */
    const char *org;       /* the organisation, on every label */
    const Label *labels;
    int n; /* at least one */
} LabelSheet;

/* Draws the labels, 24 to a page. On PDF_OK, *pdf (in a) and *len hold the document.
 * PDF_FAILED also when an address is too long for a QR code. */
PdfStatus labels_pdf(const LabelSheet *s, Arena *a, char **pdf, size_t *len);

#endif
