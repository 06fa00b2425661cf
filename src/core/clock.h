/* clock.h — the current time as UTC seconds. In the test build (TRAJECT_TEST_CLOCK, the
 * traject-test binary the tests run) TRAJECT_NOW (epoch seconds), read once at start-up,
 * fixes the clock; otherwise, and always in the normal build, it is the system clock. */
#ifndef TRAJECT_CLOCK_H
#define TRAJECT_CLOCK_H

#include <stdint.h>
#include <time.h>

void clock_init(void);
int64_t clock_now(void);
/* Monotonic milliseconds, for durations only. */
double clock_ms(void);
/* The real-time moment ms milliseconds from now, for pthread_cond_timedwait. */
struct timespec clock_deadline(long ms);

#endif
