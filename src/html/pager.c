/* pager.c — see pager.h. Cursors: base64url("a|b" "." start "." id "." key) "." base64url
 * of the first 16 bytes of HMAC-SHA-256(app secret, "pager:" list org sort dir search
 * payload). */
#include "html/pager.h"

#include "html/fmt.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "html/layout.h"

#define MAC_BYTES 16
#define MAX_SEARCH 200

static void cursor_mac(Req *r, const Pager *p, const char *payload, unsigned char *out)
{
    char head[160];
    snprintf(head, sizeof head, "pager:%s|%lld|%s|%c|", p->list, (long long)r->org_id,
             p->cols[p->sort].key, p->desc ? 'd' : 'a');
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, r->app->secret, sizeof r->app->secret);
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)head, strlen(head));
    const char *q = p->q ? p->q : "";
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)q, strlen(q) + 1);
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)payload, strlen(payload));
    crypto_auth_hmacsha256_final(&st, mac);
    memcpy(out, mac, MAC_BYTES);
}

static char *b64(Arena *a, const unsigned char *bin, size_t n)
{
    size_t len = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = arena_alloc(a, len);
    sodium_bin2base64(out, len, bin, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

/* A cursor to the page after (back false) or before the row k, whose position is pos. */
static char *cursor_make(Req *r, const Pager *p, bool back, int64_t pos, const PagerKey *k)
{
    char *payload = p->cols[p->sort].numeric
                        ? arena_printf(r->arena, "%c.%lld.%lld.%lld", back ? 'b' : 'a',
                                       (long long)pos, (long long)k->id, (long long)k->num)
                        : arena_printf(r->arena, "%c.%lld.%lld.%s", back ? 'b' : 'a',
                                       (long long)pos, (long long)k->id, k->text ? k->text : "");
    unsigned char mac[MAC_BYTES];
    cursor_mac(r, p, payload, mac);
    return arena_printf(r->arena, "%s.%s",
                        b64(r->arena, (const unsigned char *)payload, strlen(payload)),
                        b64(r->arena, mac, MAC_BYTES));
}

/* Reads a cursor into p; false when it does not check. */
static bool cursor_read(Req *r, Pager *p, const char *at)
{
    const char *dot = strchr(at, '.');
    size_t n = strlen(at);
    if (!dot || n > 4096)
        return false;
    size_t plen = (size_t)(dot - at);
    unsigned char *payload = arena_alloc(r->arena, plen + 1), mac[MAC_BYTES + 1], want[MAC_BYTES];
    size_t got = 0, mgot = 0;
    if (sodium_base642bin(payload, plen, at, plen, NULL, &got, NULL,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        sodium_base642bin(mac, sizeof mac, dot + 1, strlen(dot + 1), NULL, &mgot, NULL,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        mgot != MAC_BYTES)
        return false;
    payload[got] = 0;
    if (strlen((char *)payload) != got || !utf8_valid((char *)payload, got))
        return false;
    cursor_mac(r, p, (char *)payload, want);
    if (sodium_memcmp(mac, want, MAC_BYTES) != 0)
        return false;
    /* signed by us: well-formed, but read it carefully all the same */
    char *s = (char *)payload, *f[4];
    f[0] = s;
    for (int i = 1; i < 4; i++) {
        char *d = strchr(f[i - 1], '.');
        if (!d)
            return false;
        *d = 0;
        f[i] = d + 1;
    }
    int64_t pos, id, num = 0;
    if ((strcmp(f[0], "a") && strcmp(f[0], "b")) || !parse_int64(f[1], &pos) || pos < 0 ||
        !parse_int64(f[2], &id) || (p->cols[p->sort].numeric && !parse_int64(f[3], &num)))
        return false;
    p->back = f[0][0] == 'b';
    p->start = pos;
    p->page.from_start = false;
    p->page.id = id;
    p->page.key_num = num;
    p->page.key_text = f[3];
    return true;
}

void pager_read(Req *r, Pager *p, const char *list, const PagerCol *cols, int ncols)
{
    *p = (Pager){.list = list, .cols = cols, .ncols = ncols, .size = PAGER_SIZE};
    const char *q = query_get(r, "q");
    if (q) {
        char *t = str_trim(arena_strdup(r->arena, q));
        if (strlen(t) > MAX_SEARCH) {
            size_t n = MAX_SEARCH;
            while (n && ((unsigned char)t[n] & 0xc0) == 0x80)
                n--; /* cut between characters */
            t[n] = 0;
        }
        p->q = *t ? t : NULL;
    }
    const char *sort = query_get(r, "sort");
    for (int i = 0; sort && i < ncols; i++)
        if (!strcmp(cols[i].key, sort))
            p->sort = i;
    const char *dir = query_get(r, "dir");
    p->desc = dir && !strcmp(dir, "desc")  ? true
              : dir && !strcmp(dir, "asc") ? false
                                           : cols[p->sort].desc_first;
    p->page = (DbPage){.sort = p->sort,
                       .from_start = true,
                       .key_is_num = cols[p->sort].numeric,
                       .like = db_like_pattern(r->arena, p->q),
                       .limit = p->size + 1};
    const char *at = query_get(r, "at");
    if (at && *at && !cursor_read(r, p, at)) {
        p->bad_cursor = true;
        p->back = false;
        p->start = 0;
        p->page.from_start = true;
    }
    p->page.desc = p->desc != p->back;
}

void pager_got(Pager *p, Rows *rows, PagerKeyFn key, int64_t total)
{
    bool extra = rows->n > p->size;
    if (extra)
        rows_pop(rows);
    p->n = rows->n;
    if (p->back) {
        /* read in the opposite order: put it back */
        char *tmp = arena_alloc(rows->arena, rows->size);
        for (int i = 0, j = rows->n - 1; i < j; i++, j--) {
            char *a = (char *)rows->data + rows->size * (size_t)i;
            char *b = (char *)rows->data + rows->size * (size_t)j;
            memcpy(tmp, a, rows->size);
            memcpy(a, b, rows->size);
            memcpy(b, tmp, rows->size);
        }
        p->more_before = extra;
        p->more_after = true;
        p->start = extra && p->start > p->n ? p->start - p->n : 0;
    } else {
        p->more_before = !p->page.from_start;
        p->more_after = extra;
    }
    if (p->n) {
        key(rows->data, p->sort, &p->first);
        key((char *)rows->data + rows->size * (size_t)(p->n - 1), p->sort, &p->last);
    }
    p->total = total < p->start + p->n ? p->start + p->n : total;
}

void pager_open(Req *r, Pager *p, const char *list, const PagerCol *cols, int ncols, PagerKeyFn key,
                Rows rows)
{
    pager_read(r, p, list, cols, ncols);
    p->rows = rows;
    p->key = key;
}

bool pager_done(Pager *p, DbStatus page, DbStatus count)
{
    if (page < DB_NONE || count < DB_NONE)
        return false;
    pager_got(p, &p->rows, p->key, p->total);
    return true;
}

/* <0, 0, >0 as key a sorts before, with or after the cursor of page. */
static int cursor_cmp(const PagerKey *a, const DbPage *page)
{
    int c = page->key_is_num ? (a->num > page->key_num) - (a->num < page->key_num)
                             : i18n_collate(a->text, (int)strlen(a->text), page->key_text,
                                            (int)strlen(page->key_text));
    return c ? c : (a->id > page->id) - (a->id < page->id);
}

void pager_slice(Pager *p, const void *sorted, int n)
{
    const DbPage *page = &p->page;
    size_t size = p->rows.size;
    int step = page->desc ? -1 : 1, i = page->desc ? n - 1 : 0;
    PagerKey k;
    if (!page->from_start) /* the first record past the cursor, in the order read */
        for (; i >= 0 && i < n; i += step) {
            p->key((const char *)sorted + size * (size_t)i, p->sort, &k);
            if (cursor_cmp(&k, page) * step > 0)
                break;
        }
    for (; i >= 0 && i < n && p->rows.n < page->limit; i += step)
        memcpy(rows_push(&p->rows), (const char *)sorted + size * (size_t)i, size);
    p->total = n;
    pager_got(p, &p->rows, p->key, p->total);
}

void pager_keep(Req *r, Pager *p, const char *name, const char *value)
{
    const char **keep = arena_alloc(r->arena, sizeof *keep * 3);
    keep[0] = name;
    keep[1] = value;
    keep[2] = NULL;
    p->keep = keep;
}

void pager_keep_fields(Html *h, const Pager *p)
{
    if (p->q)
        html(h, "<input type=\"hidden\" name=\"q\" value=\"%s\">\n", p->q);
    html(h,
         "<input type=\"hidden\" name=\"sort\" value=\"%s\">"
         "<input type=\"hidden\" name=\"dir\" value=\"%s\">\n",
         p->cols[p->sort].key, p->desc ? "desc" : "asc");
}

bool pager_empty(const Pager *p)
{
    return !p->n && !p->q && !p->more_before && !p->bad_cursor;
}

/* The list's URL with the given order and cursor; the search is kept. */
static const char *pager_url(Req *r, const Pager *p, int sort, bool desc, const char *at)
{
    Buf b;
    buf_init(&b, r->arena, 256);
    buf_adds(&b, r->path);
    char sep = '?';
    if (p->q) {
        buf_printf(&b, "%cq=%s", sep, url_arg(r->arena, p->q));
        sep = '&';
    }
    for (const char *const *k = p->keep; k && k[0]; k += 2) {
        buf_printf(&b, "%c%s=%s", sep, url_arg(r->arena, k[0]), url_arg(r->arena, k[1]));
        sep = '&';
    }
    buf_printf(&b, "%csort=%s&dir=%s", sep, url_arg(r->arena, p->cols[sort].key),
               desc ? "desc" : "asc");
    if (at)
        buf_printf(&b, "&at=%s", at);
    return b.data;
}

/* n with the reader's grouping of thousands (ICU, through html/fmt). */
static const char *count_text(Req *r, int64_t n)
{
    return number_text(r, n < 0 ? 0 : n, 0, 0);
}

void pager_search(Html *h, Req *r, const Pager *p, const char *label)
{
    html(h, "<form method=\"get\" action=\"%s\" role=\"search\" class=\"search\">\n", r->path);
    html(h,
         "<label for=\"pager-q\">%s</label>\n"
         "<input type=\"search\" id=\"pager-q\" name=\"q\" value=\"%s\" maxlength=\"%d\">\n",
         label, p->q ? p->q : "", MAX_SEARCH);
    html(h,
         "<input type=\"hidden\" name=\"sort\" value=\"%s\">\n"
         "<input type=\"hidden\" name=\"dir\" value=\"%s\">\n",
         p->cols[p->sort].key, p->desc ? "desc" : "asc");
    for (const char *const *k = p->keep; k && k[0]; k += 2)
        html(h, "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n", k[0], k[1]);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Search"));
    if (p->q) {
        Pager all = *p;
        all.q = NULL;
        html(h, "<a href=\"%s\">%s</a>\n", pager_url(r, &all, p->sort, p->desc, NULL),
             _(r, "Clear the search"));
    }
    html_lit(h, "</form>\n");
}

void pager_summary(Html *h, Req *r, const Pager *p, const char *empty)
{
    if (p->bad_cursor)
        html_notice(h, _(r, "That page link is no longer valid: here is the first page."), false);
    if (p->n == 0 && !p->more_before) {
        if (p->q)
            html(h, "<p role=\"status\">%s</p>\n",
                 arena_printf(r->arena, _(r, "No results for \xE2\x80\x9C%s\xE2\x80\x9D."), p->q));
        else
            html(h, "<p role=\"status\">%s</p>\n", empty);
        return;
    }
    if (p->n == 0) {
        html(h, "<p role=\"status\">%s</p>\n", _(r, "No more rows after this point."));
        return;
    }
    html(h, "<p role=\"status\">%s</p>\n",
         arena_printf(r->arena, _(r, "Showing %s\xE2\x80\x93%s of %s"), count_text(r, p->start + 1),
                      count_text(r, p->start + p->n), count_text(r, p->total)));
}

void pager_th(Html *h, Req *r, const Pager *p, int col)
{
    const PagerCol *c = &p->cols[col];
    bool current = col == p->sort;
    bool desc = current ? !p->desc : c->desc_first;
    const char *label = _(r, c->label);
    if (current)
        html(h, "<th scope=\"col\" aria-sort=\"%s\">", p->desc ? "descending" : "ascending");
    else
        html_lit(h, "<th scope=\"col\">");
    html(h, "<a href=\"%s\">%s", pager_url(r, p, col, desc, NULL), label);
    if (current)
        html(h, " <span aria-hidden=\"true\">%s</span>", p->desc ? "\xE2\x96\xBC" : "\xE2\x96\xB2");
    html(h, "<span class=\"sr\"> %s</span></a></th>",
         desc ? _(r, "(sort in descending order)") : _(r, "(sort in ascending order)"));
}

void pager_table_open(Html *h, Req *r, const Pager *p, const char *label, const PagerHead *heads,
                      int n)
{
    html_table_begin(h, label);
    html_lit(h, "<thead><tr>");
    for (int i = 0; i < n; i++) {
        if (heads[i].sort >= 0)
            pager_th(h, r, p, heads[i].sort);
        else
            html(h, "<th scope=\"col\">%s</th>", _(r, heads[i].label));
    }
    html_lit(h, "</tr></thead>\n<tbody>\n");
}

void pager_nav(Html *h, Req *r, const Pager *p)
{
    if (!p->more_before && !p->more_after)
        return;
    html(h, "<nav aria-label=\"%s\" class=\"pager\"><ul>\n", _(r, "Pages of the list"));
    if (p->more_before) {
        const char *at = p->n ? cursor_make(r, p, true, p->start, &p->first) : NULL;
        html(h, "<li><a href=\"%s\" rel=\"prev\">%s</a></li>\n",
             pager_url(r, p, p->sort, p->desc, at), _(r, "Previous page"));
    }
    if (p->more_after && p->n)
        html(h, "<li><a href=\"%s\" rel=\"next\">%s</a></li>\n",
             pager_url(r, p, p->sort, p->desc, cursor_make(r, p, false, p->start + p->n, &p->last)),
             _(r, "Next page"));
    html_lit(h, "</ul></nav>\n");
}
