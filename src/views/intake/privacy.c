/* views/intake/privacy.c — the privacy notice on public forms (see privacy.h). */
#include "views/intake/privacy.h"

#include "q/intake/intake.h"

const char *privacy_default_in(Arena *a, Lang l, const char *org_name)
{
    return arena_printf(
        a,
        i18n_get(l, "%s keeps the details you give here to handle your application: to choose "
                    "who takes part, to contact you and, if you take part, to enrol you. Only "
                    "its staff see your name and contact details; reviewers read your answers "
                    "without your name. Your details are kept only as long as these purposes "
                    "need them.\nThrough the personal link we e-mail you, you can see your "
                    "application and correct your contact details. You can ask %s at any time "
                    "to see, correct or erase everything it keeps about you."),
        org_name, org_name);
}

bool html_privacy_notice(Html *h, Req *r, int64_t org_id, const char *org_name)
{
    PrivacyNotice n = {{NULL, NULL, NULL}, 0};
    DbStatus st = q_privacy_notice(r->db, org_id, r->arena, &n);
    if (st < DB_NONE)
        return false;
    const char *text = st == DB_ONE ? n.text[r->lang] : NULL;
    if (!text || !*text)
        text = privacy_default_in(r->arena, r->lang, org_name);
    html(h,
         "<section class=\"privacy\" aria-labelledby=\"privacy\">\n<h2 id=\"privacy\">%s</h2>\n"
         "<p class=\"prose\">%s</p>\n</section>\n",
         _(r, "Your personal details"), text);
    return true;
}
