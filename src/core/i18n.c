/* i18n.c — a small reader for gettext .po files and per-request language choice.
 * Owns: the translation tables (built at start-up, read-only afterwards).
 * Fuzzy and empty translations are ignored, as msgfmt does. */
#include "core/i18n.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/embed.h"
#include "core/log.h"

typedef struct PoEntry {
    char *id;
    char *str;  /* a plural entry's forms follow one another, each ended by its NUL */
    int nforms; /* 1, or the number of msgstr[N] of a plural entry */
} PoEntry;

struct PoTable {
    PoEntry *slots;
    size_t cap, count;
};

static PoTable *tables[LANG_COUNT];

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void table_put(PoTable *t, char *id, char *str, int nforms)
{
    if ((t->count + 1) * 2 > t->cap) {
        PoEntry *old = t->slots;
        size_t old_cap = t->cap;
        t->cap = old_cap ? old_cap * 2 : 256;
        t->slots = xcalloc(t->cap, sizeof *t->slots);
        t->count = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].id)
                table_put(t, old[i].id, old[i].str, old[i].nforms);
        free(old);
    }
    size_t i = hash_str(id) & (t->cap - 1);
    while (t->slots[i].id) {
        if (!strcmp(t->slots[i].id, id)) {
            free(t->slots[i].id);
            free(t->slots[i].str);
            t->slots[i].id = id;
            t->slots[i].str = str;
            t->slots[i].nforms = nforms;
            return;
        }
        i = (i + 1) & (t->cap - 1);
    }
    t->slots[i].id = id;
    t->slots[i].str = str;
    t->slots[i].nforms = nforms;
    t->count++;
}

static const PoEntry *find(const PoTable *t, const char *msgid)
{
    if (!t || !t->cap)
        return NULL;
    size_t i = hash_str(msgid) & (t->cap - 1);
    while (t->slots[i].id) {
        if (!strcmp(t->slots[i].id, msgid))
            return &t->slots[i];
        i = (i + 1) & (t->cap - 1);
    }
    return NULL;
}

const char *po_lookup(const PoTable *t, const char *msgid)
{
    const PoEntry *e = find(t, msgid);
    return e ? e->str : NULL;
}

const char *po_lookup_plural(const PoTable *t, const char *msgid, int form)
{
    const PoEntry *e = find(t, msgid);
    if (!e || e->nforms < 2)
        return NULL; /* no translation, or one without plural forms */
    if (form < 0)
        form = 0;
    if (form >= e->nforms)
        form = e->nforms - 1;
    const char *s = e->str;
    for (int k = 0; k < form; k++)
        s += strlen(s) + 1;
    return s;
}

void po_free(PoTable *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->cap; i++) {
        free(t->slots[i].id);
        free(t->slots[i].str);
    }
    free(t->slots);
    free(t);
}

/* Appends the C-escaped string literal starting at *p (at a '"') to a growing string. */
static bool read_quoted(const char **p, const char *end, char **acc, size_t *len)
{
    const char *s = *p;
    if (s >= end || *s != '"')
        return false;
    s++;
    while (s < end && *s != '"') {
        char c = *s++;
        if (c == '\n')
            return false;
        if (c == '\\') {
            if (s >= end)
                return false;
            char e = *s++;
            switch (e) {
            case 'n':
                c = '\n';
                break;
            case 't':
                c = '\t';
                break;
            case 'r':
                c = '\r';
                break;
            case '"':
                c = '"';
                break;
            case '\\':
                c = '\\';
                break;
            default:
                return false;
            }
        }
        *acc = xrealloc(*acc, *len + 2);
        (*acc)[(*len)++] = c;
        (*acc)[*len] = '\0';
    }
    if (s >= end)
        return false;
    *p = s + 1;
    return true;
}

static const char *skip_line(const char *p, const char *end)
{
    while (p < end && *p != '\n')
        p++;
    return p < end ? p + 1 : p;
}

