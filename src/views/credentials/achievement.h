/* views/credentials/achievement.h — parts of an achievement's pages: the fields of its
 * texts' translations, what each issuing rule says in the reader's language, and the forms
 * that add one (on completing a programme, on certification in a programme, on a
 * competence level reached). Reads the competences the organisation may choose; writes
 * into the caller's Html. */
#ifndef TRAJECT_VIEWS_CREDENTIALS_ACHIEVEMENT_H
#define TRAJECT_VIEWS_CREDENTIALS_ACHIEVEMENT_H

#include "html/html.h"
#include "http/http.h"
#include "model/credentials.h"

/* The optional translations of a's name, description and criteria, in a group that opens
 * (fields name_en ... criteria_fr), with the errors e beside them. */
void view_achievement_translations(Html *h, Req *r, const FormErrors *e, const Achievement *a);

/* The translations written of a's texts, language by language, as a description list;
 * nothing when none is written. */
void view_achievement_translated(Html *h, Req *r, const Achievement *a);

/* "Issued on completing the programme Web developer.", and the like for each kind. */
const char *rule_text(Req *r, const AchievementRule *x);

/* The forms that add a rule to achievement_id, posting to its /rules with a kind;
 * programmes: value/label pairs of the organisation's programmes (NULL-ended; none: the
 * programme forms are left out); errors e beside the fields. False on a database error. */
bool view_rule_forms(Html *h, Req *r, int64_t achievement_id, const char *const *programmes,
                     const FormErrors *e);

#endif
