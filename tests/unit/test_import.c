/* Unit tests: the CSV import helper (domain/import): header names in three languages,
 * a dry run listing each bad line with its number and field, the field types of the form
 * reader over each row. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/import.h"
#include "http/form.h"

static const char *const name_al[] = {"full name", "naam", "nom", NULL};
static const char *const email_al[] = {"e-mail address", "e-mailadres", "courriel", NULL};
static const char *const birth_al[] = {"date of birth", "geboortedatum", "date de naissance", NULL};
static const ImportCol cols[] = {
    {.name = "name", .aliases = name_al, .required = true},
    {.name = "email", .aliases = email_al, .required = true},
    {.name = "birth_date", .aliases = birth_al},
};

static Import open(Arena *a, const char *text, ImportHeader h)
{
    Import im;
    import_open(&im, a, LANG_EN, text, strlen(text), cols, 3, h, 5);
    return im;
}

static const ImportProblem *problem(const Import *im, int k)
{
    return ROW(&im->problems, ImportProblem, k);
}

static void headers_in_three_languages(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    /* Dutch names, another order, a column we do not know, semicolons */
    Import im = open(&a,
                     "Geboortedatum;Opmerking;E-mailadres;Naam\r\n"
                     "2001-02-03;x;an@x.be;An Peeters\r\n"
                     ";;bo@x.be;Bo\r\n",
                     IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_OK);
    assert_true(im.header);
    assert_int_equal(im.nrows, 2);
    assert_int_equal(im.problems.n, 0);
    assert_string_equal(import_get(&im, 0, "name"), "An Peeters");
    assert_string_equal(import_get(&im, 0, "email"), "an@x.be");
    assert_string_equal(import_get(&im, 0, "birth_date"), "2001-02-03");
    assert_string_equal(import_get(&im, 1, "birth_date"), "");
    assert_int_equal(import_line(&im, 1), 3);
    assert_null(import_get(&im, 2, "name"));
    assert_null(import_get(&im, 0, "nope"));

    /* French */
    im = open(&a, "Nom,Courriel,Date de naissance\nÉlise,el@x.be,2000-01-01\n",
              IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_OK);
    assert_string_equal(import_get(&im, 0, "email"), "el@x.be");

    /* optional header: none, so the columns come in order */
    im = open(&a, "Ana,ana@x.be\nBert,bert@x.be,1999-12-31\n", IMPORT_HEADER_OPTIONAL);
    assert_int_equal(im.status, IMPORT_OK);
    assert_false(im.header);
    assert_int_equal(im.nrows, 2);
    assert_string_equal(import_get(&im, 1, "birth_date"), "1999-12-31");
    assert_null(import_get(&im, 0, "birth_date")); /* a short line */

    /* a required column missing: a problem on line 1, named */
    im = open(&a, "name,date of birth\nAna,2000-01-01\n", IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_OK);
    assert_int_equal(im.problems.n, 1);
    assert_int_equal(problem(&im, 0)->line, 1);
    assert_string_equal(problem(&im, 0)->field, "email");
    assert_string_equal(problem(&im, 0)->msg, "The column \"email\" is missing.");
    arena_free(&a);
}

static void unreadable_files(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Import im = open(&a, "", IMPORT_HEADER_OPTIONAL);
    assert_int_equal(im.status, IMPORT_EMPTY);
    assert_non_null(strstr(import_error_text(&im), "empty"));
    im = open(&a, "name,email\n", IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_EMPTY);
    im = open(&a, "what,ever\n1,2\n", IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_NO_HEADER);
    im = open(&a, "name\na\nb\nc\nd\ne\nf\n", IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_TOO_MANY);
    assert_string_equal(import_error_text(&im), "The list is too long: at most 5 lines at once.");
    im = open(&a, "name\n\"open\n", IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_UNTERMINATED);
    assert_string_equal(import_error_text(&im),
                        "Line 2: a quotation mark is opened and never closed.");
    im = open(&a, "name\n\xff\xfe\n", IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_NOT_UTF8);
    assert_null(import_error_text(&(Import){.status = IMPORT_OK}));
    arena_free(&a);
}

static void dry_run_lists_every_bad_line(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Import im = open(&a,
                     "full name,e-mail address,date of birth\n"
                     "Ana,ana@x.be,2000-01-01\n"
                     ",not-an-email,2000-02-30\n"
                     "=HYPERLINK(\"x\"),ANA@x.be,\n"
                     "Dirk,+32 470 00 00 00,\n",
                     IMPORT_HEADER_REQUIRED);
    assert_int_equal(im.status, IMPORT_OK);
    for (int i = 0; i < im.nrows; i++) {
        char *name = NULL, *email = NULL, *birth = NULL;
        FieldSpec spec[] = {
            {.name = "name", .type = F_TEXT, .required = true, .label = "Full name", .text = &name},
            {.name = "email", .type = F_EMAIL, .required = true, .label = "E-mail", .text = &email},
            {.name = "birth_date", .type = F_DATE, .label = "Date of birth", .text = &birth},
            {0},
        };
        ImportRow row = {&im, i};
        FormErrors e;
        form_read_from(&a, LANG_EN, import_lookup, &row, spec, &e);
        import_form_errors(&im, i, &e);
        import_refuse_formulas(&im, i);
    }
    import_refuse_duplicates(&im, "email");
    /* line 3: name, e-mail and date; line 4: the formula and the duplicate; line 5: the
     * e-mail (the phone-like value is not a formula but not an address either) */
    assert_int_equal(im.problems.n, 6);
    assert_int_equal(problem(&im, 0)->line, 3);
    assert_string_equal(problem(&im, 0)->field, "name");
    assert_string_equal(problem(&im, 0)->msg, "Full name is required.");
    assert_string_equal(problem(&im, 1)->field, "email");
    assert_string_equal(problem(&im, 2)->field, "birth_date");
    assert_int_equal(problem(&im, 3)->line, 4);
    assert_string_equal(problem(&im, 3)->field, "name");
    assert_non_null(strstr(problem(&im, 3)->msg, "spreadsheet formula"));
    assert_int_equal(problem(&im, 4)->line, 5);
    assert_string_equal(problem(&im, 4)->field, "email");
    assert_int_equal(problem(&im, 5)->line, 4);
    assert_string_equal(problem(&im, 5)->msg, "ANA@x.be is also on line 2.");
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headers_in_three_languages),
        cmocka_unit_test(unreadable_files),
        cmocka_unit_test(dry_run_lists_every_bad_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
