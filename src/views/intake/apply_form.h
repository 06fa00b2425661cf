/* views/intake/apply_form.h — reading an application the way the form of a programme asks
 * for it, from a request's form or from a line of a paper import: the person's fields
 * with the form reader's rules (required, lengths, e-mail addresses, characters), the
 * answers to the form's questions trimmed and bounded. What the answers must be (required,
 * a date, one of the choices) and the programme's rules are the workflow's
 * (flows/intake/apply.h).
 * Owns nothing; values are copied into the given arena. */
#ifndef TRAJECT_VIEWS_INTAKE_APPLY_FORM_H
#define TRAJECT_VIEWS_INTAKE_APPLY_FORM_H

#include "flows/intake/apply.h"
#include "http/form.h"

/* A field's raw value by name, or NULL. */
typedef const char *(*ApplyLookup)(void *ctx, const char *name);

/* The form reader's specs of an application (fields named as in the web form: name, email,
 * phone, birth_date, municipality, jobseeker, guardian_name, guardian_email, q-<id>), their
 * targets in in: in is cleared first, apart from in->lang and in->line. Labels of the
 * questions in language l. An array in a, ended by an empty spec. */
FieldSpec *apply_form_spec(Arena *a, Lang l, const ApplyForm *f, ApplyInput *in);

/* Reads in from lookup (a line of a paper import) with those specs. Errors beside the
 * fields, in language l; false when there is one. */
bool apply_form_read(Arena *a, Lang l, ApplyLookup lookup, void *ctx, const ApplyForm *f,
                     ApplyInput *in, FormErrors *e);

/* Adds the errors of o to e (the first message of a field stays). The programme's rules
 * ("rules") count only when e had none: someone is told they do not fit only once their
 * form is right. */
void apply_errors_merge(FormErrors *e, const Outcome *o);

#endif
