/* q/competences/framework.h — statements on competence frameworks, their level scales,
 * areas and competences. Reads take the reader's org_id and see "shared or own" (the
 * frameworks shipped with traject, org_id NULL, and the organisation's own); writes change
 * only the organisation's own (org_id = org_id), never a shipped one.
 * Owns: nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_COMPETENCES_FRAMEWORK_H
#define TRAJECT_Q_COMPETENCES_FRAMEWORK_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/competences.h"

/* sort columns of the frameworks list */
enum { FRAMEWORK_BY_TITLE, FRAMEWORK_SORTS };

/* A framework org_id may read (shared or own): DB_ONE, DB_NONE. */
DbStatus q_framework_get(Db *db, int64_t org_id, int64_t id, Arena *a, Framework *out);

/* One page of the frameworks org_id may read, archived ones included (see db/page.h;
 * search on the title), and how many there are with the same search. */
DbStatus q_framework_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Framework *row,
                          DbRowFn fn, void *ctx);
DbStatus q_framework_count(Db *db, int64_t org_id, const char *like, int64_t *n);

/* Adds an own framework titled title; *id receives its id. */
DbStatus q_framework_add(Db *db, int64_t org_id, const char *title, int64_t now, int64_t *id);
/* Renames an own framework that is not archived: DB_NONE when there is none. */
DbStatus q_framework_rename(Db *db, int64_t org_id, int64_t id, const char *title);
/* Archives an own framework: DB_NONE when there is none (or it is archived already). */
DbStatus q_framework_archive(Db *db, int64_t org_id, int64_t id);

/* The scale of a framework org_id may read, lowest first. */
DbStatus q_level_list(Db *db, int64_t org_id, int64_t framework_id, Arena *a, Level *row,
                      DbRowFn fn, void *ctx);
/* Sets the name of level of an own framework (adds it when new). */
DbStatus q_level_put(Db *db, int64_t org_id, int64_t framework_id, int64_t level,
                     const char *title);
/* Removes the levels above top of an own framework. */
DbStatus q_level_trim(Db *db, int64_t org_id, int64_t framework_id, int64_t top);
/* The highest level of an own framework that an assessment or a programme's target of
 * org_id uses (0 when none). */
DbStatus q_level_max_used(Db *db, int64_t org_id, int64_t framework_id, int64_t *max);
/* Whether level is on the scale of competence_id's framework (one org_id may read):
 * DB_ONE, DB_NONE. */
DbStatus q_level_exists(Db *db, int64_t org_id, int64_t competence_id, int64_t level);

/* The areas of a framework org_id may read, in order. */
DbStatus q_area_list(Db *db, int64_t org_id, int64_t framework_id, Arena *a, Area *row, DbRowFn fn,
                     void *ctx);
/* Adds an area at the end of an own framework that is not archived: DB_NONE otherwise. */
DbStatus q_area_add(Db *db, int64_t org_id, int64_t framework_id, const char *title, int64_t *id);

/* The competences of a framework org_id may read, area by area. */
DbStatus q_competence_list(Db *db, int64_t org_id, int64_t framework_id, Arena *a, Competence *row,
                           DbRowFn fn, void *ctx);
/* Every competence org_id may use (frameworks not archived), framework by framework. */
DbStatus q_competence_choices(Db *db, int64_t org_id, Arena *a, Competence *row, DbRowFn fn,
                              void *ctx);
/* A competence org_id may read: DB_ONE, DB_NONE. */
DbStatus q_competence_get(Db *db, int64_t org_id, int64_t id, Arena *a, Competence *out);
/* Adds a competence at the end of area_id of an own framework that is not archived:
 * DB_NONE otherwise. */
DbStatus q_competence_add(Db *db, int64_t org_id, int64_t framework_id, int64_t area_id,
                          const char *code, const char *title, int64_t *id);

#endif