static const char *skip_blank(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* True when the keyword kw starts at p and fits before end (text need not end in NUL). */
static bool starts(const char *p, const char *end, const char *kw)
{
    size_t n = strlen(kw);
    return (size_t)(end - p) >= n && memcmp(p, kw, n) == 0;
}

/* True when each of the nforms NUL-ended forms in s (len bytes) is non-empty, as msgfmt
 * counts a translation: one empty form and the entry is untranslated. */
static bool translated(const char *s, size_t len, int nforms)
{
    const char *p = s, *end = s + len;
    for (int k = 0; k < nforms; k++) {
        size_t n = strnlen(p, (size_t)(end - p));
        if (!n)
            return false;
        p += n + 1;
    }
    return true;
}

PoTable *po_parse(const char *text, size_t n)
{
    PoTable *t = xcalloc(1, sizeof *t);
    const char *p = text, *end = text + n;
    char *id = NULL, *str = NULL, *ctx = NULL, *plural = NULL;
    size_t id_len = 0, str_len = 0, ctx_len = 0, plural_len = 0;
    char **cur = NULL;
    size_t *cur_len = NULL;
    bool fuzzy = false, have = false;
    int nforms = 0; /* msgstr[N] read so far */

#define FLUSH()                                                                                    \
    do {                                                                                           \
        if (have && id && id_len && str && !fuzzy && !ctx &&                                       \
            translated(str, str_len, plural ? nforms : 1) && (!plural || nforms >= 2))             \
            table_put(t, id, str, plural ? nforms : 1);                                            \
        else {                                                                                     \
            free(id);                                                                              \
            free(str);                                                                             \
        }                                                                                          \
        free(ctx);                                                                                 \
        free(plural);                                                                              \
        id = str = ctx = plural = NULL;                                                            \
        id_len = str_len = ctx_len = plural_len = 0;                                               \
        fuzzy = have = false;                                                                      \
        nforms = 0;                                                                                \
        cur = NULL;                                                                                \
    } while (0)

    while (p < end) {
        p = skip_blank(p, end);
        if (p >= end)
            break;
        if (*p == '\n' || *p == '\r') {
            p++;
            continue;
        }
        if (*p == '#') {
            if (p + 1 < end && p[1] == ',') {
                const char *eol = skip_line(p, end);
                if (str) /* a comment starts the next entry */
                    FLUSH();
                for (const char *q = p; q + 5 <= eol; q++)
                    if (starts(q, eol, "fuzzy"))
                        fuzzy = true;
                p = eol;
            } else {
                if (str && p + 1 < end && p[1] != '~')
                    FLUSH();
                p = skip_line(p, end);
            }
            continue;
        }
        if (starts(p, end, "msgctxt")) {
            if (str)
                FLUSH();
            p = skip_blank(p + 7, end);
            free(ctx);
            ctx = xcalloc(1, 1);
            ctx_len = 0;
            cur = &ctx, cur_len = &ctx_len;
        } else if (starts(p, end, "msgid_plural")) {
            if (!id || str || plural)
                goto bad;
            p = skip_blank(p + 12, end);
            plural = xcalloc(1, 1);
            cur = &plural, cur_len = &plural_len;
        } else if (starts(p, end, "msgid")) {
            if (str)
                FLUSH();
            p = skip_blank(p + 5, end);
            free(id);
            id = xcalloc(1, 1);
            id_len = 0;
            cur = &id, cur_len = &id_len;
            have = true;
        } else if (starts(p, end, "msgstr")) {
            p += 6;
            if (p < end && *p == '[') { /* msgstr[N] of a plural entry, N = 0, 1, 2... in order */
                int k = 0, digits = 0;
                for (p++; p < end && *p >= '0' && *p <= '9' && digits < 2; p++, digits++)
                    k = k * 10 + (*p - '0');
                if (!plural || !digits || p >= end || *p != ']' || k != nforms)
                    goto bad;
                p = skip_blank(p + 1, end);
                if (k == 0) {
                    free(str);
                    str = xcalloc(1, 1);
                    str_len = 0;
                } else { /* the NUL that ends the previous form stays: the next one follows */
                    str = xrealloc(str, str_len + 2);
                    str[++str_len] = '\0';
                }
                nforms++;
            } else {
                if (plural || str)
                    goto bad;
                p = skip_blank(p, end);
                str = xcalloc(1, 1);
                str_len = 0;
            }
            cur = &str, cur_len = &str_len;
        } else if (*p != '"') {
            goto bad;
        }
        if (!cur || !read_quoted(&p, end, cur, cur_len))
            goto bad;
        p = skip_blank(p, end);
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p != '\n')
            goto bad;
    }
    FLUSH();
    return t;
bad:
    free(id);
    free(str);
    free(ctx);
    free(plural);
    po_free(t);
    return NULL;
#undef FLUSH
}

