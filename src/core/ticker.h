/* ticker.h — a thread that does one thing again and again, every so many milliseconds,
 * until it is stopped: the mail worker and the scheduler each run one.
 * Owns: the thread and what it needs to wait and to be woken; not what it runs. */
#ifndef TRAJECT_TICKER_H
#define TRAJECT_TICKER_H

#include <stdbool.h>

typedef struct Ticker Ticker;

/* Starts a thread that calls tick(ctx) every every_ms milliseconds, the first time at once
 * when first_now, else after the first wait. NULL when the thread cannot start. */
Ticker *ticker_start(void (*tick)(void *ctx), void *ctx, long every_ms, bool first_now);

/* Wakes the thread out of its wait, waits for the tick in progress to end, and frees t.
 * No tick runs after it returns. NULL is allowed. */
void ticker_stop(Ticker *t);

#endif
