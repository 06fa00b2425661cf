/* certificate.c — draws a credential's certificate with libharu (see certificate.h): a
 * frame, the texts centred, and the QR code of the verify page drawn as filled squares
 * from libqrencode's modules, with the quiet zone a reader needs around it. */
#include "pdf/certificate.h"

/* A4 landscape, in points */
#define PAGE_W 841.89f
#define PAGE_H 595.276f
#define MARGIN 48.0f
#define WIDTH (PAGE_W - 2 * MARGIN)
#define QR_MODULE 3.6f /* points per module: about 1.3 mm, read by a phone at arm's length */

static void frame(PdfDoc *d)
{
    HPDF_Page_SetLineWidth(d->page, 2.0f);
    HPDF_Page_Rectangle(d->page, MARGIN / 2, MARGIN / 2, PAGE_W - MARGIN, PAGE_H - MARGIN);
    HPDF_Page_Stroke(d->page);
    HPDF_Page_SetLineWidth(d->page, 0.6f);
    HPDF_Page_Rectangle(d->page, MARGIN / 2 + 6, MARGIN / 2 + 6, PAGE_W - MARGIN - 12,
                        PAGE_H - MARGIN - 12);
    HPDF_Page_Stroke(d->page);
}

/* Draws the page (a PdfDrawFn); false when the address is too long for a QR code. */
static bool certificate_draw(PdfDoc *d, const void *ctx)
{
    const Certificate *c = ctx;
    if (!(d->page = HPDF_AddPage(d->pdf)))
        return false;
    HPDF_Page_SetSize(d->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE);
    frame(d);
    float y = PAGE_H - MARGIN - 30;
    HPDF_Page_SetGrayFill(d->page, 0.35f);
    pdf_text_fit(d, MARGIN, y, WIDTH, 14, 9, c->org, PDF_CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0);
    pdf_text_fit(d, MARGIN, y -= 52, WIDTH, 34, 18, c->title, PDF_CENTRE);
    pdf_text_fit(d, MARGIN, y -= 40, WIDTH, 13, 9, c->intro, PDF_CENTRE);
    pdf_text_fit(d, MARGIN, y -= 38, WIDTH, 28, 14, c->learner, PDF_CENTRE);
    pdf_text_fit(d, MARGIN, y -= 32, WIDTH, 13, 9, c->earned, PDF_CENTRE);
    pdf_text_fit(d, MARGIN, y -= 32, WIDTH, 22, 12, c->achievement, PDF_CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0.25f);
    pdf_text_fit(d, MARGIN, y -= 24, WIDTH, 11, 7, c->description, PDF_CENTRE);
    HPDF_Page_SetGrayFill(d->page, 0);
    /* the foot: dates on the left, the QR code and its address on the right */
    float side = pdf_qr(d, PAGE_W - MARGIN - 150, MARGIN + 22, QR_MODULE, 0, c->verify_url);
    if (side == 0)
        return false;
    float left_w = PAGE_W - 2 * MARGIN - side - 40;
    pdf_text_fit(d, MARGIN + 12, MARGIN + 70, left_w, 12, 8, c->issued, PDF_LEFT);
    pdf_text_fit(d, MARGIN + 12, MARGIN + 52, left_w, 12, 8, c->valid, PDF_LEFT);
    pdf_text_fit(d, MARGIN + 12, MARGIN + 30, left_w, 9, 6, c->check, PDF_LEFT);
    pdf_text_fit(d, MARGIN + 12, MARGIN + 18, left_w, 9, 6, c->verify_url, PDF_LEFT);
    return true;
}

PdfStatus certificate_pdf(const Certificate *c, Arena *a, char **pdf, size_t *len)
{
    return pdf_doc_make(a, c->font_path, certificate_draw, c, pdf, len);
}
