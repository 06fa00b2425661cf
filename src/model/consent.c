/* model/consent.c — the vocabularies of a guardian's consent (see model/consent.h). The
 * schema's CHECKs (0016-admission.sql, 0095-events.sql) list the same keys; change them together.
 */
#include "model/consent.h"

#include "core/i18n.h"

VOCAB(consent_vocab, "consent state", {CONSENT_NONE, "", N_("Not needed")},
      {CONSENT_PENDING, "pending", N_("Waiting for a parent or guardian to agree")},
      {CONSENT_GIVEN, "given", N_("A parent or guardian agreed")},
      {CONSENT_REFUSED, "refused", N_("A parent or guardian did not agree")},
      {CONSENT_WITHDRAWN, "withdrawn", N_("A parent or guardian withdrew their consent")});

VOCAB(consent_act_vocab, "consent act", {CONSENT_GIVE, "give", N_("Agreed")},
      {CONSENT_REFUSE, "refuse", N_("Did not agree")},
      {CONSENT_WITHDRAW, "withdraw", N_("Withdrew their consent")});

VOCAB(consent_via_vocab, "consent channel",
      {VIA_LINK, "link", N_("through the link sent by e-mail")},
      {VIA_PAPER, "paper", N_("on paper, recorded by %s")});
