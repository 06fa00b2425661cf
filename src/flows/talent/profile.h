/* flows/talent/profile.h — what a learner does with their profile for partners: save the
 * profile they approve (text, availability, competences and credentials to show), and choose
 * who sees it (no one, every partner of the organisations where they learn, or some). The
 * actor is the learner (f->who->account_id); nothing here takes an organisation. */
#ifndef TRAJECT_FLOWS_TALENT_PROFILE_H
#define TRAJECT_FLOWS_TALENT_PROFILE_H

#include "flows/flow.h"
#include "model/talent.h"

/* Saves in as the profile partners see, approved now (made with a new handle on first use):
 * the competences must be ones the learner was assessed on and the credentials theirs, not
 * revoked nor expired; otherwise a message beside "competences" or "credentials" and nothing
 * saved. o.id: the profile. */
Outcome flow_talent_save(const Flow *f, const TalentInput *in);

/* Sets who sees the profile: v, and for TALENT_SOME the partner records partners (n of them,
 * of organisations where the learner learns). Refused beside "visibility" before a profile
 * was saved, beside "partners" for TALENT_SOME without one or with another's. Hiding
 * (TALENT_NONE) always works and takes effect at once in every partner's view. */
Outcome flow_talent_visibility(const Flow *f, TalentVisibility v, const int64_t *partners, int n);

#endif
