/* domain/evidence.h — the rules of an assessment's evidence and of a framework's scale:
 * which files are accepted (PDF, PNG, JPEG — and for learning resources office documents
 * too: by the name's extension AND the content, never by what the browser claims), and
 * how a scale typed one level a line is read.
 * Pure: no SQL, no HTTP, no clock. */
#ifndef TRAJECT_DOMAIN_EVIDENCE_H
#define TRAJECT_DOMAIN_EVIDENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"

/* The media type of an evidence file named name with bytes data[0..len): "application/pdf",
 * "image/png" or "image/jpeg" when the extension and the content agree; NULL otherwise. */
const char *evidence_type(const char *name, const char *data, size_t len);

/* The media type of a learning resource's file: what evidence_type accepts, and the office
 * documents teachers share (ODT, ODP, DOCX, PPTX), each recognised by its name's extension
 * AND its content: a ZIP whose central directory holds the entries of that format (an ODF
 * file's first entry "mimetype" naming it; an OOXML file's [Content_Types].xml and
 * word/document.xml or ppt/presentation.xml). NULL otherwise. */
const char *document_type(const char *name, const char *data, size_t len);

/* The most levels a scale has. */
#define SCALE_MAX 12

/* Splits text into its non-blank lines, trimmed, into names[0..SCALE_MAX) (copies in a);
 * returns how many, or -1 when there are more than SCALE_MAX or a line is longer than
 * max_len bytes. */
int scale_parse(Arena *a, const char *text, size_t max_len, char **names);

/* True when the web address url is one a link may point to: http:// or https:// followed by
 * a host, no spaces or control characters. */
bool evidence_url_ok(const char *url);

#endif
