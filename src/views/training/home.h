/* views/training/home.h — the trainer's part of an organisation's home page: today's
 * sessions and the rest of the week's, each one tap from its roster and its check-in
 * code, then the learners at risk in the cohorts the reader trains. */
#ifndef TRAJECT_VIEWS_TRAINING_HOME_H
#define TRAJECT_VIEWS_TRAINING_HOME_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"

/* Writes the part for the signed-in reader in r's organisation at now: a section for
 * today (a sentence when there is no session), one for the days left of this week
 * (Monday to Sunday in Brussels) when there are sessions, and one for learners at risk
 * when there are any. Writes nothing when the reader trains no session this week and no
 * learner. False on a database error. */
bool html_trainer_home(Html *h, Req *r, int64_t now);

#endif
