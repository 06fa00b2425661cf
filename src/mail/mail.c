/* mail.c — the outbox worker and the two transports (folder of .eml files, SMTP). */
#include "mail/mail.h"

#include <curl/curl.h>
#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/clock.h"
#include "core/log.h"
#include "q/system/outbox.h"

char *mail_format(Arena *a, const char *from, const char *to, const char *subject, const char *body,
                  int64_t created_at, int64_t id)
{
    Buf b;
    buf_init(&b, a, strlen(body) + 512);
    char date[64];
    time_t t = (time_t)created_at;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);
    /* RFC 2047: the subject may hold any UTF-8, so it is always base64-encoded */
    size_t sn = strlen(subject);
    size_t b64n = sodium_base64_ENCODED_LEN(sn, sodium_base64_VARIANT_ORIGINAL);
    char *b64 = arena_alloc(a, b64n);
    sodium_bin2base64(b64, b64n, (const unsigned char *)subject, sn,
                      sodium_base64_VARIANT_ORIGINAL);
    buf_printf(&b,
               "From: %s\r\nTo: <%s>\r\nSubject: =?UTF-8?B?%s?=\r\nDate: %s\r\n"
               "Message-ID: <%lld.%lld@traject>\r\nMIME-Version: 1.0\r\n"
               "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
               "Auto-Submitted: auto-generated\r\n\r\n",
               from, to, b64, date, (long long)id, (long long)created_at);
    for (const char *p = body; *p; p++) {
        if (*p == '\n' && (p == body || p[-1] != '\r'))
            buf_addc(&b, '\r');
        buf_addc(&b, *p);
    }
    buf_adds(&b, "\r\n");
    return b.data;
}

static bool deliver_file(App *app, const Mail *m, const char *msg, char *err, size_t errlen)
{
    const char *dir = app->set.mail_dir;
    if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot create %.300s: %s", dir, strerror(errno));
        return false;
    }
    char tmp[1024], final[1024];
    snprintf(tmp, sizeof tmp, "%s/.%lld.tmp", dir, (long long)m->id);
    snprintf(final, sizeof final, "%s/%lld-%06lld.eml", dir, (long long)m->created_at,
             (long long)m->id);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        snprintf(err, errlen, "cannot write %.300s: %s", tmp, strerror(errno));
        return false;
    }
    bool ok = fputs(msg, f) >= 0;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, final) != 0) {
        snprintf(err, errlen, "cannot write %.300s: %s", final, strerror(errno));
        unlink(tmp);
        return false;
    }
    return true;
}

typedef struct Upload {
    const char *data;
    size_t len, off;
} Upload;

static size_t upload_read(char *ptr, size_t size, size_t nmemb, void *ud)
{
    Upload *u = ud;
    size_t n = size * nmemb;
    if (n > u->len - u->off)
        n = u->len - u->off;
    memcpy(ptr, u->data + u->off, n);
    u->off += n;
    return n;
}

/* The bare address from "Name <addr>" or "addr". */
static const char *bare_address(Arena *a, const char *from)
{
    const char *lt = strchr(from, '<'), *gt = lt ? strchr(lt, '>') : NULL;
    if (lt && gt)
        return arena_printf(a, "<%.*s>", (int)(gt - lt - 1), lt + 1);
    return arena_printf(a, "<%s>", from);
}

static bool deliver_smtp(App *app, Arena *a, const Mail *m, const char *msg, char *err,
                         size_t errlen)
{
    CURL *c = curl_easy_init();
    if (!c) {
        snprintf(err, errlen, "cannot start libcurl");
        return false;
    }
    struct curl_slist *rcpt = curl_slist_append(NULL, arena_printf(a, "<%s>", m->to_addr));
    Upload u = {msg, strlen(msg), 0};
    char ebuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(c, CURLOPT_URL, app->set.smtp_url);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, bare_address(a, app->set.mail_from));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, upload_read);
    curl_easy_setopt(c, CURLOPT_READDATA, &u);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, ebuf);
    CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK)
        snprintf(err, errlen, "smtp: %s", ebuf[0] ? ebuf : curl_easy_strerror(rc));
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(c);
    return rc == CURLE_OK;
}

int mail_deliver_due(App *app, Db *db)
{
    int delivered = 0;
    for (int i = 0; i < 100; i++) {
        Arena a;
        arena_init(&a);
        Mail m;
        int64_t now = clock_now();
        DbStatus st = q_outbox_claim(db, now, 120, &a, &m);
        if (st != DB_ONE) {
            arena_free(&a);
            break;
        }
        char *msg =
            mail_format(&a, app->set.mail_from, m.to_addr, m.subject, m.body, m.created_at, m.id);
        char err[512] = "";
        bool ok = app->set.smtp_url[0] ? deliver_smtp(app, &a, &m, msg, err, sizeof err)
                                       : deliver_file(app, &m, msg, err, sizeof err);
        if (ok) {
            q_outbox_sent(db, m.id, clock_now());
            delivered++;
        } else {
            /* back off: 1, 2, 4 ... minutes */
            int64_t retry = now + 60 * ((int64_t)1 << (m.attempts < 6 ? m.attempts : 6));
            log_warn("mail %lld to %s not delivered (attempt %lld): %s", (long long)m.id, m.to_addr,
                     (long long)m.attempts, err);
            q_outbox_failed(db, m.id, err, retry);
        }
        arena_free(&a);
    }
    return delivered;
}

static void deliver_round(App *app, Db *db)
{
    mail_deliver_due(app, db);
}

Job *mail_worker_start(App *app)
{
    return job_start(app, "mail worker", deliver_round, 500, false);
}
