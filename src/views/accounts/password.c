/* views/accounts/password.c — see password.h. */
#include "views/accounts/password.h"

#include "html/layout.h"

void html_new_password(Html *h, Req *r, const FormErrors *e, const char *label, const char *again)
{
    html_input(h, r, e, "password", "password", label, NULL, "new-password");
    html(h, "<small>%s</small>\n", _(r, "At least 10 characters."));
    html_input(h, r, e, "password", "confirm", again, NULL, "new-password");
}
