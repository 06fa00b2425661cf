/* prng.h — a small reproducible pseudo-random generator (splitmix64): the same seed gives
 * the same sequence on every machine, so that demonstration data can be rebuilt exactly.
 * Never for secrets: tokens and keys come from libsodium. */
#ifndef TRAJECT_PRNG_H
#define TRAJECT_PRNG_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Prng {
    uint64_t state;
} Prng;

/* A generator started at seed. */
Prng prng_new(uint64_t seed);
/* The next 64 bits. */
uint64_t prng_next(Prng *p);
/* A number from 0 to n - 1 (0 when n <= 0), without the bias of a plain modulo. */
int64_t prng_below(Prng *p, int64_t n);
/* A number from lo to hi, both included. */
int64_t prng_between(Prng *p, int64_t lo, int64_t hi);
/* True about per_mille times in a thousand. */
bool prng_chance(Prng *p, int per_mille);

#endif
