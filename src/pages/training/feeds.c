/* feeds.c — iCalendar feeds (RFC 5545) of a learner's or a cohort's sessions, at a
 * private address that calendar apps poll without signing in: the link's HMAC is the
 * credential (see views/training/feed.h). */
#include <stdio.h>
#include <string.h>

#include "domain/auth.h"
#include "flows/training/cohort.h"
#include "flows/training/learner.h"
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

/* A new private address for a cohort's feed (staff) or for the feed of someone the learner
 * follows (the learner); the old one stops working. */
static enum MHD_Result feed_reset(Req *r, bool cohort)
{
    Flow f = req_flow(r);
    int64_t id = req_id(r, "id");
    Outcome o = cohort ? flow_cohort_feed_reset(&f, id) : flow_person_feed_reset(&f, id);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, cohort ? arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                                   (long long)r->org_id, (long long)o.id)
                                    : "/learning?saved=1");
}

/* POST /orgs/{org}/cohorts/{id}/feed/reset */
enum MHD_Result page_cohort_feed_reset(Req *r)
{
    return feed_reset(r, true);
}

/* POST /learning/feeds/{id}/reset */
enum MHD_Result page_learning_feed_reset(Req *r)
{
    return feed_reset(r, false);
}
