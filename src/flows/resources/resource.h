/* flows/resources/resource.h — staff add, change and remove their organisation's learning
 * resources; a reader opens one (downloads its file or follows its link), which counts
 * once per request, and only when the reader may see it (domain/resources.h). */
#ifndef TRAJECT_FLOWS_RESOURCES_RESOURCE_H
#define TRAJECT_FLOWS_RESOURCES_RESOURCE_H

#include <stdbool.h>

#include "flows/competences/assessment.h"
#include "flows/flow.h"
#include "model/resources.h"

/* Adds (id 0) or changes resource id of the actor's organisation as x describes it (the
 * enums -1 when not chosen or unknown), with file when one was chosen (name NULL or "":
 * none). A video needs its link (http or https; a file is not kept); the others a file
 * (PDF, ODT, ODP, DOCX, PPTX, PNG or JPEG of at most RESOURCE_FILE_MAX bytes, checked by
 * its content), which a change may keep. A programme's resource names one of the
 * organisation's programmes; the competences are ones it may use. Errors beside "kind",
 * "title", "audience", "lang", "age_band", "visibility", "programme_id", "url", "file",
 * "competences"; nothing is saved unless all is right. A resource not of the organisation:
 * ERR_NOT_FOUND. o.id is the resource's. */
Outcome flow_resource_save(const Flow *f, int64_t id, ResourceInput *x, const EvidenceFile *file);

/* Removes resource id of the actor's organisation (ERR_NOT_FOUND when not of it). */
Outcome flow_resource_remove(const Flow *f, int64_t id);

/* What a reader opens: the file's name, type and bytes, or the link. */
typedef struct ResourceUse {
    char *file_name, *file_type, *data;
    size_t size;
    char *url;
} ResourceUse;

/* The actor (signed in or not: account_id 0) opens resource id: its file (file true) or
 * its link. Counted once when count (a HEAD request only asks whether it is there).
 * ERR_NOT_FOUND when there is no such resource, the actor may not see it, or it has no
 * file (no link). */
Outcome flow_resource_use(const Flow *f, int64_t id, bool file, bool count, ResourceUse *out);

/* Whether the actor may see resource x (its organisation and programme as stored): the
 * rule of domain/resources.h on what the statements tell of the actor. false on a
 * database error too, with *st set. */
bool flow_resource_visible(const Flow *f, const Resource *x, DbStatus *st);

#endif
