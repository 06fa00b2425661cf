/* embed.h — files compiled into the binary by tools/embed (see Makefile): static
 * assets (and their gzip forms), schema migrations, translations and demonstration data. Each array
 * ends with an entry whose name is NULL. The data is NUL-terminated (len excludes it). */
#ifndef TRAJECT_EMBED_H
#define TRAJECT_EMBED_H

#include <stddef.h>

typedef struct EmbeddedFile {
    const char *name; /* base name, e.g. "0001-foundation.sql" */
    const unsigned char *data;
    size_t len;
} EmbeddedFile;

extern const EmbeddedFile embed_assets[];
extern const EmbeddedFile embed_schema[];
extern const EmbeddedFile embed_po[];
extern const EmbeddedFile embed_demo[]; /* src/cli/demo/: the data traject demo replays */

#endif
