/* funding.c — a grantee says which of its programmes a grant funds (the form is in
 * views/impact/funding.c, on the grant's page). */
#include "flows/impact/funding.h"
#include "html/layout.h"
#include "pages/impact/impact.h"

/* POST /orgs/{org}/grants-received/{id}/programmes */
enum MHD_Result page_grant_programmes(Req *r)
{
    int64_t *ids = NULL;
    int n = 0;
    FieldSpec spec[] = {
        FIELD("programmes", F_MULTI, N_("Programmes"), .ids = &ids, .nids = &n),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return form_errors_back(r, _(r, "Programmes this grant funds"), &e);
    int64_t grant = req_id(r, "id");
    Flow f = req_flow(r);
    Outcome o = grant_programmes_set(&f, grant, ids, n);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/grants-received/%lld?saved=1",
                                          (long long)r->org_id, (long long)grant));
}
