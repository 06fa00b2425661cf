/* feed.c — calendar feed addresses (see feed.h). */
#include "views/training/feed.h"

#include <string.h>
#include <time.h>

#include "core/clock.h"
#include "domain/auth.h"
#include "html/fmt.h"
#include "q/training/learner.h"
#include "views/training/programme.h"

const char *feed_tag_text(Req *r, char kind, int64_t org_id, int64_t id, int64_t gen)
{
    return arena_printf(r->arena, "feed|%c|%lld|%lld|%lld", kind, (long long)org_id, (long long)id,
                        (long long)gen);
}

const char *feed_url(Req *r, bool cohort, int64_t org_id, int64_t id, int64_t gen)
{
    char tag[AUTH_LINK_TAG_LEN + 1];
    char kind = cohort ? 'c' : 'p';
    auth_link_tag(r->app->secret, feed_tag_text(r, kind, org_id, id, gen), tag);
    return arena_printf(r->arena, "%s/calendar/%c%lld-%s.ics?lang=%s", base_url(r), kind,
                        (long long)id, tag, lang_code(r->lang));
}

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

const Buf *feed_ics(Req *r, bool cohort, int64_t org_id, int64_t id, const char *name)
{
    Buf *b = arena_alloc(r->arena, sizeof *b);
    buf_init(b, r->arena, 4096);
    Feed f = {.r = r, .b = b, .host = base_host(r), .stamp = ics_time(r->arena, clock_now())};
    ics_line(b, "BEGIN:VCALENDAR");
    ics_line(b, "VERSION:2.0");
    ics_line(b, "PRODID:-//traject//traject//EN");
    ics_line(b, "CALSCALE:GREGORIAN");
    ics_line(b, "METHOD:PUBLISH");
    ics_line(b, arena_printf(r->arena, "X-WR-CALNAME:%s", ics_text(r->arena, name)));
    ics_line(b, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
    ics_line(b, "X-PUBLISHED-TTL:PT6H");
    /* a month back: calendar apps drop events that leave the feed */
    if (q_feed_sessions(r->db, cohort, org_id, id, clock_now() - 31 * 86400, r->arena, &f.s,
                        feed_event, &f) < DB_NONE)
        return NULL;
    ics_line(b, "END:VCALENDAR");
    return b;
}
