/* statuslist.h — W3C Bitstring Status List: the bitstring of an issuer's revocations, its
 * encoding (GZIP, then multibase base64url: "u" and base64url without padding), and the
 * BitstringStatusListCredential that publishes it.
 *
 * Pure: no SQL, no HTTP, no clock. Bit i is the i-th bit from the left: the most
 * significant bit of byte i / 8 (the specification's order). */
#ifndef TRAJECT_DOMAIN_STATUSLIST_H
#define TRAJECT_DOMAIN_STATUSLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

/* The specification's minimum length, 16 KB of bits: one list holds this many entries,
 * and the list is never shorter, so that a revocation hides among many entries. */
#define STATUSLIST_BITS 131072
#define STATUSLIST_BYTES (STATUSLIST_BITS / 8)

static inline void statuslist_set(unsigned char *bits, size_t i)
{
    bits[i / 8] |= (unsigned char)(0x80u >> (i % 8));
}
static inline bool statuslist_get(const unsigned char *bits, size_t n, size_t i)
{
    return i / 8 < n && (bits[i / 8] & (0x80u >> (i % 8)));
}

/* "u" + base64url(gzip(bits)). */
char *statuslist_encode(Arena *a, const unsigned char *bits, size_t n);
/* Back to bits (*bits in a, *n bytes). False when it is not a multibase base64url GZIP
 * stream or inflates to more than 16 MB. */
bool statuslist_decode(Arena *a, const char *encoded, unsigned char **bits, size_t *n);

/* The BitstringStatusListCredential (JSON text) of list_url, issued by issuer_id at
 * valid_from, for revocation, with the encoded list. */
char *statuslist_credential(Arena *a, const char *list_url, const char *issuer_id,
                            int64_t valid_from, const char *encoded);

/* Reads a status list credential's encodedList when it is a revocation list. False when the
 * payload is not a BitstringStatusListCredential for revocation. */
bool statuslist_read(Arena *a, const char *payload, char **list_id, char **encoded);

#endif
