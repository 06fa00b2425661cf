/* views/resources/form.h — the resource form of the staff's pages (new and edit): reading
 * it and writing it with what was typed and the errors beside the fields. Owns nothing. */
#ifndef TRAJECT_VIEWS_RESOURCES_FORM_H
#define TRAJECT_VIEWS_RESOURCES_FORM_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"
#include "model/resources.h"

/* Reads the form into x (enums -1 when not chosen); false with e filled when a field is
 * refused by the form reader (too long, not one of the options). */
bool resource_form_read(Req *r, ResourceInput *x, FormErrors *e);

/* The same input as a stored resource x describes it (the edit form's first values);
 * competences[0..n) are its competences. */
ResourceInput resource_input_of(const Resource *x, int64_t *competences, int n);

/* The form posting to action (multipart: the file) with x's values and e's errors;
 * file_name is the file kept when no other is chosen (NULL: none yet). False on a
 * database error (the organisation's programmes and competences are read). */
bool html_resource_form(Html *h, Req *r, const char *action, const ResourceInput *x,
                        const char *file_name, const FormErrors *e);

#endif
