/* views/intake/edit.c — texts per language and remove buttons of the intake forms (see
 * edit.h). */
#include "views/intake/edit.h"

void lang_text_fields(FieldSpec *spec, const char *const *names, const char *const *labels, int max,
                      char **texts)
{
    for (int l = 0; l < LANG_COUNT; l++)
        spec[l] = (FieldSpec){
            .name = names[l], .type = F_TEXT, .max = max, .label = labels[l], .text = &texts[l]};
}

void html_remove_button(Html *h, Req *r, const char *what, int64_t id, const char *label)
{
    html_button_form(h, r,
                     arena_printf(r->arena, "/orgs/%lld/%s/%lld/delete", (long long)r->org_id, what,
                                  (long long)id),
                     _(r, "Remove"), label);
}
