/* certificate.h — the printable certificate of a credential, as PDF (libharu): who
 * issued it, to whom, for what and when, and a QR code of its verify page, so that whoever
 * holds the paper can check the credential behind it.
 *
 * Pure: no SQL, no HTTP, no translation lookups. The caller hands over every string,
 * already translated and in UTF-8. Owns nothing after certificate_pdf returns (one libharu
 * document per call, pdf/doc.h). */
#ifndef TRAJECT_PDF_CERTIFICATE_H
#define TRAJECT_PDF_CERTIFICATE_H

#include <stddef.h>

#include "core/arena.h"
#include "pdf/doc.h"

typedef struct Certificate {
    const char *font_path;   /* a TrueType font with the Latin letters of the names */
    const char *org;         /* the issuing organisation */
    const char *title;       /* "Certificate" */
    const char *intro;       /* "This certifies that" */
    const char *learner;     /* the learner's name */
    const char *earned;      /* "has earned" */
    const char *achievement; /* the achievement's name */
    const char *description; /* what it recognises */
    const char *issued;      /* "Issued on 13 January 2027" */
    const char *valid;       /* "Valid until ..." or "" */
    const char *check;       /* "Check this certificate at:" */
    const char *verify_url;  /* the credential's verify page, also in the QR code */
} Certificate;

/* Draws the certificate on one A4 landscape page. On PDF_OK, *pdf (in a) and *len hold
 * the document. PDF_FAILED also when the address is too long for a QR code. */
PdfStatus certificate_pdf(const Certificate *c, Arena *a, char **pdf, size_t *len);

#endif
