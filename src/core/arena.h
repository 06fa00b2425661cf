/* arena.h — a region allocator: one per request, freed all at once.
 *
 * Owns: blocks of memory handed out by arena_alloc and friends.
 * Does not own: anything allocated with malloc by callers.
 * Allocation cannot fail: out of memory logs and aborts (see STYLE.md). */
#ifndef TRAJECT_ARENA_H
#define TRAJECT_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;  /* newest block first */
    size_t used_total; /* bytes handed out, for limits and tests */
} Arena;

/* Starts an empty arena; the first block is allocated on first use. */
void arena_init(Arena *a);

/* Frees every block; the arena can be used again afterwards. */
void arena_free(Arena *a);

/* Returns n bytes aligned for any type, zeroed. Never NULL. */
void *arena_alloc(Arena *a, size_t n);

/* Copies s (NULL gives NULL) / the first n bytes of s plus a NUL. */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);

/* printf into the arena; the result lives as long as the arena. */
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* Grows the allocation p (old size old_n) to new_n bytes; p may be NULL.
 * The old region is abandoned, not freed: use for buffers that grow geometrically. */
void *arena_realloc(Arena *a, void *p, size_t old_n, size_t new_n);

/* Allocates for malloc-style callers (libraries) and aborts on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
