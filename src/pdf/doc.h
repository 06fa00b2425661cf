/* doc.h — what every printed document shares, drawn with libharu: one document per call
 * (safe on any number of threads at once), its first error kept rather than longjmp'ed,
 * allocation that aborts when memory runs out, a TrueType font embedded as a subset with
 * UTF-8 text that readers can copy (a ToUnicode map libharu 2.3 does not write right), text
 * that fits a box, and the bytes saved into an arena.
 *
 * Owns: the HPDF_Doc between pdf_doc_begin and pdf_doc_end. Does not own: what is drawn
 * (pdf/sheet.c, pdf/certificate.c). */
#ifndef TRAJECT_PDF_DOC_H
#define TRAJECT_PDF_DOC_H

#include <hpdf.h>
#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"

typedef struct PdfDoc {
    HPDF_Doc pdf;
    HPDF_Page page; /* the page being drawn: the caller's HPDF_AddPage */
    HPDF_Font font;
    Arena *arena;
    HPDF_STATUS err, detail; /* the first error libharu reported; 0 when none */
} PdfDoc;

typedef enum PdfStatus {
    PDF_OK = 0,
    PDF_NO_FONT, /* the font file is missing, unreadable or not a TrueType font */
    PDF_FAILED,  /* any other libharu error */
} PdfStatus;

enum { PDF_LEFT, PDF_RIGHT, PDF_CENTRE };

/* Starts a document (compressed, UTF-8) with the TrueType font at font_path. Call
 * pdf_doc_end whatever it returns. */
PdfStatus pdf_doc_begin(PdfDoc *d, Arena *a, const char *font_path);
/* Saves the document into the arena given at the start: *pdf and *len. False on error. */
bool pdf_doc_save(PdfDoc *d, char **pdf, size_t *len);
/* Frees the document. */
void pdf_doc_end(PdfDoc *d);

/* The width in points of len bytes of UTF-8 text at size. */
float pdf_text_width(PdfDoc *d, const char *s, size_t len, float size);
/* Writes s with its baseline at (x, y). */
void pdf_text_at(PdfDoc *d, float x, float y, float size, const char *s);
/* Writes s in a box of width points starting at x (aligned PDF_LEFT, PDF_RIGHT or
 * PDF_CENTRE): at size if it fits, else smaller down to min, else at min cut after a whole
 * character and ended with an ellipsis. */
void pdf_text_fit(PdfDoc *d, float x, float y, float width, float size, float min, const char *s,
                  int align);

/* Draws what draw(d, ctx) draws (it adds its pages; false when it cannot draw them) into a
 * document with the TrueType font at font_path, and saves it into a: *pdf and *len on
 * PDF_OK. Begins and frees the document around the drawing. */
typedef bool (*PdfDrawFn)(PdfDoc *d, const void *ctx);
PdfStatus pdf_doc_make(Arena *a, const char *font_path, PdfDrawFn draw, const void *ctx, char **pdf,
                       size_t *len);

/* Draws a QR code of text (error correction level M) as filled squares of libqrencode's
 * modules. With fit 0: modules of module points, the code's lower left corner at (x, y).
 * With fit > 0: the code and its quiet zone (four modules each side, left white) fill a
 * square of fit points whose lower left corner is (x, y). Returns the code's side in points
 * (without the quiet zone), 0 when the text cannot be encoded (too long). */
float pdf_qr(PdfDoc *d, float x, float y, float module, float fit, const char *text);

#endif
