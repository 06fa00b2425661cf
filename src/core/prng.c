/* prng.c — see prng.h. splitmix64, by the published constants. */
#include "core/prng.h"

Prng prng_new(uint64_t seed)
{
    return (Prng){.state = seed};
}

uint64_t prng_next(Prng *p)
{
    uint64_t z = (p->state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int64_t prng_below(Prng *p, int64_t n)
{
    if (n <= 0)
        return 0;
    uint64_t limit = UINT64_MAX - UINT64_MAX % (uint64_t)n, x;
    do
        x = prng_next(p);
    while (x >= limit);
    return (int64_t)(x % (uint64_t)n);
}

int64_t prng_between(Prng *p, int64_t lo, int64_t hi)
{
    return hi < lo ? lo : lo + prng_below(p, hi - lo + 1);
}

bool prng_chance(Prng *p, int per_mille)
{
    return prng_below(p, 1000) < per_mille;
}
