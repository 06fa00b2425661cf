/* flows/credentials/record.h — the link a learner shares to their record: making one (a
 * random token shown once; only its hash is kept, so a lost link is replaced, never shown
 * again), replacing it (the old one stops working), and switching it off. The learner is
 * the actor (f->who->account_id); the link is the account's, across organisations. */
#ifndef TRAJECT_FLOWS_CREDENTIALS_RECORD_H
#define TRAJECT_FLOWS_CREDENTIALS_RECORD_H

#include "flows/flow.h"

/* Makes a new link to the actor's record, switching off the one before; *url receives its
 * address (f->base_url/record/TOKEN, in f->arena): the only time it can be read. */
Outcome flow_record_share(const Flow *f, const char **url);

/* Switches off the actor's link; ok also when there was none. */
Outcome flow_record_unshare(const Flow *f);

#endif
