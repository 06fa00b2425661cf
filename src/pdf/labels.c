/* labels.c — draws a sheet of equipment labels with libharu (see labels.h): the labels in
 * rows from the top left, the QR code on the left of each (with its quiet zone), the texts
 * on the right, and a thin grey outline to cut along. */
#include "pdf/labels.h"

/* A4 portrait, in points; 3 × 8 labels of 70 × 37 mm with margins of 4.5 mm top and bottom */
#define PAGE_W 595.276f
#define PAGE_H 841.89f
#define LABEL_COLS 3
#define LABEL_ROWS 8
#define LABEL_W (PAGE_W / LABEL_COLS)
#define LABEL_H 104.88f
#define TOP 12.76f
#define PAD 6.0f

static void label(PdfDoc *d, const LabelSheet *s, const Label *l, float x, float y, bool *ok)
{
    HPDF_Page_SetGrayStroke(d->page, 0.8f);
    HPDF_Page_SetLineWidth(d->page, 0.3f);
    HPDF_Page_Rectangle(d->page, x, y, LABEL_W, LABEL_H);
    HPDF_Page_Stroke(d->page);
    float side = LABEL_H - 2 * PAD;
    if (pdf_qr(d, x + PAD, y + PAD, 0, side, l->url) == 0) {
        *ok = false;
        return;
    }
    float tx = x + PAD + side + 2, tw = LABEL_W - side - 2 * PAD - 2;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    pdf_text_fit(d, tx, y + LABEL_H - 20, tw, 7, 5, s->org, PDF_LEFT);
    HPDF_Page_SetGrayFill(d->page, 0);
    pdf_text_fit(d, tx, y + LABEL_H - 40, tw, 11, 6, l->title, PDF_LEFT);
    pdf_text_fit(d, tx, y + LABEL_H - 58, tw, 8, 5, l->line1, PDF_LEFT);
    pdf_text_fit(d, tx, y + LABEL_H - 72, tw, 8, 5, l->line2, PDF_LEFT);
}

/* Draws the pages (a PdfDrawFn); false when an address is too long for a QR code. */
static bool labels_draw(PdfDoc *d, const void *ctx)
{
    const LabelSheet *s = ctx;
    bool ok = true;
    for (int i = 0; i < s->n && ok; i++) {
        int at = i % (LABEL_COLS * LABEL_ROWS);
        if (at == 0) {
            if (!(d->page = HPDF_AddPage(d->pdf)))
                return false;
            HPDF_Page_SetSize(d->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        }
        float x = (float)(at % LABEL_COLS) * LABEL_W;
        float y = PAGE_H - TOP - (float)(at / LABEL_COLS + 1) * LABEL_H;
        label(d, s, &s->labels[i], x, y, &ok);
    }
    return ok;
}

PdfStatus labels_pdf(const LabelSheet *s, Arena *a, char **pdf, size_t *len)
{
    return pdf_doc_make(a, s->font_path, labels_draw, s, pdf, len);
}
