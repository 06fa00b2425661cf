/* views/calls/files.h — the attachments section of a proposal's pages: the call's required
 * attachments and the files given, linked for download, with upload forms for the
 * applicant. Reads its statements and writes into the caller's Html. */
#ifndef TRAJECT_VIEWS_CALLS_FILES_H
#define TRAJECT_VIEWS_CALLS_FILES_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The attachments section: the call's required attachments and the files given, linked
 * under base; upload forms when upload. *missing (may be NULL) counts those not given.
 * False on a database error. */
bool html_proposal_files(Html *h, Req *r, int64_t viewer_org, int64_t proposal_id, const char *base,
                         bool upload, int *missing);
/* Required attachments of the organisation's proposal not given yet; -1 on an error. */
int proposal_files_missing(Req *r, int64_t proposal_id);
/* "512 bytes", "12 KB", "5.2 MB" */
const char *file_size_text(Req *r, int64_t bytes);

#endif
