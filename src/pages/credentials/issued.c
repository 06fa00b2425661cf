/* issued.c — one issued credential as staff see it (its verify page, revoking it with a
 * reason after a confirmation), and the organisation's signing keys (the JWK set's
 * address, rotating the key after a confirmation). Membership and roles were checked by
 * the router. */
#include "core/rows.h"
#include "flows/credentials/issue.h"
#include "flows/credentials/keys.h"
#include "html/fmt.h"
#include "html/table.h"
#include "http/confirm.h"
#include "pages/credentials/credentials.h"
#include "q/credentials/credential.h"
#include "q/credentials/key.h"
#include "views/credentials/credential.h"
#include "views/training/programme.h"

static enum MHD_Result credential_page(Req *r, const char *reason, const FormErrors *e, int status)
{
    Credential c;
    DbStatus st = q_credential_get(r->db, r->org_id, req_id(r, "id"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Html *h = page_begin(r, c.achievement);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", c.achievement, c.person);
    if (query_get(r, "issued"))
        html_notice(h, _(r, "The credential has been issued."), false);
    if (query_get(r, "revoked"))
        html_notice(h, _(r, "The credential has been revoked."), false);
    html_error_summary(h, r, e);
    view_credential_facts(h, r, &c);
    const char *verify = cred_verify_url(r->arena, r->app->base_url, c.uid);
    html(h, "<p><a href=\"%s\">%s</a></p>\n", verify, _(r, "Its public verify page"));
    if (!c.revoked_at && training_can_edit(r)) {
        html(h, "<section>\n<h2>%s</h2>\n<p>%s</p>\n", _(r, "Revoke it"),
             _(r, "A revoked credential is reported as revoked, with your reason, to whoever "
                  "checks it. This cannot be undone."));
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/credentials/%lld/revoke",
                                     (long long)r->org_id, (long long)c.id));
        html_textarea(h, e, "reason", _(r, "Reason"), reason, 2);
        html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             _(r, "Revoke the credential"));
        html_form_end(h);
        html_lit(h, "</section>\n");
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/credentials/{id} */
enum MHD_Result page_credential(Req *r)
{
    return credential_page(r, NULL, NULL, 200);
}

/* POST /orgs/{org}/credentials/{id}/revoke: asks for confirmation, then revokes. */
enum MHD_Result page_credential_revoke(Req *r)
{
    char *reason = NULL;
    FieldSpec spec[] = {
        FIELD("reason", F_TEXT, N_("Reason"), .required = true, .max = 500, .text = &reason),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return credential_page(r, reason, &e, 400);
    Credential c;
    DbStatus st = q_credential_get(r->db, r->org_id, req_id(r, "id"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *back = arena_printf(r->arena, "/orgs/%lld/credentials/%lld", (long long)r->org_id,
                                    (long long)c.id);
    if (!c.revoked_at && !confirm_ok(r))
        return confirm_page(
            r, _(r, "Revoke this credential?"),
            arena_printf(r->arena,
                         _(r, "The credential \"%s\" of %s will be reported as revoked to whoever "
                              "checks it, with the reason: %s. This cannot be undone."),
                         c.achievement, c.person, reason),
            _(r, "Revoke the credential"), back);
    Flow f = req_flow(r);
    Outcome o = flow_credential_revoke(&f, c.id, reason);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return credential_page(r, reason, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?revoked=1", back));
}

/* GET /orgs/{org}/signing-keys (administrators) */
enum MHD_Result page_signing_keys(Req *r)
{
    SigningKey k;
    Rows keys = ROWS_FROM(r->arena, &k);
    if (q_keys_list(r->db, r->org_id, r->arena, &k, rows_collect, &keys) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Signing keys"));
    html(h, "<h1>%s</h1>\n", _(r, "Signing keys"));
    if (query_get(r, "rotated"))
        html_notice(h, _(r, "A new key signs from now on; the old one stays published."), false);
    const char *jwks =
        arena_printf(r->arena, "%s/issuers/%lld/jwks.json", r->app->base_url, (long long)r->org_id);
    html(h, "<p>%s</p>\n<p><a href=\"%s\">%s</a></p>\n",
         _(r, "Your credentials are signed with your organisation's key. Verifiers find the "
              "public keys, including retired ones, at this address:"),
         jwks, jwks);
    if (!keys.n) {
        html(h, "<p>%s</p>\n", _(r, "The first key is made when the first credential is issued."));
        return page_end(r, h);
    }
    HTML_TABLE(h, _(r, "Signing keys"), _(r, "Key id"), _(r, "Made"), _(r, "Retired"));
    for (int i = 0; i < keys.n; i++) {
        const SigningKey *x = ROW(&keys, SigningKey, i);
        html(h, "<tr><td><code>%s</code></td><td>%s</td><td>%s</td></tr>\n", x->kid,
             moment_text(r, x->created_at),
             x->retired_at ? moment_text(r, x->retired_at) : _(r, "Signs now"));
    }
    html_table_close(h);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/signing-keys/rotate", (long long)r->org_id));
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Make a new key"));
    html_form_end(h);
    return page_end(r, h);
}

/* POST /orgs/{org}/signing-keys/rotate (administrators): asks for confirmation first. */
enum MHD_Result page_signing_keys_rotate(Req *r)
{
    const char *back = arena_printf(r->arena, "/orgs/%lld/signing-keys", (long long)r->org_id);
    if (!confirm_ok(r))
        return confirm_page(r, _(r, "Make a new signing key?"),
                            _(r, "New credentials will be signed with a new key. The current key "
                                 "is retired but stays published, so the credentials it signed "
                                 "still verify. This cannot be undone."),
                            _(r, "Make a new key"), back);
    Flow f = req_flow(r);
    Outcome o = flow_key_rotate(&f);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "%s?rotated=1", back));
}
