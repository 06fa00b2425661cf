/* model/intake.c — the vocabularies of intake and the per-language form fields of what to
 * bring and of a criterion's hint (see model/intake.h). */
#include "model/intake.h"

#include "core/i18n.h"

VOCAB(app_status, "application status", {APP_SUBMITTED, "submitted", N_("Received")},
      {APP_ACCEPTED, "accepted", N_("Accepted")},
      {APP_WAITLISTED, "waitlisted", N_("Waiting list")},
      {APP_DECLINED, "declined", N_("Declined")}, {APP_WITHDRAWN, "withdrawn", N_("Withdrawn")});

VOCAB(question_kind, "question kind", {QK_SHORT, "short", N_("Short answer")},
      {QK_LONG, "long", N_("Long answer")}, {QK_CHOICE, "choice", N_("One choice among several")},
      {QK_YESNO, "yesno", N_("Yes or no")}, {QK_DATE, "date", N_("A date")});

VOCAB(yesno_vocab, "yes/no answer", {ANSWER_NO, "no", N_("No")}, {ANSWER_YES, "yes", N_("Yes")});

const char *const bring_fields[3] = {"bring_en", "bring_nl", "bring_fr"};
const char *const bring_labels[3] = {
    N_("What to bring, in English"),
    N_("What to bring, in Dutch"),
    N_("What to bring, in French"),
};

const char *const hint_fields[3] = {"hint_en", "hint_nl", "hint_fr"};
const char *const hint_labels[3] = {
    N_("What a low and a high score mean, in English"),
    N_("What a low and a high score mean, in Dutch"),
    N_("What a low and a high score mean, in French"),
};
