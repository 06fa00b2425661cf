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
