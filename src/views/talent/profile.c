/* views/talent/profile.c — the profile as partners see it (see profile.h). */
#include "views/talent/profile.h"

#include "html/fmt.h"
#include "views/competences/progress.h"

const char *talent_availability(Req *r, const TalentProfile *p)
{
    const char *when = p->available_from && *p->available_from
                           ? arena_printf(r->arena, _(r, "Available from %s"),
                                          date_words_text(r, p->available_from))
                           : _(r, "Available now");
    const char *hours =
        p->hours ? arena_printf(r->arena, _n(r, "%s hour a week", "%s hours a week", p->hours),
                                number_text(r, p->hours, 0, 0))
                 : NULL;
    const char *contract = _(r, vocab_label(&talent_contracts, p->contract));
    return hours ? arena_printf(r->arena, "%s · %s · %s", when, hours, contract)
                 : arena_printf(r->arena, "%s · %s", when, contract);
}

const char *talent_competence_text(Req *r, const TalentCompetence *c)
{
    return arena_printf(r->arena, _(r, "%s · %s: %s"), c->framework,
                        competence_label(r, c->code, c->title),
                        level_label(r, c->level, c->level_title));
}

void html_talent_profile(Html *h, Req *r, const TalentProfile *p, const Rows *competences,
                         const Rows *credentials, int level)
{
    html(h, "<article class=\"talent\">\n<h%d>%s</h%d>\n", level, p->handle, level);
    html(h, "<p>%s</p>\n", talent_availability(r, p));
    if (p->summary && *p->summary)
        html(h, "<p class=\"summary\">%s</p>\n", p->summary);
    html(h, "<h%d>%s</h%d>\n", level + 1, _(r, "Competences"), level + 1);
    if (!competences->n)
        html(h, "<p>%s</p>\n", _(r, "No competence shown."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < competences->n; i++)
            html(h, "<li>%s</li>\n",
                 talent_competence_text(r, ROW(competences, TalentCompetence, i)));
        html_lit(h, "</ul>\n");
    }
    html(h, "<h%d>%s</h%d>\n", level + 1, _(r, "Verified credentials"), level + 1);
    if (!credentials->n)
        html(h, "<p>%s</p>\n", _(r, "No credential shown."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < credentials->n; i++) {
            const TalentCredential *c = ROW(credentials, TalentCredential, i);
            const char *name = lang_pick(r->lang, c->achievement_tr);
            name = *name ? name : c->achievement;
            html(h,
                 "<li>%s · %s · %s <a href=\"/verify/%s\">%s<span class=\"sr\"> %s</span></a>"
                 "</li>\n",
                 name, c->org_name,
                 arena_printf(r->arena, _(r, "issued on %s"), day_words_text(r, c->issued_at)),
                 c->uid, _(r, "Check it"), name);
        }
        html_lit(h, "</ul>\n");
    }
    html_lit(h, "</article>\n");
}
