/* doc.c — what every printed document shares (see doc.h): a libharu document with its
 * error handler and allocator, a TrueType font with a ToUnicode map that readers can copy
 * text through, text that fits a box, and saving into an arena. */
#include "pdf/doc.h"

#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"

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

static void HPDF_STDCALL on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user)
{
    PdfDoc *d = user;
    if (!d->err) {
        d->err = error_no;
        d->detail = detail_no;
    }
}

/* libharu allocates through these: out of memory aborts, as everywhere (STYLE.md). */
static void *HPDF_STDCALL doc_alloc(HPDF_UINT size)
{
    return xmalloc(size ? size : 1);
}

static void HPDF_STDCALL doc_free(void *p)
{
    free(p);
}

PdfStatus pdf_doc_begin(PdfDoc *d, Arena *a, const char *font_path)
{
    memset(d, 0, sizeof *d);
    d->arena = a;
    d->pdf = HPDF_NewEx(on_error, doc_alloc, doc_free, 0, d);
    if (!d->pdf)
        return PDF_FAILED;
    if (HPDF_SetCompressionMode(d->pdf, HPDF_COMP_ALL) != HPDF_OK ||
        HPDF_UseUTFEncodings(d->pdf) != HPDF_OK)
        return PDF_FAILED;
    const char *font_name = HPDF_LoadTTFontFromFile(d->pdf, font_path, HPDF_TRUE);
    if (!font_name || d->err)
        return PDF_NO_FONT;
    d->font = HPDF_GetFont(d->pdf, font_name, "UTF-8");
    if (!d->font || d->err || !to_unicode_identity(d->pdf, d->font) || d->err)
        return PDF_FAILED;
    return PDF_OK;
}

bool pdf_doc_save(PdfDoc *d, char **pdf, size_t *len)
{
    if (HPDF_SaveToStream(d->pdf) != HPDF_OK || d->err)
        return false;
    HPDF_UINT32 size = HPDF_GetStreamSize(d->pdf);
    if (size == 0)
        return false;
    char *bytes = arena_alloc(d->arena, size);
    HPDF_UINT32 got = size;
    HPDF_STATUS rs = HPDF_ReadFromStream(d->pdf, (HPDF_BYTE *)bytes, &got);
    if ((rs != HPDF_OK && rs != HPDF_STREAM_EOF) || got != size)
        return false;
    *pdf = bytes;
    *len = size;
    return true;
}

void pdf_doc_end(PdfDoc *d)
{
    if (d->pdf)
        HPDF_Free(d->pdf);
    d->pdf = NULL;
}

PdfStatus pdf_doc_make(Arena *a, const char *font_path, PdfDrawFn draw, const void *ctx, char **pdf,
                       size_t *len)
{
    PdfDoc d;
    *pdf = NULL;
    *len = 0;
    PdfStatus status = pdf_doc_begin(&d, a, font_path);
    if (status == PDF_OK)
        status = draw(&d, ctx) && !d.err && pdf_doc_save(&d, pdf, len) ? PDF_OK : PDF_FAILED;
    pdf_doc_end(&d);
    return status;
}

float pdf_text_width(PdfDoc *d, const char *s, size_t len, float size)
{
    HPDF_TextWidth tw = HPDF_Font_TextWidth(d->font, (const HPDF_BYTE *)s, (HPDF_UINT)len);
    return (float)tw.width * size / 1000.0f;
}

void pdf_text_at(PdfDoc *d, float x, float y, float size, const char *s)
{
    if (!s || !*s)
        return;
    HPDF_Page_BeginText(d->page);
    HPDF_Page_SetFontAndSize(d->page, d->font, size);
    HPDF_Page_TextOut(d->page, x, y, s);
    HPDF_Page_EndText(d->page);
}

void pdf_text_fit(PdfDoc *d, float x, float y, float width, float size, float min, const char *s,
                  int align)
{
    if (!s || !*s)
        return;
    size_t len = strlen(s);
    float w = pdf_text_width(d, s, len, size);
    if (w > width && min < size) {
        float smaller = size * width / w;
        size = smaller < min ? min : smaller;
        w = pdf_text_width(d, s, len, size);
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
            w = pdf_text_width(d, cut, n + sizeof ellipsis - 1, size);
        } while (n > 0 && w > width);
        out = cut;
    }
    if (align == PDF_RIGHT)
        x += width - w;
    else if (align == PDF_CENTRE)
        x += (width - w) / 2;
    pdf_text_at(d, x, y, size, out);
}

float pdf_qr(PdfDoc *d, float x, float y, float module, float fit, const char *text)
{
    QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q)
        return 0;
    int n = q->width;
    if (fit > 0) {
        module = fit / (float)(n + 8);
        x += 4 * module;
        y += 4 * module;
    }
    /* one rectangle per run of dark modules along a row, each a hair taller than a module:
     * squares drawn one by one leave anti-aliased seams between them when rendered, which
     * a reader may take for light modules */
    float seam = module * 0.05f;
    HPDF_Page_SetGrayFill(d->page, 0);
    for (int row = 0; row < n; row++)
        for (int col = 0; col < n;) {
            if (!(q->data[row * n + col] & 1)) {
                col++;
                continue;
            }
            int run = 1;
            while (col + run < n && (q->data[row * n + col + run] & 1))
                run++;
            HPDF_Page_Rectangle(d->page, x + (float)col * module,
                                y + (float)(n - 1 - row) * module - seam, (float)run * module,
                                module + seam);
            col += run;
        }
    HPDF_Page_Fill(d->page);
    QRcode_free(q);
    return (float)n * module;
}
