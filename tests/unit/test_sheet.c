/* Unit tests: the sign-in sheet's pagination, and sheet_pdf on good and bad fonts and on
 * names with characters the font lacks. The HTTP test reads the PDFs with poppler. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/arena.h"
#include "pdf/sheet.h"

/* from fonts-dejavu-core (tools/deps.sh), the default of the pdf_font setting */
#define FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

static void pagination(void **state)
{
    (void)state;
    int rows[64];
    assert_int_equal(sheet_paginate(0, rows, 64), 1);
    assert_int_equal(rows[0], 0);
    int per_page = 0, last_max = 0; /* learnt from the layout: full page, last page */
    for (size_t n = 1; n <= 300; n++) {
        int pages = sheet_paginate(n, rows, 64);
        assert_true(pages >= 1 && pages <= 64);
        size_t sum = 0;
        for (int p = 0; p < pages; p++) {
            assert_true(rows[p] >= 1); /* no page with a table head and no rows */
            sum += (size_t)rows[p];
            if (p < pages - 1 && rows[p] > per_page)
                per_page = rows[p];
        }
        assert_int_equal(sum, n);
        if (pages == 1 && rows[0] > last_max)
            last_max = rows[0];
        /* without the fill argument, the same count */
        assert_int_equal(sheet_paginate(n, NULL, 0), pages);
    }
    /* a page holds more rows than the last page, which keeps room for the trainer */
    assert_true(per_page > last_max);
    assert_true(last_max >= 10);
    for (size_t n = 1; n <= 300; n++) {
        int pages = sheet_paginate(n, rows, 64);
        assert_true(rows[pages - 1] <= last_max);
        for (int p = 0; p < pages - 1; p++)
            assert_true(rows[p] <= per_page);
        /* as few pages as those limits allow: one page fewer would not hold n */
        if (pages > 1)
            assert_true((size_t)(pages - 2) * (size_t)per_page + (size_t)last_max < n);
        else
            assert_true(n <= (size_t)last_max);
    }
}

static const char *label(void *ctx, int page, int pages)
{
    (void)page;
    (void)pages;
    return ctx;
}

static Sheet sample(const char *font, const char *const *names, size_t n)
{
    return (Sheet){
        .font_path = font,
        .label = {"Sign-in sheet", "Programme", "Cohort", "Date", "Location", "No.", "Name",
                  "Signature", "Arrival time", "Trainer's name", "Trainer's signature", "Nobody"},
        .org = "Ørsted Académie",
        .programme = "Numérique",
        .cohort = "Été",
        .when = "Monday 2026-10-05, 14:00–16:00",
        .location = "",
        .names = names,
        .nnames = n,
        .page_label = label,
        .ctx = "Page",
    };
}

static void pdf_ok(void **state)
{
    (void)state;
    /* accents, letters from beyond Latin-1, CJK the font lacks, a character beyond the
     * BMP, a name far too long for its box, an empty name */
    const char *names[] = {"Chloé",
                           "Łukasz",
                           "中文",
                           "Smile 😀",
                           "",
                           "Maximiliana Alexandrovna "
                           "Konstantinopolskaya-Vanderbeken de la Montagne Saint-Éloi du Bois"};
    Arena a;
    arena_init(&a);
    for (size_t n = 0; n <= 6; n += 6) {
        Sheet s = sample(FONT, names, n);
        char *pdf = NULL;
        size_t len = 0;
        unsigned long err = 1;
        assert_int_equal(sheet_pdf(&s, &a, &pdf, &len, &err), SHEET_OK);
        assert_int_equal(err, 0);
        assert_non_null(pdf);
        assert_true(len > 1000);
        assert_memory_equal(pdf, "%PDF-", 5);
        assert_non_null(memmem(pdf, len, "%%EOF", 5));
        assert_non_null(memmem(pdf, len, "/FontFile2", 10)); /* the font is embedded */
    }
    arena_free(&a);
}

static void pdf_bad_font(void **state)
{
    (void)state;
    const char *names[] = {"Chloé"};
    const char *fonts[] = {"/nonexistent/font.ttf", "/etc/passwd", "/"};
    Arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof fonts / sizeof *fonts; i++) {
        Sheet s = sample(fonts[i], names, 1);
        char *pdf = (char *)"x";
        size_t len = 1;
        unsigned long err = 0;
        assert_int_equal(sheet_pdf(&s, &a, &pdf, &len, &err), SHEET_NO_FONT);
        assert_null(pdf);
        assert_int_equal(len, 0);
        assert_true(err != 0);
    }
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(pagination), cmocka_unit_test(pdf_ok),
                                       cmocka_unit_test(pdf_bad_font)};
    return cmocka_run_group_tests_name("sheet", tests, NULL, NULL);
}
