/* credential.c — `traject credential verify FILE`: checks a credential without the
 * database, from the file and its issuer's published keys (a JWK set, as a file or its
 * address), and, when given, the issuer's status list (a file or its address). Says in
 * plain words, in the language asked for, whether it is valid and what it says; exits 0
 * when valid, 1 when not, 2 on a usage error. The same checks as /verify
 * (flows/credentials/verify.h). */
#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "flows/credentials/verify.h"

#define FETCH_MAX (4u << 20)

typedef struct Fetched {
    Arena *a;
    char *data;
    size_t len, cap;
    bool too_big;
} Fetched;

static size_t on_data(char *p, size_t size, size_t n, void *ctx)
{
    Fetched *f = ctx;
    size_t add = size * n;
    if (f->len + add > FETCH_MAX) {
        f->too_big = true;
        return 0;
    }
    if (f->len + add + 1 > f->cap) {
        size_t cap = (f->len + add + 1) * 2;
        char *more = arena_alloc(f->a, cap);
        if (f->len)
            memcpy(more, f->data, f->len);
        f->data = more;
        f->cap = cap;
    }
    memcpy(f->data + f->len, p, add);
    f->len += add;
    f->data[f->len] = '\0';
    return add;
}

/* The text of a file, or of an http(s) address; NULL after saying why. */
static char *read_source(Arena *a, const char *what, const char *src)
{
    Fetched f = {.a = a};
    if (!strncmp(src, "http://", 7) || !strncmp(src, "https://", 8)) {
        CURL *c = curl_easy_init();
        long status = 0;
        curl_easy_setopt(c, CURLOPT_URL, src);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &f);
        curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
        curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
        CURLcode rc = curl_easy_perform(c);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_cleanup(c);
        if (rc != CURLE_OK || status != 200) {
            fprintf(stderr, "traject credential: cannot fetch the %s from %s (%s)\n", what, src,
                    rc != CURLE_OK ? curl_easy_strerror(rc) : "not found");
            return NULL;
        }
    } else {
        FILE *in = strcmp(src, "-") ? fopen(src, "rb") : stdin;
        if (!in) {
            fprintf(stderr, "traject credential: cannot read the %s file %s\n", what, src);
            return NULL;
        }
        char buf[8192];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, in)) > 0 && on_data(buf, 1, n, &f) == n)
            ;
        if (in != stdin)
            fclose(in);
    }
    if (f.too_big || !f.len) {
        fprintf(stderr, "traject credential: the %s at %s is %s\n", what, src,
                f.too_big ? "too large" : "empty");
        return NULL;
    }
    return f.data;
}

static void line(Lang l, const char *label, const char *value)
{
    if (value && *value)
        printf("%s: %s\n", i18n_get(l, label), value);
}

static const char *when(Arena *a, int64_t t)
{
    char *s = arena_alloc(a, 21);
    jose_time_text(t, s);
    return s;
}

int cmd_credential(int argc, char **argv)
{
    Settings s;
    const char *keys_src = NULL, *status_src = NULL, *lang_code_opt = "en";
    CliOpt opts[] = {
        {"keys", &keys_src, NULL, "the issuer's JWK set: a file, or its address (https://...)"},
        {"status", &status_src, NULL,
         "the issuer's status list credential: a file, or its address (to check revocation)"},
        {"lang", &lang_code_opt, NULL, "the language of the answer: en, nl or fr"},
        {0},
    };
    const char *pos[2] = {0};
    int rc = cli_parse("credential",
                       "Checks a credential offline: traject credential verify FILE --keys "
                       "JWKS [--status LIST]",
                       0, &s, opts, argc, argv, 2, pos, 2);
    if (rc >= 0)
        return rc;
    Lang lang;
    if (!pos[0] || strcmp(pos[0], "verify") || !pos[1] || !keys_src ||
        !lang_parse(lang_code_opt, &lang)) {
        fprintf(stderr, "usage: traject credential verify FILE --keys JWKS [--status LIST] "
                        "[--lang en|nl|fr] (see --help)\n");
        return 2;
    }
    Arena a;
    arena_init(&a);
    rc = 2;
    curl_global_init(CURL_GLOBAL_DEFAULT);
    char *jwt = read_source(&a, "credential", pos[1]);
    char *jwks = jwt ? read_source(&a, "JWK set", keys_src) : NULL;
    char *list = jwks && status_src ? read_source(&a, "status list", status_src) : NULL;
    JoseKey *keys;
    size_t n;
    if (!jwt || !jwks || (status_src && !list))
        goto done;
    if (!jose_jwks_parse(&a, jwks, &keys, &n)) {
        fprintf(stderr, "traject credential: %s is not a JWK set\n", keys_src);
        goto done;
    }
    Verification v;
    cred_check(&a, jwt, keys, n, clock_now(), &v);
    if (v.verdict == VERDICT_VALID && list)
        v.verdict = cred_check_status(&a, list, keys, n, &v.view);
    printf("%s\n", i18n_get(lang, verdict_text(v.verdict)));
    if (v.claims) {
        const BadgeView *b = &v.view;
        line(lang, "Issued by",
             b->issuer_name
                 ? arena_printf(&a, "%s (%s)", b->issuer_name, b->issuer_id ? b->issuer_id : "")
                 : b->issuer_id);
        line(lang, "To", b->learner_name);
        line(lang, "For", b->name);
        if (b->valid_from)
            line(lang, "Issued", when(&a, b->valid_from));
        line(lang, "Valid until",
             b->valid_until ? when(&a, b->valid_until) : i18n_get(lang, "Does not expire"));
    }
    if (v.verdict == VERDICT_VALID && !list)
        printf("%s\n", i18n_get(lang, "Revocation was not checked: give --status with the "
                                      "issuer's status list (a file or its address)."));
    rc = v.verdict == VERDICT_VALID ? 0 : 1;
done:
    curl_global_cleanup();
    arena_free(&a);
    return rc;
}
