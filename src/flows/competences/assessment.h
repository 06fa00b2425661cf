/* flows/competences/assessment.h — a trainer records a learner's level on a competence. */
#ifndef TRAJECT_FLOWS_COMPETENCES_ASSESSMENT_H
#define TRAJECT_FLOWS_COMPETENCES_ASSESSMENT_H

#include <stddef.h>

#include "flows/flow.h"
#include "model/competences.h"

/* An evidence file as the form gave it; name NULL or "" when none was chosen. */
typedef struct EvidenceFile {
    const char *name;
    const char *data;
    size_t len;
} EvidenceFile;

/* Records x (person_id, competence_id, level, assessed_on, evidence_text, evidence_url
 * as read) for the actor's organisation, assessed by the actor, with file when one was
 * chosen. The person must be the organisation's; the competence one it may use (a
 * framework not archived); the level on that framework's scale; the date not after today
 * (Brussels); the link http(s); the file a PDF, PNG or JPEG of at most EVIDENCE_MAX bytes.
 * Errors beside "competence_id", "level", "assessed_on", "evidence_url", "file"; an
 * unknown person: ERR_NOT_FOUND. Nothing is saved unless all is right. Earlier
 * assessments stay: this one supersedes them. o.id is the new assessment's. */
/* The kinds of uploaded files and their rules (domain/evidence.h): an evidence file (an
 * assessment's, a case's hand-in) is a PDF, PNG or JPEG of at most EVIDENCE_MAX bytes; a
 * document (a learning resource's) may also be an ODT, ODP, DOCX or PPTX, of at most
 * RESOURCE_FILE_MAX bytes. */
typedef enum FileKind { FILE_EVIDENCE, FILE_DOCUMENT } FileKind;

/* Checks file as a file of kind: returns its media type, or NULL with a message in the
 * actor's language (its name, its size or the types accepted) beside field in o. */
const char *flow_file_check(const Flow *f, const EvidenceFile *file, const char *field,
                            FileKind kind, Outcome *o);

/* Checks an evidence file (a case's hand-in is checked the same way): a PDF, PNG or JPEG of
 * at most EVIDENCE_MAX bytes, by its name and its first bytes. Returns its media type, or
 * NULL with a message beside field in o. */
const char *flow_evidence_check(const Flow *f, const EvidenceFile *file, const char *field,
                                Outcome *o);

/* A piece of work handed in as a link (url, NULL for none) or a file (file, NULL or empty for
 * none; checked by flow_evidence_check): one of them is needed, a link must be a web
 * address. Messages beside "url" and "file". *has_file says whether a file came; the file's
 * media type is returned (NULL for a link or a refused file). For a team's hand-in of a case
 * and a hackathon team's submission alike. */
const char *flow_link_or_file(const Flow *f, const char *url, const EvidenceFile *file,
                              bool *has_file, Outcome *o);

Outcome flow_assessment_add(const Flow *f, Assessment *x, const EvidenceFile *file);

#endif
