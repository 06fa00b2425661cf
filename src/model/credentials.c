/* model/credentials.c — the vocabularies of credentials (see model/credentials.h). The
 * schema's CHECKs list the same keys; change both together. */
#include "model/credentials.h"

#include "core/i18n.h"

VOCAB(credential_vias, "way of issuing", {ISSUED_BY_HAND, "hand", N_("Issued by hand")},
      {ISSUED_ON_COMPLETION, "completion", N_("On completing the programme")});

VOCAB(rule_kinds, "issuing rule", {RULE_COMPLETION, "completion", N_("On completion")});
