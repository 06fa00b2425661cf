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
    FieldSpec *spec = arena_alloc(a, sizeof *spec * (size_t)(f->nqs + 10));
    FieldSpec person[] = {
        FIELD("name", F_TEXT, N_("Full name"), .required = true, .max = 120, .text = &in->name),
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254,
              .text = &in->email),
        FIELD("phone", F_TEXT, N_("Phone (optional)"), .max = 30, .text = &in->phone),
        /* a date the workflow checks: its messages say what is wrong with a birth date */
        FIELD("birth_date", F_TEXT, N_("Date of birth"), .required = true, .max = 10,
              .text = &in->birth_date),
        FIELD("municipality", F_TEXT, N_("Municipality"), .required = true, .max = 100,
              .text = &in->municipality),
        FIELD("jobseeker", F_BOOL, N_("Registered job-seeker"), .flag = &in->jobseeker),
        FIELD("gender", F_CHOICE, N_("Gender (optional)"), .choices = vocab_keys_in(a, &genders),
              .text = &in->gender),
        FIELD("guardian_name", F_TEXT, N_("Parent or guardian's name"), .max = 120,
              .text = &in->guardian_name),
        FIELD("guardian_email", F_EMAIL, N_("Parent or guardian's e-mail address"), .max = 254,
              .text = &in->guardian_email),
    };
    int n = (int)(sizeof person / sizeof person[0]);
    memcpy(spec, person, sizeof person);
    /* answers as text: whether one is needed, a date or one of the choices is the
     * workflow's check (flows/intake/apply.c), with the question's label in its message */
    for (int i = 0; i < f->nqs; i++) {
        const AppQuestion *q = &f->qs[i];
        in->answers[i] = NULL;
        spec[n++] =
            (FieldSpec)FIELD(apply_field(a, q), q->kind == QK_DATE ? F_DATE : F_TEXT,
                             lang_pick(l, (char *const *)q->label),
                             .max = q->kind == QK_LONG ? 4000 : 300, .text = &in->answers[i]);
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
