/* downloads.c — a learner's own credentials as files: the compact VC-JWT (what an
 * employer's software checks), the JSON it carries, and a printable certificate whose QR
 * code opens the verify page. Only the credentials of the person records linked to the
 * signed-in account. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "domain/jose.h"
#include "flows/credentials/issue.h"
#include "html/fmt.h"
#include "pages/credentials/credentials.h"
#include "pdf/certificate.h"
#include "q/credentials/achievement.h"
#include "q/credentials/credential.h"

/* Credential {id} of a person record linked to the signed-in account. */
static DbStatus own_credential(Req *r, Credential *c)
{
    return q_learner_credential(r->db, r->account->id, req_id(r, "id"), r->arena, c);
}

/* GET /learning/credentials/{id}/jwt */
enum MHD_Result page_learning_credential_jwt(Req *r)
{
    Credential c;
    DbStatus st = own_credential(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_download(r, "application/vc+jwt",
                          arena_printf(r->arena, "credential-%s.jwt", c.uid), c.jwt, strlen(c.jwt));
}

/* GET /learning/credentials/{id}/json: the payload, indented */
enum MHD_Result page_learning_credential_json(Req *r)
{
    Credential c;
    DbStatus st = own_credential(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
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

/* GET /learning/credentials/{id}/pdf: the certificate, in the reader's language */
enum MHD_Result page_learning_credential_pdf(Req *r)
{
    Credential c;
    DbStatus st = own_credential(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Achievement a;
    st = q_achievement_get(r->db, c.org_id, c.achievement_id, r->arena, &a);
    if (st != DB_ONE)
        return reply_error(r, ERR_DB);
    Certificate cert = {
        .font_path = r->app->set.pdf_font,
        .org = c.org_name,
        .title = _(r, "Certificate"),
        .intro = _(r, "This certifies that"),
        .learner = c.person,
        .earned = _(r, "has earned"),
        .achievement = c.achievement,
        .description = a.description,
        .issued = arena_printf(r->arena, _(r, "Issued on %s"), day_words_text(r, c.issued_at)),
        .valid = c.valid_until ? arena_printf(r->arena, _(r, "Valid until %s"),
                                              day_words_text(r, c.valid_until))
                               : "",
        .check = _(r, "Check this certificate and whether it is still valid at:"),
        .verify_url = cred_verify_url(r->arena, r->app->base_url, c.uid),
    };
    char *pdf;
    size_t len;
    switch (certificate_pdf(&cert, r->arena, &pdf, &len)) {
    case PDF_OK:
        break;
    case PDF_NO_FONT:
        log_warn("%s: cannot load the font %s (setting pdf_font)", r->id, cert.font_path);
        return reply_error(r, ERR_INTERNAL);
    default:
        log_bug("%s: certificate: libharu failed", r->id);
        return reply_error(r, ERR_INTERNAL);
    }
    return reply_download(r, "application/pdf", arena_printf(r->arena, "certificate-%s.pdf", c.uid),
                          pdf, len);
}
