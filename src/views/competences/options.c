/* options.c — the competences an organisation may choose (see options.h). */
#include "views/competences/options.h"

#include "core/rows.h"
#include "html/options.h"
#include "q/competences/framework.h"
#include "views/competences/progress.h"

const char *const *competence_options(Req *r)
{
    return competence_options_of(r, r->org_id);
}

const char *const *competence_options_of(Req *r, int64_t org_id)
{
    Competence c;
    Rows rows = ROWS_FROM(r->arena, &c);
    if (q_competence_choices(r->db, org_id, r->arena, &c, rows_collect, &rows) < DB_NONE)
        return NULL;
    Options opts = OPTIONS(r->arena);
    for (int i = 0; i < rows.n; i++) {
        const Competence *x = ROW(&rows, Competence, i);
        options_id(&opts, x->id,
                   arena_printf(r->arena, "%s · %s", comp_title(r->lang, x->framework),
                                competence_label(r, x->code, x->title)));
    }
    return options_end(&opts);
}
