/* qr.c — a QR code as inline SVG (libqrencode), for check-in codes shown on a screen.
 * One path of dark modules, drawn in runs along each row; a quiet zone of four modules. */
#include <qrencode.h>

#include "html/qr.h"

bool html_qr_svg(Html *h, const char *text, const char *label)
{
    QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q)
        return false;
    int w = q->width, size = w + 8;
    html(h,
         "<svg class=\"qr\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" "
         "xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\">"
         "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"",
         label, size, size, size, size);
    for (int y = 0; y < w; y++) {
        for (int x = 0; x < w;) {
            if (!(q->data[y * w + x] & 1)) {
                x++;
                continue;
            }
            int run = 1;
            while (x + run < w && (q->data[y * w + x + run] & 1))
                run++;
            html(h, "M%d %dh%dv1h-%dz", x + 4, y + 4, run, run);
            x += run;
        }
    }
    html_lit(h, "\"/></svg>\n");
    QRcode_free(q);
    return true;
}
