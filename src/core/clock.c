/* clock.c — wall clock, with a fixed value for tests in the test build only: a server in
 * production never reads its time from the environment. */
#include "core/clock.h"

#include <stdlib.h>
#include <time.h>

#include "core/buf.h"

static int64_t fixed_now; /* set once by clock_init, read-only afterwards */

void clock_init(void)
{
#ifdef TRAJECT_TEST_CLOCK
    const char *v = getenv("TRAJECT_NOW");
    int64_t n;
    if (v && parse_int64(v, &n) && n > 0)
        fixed_now = n;
#endif
}

int64_t clock_now(void)
{
    return fixed_now ? fixed_now : (int64_t)time(NULL);
}

double clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

struct timespec clock_deadline(long ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}
