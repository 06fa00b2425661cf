/* roles.c — names of membership roles, and their form controls. */
#include <string.h>

#include "core/buf.h"
#include "pages/accounts/accounts.h"

static const char *const keys[ROLE_COUNT] = {"admin",   "staff",   "reviewer", "funder",
                                             "jury",    "partner", "learner"};
static const char *const labels[ROLE_COUNT] = {
    N_("Administrator"), N_("Staff"),   N_("Reviewer"), N_("Funder"),
    N_("Jury member"),   N_("Partner"), N_("Learner"),
};

const char *role_key(int bit)
{
    return bit >= 0 && bit < ROLE_COUNT ? keys[bit] : "?";
}

const char *role_label(Lang lang, int bit)
{
    return bit >= 0 && bit < ROLE_COUNT ? i18n_get(lang, labels[bit]) : "?";
}

const char *roles_text(Req *r, int64_t mask)
{
    Buf b;
    buf_init(&b, r->arena, 64);
    for (int i = 0; i < ROLE_COUNT; i++) {
        if (!(mask & (1 << i)))
            continue;
        if (b.len)
            buf_adds(&b, ", ");
        buf_adds(&b, role_label(r->lang, i));
    }
    return b.data;
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
             keys[i], mask & (1 << i) ? " checked" : "", role_label(r->lang, i));
    if (err)
        html(h, "<small id=\"e-roles\" class=\"field-error\">%s</small>\n", err);
    html_lit(h, "</fieldset>\n");
}

int64_t roles_from_form(Req *r)
{
    const char *vals[ROLE_COUNT + 4];
    int n = form_get_all(r, "roles", vals, ROLE_COUNT + 4);
    int64_t mask = 0;
    for (int k = 0; k < n; k++) {
        int found = -1;
        for (int i = 0; i < ROLE_COUNT; i++)
            if (!strcmp(vals[k], keys[i]))
                found = i;
        if (found < 0)
            return 0;
        mask |= 1 << found;
    }
    return mask;
}
