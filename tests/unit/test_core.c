/* Unit tests: arena, buffers, UTF-8, string helpers, the escaping writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/prng.h"
#include "core/rows.h"
#include "db/page.h"
#include "html/html.h"

static void arena_allocations(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    char *prev = NULL;
    for (int i = 1; i < 2000; i++) {
        unsigned char *p = arena_alloc(&a, (size_t)i % 97 + 1);
        assert_int_equal((uintptr_t)p % 16, 0);
        for (int k = 0; k < i % 97 + 1; k++)
            assert_int_equal(p[k], 0);
        memset(p, 0xab, (size_t)i % 97 + 1);
        if (prev)
            assert_int_equal((unsigned char)prev[0], 0xab); /* earlier blocks stay valid */
        prev = (char *)p;
    }
    char *big = arena_alloc(&a, 1 << 20); /* larger than a block */
    memset(big, 1, 1 << 20);
    assert_true(a.used_total >= (1u << 20));
    char *s = arena_printf(&a, "%s-%d-%05.1f", "x", 42, 3.14159);
    assert_string_equal(s, "x-42-003.1");
    char *d = arena_strndup(&a, "hello world", 5);
    assert_string_equal(d, "hello");
    assert_null(arena_strdup(&a, NULL));
    char *r = arena_realloc(&a, d, 6, 100);
    assert_string_equal(r, "hello");
    arena_free(&a);
    assert_null(a.head);
    assert_int_equal(a.used_total, 0);
    /* usable again */
    assert_string_equal(arena_strdup(&a, "again"), "again");
    arena_free(&a);
}

static void buf_growth(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Buf b;
    buf_init(&b, &a, 4);
    for (int i = 0; i < 1000; i++)
        buf_printf(&b, "%04d,", i);
    assert_int_equal(b.len, 5000);
    assert_memory_equal(b.data + 4995, "0999,", 5);
    assert_int_equal(b.data[b.len], '\0');
    buf_add(&b, "ab", 2);
    buf_addc(&b, 'c');
    buf_adds(&b, "de");
    assert_string_equal(b.data + 5000, "abcde");
    arena_free(&a);
}

