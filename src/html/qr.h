/* qr.h — QR codes drawn as inline SVG. */
#ifndef TRAJECT_QR_H
#define TRAJECT_QR_H

#include <stdbool.h>

#include "html/html.h"

/* Writes an <svg role="img"> QR code of text (error correction level M); label is its
 * accessible name. False when the text cannot be encoded (too long). */
bool html_qr_svg(Html *h, const char *text, const char *label);

#endif
