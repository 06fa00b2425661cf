/* model/resources.c — the vocabularies of learning resources (see model/resources.h). The
 * schema's CHECKs list the same keys (0110-resources.sql); change both together. */
#include "model/resources.h"

#include "core/i18n.h"

VOCAB(resource_kinds, "resource kind", {RES_VIDEO, "video", N_("Video")},
      {RES_LESSON_PLAN, "lesson_plan", N_("Lesson plan")},
      {RES_WORKSHEET, "worksheet", N_("Worksheet")}, {RES_SLIDES, "slides", N_("Slides")});

VOCAB(resource_audiences, "resource audience", {AUD_LEARNERS, "learners", N_("Learners")},
      {AUD_TEACHERS, "teachers", N_("Teachers")}, {AUD_TRAINERS, "trainers", N_("Trainers")});

VOCAB(resource_langs, "resource language", {RLANG_EN, "en", N_("English")},
      {RLANG_NL, "nl", N_("Dutch")}, {RLANG_FR, "fr", N_("French")}, {RLANG_DE, "de", N_("German")},
      {RLANG_OTHER, "other", N_("Another language")});

VOCAB(resource_ages, "age band", {RAGE_ALL, "all", N_("All ages")}, {RAGE_6_9, "6-9", N_("6 to 9")},
      {RAGE_10_12, "10-12", N_("10 to 12")}, {RAGE_13_15, "13-15", N_("13 to 15")},
      {RAGE_16_18, "16-18", N_("16 to 18")}, {RAGE_ADULTS, "adults", N_("Adults")});

VOCAB(resource_visibilities, "resource visibility",
      {VIS_PUBLIC, "public", N_("Public: anyone, in the catalogue")},
      {VIS_MEMBERS, "members", N_("Members of the organisation")},
      {VIS_PROGRAMME, "programme", N_("The learners of a programme")});
