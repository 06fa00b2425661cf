/* views/talent/profile.h — the parts of the talent pool's pages that the learner's page and
 * the partner's pages share: the profile as partners see it (the learner's preview is the
 * very same), and the words of its availability. They read no statements: the caller gives
 * the rows. Owns nothing. */
#ifndef TRAJECT_VIEWS_TALENT_PROFILE_H
#define TRAJECT_VIEWS_TALENT_PROFILE_H

#include "core/rows.h"
#include "html/html.h"
#include "http/http.h"
#include "model/talent.h"

/* "Available from 1 March 2027 · 20 hours a week · An internship", in the reader's
 * language. */
const char *talent_availability(Req *r, const TalentProfile *p);

/* A competence as a partner reads it: "DigComp 2.2 · 3.4 Programming: Advanced 5". */
const char *talent_competence_text(Req *r, const TalentCompetence *c);

/* The profile p as partners see it, in an <article> headed by its handle at heading level
 * level (1 to 3; its parts one level below): the learner's text, availability, the competences
 * (TalentCompetence) and valid credentials (TalentCredential) it shows, each credential linking to
 * its public verify page. Never a name, an age or a diploma. */
void html_talent_profile(Html *h, Req *r, const TalentProfile *p, const Rows *competences,
                         const Rows *credentials, int level);

#endif
