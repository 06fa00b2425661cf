/* flows/talent/request.h — asking to meet a learner (a partner's member, f->who->org_id
 * being the partner's own organisation) and the learner's answer (f->who the learner).
 * Each queues a mail to the other side in its recipient's language; the learner's name and
 * e-mail address reach the partner only with an acceptance. */
#ifndef TRAJECT_FLOWS_TALENT_REQUEST_H
#define TRAJECT_FLOWS_TALENT_REQUEST_H

#include "flows/flow.h"

/* Asks to meet the learner of profile_id with message, and mails the learner. ERR_NOT_FOUND
 * (nothing recorded) when the partner does not see that profile; a 409 beside "message"
 * when it may not ask now (domain/talent.h: a request of this partner to this learner
 * waits, was accepted, or was declined less than TALENT_ASK_AGAIN_DAYS ago). o.id: the
 * request. */
Outcome flow_talent_meet(const Flow *f, int64_t profile_id, const char *message);

/* The learner accepts (accept) or declines request id, and the partner's member who asked
 * is told by mail (with the learner's name and e-mail address when accepted).
 * ERR_NOT_FOUND when it is not a request to this learner; a 409 beside "answer" when it was
 * answered already, or (to accept) when the learner no longer shows the profile to that
 * partner. */
Outcome flow_talent_answer(const Flow *f, int64_t id, bool accept);

#endif
