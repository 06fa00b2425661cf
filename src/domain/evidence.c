/* evidence.c — evidence files, evidence links and level scales (see evidence.h). */
#include "domain/evidence.h"

#include <string.h>
#include <strings.h>

#include "core/buf.h"

static bool ends_with(const char *s, const char *ext)
{
    size_t n = strlen(s), m = strlen(ext);
    return n > m && !strcasecmp(s + n - m, ext);
}

const char *evidence_type(const char *name, const char *data, size_t len)
{
    if (!name || !data)
        return NULL;
    if (ends_with(name, ".pdf") && len >= 5 && !memcmp(data, "%PDF-", 5))
        return "application/pdf";
    if (ends_with(name, ".png") && len >= 8 && !memcmp(data, "\x89PNG\r\n\x1a\n", 8))
        return "image/png";
    if ((ends_with(name, ".jpg") || ends_with(name, ".jpeg")) && len >= 3 &&
        !memcmp(data, "\xff\xd8\xff", 3))
        return "image/jpeg";
    return NULL;
}

int scale_parse(Arena *a, const char *text, size_t max_len, char **names)
{
    const char **lines;
    int n = str_lines(a, text, &lines);
    if (n > SCALE_MAX)
        return -1;
    for (int i = 0; i < n; i++) {
        if (strlen(lines[i]) > max_len)
            return -1;
        names[i] = (char *)lines[i]; /* copies of our own, in a */
    }
    return n;
}

bool evidence_url_ok(const char *url)
{
    const char *host;
    if (!strncasecmp(url, "https://", 8))
        host = url + 8;
    else if (!strncasecmp(url, "http://", 7))
        host = url + 7;
    else
        return false;
    if (!*host || *host == '/' || *host == '.')
        return false;
    for (const unsigned char *c = (const unsigned char *)url; *c; c++)
        if (*c <= ' ' || *c == 0x7f)
            return false;
    return true;
}

/* little-endian fields of ZIP records */
static unsigned zip16(const unsigned char *p)
{
    return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static size_t zip32(const unsigned char *p)
{
    return (size_t)p[0] | (size_t)p[1] << 8 | (size_t)p[2] << 16 | (size_t)p[3] << 24;
}

/* True when the ZIP archive data[0..len) has an entry named name in its central directory
 * (read from the end-of-central-directory record, every offset checked against len). */
static bool zip_has(const unsigned char *data, size_t len, const char *name)
{
    if (len < 22)
        return false;
    size_t end = len - 22, stop = len > 22 + 65535 ? len - 22 - 65535 : 0;
    for (;; end--) { /* the record is last, after a comment of at most 64 KB */
        if (!memcmp(data + end, "PK\x05\x06", 4))
            break;
        if (end == stop)
            return false;
    }
    size_t n = zip16(data + end + 10), at = zip32(data + end + 16), want = strlen(name);
    for (size_t i = 0; i < n; i++) {
        if (at > end || end - at < 46 || memcmp(data + at, "PK\x01\x02", 4))
            return false;
        size_t nlen = zip16(data + at + 28), extra = zip16(data + at + 30),
               comment = zip16(data + at + 32);
        if (end - at - 46 < nlen)
            return false;
        if (nlen == want && !memcmp(data + at + 46, name, want))
            return true;
        at += 46 + nlen + extra + comment;
    }
    return false;
}

/* An OpenDocument file of media type mime: its first entry is "mimetype", stored, with
 * mime as its content (what the ODF specification asks of every package). */
static bool odf_is(const unsigned char *data, size_t len, const char *mime)
{
    size_t m = strlen(mime);
    if (len < 38 || memcmp(data, "PK\x03\x04", 4) || zip16(data + 26) != 8 ||
        memcmp(data + 30, "mimetype", 8))
        return false;
    size_t at = 38 + zip16(data + 28); /* after the name and the extra field */
    return len >= at + m && !memcmp(data + at, mime, m);
}

const char *document_type(const char *name, const char *data, size_t len)
{
    const char *t = evidence_type(name, data, len);
    if (t || !name || !data || len < 30 || memcmp(data, "PK\x03\x04", 4))
        return t;
    const unsigned char *z = (const unsigned char *)data;
    static const struct {
        const char *ext, *type, *part; /* part NULL: an ODF package */
    } office[] = {
        {".odt", "application/vnd.oasis.opendocument.text", NULL},
        {".odp", "application/vnd.oasis.opendocument.presentation", NULL},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "word/document.xml"},
        {".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
         "ppt/presentation.xml"},
    };
    for (size_t i = 0; i < sizeof office / sizeof office[0]; i++) {
        if (!ends_with(name, office[i].ext))
            continue;
        bool ok = office[i].part
                      ? zip_has(z, len, "[Content_Types].xml") && zip_has(z, len, office[i].part)
                      : odf_is(z, len, office[i].type) && zip_has(z, len, "mimetype");
        return ok ? office[i].type : NULL;
    }
    return NULL;
}
