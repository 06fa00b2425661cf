/* views/accounts/roles.c — see roles.h. */
#include "views/accounts/roles.h"

#include "domain/roles.h"
#include "model/accounts.h"

const char *roles_text(Req *r, int64_t mask)
{
    return roles_words(r->arena, r->lang, mask);
}

void html_roles_fieldset(Html *h, Req *r, const FormErrors *e, int64_t mask)
{
    const char *err = form_error_for(e, "roles");
    html_lit(h, "<fieldset id=\"f-roles\"");
    if (err)
        html_lit(h, " aria-invalid=\"true\" aria-describedby=\"e-roles\"");
    html(h, ">\n<legend>%s</legend>\n", _(r, "Roles"));
    for (int i = 0; i < ROLE_COUNT; i++)
        html(h, "<label><input type=\"checkbox\" name=\"roles\" value=\"%s\"%s> %s</label>\n",
             role_keys[i], mask & (1 << i) ? " checked" : "", _(r, role_labels[i]));
    if (err)
        html(h, "<small id=\"e-roles\" class=\"field-error\">%s</small>\n", err);
    html_lit(h, "</fieldset>\n");
}
