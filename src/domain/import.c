/* import.c — see import.h. */
#include "domain/import.h"

#include <string.h>
#include <strings.h>

/* Whether a header cell (as csv_key reduces it) names column c. */
static bool names_col(Arena *a, const ImportCol *c, const char *key)
{
    if (!*key)
        return false;
    if (!strcmp(csv_key(a, c->name), key))
        return true;
    for (const char *const *al = c->aliases; al && *al; al++)
        if (!strcmp(csv_key(a, *al), key))
            return true;
    return false;
}

/* Maps the columns from record 0; returns how many were recognised. */
static int map_header(Import *im)
{
    const CsvRecord *h = &im->table.rec[0];
    int known = 0;
    for (int c = 0; c < im->ncols; c++)
        im->map[c] = -1;
    for (int f = 0; f < h->n; f++) {
        const char *k = csv_key(im->arena, h->f[f]);
        for (int c = 0; c < im->ncols; c++)
            if (im->map[c] < 0 && names_col(im->arena, &im->cols[c], k)) {
                im->map[c] = f;
                known++;
                break; /* one column per header cell */
            }
    }
    return known;
}

ImportStatus import_open(Import *im, Arena *a, Lang lang, const char *text, size_t len,
                         const ImportCol *cols, int ncols, ImportHeader header, int max_rows)
{
    *im = (Import){.arena = a, .lang = lang, .cols = cols, .ncols = ncols, .max_rows = max_rows};
    im->problems = ROWS(a, ImportProblem);
    im->map = arena_alloc(a, sizeof *im->map * (size_t)(ncols ? ncols : 1));
    int at = 0;
    switch (csv_parse(a, text ? text : "", text ? len : 0, 0, max_rows + 2, 256, &im->table, &at)) {
    case CSV_OK:
        break;
    case CSV_UNTERMINATED:
        im->error_line = at;
        return im->status = IMPORT_UNTERMINATED;
    case CSV_TOO_MANY_FIELDS:
        im->error_line = at;
        return im->status = IMPORT_TOO_MANY_FIELDS;
    case CSV_NOT_UTF8:
        return im->status = IMPORT_NOT_UTF8;
    case CSV_TOO_MANY_RECORDS:
        return im->status = IMPORT_TOO_MANY;
    }
    if (im->table.n == 0)
        return im->status = IMPORT_EMPTY;
    int known = map_header(im);
    bool any_required = false, required_known = false;
    for (int c = 0; c < ncols; c++) {
        any_required = any_required || cols[c].required;
        required_known = required_known || (cols[c].required && im->map[c] >= 0);
    }
    if (header == IMPORT_HEADER_REQUIRED) {
        if (known == 0)
            return im->status = IMPORT_NO_HEADER;
        im->header = true;
    } else {
        im->header = any_required ? required_known : known > 0;
        if (!im->header)
            for (int c = 0; c < ncols; c++)
                im->map[c] = c;
    }
    im->nrows = im->table.n - (im->header ? 1 : 0);
    if (im->nrows > max_rows)
        return im->status = IMPORT_TOO_MANY;
    if (im->nrows <= 0)
        return im->status = IMPORT_EMPTY;
    if (im->header)
        for (int c = 0; c < ncols; c++)
            if (cols[c].required && im->map[c] < 0)
                import_problem(
                    im, im->table.rec[0].line, cols[c].name,
                    arena_printf(a, i18n_get(lang, "The column \"%s\" is missing."), cols[c].name));
    return im->status = IMPORT_OK;
}

const char *import_error_text(const Import *im)
{
    Lang l = im->lang;
    switch (im->status) {
    case IMPORT_OK:
        return NULL;
    case IMPORT_EMPTY:
        return i18n_get(l, "The list is empty: there is no line to import.");
    case IMPORT_TOO_MANY:
        return arena_printf(im->arena,
                            i18n_get(l, "The list is too long: at most %d lines at once."),
                            im->max_rows);
    case IMPORT_UNTERMINATED:
        return arena_printf(im->arena,
                            i18n_get(l, "Line %d: a quotation mark is opened and never closed."),
                            im->error_line);
    case IMPORT_TOO_MANY_FIELDS:
        return arena_printf(im->arena, i18n_get(l, "Line %d has too many columns."),
                            im->error_line);
    case IMPORT_NOT_UTF8:
        return i18n_get(
            l, "The file is not in UTF-8: save it from your spreadsheet as \"CSV UTF-8\".");
    case IMPORT_NO_HEADER:
        return i18n_get(l, "The first line must name the columns: download the template.");
    }
    return NULL;
}

static const CsvRecord *row_rec(const Import *im, int i)
{
    return &im->table.rec[i + (im->header ? 1 : 0)];
}

const char *import_get(const Import *im, int i, const char *name)
{
    if (i < 0 || i >= im->nrows)
        return NULL;
    const CsvRecord *rec = row_rec(im, i);
    for (int c = 0; c < im->ncols; c++)
        if (!strcmp(im->cols[c].name, name))
            return im->map[c] >= 0 && im->map[c] < rec->n ? rec->f[im->map[c]] : NULL;
    return NULL;
}

int import_line(const Import *im, int i)
{
    return i >= 0 && i < im->nrows ? row_rec(im, i)->line : 0;
}

const char *import_lookup(void *ctx, const char *name)
{
    const ImportRow *row = ctx;
    return import_get(row->im, row->i, name);
}

void import_problem(Import *im, int line, const char *field, const char *msg)
{
    ImportProblem *p = rows_push(&im->problems);
    p->line = line;
    p->field = field;
    p->msg = msg;
}

void import_form_errors(Import *im, int i, const FormErrors *e)
{
    for (int k = 0; k < e->n; k++)
        import_problem(im, import_line(im, i), e->field[k], e->msg[k]);
}

static bool formula_like(const char *s)
{
    return s[0] == '=' || s[0] == '@' ||
           ((s[0] == '+' || s[0] == '-') && s[1] && !(s[1] >= '0' && s[1] <= '9') && s[1] != ' ');
}

void import_refuse_formulas(Import *im, int i)
{
    if (i < 0 || i >= im->nrows)
        return;
    const CsvRecord *rec = row_rec(im, i);
    for (int f = 0; f < rec->n; f++) {
        if (!formula_like(rec->f[f]))
            continue;
        const char *field = NULL;
        for (int c = 0; c < im->ncols; c++)
            if (im->map[c] == f)
                field = im->cols[c].name;
        import_problem(im, rec->line, field,
                       arena_printf(im->arena,
                                    i18n_get(im->lang, "\"%s\" looks like a spreadsheet formula: "
                                                       "write it without = + - @ in front."),
                                    rec->f[f]));
    }
}

void import_refuse_duplicates(Import *im, const char *name)
{
    for (int i = 1; i < im->nrows; i++) {
        const char *v = import_get(im, i, name);
        if (!v || !*v)
            continue;
        for (int j = 0; j < i; j++) {
            const char *w = import_get(im, j, name);
            if (w && !strcasecmp(v, w)) {
                import_problem(im, import_line(im, i), name,
                               arena_printf(im->arena, i18n_get(im->lang, "%s is also on line %d."),
                                            v, import_line(im, j)));
                break;
            }
        }
    }
}
