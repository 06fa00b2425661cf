/* asset.c — static assets embedded in the binary, served under content-hashed names
 * (/assets/NAME.HASH.EXT) with a one-year cache, and gzip when the client takes it.
 * The table is built once at start-up (asset_init) and read-only afterwards. */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/embed.h"
#include "core/log.h"
#include "html/layout.h"
#include "http/http.h"

typedef struct Asset {
    const char *src; /* "app.css" */
    char url[96];    /* "/assets/app.0123456789.css" */
    const EmbeddedFile *plain, *gz;
    const char *type;
} Asset;

#define MAX_ASSETS 32
static Asset assets[MAX_ASSETS];
static int nassets;

static const char *type_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return "application/octet-stream";
    if (!strcmp(dot, ".css"))
        return "text/css; charset=utf-8";
    if (!strcmp(dot, ".svg"))
        return "image/svg+xml";
    if (!strcmp(dot, ".png"))
        return "image/png";
    if (!strcmp(dot, ".js"))
        return "text/javascript; charset=utf-8";
    return "application/octet-stream";
}

void asset_init(void)
{
    for (const EmbeddedFile *f = embed_assets; f->name && nassets < MAX_ASSETS; f++) {
        size_t n = strlen(f->name);
        if (n > 3 && !strcmp(f->name + n - 3, ".gz"))
            continue;
        Asset *a = &assets[nassets++];
        a->src = f->name;
        a->plain = f;
        a->type = type_of(f->name);
        unsigned char h[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(h, f->data, f->len);
        char hex[65];
        hex_encode(h, sizeof h, hex);
        const char *dot = strrchr(f->name, '.');
        snprintf(a->url, sizeof a->url, "/assets/%.*s.%.10s%s", (int)(dot - f->name), f->name, hex,
                 dot);
        for (const EmbeddedFile *g = embed_assets; g->name; g++)
            if (strlen(g->name) == n + 3 && !strncmp(g->name, f->name, n))
                a->gz = g;
    }
}

const char *asset_url(const char *name)
{
    for (int i = 0; i < nassets; i++)
        if (!strcmp(assets[i].src, name))
            return assets[i].url;
    log_bug("no embedded asset %s", name);
    return "/assets/missing";
}

static bool accepts_gzip(const Req *r)
{
    const char *ae = header_get(r, "Accept-Encoding");
    return ae && strstr(ae, "gzip") && !strstr(ae, "gzip;q=0");
}

/* GET /assets/{name} */
enum MHD_Result page_asset(Req *r)
{
    char path[128];
    snprintf(path, sizeof path, "/assets/%s", req_param(r, "name"));
    for (int i = 0; i < nassets; i++) {
        Asset *a = &assets[i];
        if (strcmp(a->url, path))
            continue;
        if (a->gz && accepts_gzip(r))
            return reply_asset(r, a->type, a->gz->data, a->gz->len, true);
        return reply_asset(r, a->type, a->plain->data, a->plain->len, false);
    }
    return reply_error(r, ERR_NOT_FOUND);
}
