/* feeds.c — iCalendar feeds (RFC 5545) of a learner's or a cohort's sessions, at a
 * private address that calendar apps poll without signing in: the link's HMAC is the
 * credential (see views/training/feed.h). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/training/learner.h"
#include "views/training/feed.h"
#include "views/training/programme.h"

/* One content line, folded at 75 octets without splitting a UTF-8 sequence. */
static void ics_line(Buf *b, const char *line)
{
    size_t len = strlen(line), col = 0;
    for (size_t i = 0; i < len;) {
        size_t n = 1;
        unsigned char c = (unsigned char)line[i];
        if (c >= 0xF0)
            n = 4;
        else if (c >= 0xE0)
            n = 3;
        else if (c >= 0xC0)
            n = 2;
        if (i + n > len)
            n = len - i;
        if (col + n > 75) {
            buf_adds(b, "\r\n ");
            col = 1;
        }
        buf_add(b, line + i, n);
        col += n;
        i += n;
    }
    buf_adds(b, "\r\n");
}

/* A TEXT value: backslash, semicolon, comma and newlines escaped. */
static const char *ics_text(Arena *a, const char *s)
{
    Buf b;
    buf_init(&b, a, strlen(s) + 16);
    for (; *s; s++) {
        if (*s == '\\' || *s == ';' || *s == ',')
            buf_printf(&b, "\\%c", *s);
        else if (*s == '\n')
            buf_adds(&b, "\\n");
        else if (*s != '\r')
            buf_addc(&b, *s);
    }
    return b.data;
}

static const char *ics_time(Arena *a, int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    return arena_printf(a, "%04d%02d%02dT%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                        tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

typedef struct Feed {
    Req *r;
    Buf *b;
    SessionItem s;
    const char *host, *stamp;
    int n;
} Feed;

static bool feed_event(void *ctx)
{
    Feed *f = ctx;
    Req *r = f->r;
    if (++f->n % 64 == 0 && req_gone(r))
        return false; /* no one reads the rest */
    Arena *a = r->arena;
    SessionItem *s = &f->s;
    Programme p = {.title = {s->title[0], s->title[1], s->title[2]}};
    ics_line(f->b, "BEGIN:VEVENT");
    ics_line(f->b, arena_printf(a, "UID:session-%lld-%lld@%s", (long long)s->org_id,
                                (long long)s->id, f->host));
    ics_line(f->b, arena_printf(a, "DTSTAMP:%s", f->stamp));
    ics_line(f->b, arena_printf(a, "DTSTART:%s", ics_time(a, s->starts_at)));
    ics_line(f->b, arena_printf(a, "DTEND:%s", ics_time(a, s->ends_at)));
    ics_line(f->b, arena_printf(
                       a, "SUMMARY:%s",
                       ics_text(a, arena_printf(a, "%s — %s", programme_title(r, &p), s->cohort))));
    if (s->location[0]) {
        const char *where = s->location;
        if (s->address[0])
            where = arena_printf(a, "%s, %s", where, s->address);
        if (s->municipality[0])
            where = arena_printf(a, "%s, %s", where, s->municipality);
        ics_line(f->b, arena_printf(a, "LOCATION:%s", ics_text(a, where)));
    }
    ics_line(f->b, arena_printf(a, "DESCRIPTION:%s", ics_text(a, s->org_name)));
    ics_line(f->b, "END:VEVENT");
    return true;
}

/* The host part of the base URL, for event UIDs. */
static const char *base_host(Req *r)
{
    const char *u = base_url(r), *p = strstr(u, "://");
    p = p ? p + 3 : u;
    size_t n = strcspn(p, "/:");
    return n ? arena_printf(r->arena, "%.*s", (int)n, p) : "traject";
}

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

    Buf b;
    buf_init(&b, r->arena, 4096);
    Feed f = {.r = r, .b = &b, .host = base_host(r), .stamp = ics_time(r->arena, clock_now())};
    ics_line(&b, "BEGIN:VCALENDAR");
    ics_line(&b, "VERSION:2.0");
    ics_line(&b, "PRODID:-//traject//traject//EN");
    ics_line(&b, "CALSCALE:GREGORIAN");
    ics_line(&b, "METHOD:PUBLISH");
    ics_line(&b, arena_printf(r->arena, "X-WR-CALNAME:%s",
                              ics_text(r->arena, cohort ? o.name : _(r, "My sessions"))));
    ics_line(&b, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
    ics_line(&b, "X-PUBLISHED-TTL:PT6H");
    /* a month back: calendar apps drop events that leave the feed */
    st = q_feed_sessions(r->db, cohort, o.org_id, id, clock_now() - 31 * 86400, r->arena, &f.s,
                         feed_event, &f);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (r->gone)
        return MHD_NO;
    ics_line(&b, "END:VCALENDAR");
    return reply_body(r, 200, "text/calendar; charset=utf-8", b.data, b.len);
}
