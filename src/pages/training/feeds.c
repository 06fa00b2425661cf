/* feeds.c — iCalendar feeds (RFC 5545) of a learner's or a cohort's sessions, at a
 * private address that calendar apps poll without signing in: the link's HMAC is the
 * credential (see views/training/feed.h). */
#include <stdio.h>
#include <string.h>

#include "domain/auth.h"
#include "pages/training/training.h"
#include "q/training/learner.h"
#include "views/training/feed.h"

/* GET /calendar/{feed}: "p42-<tag>.ics" (a learner) or "c7-<tag>.ics" (a cohort). */
enum MHD_Result page_feed(Req *r)
{
    const char *feed = req_param(r, "feed");
    char kind = 0, tag[AUTH_LINK_TAG_LEN + 1] = "";
    long long id = 0;
    int end = 0;
    if (!feed || strlen(feed) > 64 ||
        sscanf(feed, "%c%lld-%32[0-9a-f].ics%n", &kind, &id, tag, &end) != 3 ||
        (size_t)end != strlen(feed) || (kind != 'p' && kind != 'c') || id <= 0)
        return reply_error(r, ERR_NOT_FOUND);
    const char *lang = query_get(r, "lang");
    if (lang)
        lang_parse(lang, &r->lang);
    bool cohort = kind == 'c';
    FeedOwner o;
    DbStatus st = q_feed_owner(r->db, cohort, id, r->arena, &o);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *what = feed_tag_text(r, kind, o.org_id, id, o.gen);
    if (st == DB_NONE || !auth_link_tag_ok(r->app->secret, what, tag))
        return reply_error(r, ERR_NOT_FOUND);

    const Buf *b = feed_ics(r, cohort, o.org_id, id, cohort ? o.name : _(r, "My sessions"));
    if (!b)
        return reply_error(r, ERR_DB);
    if (r->gone)
        return MHD_NO;
    return reply_body(r, 200, "text/calendar; charset=utf-8", b->data, b->len);
}