static void utf8_checks(void **state)
{
    (void)state;
    const char *ok[] = {"", "plain", "Liège", "Ñandú", "€", "😀", "日本語"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        assert_true(utf8_valid(ok[i], strlen(ok[i])));
    assert_false(utf8_valid("\xc0\xaf", 2));         /* overlong '/' */
    assert_false(utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    assert_false(utf8_valid("\xe2\x82", 2));         /* truncated */
    assert_false(utf8_valid("\xf4\x90\x80\x80", 4)); /* above U+10FFFF */
    assert_false(utf8_valid("\xff", 1));
    assert_false(utf8_valid("a\0b", 3)); /* NUL inside */
    assert_false(utf8_valid("\x80", 1)); /* lone continuation */
}

static void string_helpers(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    assert_string_equal(url_arg(&a, "/orgs/1?x=a b&c"), "%2Forgs%2F1%3Fx%3Da%20b%26c");
    assert_string_equal(url_arg(&a, "safe-._~AZ09"), "safe-._~AZ09");
    assert_string_equal(url_arg(&a, "é"), "%C3%A9");
    int64_t v;
    assert_true(parse_int64("42", &v));
    assert_int_equal(v, 42);
    assert_true(parse_int64("-7", &v));
    assert_int_equal(v, -7);
    assert_false(parse_int64("", &v));
    assert_false(parse_int64(" 1", &v));
    assert_false(parse_int64("1x", &v));
    assert_false(parse_int64("99999999999999999999", &v));
    assert_false(parse_int64(NULL, &v));
    char t[] = "  \t hi there \n";
    assert_string_equal(str_trim(t), "hi there");
    char u[] = "MiXeD@Example.ORG";
    assert_string_equal(str_lower_ascii(u), "mixed@example.org");
    char hex[7];
    hex_encode((const unsigned char *)"\x01\xab\xff", 3, hex);
    assert_string_equal(hex, "01abff");
    arena_free(&a);
}

static void html_escaping(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Html *h = html_new(&a);
    html(h, "<p title=\"%s\">%s</p>", "a\"b'c", "<script>&</script>");
    assert_string_equal(h->buf.data,
                        "<p title=\"a&quot;b&#39;c\">&lt;script&gt;&amp;&lt;/script&gt;</p>");
    h = html_new(&a);
    html(h, "%d %lld %zu %u %x %c %% %.*s|", -5, (long long)1 << 40, (size_t)7, 3u, 255u, '<', 3,
         "abcdef");
    const char *none = getenv("TRAJECT_UNSET_FOR_TEST"); /* NULL %s writes nothing */
    html(h, "%s", none);
    assert_string_equal(h->buf.data, "-5 1099511627776 7 3 ff &lt; % abc|");
    h = html_new(&a);
    html_lit(h, "<b>trusted</b>");
    html_esc(h, NULL);
    html_esc(h, "&");
    assert_string_equal(h->buf.data, "<b>trusted</b>&amp;");
    h = html_new(&a);
    for (int i = 0; i < 20000; i++)
        html(h, "%s", "<>");
    assert_int_equal(h->buf.len, 20000 * 8);
    assert_memory_equal(h->buf.data + h->buf.len - 8, "&lt;&gt;", 8);
    arena_free(&a);
}

/* A bidirectional control opened in a %s is closed where that text ends. */
#define LRO "\xe2\x80\xad"
#define RLO "\xe2\x80\xae"
#define RLE "\xe2\x80\xab"
#define PDF "\xe2\x80\xac"
#define RLI "\xe2\x81\xa7"
#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"

static void html_bidi_isolated(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Html *h = html_new(&a);
    /* left-to-right text, also accented, comes out as it went in */
    html(h, "<td>%s</td>", "Łukasz Ørsted");
    assert_string_equal(h->buf.data, "<td>Łukasz Ørsted</td>");
    h = html_new(&a);
    /* a right-to-left name in content is isolated; in an attribute it is left as it is */
    html(h, "<li title=\"%s\">%s · Alpha</li>", "محمد", "محمد");
    assert_string_equal(h->buf.data, "<li title=\"محمد\"><bdi>محمد</bdi> · Alpha</li>");
    h = html_new(&a);
    /* an override left open: isolated, and closed before the page's own text */
    html(h, "<td>%s</td><td>x</td>", RLO "evil");
    assert_string_equal(h->buf.data, "<td><bdi>" RLO "evil" PDF "</bdi></td><td>x</td>");
    h = html_new(&a);
    /* an isolate with an embedding inside it: closed innermost first */
    html(h, "<p>%s|", RLI "a" RLE "b");
    assert_string_equal(h->buf.data, "<p><bdi>" RLI "a" RLE "b" PDF PDI "</bdi>|");
    h = html_new(&a);
    /* balanced text keeps its controls; a stray PDF or PDI closes nothing of the page's */
    html(h, "<p>%s|%s|", RLO "ab" PDF, PDF PDI "c");
    assert_string_equal(h->buf.data, "<p><bdi>" RLO "ab" PDF "</bdi>|<bdi>" PDF PDI "c</bdi>|");
    h = html_new(&a);
    /* a PDI closes the embeddings opened inside its isolate */
    html(h, "<p>%s|", FSI RLO "x" PDI LRO "z");
    assert_string_equal(h->buf.data, "<p><bdi>" FSI RLO "x" PDI LRO "z" PDF "</bdi>|");
    h = html_new(&a);
    /* a precision that cuts the text closes what the cut part opened */
    html(h, "<p>%.*s|", 4, RLO "abc");
    assert_string_equal(h->buf.data, "<p><bdi>" RLO "a" PDF "</bdi>|");
    h = html_new(&a);
    /* text-only elements get the isolate characters; a textarea's value is left alone;
     * the state follows the markup across calls and html_lit */
    html_lit(h, "<select><option value=\"1\">");
    html(h, "%s</option></select><title>%s</title><textarea>%s</textarea>", "محمد", "محمد",
         RLO "x");
    html_esc(h, "محمد");
    assert_string_equal(h->buf.data, "<select><option value=\"1\">" FSI "محمد" PDI
                                     "</option></select><title>" FSI "محمد" PDI
                                     "</title><textarea>" RLO "x</textarea><bdi>محمد</bdi>");
    h = html_new(&a);
    /* a tag opened in one call and closed in the next */
    html_lit(h, "<input name=\"n\" ");
    html(h, "value=\"%s\">%s", RLO, "ע");
    assert_string_equal(h->buf.data, "<input name=\"n\" value=\"" RLO "\"><bdi>ע</bdi>");
    arena_free(&a);
}

typedef struct Pt {
    int64_t id;
    char *name;
    char pad[40]; /* larger than a pointer: copies must use the element size */
} Pt;

static void rows_growth(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Rows rs = ROWS(&a, Pt);
    assert_int_equal(rs.n, 0);
    rows_pop(&rs); /* harmless when empty */
    for (int i = 0; i < 5000; i++) {
        Pt *p = rows_push(&rs);
        assert_int_equal(p->id, 0); /* zeroed */
        assert_null(p->name);
        p->id = i + 1;
        p->pad[39] = (char)(i % 100);
    }
    assert_int_equal(rs.n, 5000);
    assert_true(rs.cap >= 5000);
    for (int i = 0; i < 5000; i++) { /* nothing dropped, nothing moved out of order */
        assert_int_equal(ROW(&rs, Pt, i)->id, i + 1);
        assert_int_equal(ROW(&rs, Pt, i)->pad[39], i % 100);
    }
    rows_pop(&rs);
    assert_int_equal(rs.n, 4999);
    assert_int_equal(ROW(&rs, Pt, rs.n - 1)->id, 4999);
    /* a pushed slot after a pop is zeroed again */
    Pt *again = rows_push(&rs);
    assert_int_equal(again->id, 0);

    /* rows_collect copies the record a statement fills, once per row */
    Pt cur = {0};
    Rows got = ROWS_FROM(&a, &cur);
    for (int i = 0; i < 300; i++) {
        cur.id = 1000 + i;
        cur.name = i % 2 ? "odd" : "even";
        assert_true(rows_collect(&got));
    }
    assert_int_equal(got.n, 300);
    assert_int_equal(ROW(&got, Pt, 299)->id, 1299);
    assert_string_equal(ROW(&got, Pt, 1)->name, "odd");
    assert_string_equal(ROW(&got, Pt, 298)->name, "even");

    Rows ints;
    rows_init(&ints, &a, sizeof(int));
    for (int i = 0; i < 17; i++)
        *(int *)rows_push(&ints) = i * i;
    assert_int_equal(*ROW(&ints, int, 16), 256);
    arena_free(&a);
}

static void like_patterns(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    assert_string_equal(db_like_pattern(&a, NULL), "");
    assert_string_equal(db_like_pattern(&a, "  \t "), "");
    assert_string_equal(db_like_pattern(&a, " Ana Smith "), "%ana smith%");
    assert_string_equal(db_like_pattern(&a, "50%_a\\b"), "%50\\%\\_a\\\\b%");
    /* the page's parameters follow the caller's, with or without a cursor */
    static const DbStmt s1 = {.name = "a"}, s2 = {.name = "b"}, s3 = {.name = "c"},
                        s4 = {.name = "d"};
    DbPageStmts sorts[] = {{&s1, &s2, &s3, &s4}};
    DbParam in[6] = {db_int64(7)};
    DbPage p = {.from_start = true, .like = "%x%", .limit = 51};
    assert_ptr_equal(db_page_bind(&p, sorts, 1, in, 1), &s1);
    assert_string_equal(in[1].s, "%x%");
    assert_int_equal(in[2].i, 51);
    assert_int_equal(in[3].type, DBT_END);
    p = (DbPage){.desc = true, .key_text = "Bo", .id = 9, .limit = 51, .sort = 5};
    assert_ptr_equal(db_page_bind(&p, sorts, 1, in, 1), &s4); /* out of range: column 0 */
    assert_string_equal(in[1].s, "");
    assert_string_equal(in[2].s, "Bo");
    assert_int_equal(in[3].i, 9);
    assert_int_equal(in[4].i, 51);
    assert_int_equal(in[5].type, DBT_END);
    arena_free(&a);
}

/* The same seed gives the same numbers; bounds hold; the values spread over the range. */
static void prng_reproducible(void **state)
{
    (void)state;
    Prng a = prng_new(2026), b = prng_new(2026), c = prng_new(2027);
    uint64_t x = prng_next(&a);
    assert_true(x == prng_next(&b));
    assert_true(x != prng_next(&c));
    int seen[10] = {0};
    for (int i = 0; i < 10000; i++) {
        int64_t v = prng_below(&a, 10), w = prng_between(&a, 10, 18);
        assert_true(v >= 0 && v < 10);
        assert_true(w >= 10 && w <= 18);
        seen[v]++;
    }
    for (int i = 0; i < 10; i++)
        assert_true(seen[i] > 800 && seen[i] < 1200);
    assert_int_equal(prng_below(&a, 0), 0);
    assert_int_equal(prng_between(&a, 5, 4), 5);
    int yes = 0;
    for (int i = 0; i < 10000; i++)
        yes += prng_chance(&a, 400);
    assert_true(yes > 3700 && yes < 4300);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_allocations), cmocka_unit_test(buf_growth),
        cmocka_unit_test(utf8_checks),       cmocka_unit_test(string_helpers),
        cmocka_unit_test(html_escaping),     cmocka_unit_test(html_bidi_isolated),
        cmocka_unit_test(rows_growth),       cmocka_unit_test(like_patterns),
        cmocka_unit_test(prng_reproducible),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
