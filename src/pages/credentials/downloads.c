/* downloads.c — a learner's own credentials as files: the compact VC-JWT (what an
 * employer's software checks), the JSON it carries, and a printable certificate. Only the
 * credentials of the person records linked to the signed-in account. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "domain/jose.h"
#include "pages/credentials/credentials.h"
#include "q/credentials/credential.h"

static bool own(Req *r, Credential *c, enum MHD_Result *reply)
{
    DbStatus st = q_learner_credential(r->db, r->account->id, req_id(r, "id"), r->arena, c);
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

/* GET /learning/credentials/{id}/jwt */
enum MHD_Result page_learning_credential_jwt(Req *r)
{
    Credential c;
    enum MHD_Result reply;
    if (!own(r, &c, &reply))
        return reply;
    return reply_download(r, "application/vc+jwt",
                          arena_printf(r->arena, "credential-%s.jwt", c.uid), c.jwt, strlen(c.jwt));
}

/* GET /learning/credentials/{id}/json: the payload, indented */
enum MHD_Result page_learning_credential_json(Req *r)
{
    Credential c;
    enum MHD_Result reply;
    if (!own(r, &c, &reply))
        return reply;
    char *hdr, *payload;
    if (!jose_peek(r->arena, c.jwt, &hdr, &payload))
        return reply_error(r, ERR_INTERNAL);
    json_t *j = json_loads(payload, 0, NULL);
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    char *body = arena_printf(r->arena, "%s\n", s ? s : payload);
    free(s);
    json_decref(j);
    return reply_download(r, "application/json",
                          arena_printf(r->arena, "credential-%s.json", c.uid), body, strlen(body));
}
