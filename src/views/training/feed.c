/* feed.c — calendar feed addresses (see feed.h). */
#include "views/training/feed.h"

#include "domain/auth.h"
#include "html/fmt.h"

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
