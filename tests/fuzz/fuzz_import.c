/* libFuzzer target: the CSV import (bulk enrolment, paper applications) on an uploaded
 * file: columns found by their names in three languages, every row read through the form
 * reader, formulas and duplicates refused. Whatever the file, the rows stay within the
 * limit and in the file's order, and every problem names a line of the file. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "domain/import.h"
#include "http/form.h"

static const char *const name_alias[] = {"name", "naam", "nom", "full name", NULL};
static const char *const email_alias[] = {"email", "e-mail", "courriel", "adresse", NULL};
static const char *const phone_alias[] = {"phone", "telefoon", "téléphone", "gsm", NULL};
static const ImportCol cols[] = {
    {.name = "name", .aliases = name_alias, .required = true},
    {.name = "email", .aliases = email_alias},
    {.name = "phone", .aliases = phone_alias},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena a;
    arena_init(&a);
    Import im;
    ImportHeader header = size && data[0] & 1 ? IMPORT_HEADER_REQUIRED : IMPORT_HEADER_OPTIONAL;
    if (import_open(&im, &a, LANG_NL, (const char *)data, size, cols, 3, header, 40) == IMPORT_OK) {
        if (im.nrows < 0 || im.nrows > 40)
            abort();
        int last = 0, lines = 1; /* lines end with LF, CRLF or a lone CR */
        for (size_t i = 0; i < size; i++)
            lines += data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
        for (int i = 0; i < im.nrows; i++) {
            int line = import_line(&im, i);
            if (line <= last || line > lines)
                abort(); /* rows in the file's order, on lines of the file */
            last = line;
            char *name, *email;
            FieldSpec specs[] = {
                {.name = "name",
                 .type = F_TEXT,
                 .required = true,
                 .max = 200,
                 .label = "Name",
                 .text = &name},
                {.name = "email", .type = F_EMAIL, .max = 254, .label = "E-mail", .text = &email},
                {0},
            };
            ImportRow row = {&im, i};
            FormErrors e;
            form_read_from(&a, LANG_NL, import_lookup, &row, specs, &e);
            import_form_errors(&im, i, &e);
            import_refuse_formulas(&im, i);
            const char *v = import_get(&im, i, "phone");
            if (v && strlen(v) > size)
                abort();
        }
        import_refuse_duplicates(&im, "email");
        for (int k = 0; k < im.problems.n; k++) {
            const ImportProblem *p = ROW(&im.problems, ImportProblem, k);
            if (p->line < 1 || p->line > lines || !p->msg)
                abort();
        }
    } else if (!import_error_text(&im)) {
        abort();
    }
    arena_free(&a);
    return 0;
}
