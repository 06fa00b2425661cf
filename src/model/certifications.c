/* model/certifications.c — the vocabularies of certifications (see
 * model/certifications.h). The schema's CHECKs list the same keys; change both together. */
#include "model/certifications.h"

#include "core/i18n.h"

VOCAB(exam_results, "exam result", {EXAM_PASSED, "passed", N_("Passed")},
      {EXAM_FAILED, "failed", N_("Failed")});

VOCAB(exam_places, "exam place", {EXAM_TEST_CENTRE, "test_centre", N_("Test centre")},
      {EXAM_ONLINE, "online", N_("Online")});