bool i18n_init(void)
{
    for (const EmbeddedFile *f = embed_po; f->name; f++) {
        Lang lang;
        char code[8] = "";
        size_t n = strcspn(f->name, ".");
        if (n >= sizeof code)
            continue;
        memcpy(code, f->name, n);
        if (!lang_parse(code, &lang) || lang == LANG_EN)
            continue;
        PoTable *t = po_parse((const char *)f->data, f->len);
        if (!t) {
            log_bug("malformed translation file po/%s", f->name);
            return false;
        }
        tables[lang] = t;
    }
    if (!i18n_icu_init()) {
        log_bug("ICU's locale data for en_IE, nl_BE or fr_BE is missing");
        return false;
    }
    return true;
}

const char *i18n_get(Lang lang, const char *msgid)
{
    if (lang <= LANG_EN || lang >= LANG_COUNT)
        return msgid;
    const char *s = po_lookup(tables[lang], msgid);
    return s ? s : msgid;
}

const char *i18n_nget(Lang lang, const char *singular, const char *plural, long long n)
{
    int form = i18n_plural_form(lang, n);
    if (lang > LANG_EN && lang < LANG_COUNT) {
        const char *s = po_lookup_plural(tables[lang], singular, form);
        if (s)
            return s;
    }
    return form == 0 ? singular : plural;
}

static const char *const codes[LANG_COUNT] = {"en", "nl", "fr"};
static const char *const names[LANG_COUNT] = {"English", "Nederlands", "Français"};

const char *lang_code(Lang lang)
{
    return lang < LANG_COUNT ? codes[lang] : "en";
}

const char *lang_name(Lang lang)
{
    return lang < LANG_COUNT ? names[lang] : "English";
}

bool lang_parse(const char *code, Lang *out)
{
    if (!code)
        return false;
    for (int l = 0; l < LANG_COUNT; l++) {
        size_t n = strlen(codes[l]);
        if (!strncasecmp(code, codes[l], n) &&
            (code[n] == '\0' || code[n] == '-' || code[n] == '_')) {
            *out = (Lang)l;
            return true;
        }
    }
    return false;
}

Lang lang_from_accept(const char *h)
{
    /* "fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.5": the highest q among our languages wins;
     * equal q keeps header order. Anything malformed is skipped, never trusted. */
    Lang best = LANG_EN;
    int best_q = -1;
    if (!h)
        return LANG_EN;
    const char *p = h;
    for (int items = 0; *p && items < 32; items++) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *tag = p;
        while (*p && *p != ';' && *p != ',' && *p != ' ')
            p++;
        size_t tag_len = (size_t)(p - tag);
        int q = 1000;
        while (*p == ' ')
            p++;
        while (*p == ';') {
            p++;
            while (*p == ' ')
                p++;
            if ((p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
                p += 2;
                int v = 0, digits = 0;
                if (*p == '0' || *p == '1') {
                    v = (*p - '0') * 1000;
                    p++;
                    if (*p == '.') {
                        p++;
                        int scale = 100;
                        while (isdigit((unsigned char)*p) && digits < 3) {
                            v += (*p - '0') * scale;
                            scale /= 10;
                            digits++;
                            p++;
                        }
                    }
                    q = v > 1000 ? 1000 : v;
                } else {
                    q = 0;
                }
            }
            while (*p && *p != ';' && *p != ',')
                p++;
        }
        char code[16];
        if (tag_len > 0 && tag_len < sizeof code) {
            memcpy(code, tag, tag_len);
            code[tag_len] = '\0';
            Lang l;
            if (q > 0 && lang_parse(code, &l) && q > best_q) {
                best = l;
                best_q = q;
            }
        }
        while (*p && *p != ',')
            p++;
    }
    return best;
}

const char *lang_pick(Lang lang, char *const texts[LANG_COUNT])
{
    if (lang < LANG_COUNT && texts[lang] && *texts[lang])
        return texts[lang];
    for (int l = 0; l < LANG_COUNT; l++)
        if (texts[l] && *texts[l])
            return texts[l];
    return "";
}
