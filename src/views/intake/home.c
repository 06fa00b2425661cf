/* home.c — intake's part of the home page (see home.h). */
#include "views/intake/home.h"

#include "html/fmt.h"
#include "model/accounts.h"
#include "q/intake/home.h"

#define OFFER_SOON (2 * 24 * 3600) /* an offer ending within two days needs a look */

static void item(Html *h, Req *r, int *n, const char *path, const char *text)
{
    html(h, "<li><a href=\"/orgs/%lld%s\">%s</a></li>\n", (long long)r->org_id, path, text);
    (*n)++;
}

bool html_intake_waiting(Html *h, Req *r, int64_t now, int *n)
{
    IntakeWaiting w;
    if (q_intake_waiting(r->db, r->org_id, r->account->id, now, now + OFFER_SOON, &w) < DB_NONE)
        return false;
    if (r->roles & (ROLE_ADMIN | ROLE_STAFF)) {
        if (w.to_decide)
            item(h, r, n, "/applications?status=submitted",
                 arena_printf(
                     r->arena,
                     _n(r, "%s application to decide", "%s applications to decide", w.to_decide),
                     number_text(r, w.to_decide, 0, 0)));
        if (w.offers_expiring)
            item(h, r, n, "/applications?status=waitlisted",
                 arena_printf(r->arena,
                              _n(r, "%s waiting-list offer ends within two days",
                                 "%s waiting-list offers end within two days", w.offers_expiring),
                              number_text(r, w.offers_expiring, 0, 0)));
        if (w.consents)
            item(h, r, n, "/applications?status=accepted",
                 arena_printf(r->arena,
                              _n(r, "%s applicant waits for a guardian's consent",
                                 "%s applicants wait for a guardian's consent", w.consents),
                              number_text(r, w.consents, 0, 0)));
    }
    if (w.my_reviews)
        item(h, r, n, "/reviews",
             arena_printf(
                 r->arena,
                 _n(r, "%s application to review", "%s applications to review", w.my_reviews),
                 number_text(r, w.my_reviews, 0, 0)));
    return true;
}
