/* places.h — Belgium's provinces and regions, and postcodes. Pure rules: no HTTP, no SQL.
 * The codes are stored in locations.province and programmes.region (schema 0002). */
#ifndef TRAJECT_PLACES_H
#define TRAJECT_PLACES_H

#include <stdbool.h>

typedef struct Province {
    const char *code;   /* "east-flanders" */
    const char *name;   /* English source text, translated where shown */
    const char *region; /* "brussels", "flanders" or "wallonia" */
} Province;

/* The ten provinces and the Brussels-Capital Region, NULL-code terminated. */
extern const Province provinces[];

/* The three regions, value/English-label pairs, NULL-terminated. */
extern const char *const regions[];

const Province *province_find(const char *code);

/* The province of a Belgian postcode (1000-9999), or NULL for one that is not. */
const Province *province_of_postcode(const char *postcode);

#endif
