/* record.c — the learner's record: their own page (/learning/record) with the link they
 * share, and the same record read-only for whoever has that link (/record/{token}). The
 * record itself is views/credentials/record.c; the link, flows/credentials/record.c. */
#include <string.h>

#include "domain/auth.h"
#include "flows/credentials/record.h"
#include "html/fmt.h"
#include "pages/credentials/credentials.h"
#include "q/credentials/record.h"
#include "views/credentials/record.h"

/* The learner's record; new_url: the link just made, shown this once. */
static enum MHD_Result record_page(Req *r, const char *new_url)
{
    int64_t since = 0;
    DbStatus shared = q_record_link_live(r->db, r->account->id, &since);
    if (shared < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = _(r, "My record");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", title,
         _(r, "What you achieved with every organisation you learn with, on one page."));
    if (new_url)
        html(h,
             "<section class=\"notice\" role=\"status\">\n<p>%s</p>\n"
             "<p class=\"share-link\"><a href=\"%s\">%s</a></p>\n</section>\n",
             _(r, "Here is the link to your record. Copy it now: traject keeps no copy of it "
                  "and cannot show it again."),
             new_url, new_url);
    else if (query_get(r, "off"))
        html_notice(h, _(r, "Your link is switched off: it no longer opens your record."), false);
    if (view_record(h, r, r->account->id, false) < DB_NONE)
        return reply_error(r, ERR_DB);
    html(h, "<section aria-labelledby=\"record-share\">\n<h2 id=\"record-share\">%s</h2>\n",
         _(r, "Share your record"));
    if (shared == DB_ONE)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "Your record is shared by a link made on %s. Whoever has it sees "
                               "your name and what you achieved, not your e-mail address or "
                               "anything else about you."),
                          moment_text(r, since)));
    else
        html(h, "<p>%s</p>\n",
             _(r, "Your record is not shared. Make a link to give to an employer or a school: "
                  "whoever has it sees your name and what you achieved, nothing else, until "
                  "you switch it off."));
    html_button_form(h, r, "/learning/record/share",
                     shared == DB_ONE ? _(r, "Make a new link (the old one stops working)")
                                      : _(r, "Make a link"),
                     NULL);
    if (shared == DB_ONE)
        html_button_form(h, r, "/learning/record/share/off", _(r, "Switch the link off"), NULL);
    html_lit(h, "</section>\n");
    return page_end(r, h);
}

/* GET /learning/record */
enum MHD_Result page_record(Req *r)
{
    return record_page(r, NULL);
}

/* POST /learning/record/share: a new link (the old one stops working), shown once */
enum MHD_Result page_record_share(Req *r)
{
    Flow f = req_flow(r);
    const char *url = NULL;
    Outcome o = flow_record_share(&f, &url);
    if (!o.ok)
        return reply_error(r, o.err);
    return record_page(r, url);
}

/* POST /learning/record/share/off */
enum MHD_Result page_record_unshare(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_record_unshare(&f);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, "/learning/record?off=1");
}

/* GET /record/{token}: for anyone who has the link; an unknown or switched-off link is
 * told apart from nothing (no account is named) */
enum MHD_Result page_record_public(Req *r)
{
    r->private_link = true;
    const char *tok = req_param(r, "token");
    int64_t account = 0;
    char *name = NULL;
    DbStatus st = DB_NONE;
    if (tok && strlen(tok) == AUTH_TOKEN_LEN) {
        char hash[AUTH_HASH_HEX_LEN + 1];
        auth_token_hash(tok, hash);
        st = q_record_link_account(r->db, hash, r->arena, &account, &name);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE) {
        const char *title = _(r, "This record is not shared");
        Html *h = page_begin(r, title);
        html(h, "<h1>%s</h1>\n<p>%s</p>\n<p>%s</p>\n", title,
             _(r, "The link may have been switched off or replaced by the learner who made it; "
                  "links are switched off to keep records private, not because anything is "
                  "wrong."),
             _(r, "Ask them for their current link. A credential can always be checked on its "
                  "own verify page."));
        html(h, "<p><a href=\"/verify\">%s</a></p>\n", _(r, "Check a credential"));
        return page_end_status(r, h, 404);
    }
    Html *h = page_begin(r, name);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", name,
         _(r, "Learning record: what this learner achieved, as the organisations they learn "
              "with recorded it."));
    if (view_record(h, r, account, true) < DB_NONE)
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}
