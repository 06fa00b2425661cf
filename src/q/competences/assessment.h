/* q/competences/assessment.h — statements on programmes' target competences, assessments
 * and the progress read from them. Every statement on the organisation's records takes
 * org_id; the learner's own statements take the learner's account instead (as the other
 * statements of /learning do) and reach only the people records linked to it.
 * Owns: nothing; texts and bytes are allocated in the arena given. */
#ifndef TRAJECT_Q_COMPETENCES_ASSESSMENT_H
#define TRAJECT_Q_COMPETENCES_ASSESSMENT_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/competences.h"
#include "model/training.h"

/* sort columns of a cohort's grid */
enum { GRID_BY_NAME, GRID_SORTS };

/* A programme's target competences, framework by framework, area by area. */
DbStatus q_target_list(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Target *row,
                       DbRowFn fn, void *ctx);
/* Sets the level programme_id aims at on competence_id (adds the target when new):
 * DB_NONE when the programme is not org_id's. */
DbStatus q_target_put(Db *db, int64_t org_id, int64_t programme_id, int64_t competence_id,
                      int64_t level);
/* Removes a target: DB_NONE when there was none. */
DbStatus q_target_remove(Db *db, int64_t org_id, int64_t programme_id, int64_t competence_id);

/* Records x (org_id, person_id, competence_id, level, assessed_on, evidence, file fields,
 * assessed_by) with the file's bytes data[0..x->file_size) (NULL for none); *id receives
 * the new id. */
DbStatus q_assessment_add(Db *db, const Assessment *x, const void *data, int64_t now, int64_t *id);

/* Every assessment of person_id, competence by competence, the current one first. */
DbStatus q_assessment_history(Db *db, int64_t org_id, int64_t person_id, Arena *a, Assessment *row,
                              DbRowFn fn, void *ctx);
/* The same for every people record of the learner's account_id, in every organisation
 * (org_name set). */
DbStatus q_assessment_mine(Db *db, int64_t account_id, Arena *a, Assessment *row, DbRowFn fn,
                           void *ctx);

/* An assessment's evidence file: DB_NONE when it has none or is not org_id's. */
DbStatus q_evidence_get(Db *db, int64_t org_id, int64_t id, Arena *a, char **name, char **type,
                        char **data, size_t *size);
/* The same for the learner whose account_id the assessment's person is linked to. */
DbStatus q_evidence_mine(Db *db, int64_t account_id, int64_t id, Arena *a, char **name, char **type,
                         char **data, size_t *size);

/* One page of a cohort's learners, by name (see db/page.h; search on the name): id and
 * name of each (PersonName), and how many there are with the same search. */
DbStatus q_grid_page(Db *db, int64_t org_id, int64_t cohort_id, const DbPage *p, Arena *a,
                     PersonName *row, DbRowFn fn, void *ctx);
DbStatus q_grid_count(Db *db, int64_t org_id, int64_t cohort_id, const char *like, int64_t *n);
/* The current level of every learner of the cohort on every competence assessed. */
DbStatus q_grid_current(Db *db, int64_t org_id, int64_t cohort_id, CurrentLevel *row, DbRowFn fn,
                        void *ctx);

#endif
