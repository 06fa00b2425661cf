/* achievement.c — parts of an achievement's pages (see achievement.h). */
#include "views/credentials/achievement.h"

#include "html/layout.h"
#include "views/competences/options.h"
#include "views/competences/progress.h"

/* the headings of the three languages' translations */
static const char *const in[LANG_COUNT] = {N_("In English"), N_("In Dutch"), N_("In French")};

static bool written(const char *s)
{
    return s && *s;
}

void view_achievement_translated(Html *h, Req *r, const Achievement *a)
{
    bool any = false;
    for (int l = 0; l < LANG_COUNT; l++) {
        if (!written(a->name_tr[l]) && !written(a->description_tr[l]) &&
            !written(a->criteria_tr[l]))
            continue;
        if (!any)
            html(h, "<section>\n<h2>%s</h2>\n", _(r, "Translations"));
        any = true;
        html(h, "<h3>%s</h3>\n<dl>\n", _(r, in[l]));
        if (written(a->name_tr[l]))
            html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Name"), a->name_tr[l]);
        if (written(a->description_tr[l]))
            html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "What it recognises"), a->description_tr[l]);
        if (written(a->criteria_tr[l]))
            html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "What a learner does to earn it"),
                 a->criteria_tr[l]);
        html_lit(h, "</dl>\n");
    }
    if (any)
        html_lit(h, "</section>\n");
}

void view_achievement_translations(Html *h, Req *r, const FormErrors *e, const Achievement *a)
{
    static const char *const codes[LANG_COUNT] = {"en", "nl", "fr"};
    html(h, "<details>\n<summary>%s</summary>\n<p>%s</p>\n", _(r, "Translations (optional)"),
         _(r, "A learner whose language is written here reads their credential in it; "
              "everyone else reads the texts above."));
    for (int l = 0; l < LANG_COUNT; l++) {
        html(h, "<fieldset>\n<legend>%s</legend>\n", _(r, in[l]));
        html_input(h, r, e, "text", arena_printf(r->arena, "name_%s", codes[l]), _(r, "Name"),
                   a->name_tr[l], "off");
        html_textarea(h, e, arena_printf(r->arena, "description_%s", codes[l]),
                      _(r, "What it recognises"), a->description_tr[l], 2);
        html_textarea(h, e, arena_printf(r->arena, "criteria_%s", codes[l]),
                      _(r, "What a learner does to earn it"), a->criteria_tr[l], 2);
        html_lit(h, "</fieldset>\n");
    }
    html_lit(h, "</details>\n");
}

const char *rule_text(Req *r, const AchievementRule *x)
{
    const char *title = lang_pick(r->lang, x->title);
    switch (x->kind) {
    case RULE_LEVEL:
        return arena_printf(r->arena, _(r, "Issued on reaching %s or higher in %s."),
                            level_label(r, x->min_level, x->level_title),
                            competence_label(r, x->code, x->comp_title));
    case RULE_CERTIFIED:
        return arena_printf(r->arena, _(r, "Issued on becoming certified in the programme %s."),
                            *title ? title : "?");
    case RULE_COMPLETION:
    default:
        return arena_printf(r->arena, _(r, "Issued on completing the programme %s."),
                            *title ? title : "?");
    }
}

/* a form posting a rule of kind to the achievement's /rules */
static void rule_form_begin(Html *h, Req *r, int64_t achievement_id, const char *kind)
{
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/achievements/%lld/rules",
                                 (long long)r->org_id, (long long)achievement_id));
    html(h, "<input type=\"hidden\" name=\"kind\" value=\"%s\">\n", kind);
}

bool view_rule_forms(Html *h, Req *r, int64_t achievement_id, const char *const *programmes,
                     const FormErrors *e)
{
    if (programmes && programmes[0]) {
        rule_form_begin(h, r, achievement_id, "completion");
        html_select(h, e, "programme_id", _(r, "Issue it to everyone who completes"), programmes,
                    NULL);
        html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             _(r, "Issue it on completion"));
        html_form_end(h);
        rule_form_begin(h, r, achievement_id, "certified");
        html_select(h, e, "cert_programme_id",
                    _(r, "Issue it to everyone who becomes certified in"), programmes, NULL);
        html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             _(r, "Issue it on certification"));
        html_form_end(h);
    }
    const char *const *competences = competence_options(r);
    if (!competences)
        return false;
    if (!competences[0])
        return true;
    rule_form_begin(h, r, achievement_id, "level");
    html_select(h, e, "competence_id", _(r, "Issue it to everyone who reaches a level in"),
                competences, NULL);
    html_input(h, r, e, "number", "min_level", _(r, "Lowest level that issues it"), NULL, "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "Issue it on that level"));
    html_form_end(h);
    return true;
}
