/* public.c — what anyone can read without signing in: an organisation's issuer Profile,
 * its JWK set and its revocation status list (machine-readable, at stable addresses that
 * credentials name), and the verify pages: /verify, where anyone pastes or uploads a
 * credential, and /verify/{uid} for one issued here. The verdict is said in plain words in
 * the reader's language. */
#include <string.h>

#include "core/clock.h"
#include "flows/credentials/issue.h"
#include "flows/credentials/publish.h"
#include "flows/credentials/verify.h"
#include "http/session.h"
#include "pages/credentials/credentials.h"
#include "q/credentials/credential.h"
#include "views/credentials/credential.h"

/* GET /issuers/{id}: the issuer Profile (JSON) */
enum MHD_Result page_issuer_profile(Req *r)
{
    char *json;
    DbStatus st = cred_profile_json(r->db, req_id(r, "id"), r->app->base_url, r->arena, &json);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_body(r, 200, "application/json", json, strlen(json));
}

/* GET /issuers/{id}/jwks.json: the organisation's public keys, current and retired */
enum MHD_Result page_issuer_jwks(Req *r)
{
    char *json;
    int64_t org = req_id(r, "id");
    char *profile;
    DbStatus st = cred_profile_json(r->db, org, r->app->base_url, r->arena, &profile);
    if (st == DB_ONE)
        st = cred_jwks_json(r->db, org, r->arena, &json);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_body(r, 200, "application/jwk-set+json", json, strlen(json));
}

/* GET /issuers/{id}/status/{n}: the revocation list (only list 1 exists), a signed
 * BitstringStatusListCredential as a compact VC-JWT. */
enum MHD_Result page_issuer_status(Req *r)
{
    if (req_id(r, "n") != 1)
        return reply_error(r, ERR_NOT_FOUND);
    char *jwt;
    DbStatus st =
        cred_status_list_jwt(r->db, req_id(r, "id"), r->app->base_url, clock_now(), r->arena, &jwt);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_body(r, 200, "application/vc+jwt", jwt, strlen(jwt));
}

static enum MHD_Result verify_page(Req *r, const Verification *v, const char *pasted, int status)
{
    Html *h = page_begin(r, _(r, "Verify a credential"));
    html(h, "<h1>%s</h1>\n", _(r, "Verify a credential"));
    if (v)
        view_verification(h, r, v);
    html(h, "<p>%s</p>\n",
         _(r, "Paste a credential issued by an organisation on this site (the text that "
              "starts with \"eyJ\"), or choose its file. Nothing you check here is kept."));
    html(h,
         "<form method=\"post\" action=\"/verify\" enctype=\"multipart/form-data\" novalidate>\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         csrf_token(r));
    html_textarea(h, NULL, "credential", _(r, "Credential"), pasted, 6);
    html(h,
         "<label for=\"f-file\">%s</label>\n"
         "<input type=\"file\" id=\"f-file\" name=\"file\" "
         "accept=\".jwt,.txt,application/vc+jwt,application/jwt,text/plain\">\n",
         _(r, "Or its file"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Check"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /verify */
enum MHD_Result page_verify(Req *r)
{
    return verify_page(r, NULL, NULL, 200);
}

/* POST /verify: the pasted text, or else the uploaded file */
enum MHD_Result page_verify_post(Req *r)
{
    const char *jwt = form_get(r, "credential");
    const FormField *file = form_file(r, "file");
    if ((!jwt || !*jwt) && file && file->filename && file->filename[0])
        jwt = arena_strndup(r->arena, file->value, file->len);
    if (!jwt || !*jwt) {
        Verification v = {.verdict = VERDICT_MALFORMED};
        return verify_page(r, &v, NULL, 400);
    }
    Verification v;
    cred_verify(r->db, r->app->base_url, clock_now(), r->arena, jwt, &v);
    return verify_page(r, &v, jwt, 200);
}

/* GET /verify/{uid}: a credential issued here, checked as anyone would */
enum MHD_Result page_verify_issued(Req *r)
{
    Credential c;
    DbStatus st = q_credential_by_uid(r->db, req_param(r, "uid"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Verification v;
    cred_verify(r->db, r->app->base_url, clock_now(), r->arena, c.jwt, &v);
    /* the name it was signed with: the achievement may have been renamed since */
    const char *name = v.claims && v.view.name && *v.view.name ? v.view.name : c.achievement;
    Html *h = page_begin(r, _(r, "Verify a credential"));
    html(h, "<h1>%s</h1>\n", name);
    view_verification(h, r, &v);
    html(h, "<p><a href=\"/verify\">%s</a></p>\n", _(r, "Check another credential"));
    return page_end(r, h);
}
