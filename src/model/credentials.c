/* model/credentials.c — the vocabularies of credentials (see model/credentials.h). The
 * schema's CHECKs list the same keys; change both together. */
#include "model/credentials.h"

#include "core/i18n.h"

VOCAB(credential_vias, "way of issuing", {ISSUED_BY_HAND, "hand", N_("Issued by hand")},
      {ISSUED_ON_COMPLETION, "completion", N_("On completing the programme")},
      {ISSUED_ON_LEVEL, "level", N_("On reaching a competence level")},
      {ISSUED_ON_CERTIFIED, "certified", N_("On becoming certified")});

VOCAB(rule_kinds, "issuing rule", {RULE_COMPLETION, "completion", N_("On completion")},
      {RULE_LEVEL, "level", N_("On a competence level reached")},
      {RULE_CERTIFIED, "certified", N_("On certification")});

const char *ach_text(Lang l, const char *text, char *const tr[LANG_COUNT])
{
    return l < LANG_COUNT && tr[l] && *tr[l] ? tr[l] : text;
}
