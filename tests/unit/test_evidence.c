/* Unit tests: evidence files (by extension and first bytes), evidence links, level scales. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/evidence.h"

static void file_types(void **state)
{
    (void)state;
    static const char pdf[] = "%PDF-1.7\n", png[] = "\x89PNG\r\n\x1a\n....",
                      jpg[] = "\xff\xd8\xff\xe0";
    assert_string_equal(evidence_type("report.pdf", pdf, sizeof pdf - 1), "application/pdf");
    assert_string_equal(evidence_type("REPORT.PDF", pdf, sizeof pdf - 1), "application/pdf");
    assert_string_equal(evidence_type("screen.png", png, sizeof png - 1), "image/png");
    assert_string_equal(evidence_type("photo.jpg", jpg, sizeof jpg - 1), "image/jpeg");
    assert_string_equal(evidence_type("photo.JPEG", jpg, sizeof jpg - 1), "image/jpeg");
    /* the name and the content must agree */
    assert_null(evidence_type("report.png", pdf, sizeof pdf - 1));
    assert_null(evidence_type("screen.pdf", png, sizeof png - 1));
    assert_null(evidence_type("notes.txt", "hello", 5));
    assert_null(evidence_type("evil.pdf", "MZ\x90\x00", 4));
    assert_null(evidence_type(".pdf", pdf, sizeof pdf - 1));
    assert_null(evidence_type("short.pdf", "%PDF", 4));
    assert_null(evidence_type("short.png", png, 7));
    assert_null(evidence_type(NULL, pdf, sizeof pdf - 1));
}

static void links(void **state)
{
    (void)state;
    assert_true(evidence_url_ok("https://git.example.org/nadia/api"));
    assert_true(evidence_url_ok("http://example.be"));
    assert_true(evidence_url_ok("HTTPS://EXAMPLE.BE/x?y=1"));
    assert_false(evidence_url_ok("javascript:alert(1)"));
    assert_false(evidence_url_ok("ftp://example.be"));
    assert_false(evidence_url_ok("https://"));
    assert_false(evidence_url_ok("https:///path"));
    assert_false(evidence_url_ok("https://exa mple.be"));
    assert_false(evidence_url_ok("https://example.be/\n"));
    assert_false(evidence_url_ok("example.be"));
}

static void scales(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    char *names[SCALE_MAX];
    assert_int_equal(scale_parse(&a, "Novice\r\n  Practitioner \n\n\tExpert\n", 100, names), 3);
    assert_string_equal(names[0], "Novice");
    assert_string_equal(names[1], "Practitioner");
    assert_string_equal(names[2], "Expert");
    assert_int_equal(scale_parse(&a, "", 100, names), 0);
    assert_int_equal(scale_parse(&a, NULL, 100, names), 0);
    assert_int_equal(scale_parse(&a, " \n \n", 100, names), 0);
    assert_int_equal(scale_parse(&a, "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl", 100, names), 12);
    assert_int_equal(scale_parse(&a, "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm", 100, names), -1);
    assert_int_equal(scale_parse(&a, "short\nmuch too long", 5, names), -1);
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(file_types),
        cmocka_unit_test(links),
        cmocka_unit_test(scales),
    };
    return cmocka_run_group_tests_name("evidence", tests, NULL, NULL);
}
