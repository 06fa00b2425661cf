/* Unit tests: reading lists typed or exported from a spreadsheet (domain/csv). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/csv.h"

static CsvError parse(Arena *a, const char *s, CsvTable *t, int *line)
{
    return csv_parse(a, s, strlen(s), 0, 100, 8, t, line);
}

static void quoting_and_lines(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    CsvTable t;
    int line;
    const char *s = "\xEF\xBB\xBF"
                    "name,email\r\n"
                    "\"Amrani, Nadia\",nadia@x.be\r\n"
                    "\r\n"
                    "  Bram Peeters  , bram@x.be \n"
                    "\"Chloé \"\"Clo\"\" Dubois\",\"two\nlines\"\n"
                    "Dirk";
    assert_int_equal(parse(&a, s, &t, &line), CSV_OK);
    assert_int_equal(t.sep, ',');
    assert_int_equal(t.n, 5);
    assert_string_equal(t.rec[0].f[0], "name"); /* the byte-order mark is dropped */
    assert_string_equal(t.rec[1].f[0], "Amrani, Nadia");
    assert_int_equal(t.rec[1].line, 2);
    assert_string_equal(t.rec[2].f[0], "Bram Peeters"); /* trimmed; the blank line skipped */
    assert_string_equal(t.rec[2].f[1], "bram@x.be");
    assert_int_equal(t.rec[2].line, 4);
    assert_string_equal(t.rec[3].f[0], "Chloé \"Clo\" Dubois");
    assert_string_equal(t.rec[3].f[1], "two\nlines");
    assert_int_equal(t.rec[4].line, 7); /* counted after the line break inside quotes */
    assert_int_equal(t.rec[4].n, 1);
    assert_string_equal(t.rec[4].f[0], "Dirk");
    arena_free(&a);
}

static void separators(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    CsvTable t;
    int line;
    assert_int_equal(
        parse(&a, "Naam;E-mail;Geboortedatum\nJan, de Smet;jan@x.be;01/02/2005\n", &t, &line),
        CSV_OK);
    assert_int_equal(t.sep, ';');
    assert_string_equal(t.rec[1].f[0], "Jan, de Smet");
    assert_string_equal(t.rec[1].f[2], "01/02/2005");
    assert_int_equal(parse(&a, "a\tb\tc\n1\t2\t3\n", &t, &line), CSV_OK);
    assert_int_equal(t.sep, '\t');
    assert_int_equal(t.rec[1].n, 3);
    assert_int_equal(parse(&a, "only one name\n", &t, &line), CSV_OK);
    assert_int_equal(t.n, 1);
    assert_int_equal(t.rec[0].n, 1);
    assert_int_equal(parse(&a, "", &t, &line), CSV_OK);
    assert_int_equal(t.n, 0);
    arena_free(&a);
}

static void errors(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    CsvTable t;
    int line;
    assert_int_equal(parse(&a, "a,b\n\"open,c\nd\n", &t, &line), CSV_UNTERMINATED);
    assert_int_equal(line, 2);
    assert_int_equal(parse(&a, "1,2,3,4,5,6,7,8,9\n", &t, &line), CSV_TOO_MANY_FIELDS);
    assert_int_equal(parse(&a, "ok\n\xC3\x28\n", &t, &line), CSV_NOT_UTF8);
    char many[400] = "";
    for (int i = 0; i < 101; i++)
        strcat(many, "x\n");
    assert_int_equal(parse(&a, many, &t, &line), CSV_TOO_MANY_RECORDS);
    assert_int_equal(line, 101);
    arena_free(&a);
}

static void keys(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    assert_string_equal(csv_key(&a, "E-mail"), "email");
    assert_string_equal(csv_key(&a, "Date of birth"), "dateofbirth");
    assert_string_equal(csv_key(&a, "Téléphone"), "tlphone");
    assert_string_equal(csv_key(&a, "Demandeur d'emploi"), "demandeurdemploi");
    arena_free(&a);
}

static const char *written(Arena *a, void (*fn)(CsvWriter *))
{
    Buf b;
    buf_init(&b, a, 16);
    CsvWriter w;
    csv_begin(&w, &b, false);
    fn(&w);
    return b.data;
}

static void formulas_line(CsvWriter *w)
{
    csv_text(w, "=HYPERLINK(\"x\")");
    csv_cell(w, "=HYPERLINK(\"x\")");
    csv_cell(w, "+32 470 00 00 00");
    csv_cell(w, "@SUM(A1)");
    csv_cell(w, "\tx");
    csv_cell(w, "\rx");
    csv_cell(w, "-1+2");
    csv_cell(w, "- a list item");
    csv_end_line(w);
}

static void numbers_line(CsvWriter *w)
{
    csv_cell(w, "-12.50");
    csv_cell(w, "-3");
    csv_cell(w, "1250,5");
    csv_num(w, -7);
    csv_cents(w, -1250);
    csv_cents(w, 150000);
    csv_cents(w, 5);
    csv_cell(w, "-");
    csv_cell(w, "-12.");
    csv_end_line(w);
}

static void quoting_line(CsvWriter *w)
{
    csv_cell(w, "name");
    csv_cell(w, "Amrani, Nadia");
    csv_cell(w, "say \"hi\"");
    csv_cell(w, "a;b");
    csv_cell(w, "two\nlines");
    csv_cell(w, " padded");
    csv_cell(w, NULL);
    csv_text(w, "Why?");
    csv_text(w, NULL);
    csv_end_line(w);
    csv_cell(w, "second");
    csv_end_line(w);
}

static void writing(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    /* every formula neutralised, with an apostrophe inside the quotes */
    assert_string_equal(
        written(&a, formulas_line),
        "\"'=HYPERLINK(\"\"x\"\")\",\"'=HYPERLINK(\"\"x\"\")\",\"'+32 470 00 00 00\","
        "\"'@SUM(A1)\",\"'\tx\",\"'\rx\",\"'-1+2\",\"'- a list item\"\r\n");
    /* a cell that is wholly a number stays a number, negative or not */
    assert_string_equal(written(&a, numbers_line),
                        "-12.50,-3,\"1250,5\",-7,-12.50,1500,0.05,\"'-\",\"'-12.\"\r\n");
    assert_string_equal(
        written(&a, quoting_line),
        "name,\"Amrani, Nadia\",\"say \"\"hi\"\"\",\"a;b\",\"two\nlines\",\" padded\",,"
        "\"Why?\",\"\"\r\nsecond\r\n");
    assert_true(csv_is_formula("=1"));
    assert_false(csv_is_formula("-0.5"));
    assert_false(csv_is_formula("plain"));
    assert_false(csv_is_formula(NULL));

    /* what is written reads back as it was (the apostrophe aside) */
    Buf b;
    buf_init(&b, &a, 16);
    CsvWriter w;
    csv_begin(&w, &b, true);
    quoting_line(&w);
    CsvTable t;
    int line;
    assert_int_equal(csv_parse(&a, b.data, b.len, ',', 10, 10, &t, &line), CSV_OK);
    assert_int_equal(t.n, 2);
    assert_string_equal(t.rec[0].f[1], "Amrani, Nadia");
    assert_string_equal(t.rec[0].f[2], "say \"hi\"");
    assert_string_equal(t.rec[0].f[4], "two\nlines");
    assert_string_equal(t.rec[1].f[0], "second");
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(quoting_and_lines),
                                       cmocka_unit_test(separators), cmocka_unit_test(errors),
                                       cmocka_unit_test(keys), cmocka_unit_test(writing)};
    return cmocka_run_group_tests_name("csv", tests, NULL, NULL);
}
