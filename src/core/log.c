/* log.c — one line per call on standard error, with a UTC timestamp. */
#include "core/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int quiet; /* set once at start-up, read-only afterwards */

void log_set_quiet(int q)
{
    quiet = q;
}

void abort_now(void)
{
    abort();
}

void log_line(const char *level, const char *file, int line, const char *fmt, ...)
{
    if (quiet && strcmp(level, "info") == 0)
        return;
    char buf[2048];
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    int n = (int)strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ ", &tm);
    n += snprintf(buf + n, sizeof buf - (size_t)n, "%s ", level);
    if (file)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%s:%d ", file, line);
    va_list ap;
    va_start(ap, fmt);
    if (n < (int)sizeof buf)
        n += vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    va_end(ap);
    if (n > (int)sizeof buf - 2)
        n = (int)sizeof buf - 2;
    buf[n++] = '\n';
    ssize_t w = write(2, buf, (size_t)n);
    (void)w;
}
