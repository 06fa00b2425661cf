/* files.c — the PDF attachments a call requires of each proposal: the applicant uploads
 * one per required attachment while the proposal is a draft (a PDF of at most 5 MiB,
 * checked by its name and its first bytes, not by what the browser claims); the
 * applicant, the funder and the jury members who may read the proposal download them. */
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/clock.h"
#include "html/fmt.h"
#include "http/session.h"
#include "pages/calls/calls.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "views/calls/jury.h"

static enum MHD_Result send_file(Req *r, int64_t viewer_org, int64_t proposal_id)
{
    char *name = NULL, *data = NULL;
    size_t size = 0;
    DbStatus st = q_file_get(r->db, viewer_org, proposal_id, req_id(r, "file"), r->arena, &name,
                             &data, &size);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return reply_download(r, "application/pdf", download_name(r->arena, name), data, size);
}

/* GET /orgs/{org}/proposals/{id}/files/{file}: the applicant's own */
enum MHD_Result page_file_own(Req *r)
{
    return send_file(r, r->org_id, req_id(r, "id"));
}

/* GET /orgs/{org}/submissions/{id}/files/{file}: the funder's */
enum MHD_Result page_file_funder(Req *r)
{
    return send_file(r, r->org_id, req_id(r, "id"));
}

/* GET /orgs/{org}/jury/proposals/{id}/files/{file}: a jury member who may read it */
enum MHD_Result page_file_juror(Req *r)
{
    int64_t id = req_id(r, "id");
    DbStatus st = juror_reads(r, id);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return send_file(r, r->org_id, id);
}
