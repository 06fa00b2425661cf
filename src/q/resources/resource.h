/* q/resources/resource.h — statements on learning resources: adding, changing and
 * removing one with its competences (staff of its organisation), the staff's paged list,
 * the public catalogue across organisations (public resources only, filtered), what a
 * reader may see of one (its organisation's roles and the programme's enrolments), the
 * count of downloads and link opens, a file's bytes, and the resources of a learner's
 * programmes and organisations. Owns nothing; texts and bytes are allocated in the arena
 * given. */
#ifndef TRAJECT_Q_RESOURCES_RESOURCE_H
#define TRAJECT_Q_RESOURCES_RESOURCE_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/competences.h"
#include "model/resources.h"

/* Records x (org_id, kind ... url; file_name, file_type, file_size with data[0..file_size)
 * or none: data NULL) added by account by; *id receives the new id. */
DbStatus q_resource_add(Db *db, const Resource *x, const void *data, int64_t by, int64_t now,
                        int64_t *id);
/* Changes the description of resource x->id of x->org_id (kind ... programme_id, url);
 * the file stays. DB_NONE when not of the organisation. */
DbStatus q_resource_update(Db *db, const Resource *x, int64_t now);
/* Replaces the file of resource id (name, type, bytes data[0..size)), or drops it
 * (name NULL: a video has none). */
DbStatus q_resource_set_file(Db *db, int64_t org_id, int64_t id, const char *name, const char *type,
                             const void *data, int64_t size);
/* Removes resource id of org_id and its competences. DB_NONE when not of it. */
DbStatus q_resource_remove(Db *db, int64_t org_id, int64_t id);

/* The competences of a resource: added one at a time, all dropped at once, read. */
DbStatus q_resource_competence_add(Db *db, int64_t org_id, int64_t id, int64_t competence_id);
DbStatus q_resource_competences_clear(Db *db, int64_t org_id, int64_t id);
DbStatus q_resource_competences(Db *db, int64_t org_id, int64_t id, Arena *a, Competence *row,
                                DbRowFn fn, void *ctx);

/* Resource id of org_id (its description, not its bytes): DB_ONE, DB_NONE. */
DbStatus q_resource_get(Db *db, int64_t org_id, int64_t id, Arena *a, Resource *out);
/* Resource id of whichever organisation (its page at /resources/{id}, where who may see it
 * is checked after): DB_ONE, DB_NONE. */
DbStatus q_resource_find(Db *db, int64_t id, Arena *a, Resource *out);

/* What account_id is to org_id and to programme_id (0: none): *roles its membership's
 * roles (-1: not a member), *enrolled how many of its enrolments in the programme's
 * cohorts are enrolled or completed. */
DbStatus q_resource_reader(Db *db, int64_t account_id, int64_t org_id, int64_t programme_id,
                           int64_t *roles, int64_t *enrolled);

/* Counts one download or link open of resource id of org_id. */
DbStatus q_resource_count_use(Db *db, int64_t org_id, int64_t id);
/* The file of resource id of org_id: DB_NONE when it has none. */
DbStatus q_resource_file(Db *db, int64_t org_id, int64_t id, Arena *a, char **name, char **type,
                         char **data, size_t *size);

/* A page of org_id's resources (any visibility; org_id 0: the public catalogue, the public
 * resources of every organisation) by RESOURCE_BY_TITLE or _ADDED, filtered by flt and
 * searched by title or topic (p->like); the count of the same list. */
DbStatus q_resource_page(Db *db, int64_t org_id, const ResourceFilter *flt, const DbPage *p,
                         Arena *a, Resource *row, DbRowFn fn, void *ctx);
DbStatus q_resource_count(Db *db, int64_t org_id, const ResourceFilter *flt, const char *like,
                          int64_t *n);
/* The topics of the public resources, each once, in order (*row for each). */
DbStatus q_catalogue_topics(Db *db, Arena *a, char **row, DbRowFn fn, void *ctx);
/* The competences public resources are described by, each once. */
DbStatus q_catalogue_competences(Db *db, Arena *a, Competence *row, DbRowFn fn, void *ctx);

/* The resources account_id may see beyond the public ones: of the organisations it is a
 * member of (visibility members) and of the programmes it is enrolled in, by title. */
DbStatus q_my_resources(Db *db, int64_t account_id, Arena *a, Resource *row, DbRowFn fn, void *ctx);

#endif
