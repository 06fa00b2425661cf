/* views/intake/apply_form.c — reading an application (see apply_form.h). */
#include "views/intake/apply_form.h"

#include <string.h>

FieldSpec *apply_form_spec(Arena *a, Lang l, const ApplyForm *f, ApplyInput *in)
{
    Lang keep = in->lang;
    int line = in->line;
    memset(in, 0, sizeof *in);
    in->lang = keep;
    in->line = line;
    in->answers = arena_alloc(a, sizeof *in->answers * (size_t)(f->nqs ? f->nqs : 1));
    FieldSpec *spec = arena_alloc(a, sizeof *spec * (size_t)(f->nqs + 9));
    FieldSpec person[] = {
        {.name = "name",
         .type = F_TEXT,
         .required = true,
         .max = 120,
         .label = N_("Full name"),
         .text = &in->name},
        {.name = "email",
         .type = F_EMAIL,
         .required = true,
         .max = 254,
         .label = N_("E-mail address"),
         .text = &in->email},
        {.name = "phone",
         .type = F_TEXT,
         .max = 30,
         .label = N_("Phone (optional)"),
         .text = &in->phone},
        /* a date the workflow checks: its messages say what is wrong with a birth date */
        {.name = "birth_date",
         .type = F_TEXT,
         .required = true,
         .max = 10,
         .label = N_("Date of birth"),
         .text = &in->birth_date},
        {.name = "municipality",
         .type = F_TEXT,
         .required = true,
         .max = 100,
         .label = N_("Municipality"),
         .text = &in->municipality},
        {.name = "jobseeker",
         .type = F_BOOL,
         .label = N_("Registered job-seeker"),
         .flag = &in->jobseeker},
        {.name = "guardian_name",
         .type = F_TEXT,
         .max = 120,
         .label = N_("Parent or guardian's name"),
         .text = &in->guardian_name},
        {.name = "guardian_email",
         .type = F_EMAIL,
         .max = 254,
         .label = N_("Parent or guardian's e-mail address"),
         .text = &in->guardian_email},
    };
    int n = (int)(sizeof person / sizeof person[0]);
    memcpy(spec, person, sizeof person);
    /* answers as text: whether one is needed, a date or one of the choices is the
     * workflow's check (flows/intake/apply.c), with the question's label in its message */
    for (int i = 0; i < f->nqs; i++) {
        const AppQuestion *q = &f->qs[i];
        in->answers[i] = NULL;
        spec[n++] = (FieldSpec){.name = apply_field(a, q),
                                .type = q->kind == QK_DATE ? F_DATE : F_TEXT,
                                .max = q->kind == QK_LONG ? 4000 : 300,
                                .label = lang_pick(l, (char *const *)q->label),
                                .text = &in->answers[i]};
    }
    spec[n] = (FieldSpec){0};
    return spec;
}

bool apply_form_read(Arena *a, Lang l, ApplyLookup lookup, void *ctx, const ApplyForm *f,
                     ApplyInput *in, FormErrors *e)
{
    return form_read_from(a, l, lookup, ctx, apply_form_spec(a, l, f, in), e);
}

void apply_errors_merge(FormErrors *e, const Outcome *o)
{
    bool had = e->n > 0;
    for (int i = 0; i < o->fields.n; i++)
        if (!had || strcmp(o->fields.field[i], "rules"))
            form_error(e, o->fields.field[i], o->fields.msg[i]);
}
