/* Unit tests: who may see a learning resource, and a resource's file types (office
 * documents recognised by the entries of their ZIP, never by the name alone). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/evidence.h"
#include "domain/resources.h"

static void visibility(void **state)
{
    (void)state;
    const ResourceReader anyone = {0}, member = {.member = true},
                         staff = {.member = true, .staff = true},
                         learner = {.member = true, .enrolled = true},
                         former = {.enrolled = true}; /* enrolled, no longer a member */
    assert_true(resource_visible(VIS_PUBLIC, &anyone));
    assert_false(resource_visible(VIS_MEMBERS, &anyone));
    assert_true(resource_visible(VIS_MEMBERS, &member));
    assert_false(resource_visible(VIS_MEMBERS, &former));
    assert_false(resource_visible(VIS_PROGRAMME, &anyone));
    assert_false(resource_visible(VIS_PROGRAMME, &member)); /* a learner of another programme */
    assert_true(resource_visible(VIS_PROGRAMME, &staff));
    assert_true(resource_visible(VIS_PROGRAMME, &learner));
    assert_true(resource_visible(VIS_PROGRAMME, &former));
    assert_false(resource_visible((Visibility)7, &staff));
}

/* A ZIP of stored entries (names[i] holding texts[i]) in out; returns its length. */
static size_t zip(unsigned char *out, const char *const *names, const char *const *texts, int n)
{
    unsigned char cd[1024];
    size_t at = 0, cdl = 0;
    for (int i = 0; i < n; i++) {
        size_t nl = strlen(names[i]), tl = strlen(texts[i]);
        unsigned char *l = out + at;
        memset(l, 0, 30);
        memcpy(l, "PK\x03\x04", 4);
        l[26] = (unsigned char)nl;
        memcpy(l + 30, names[i], nl);
        memcpy(l + 30 + nl, texts[i], tl);
        unsigned char *c = cd + cdl;
        memset(c, 0, 46);
        memcpy(c, "PK\x01\x02", 4);
        c[28] = (unsigned char)nl;
        c[42] = (unsigned char)at;
        memcpy(c + 46, names[i], nl);
        cdl += 46 + nl;
        at += 30 + nl + tl;
    }
    memcpy(out + at, cd, cdl);
    unsigned char *e = out + at + cdl;
    memset(e, 0, 22);
    memcpy(e, "PK\x05\x06", 4);
    e[8] = e[10] = (unsigned char)n;
    e[12] = (unsigned char)cdl;
    e[16] = (unsigned char)at;
    return at + cdl + 22;
}

static void office(void **state)
{
    (void)state;
    unsigned char b[2048];
    const char *docx_n[] = {"[Content_Types].xml", "word/document.xml"},
               *docx_t[] = {"<T/>", "<d/>"};
    size_t n = zip(b, docx_n, docx_t, 2);
    const char *s = (const char *)b;
    assert_string_equal(document_type("plan.docx", s, n),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assert_null(document_type("plan.pptx", s, n)); /* a Word file named as slides */
    assert_null(document_type("plan.odt", s, n));
    assert_null(document_type("plan.docx", s, n - 1)); /* cut: no directory at the end */
    assert_null(evidence_type("plan.docx", s, n));     /* evidence takes no office files */

    const char *pptx_n[] = {"[Content_Types].xml", "ppt/presentation.xml"};
    n = zip(b, pptx_n, docx_t, 2);
    assert_string_equal(
        document_type("deck.PPTX", s, n),
        "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    const char *odt_n[] = {"mimetype", "content.xml"},
               *odt_t[] = {"application/vnd.oasis.opendocument.text", "<c/>"};
    n = zip(b, odt_n, odt_t, 2);
    assert_string_equal(document_type("sheet.odt", s, n),
                        "application/vnd.oasis.opendocument.text");
    assert_null(document_type("sheet.odp", s, n));
    const char *odp_t[] = {"application/vnd.oasis.opendocument.presentation", "<c/>"};
    n = zip(b, odt_n, odp_t, 2);
    assert_string_equal(document_type("deck.odp", s, n),
                        "application/vnd.oasis.opendocument.presentation");

    const char *other_n[] = {"readme.txt"}, *other_t[] = {"hello"};
    n = zip(b, other_n, other_t, 1);
    assert_null(document_type("plan.docx", s, n)); /* a ZIP, but no document */
    /* a directory that points past the end is refused, never read */
    b[n - 6] = 0xff;
    assert_null(document_type("plan.docx", s, n));

    /* what evidence takes, a document takes too */
    static const char pdf[] = "%PDF-1.7\n";
    assert_string_equal(document_type("plan.pdf", pdf, sizeof pdf - 1), "application/pdf");
    assert_null(document_type("plan.docx", pdf, sizeof pdf - 1));
    assert_null(document_type("notes.txt", "hello", 5));
    assert_null(document_type(NULL, pdf, sizeof pdf - 1));
    assert_null(document_type("x.docx", "PK\x03\x04", 4));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(visibility),
        cmocka_unit_test(office),
    };
    return cmocka_run_group_tests_name("resources", tests, NULL, NULL);
}
