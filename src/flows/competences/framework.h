/* flows/competences/framework.h — an organisation's own competence frameworks (title, level
 * scale, areas, competences; archiving) and the competences a programme aims at. The
 * frameworks shipped with traject (org_id NULL) are read by everyone and changed by no
 * workflow: every write below acts on the actor's organisation's own records only. */
#ifndef TRAJECT_FLOWS_COMPETENCES_FRAMEWORK_H
#define TRAJECT_FLOWS_COMPETENCES_FRAMEWORK_H

#include "flows/flow.h"
#include "model/competences.h"

/* Adds (id 0) or changes the own framework id: its title and its scale, levels typed one
 * a line, lowest first (2 to SCALE_MAX). A scale may not lose a level that an assessment
 * or a programme's target uses. Errors beside "title" and "levels"; a shipped, another
 * organisation's or an archived framework: ERR_NOT_FOUND. o.id is the framework's. */
Outcome flow_framework_save(const Flow *f, int64_t id, const char *title, const char *levels);

/* Archives the own framework id: kept with its assessments, no longer offered for targets. */
Outcome flow_framework_archive(const Flow *f, int64_t id);

/* Adds an area titled title at the end of the own framework id (not archived). */
Outcome flow_area_add(const Flow *f, int64_t framework_id, const char *title);

/* Adds a competence (code may be NULL) to area_id of the own framework framework_id.
 * An area not of that framework: an error beside "area_id". */
Outcome flow_competence_add(const Flow *f, int64_t framework_id, int64_t area_id, const char *code,
                            const char *title);

/* Sets the level the programme programme_id aims at on competence_id (shared or own, of a
 * framework not archived; the level on its framework's scale). Errors beside
 * "competence_id" and "level". */
Outcome flow_target_set(const Flow *f, int64_t programme_id, int64_t competence_id, int64_t level);
/* Removes a target of the programme. */
Outcome flow_target_remove(const Flow *f, int64_t programme_id, int64_t competence_id);

/* Adds an error beside field when level is not on the scale of competence_id's framework
 * (which the actor's organisation may read). */
void flow_level_check(const Flow *f, int64_t competence_id, int64_t level, const char *field,
                      Outcome *o);

#endif
