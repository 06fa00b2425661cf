/* Unit tests: the pager's bookkeeping after a statement ran (html/pager: pager_got):
 * the extra row that says there is more, a backwards page put back in order, the
 * position of the page for its summary. Cursors and links: tests/http/memberlist. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "html/pager.h"

typedef struct Item {
    int64_t id;
} Item;

static void item_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const Item *it = row;
    *k = (PagerKey){.num = it->id * 10, .id = it->id};
}

static const PagerCol cols[] = {{.key = "n", .label = "N", .numeric = true}};

/* rows first..last (inclusive, either way round), as a statement returns them */
static Rows rows_of(Arena *a, int first, int last)
{
    Rows r = ROWS(a, Item);
    for (int i = first;; i += first <= last ? 1 : -1) {
        ((Item *)rows_push(&r))->id = i;
        if (i == last)
            break;
    }
    return r;
}

static Pager pager(bool back, bool from_start, int64_t start)
{
    Pager p = {.cols = cols, .ncols = 1, .size = 50, .back = back, .start = start};
    p.page = (DbPage){.from_start = from_start, .limit = 51};
    return p;
}

static void forward_pages(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    /* first page of 120: 51 rows came, 50 shown, more after */
    Pager p = pager(false, true, 0);
    Rows r = rows_of(&a, 1, 51);
    pager_got(&p, &r, item_key, 120);
    assert_int_equal(p.n, 50);
    assert_int_equal(r.n, 50);
    assert_false(p.more_before);
    assert_true(p.more_after);
    assert_int_equal(p.first.id, 1);
    assert_int_equal(p.last.id, 50);
    assert_int_equal(p.last.num, 500);
    assert_int_equal(p.total, 120);
    /* the last page: 20 rows, nothing after */
    p = pager(false, false, 100);
    r = rows_of(&a, 101, 120);
    pager_got(&p, &r, item_key, 120);
    assert_int_equal(p.n, 20);
    assert_true(p.more_before);
    assert_false(p.more_after);
    assert_int_equal(p.start, 100);
    /* a total counted before rows were added never says less than what is shown */
    p = pager(false, false, 100);
    r = rows_of(&a, 101, 125);
    pager_got(&p, &r, item_key, 120);
    assert_int_equal(p.total, 125);
    arena_free(&a);
}

static void backward_pages(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    /* Previous from the page starting at position 100 (row 101): the statement reads
     * 100, 99, ... 50 (51 rows, descending); shown 51..100 in order, at position 50 */
    Pager p = pager(true, false, 100);
    Rows r = rows_of(&a, 100, 50);
    pager_got(&p, &r, item_key, 120);
    assert_int_equal(p.n, 50);
    for (int i = 0; i < 50; i++)
        assert_int_equal(ROW(&r, Item, i)->id, 51 + i);
    assert_int_equal(p.start, 50);
    assert_true(p.more_before);
    assert_true(p.more_after);
    assert_int_equal(p.first.id, 51);
    assert_int_equal(p.last.id, 100);
    /* Previous from position 50: exactly 50 rows before, the first page */
    p = pager(true, false, 50);
    r = rows_of(&a, 50, 1);
    pager_got(&p, &r, item_key, 120);
    assert_int_equal(p.n, 50);
    assert_int_equal(ROW(&r, Item, 0)->id, 1);
    assert_int_equal(p.start, 0);
    assert_false(p.more_before);
    /* rows deleted meanwhile: fewer before than a page, still the start of the list */
    p = pager(true, false, 50);
    r = rows_of(&a, 30, 1);
    pager_got(&p, &r, item_key, 100);
    assert_int_equal(p.n, 30);
    assert_int_equal(p.start, 0);
    assert_false(p.more_before);
    assert_true(p.more_after);
    /* an empty list */
    p = pager(false, true, 0);
    r = ROWS(&a, Item);
    pager_got(&p, &r, item_key, 0);
    assert_int_equal(p.n, 0);
    assert_false(p.more_before);
    assert_false(p.more_after);
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(forward_pages),
                                       cmocka_unit_test(backward_pages)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
