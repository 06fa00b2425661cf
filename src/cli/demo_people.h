/* demo_people.h — made-up people for the demonstration data, reproducible from a seed:
 * names from the many cultures of Brussels, Flanders and Wallonia (a first and a family name
 * from the same one), birth dates that fit an age band, and real municipalities with their
 * postcode and province. Shared by the seed scenarios and by `traject demo --scale`. */
#ifndef TRAJECT_CLI_DEMO_PEOPLE_H
#define TRAJECT_CLI_DEMO_PEOPLE_H

#include "core/arena.h"
#include "core/prng.h"
#include "domain/calendar.h"
#include "model/training.h"

typedef struct DemoPerson {
    char *name;     /* "Fatima Benali", in the arena */
    Gender gender;  /* woman or man as the name suggests; a few "another", a few not given */
    char birth[11]; /* YYYY-MM-DD */
    const char *municipality, *postcode, *province; /* static strings */
    const char *lang; /* "nl", "fr" or "en": what they read, fitting where they live */
} DemoPerson;

/* A person aged from min_age to max_age on the day on, living in province (a code of
 * domain/places.h: "brussels", "antwerp", ...), or anywhere in Belgium when province is NULL
 * (most of them in Brussels and Flanders). */
DemoPerson demo_person(Prng *p, Arena *a, Date on, int min_age, int max_age, const char *province);

/* A municipality of province (or of anywhere when NULL), with its postcode. */
void demo_place(Prng *p, const char *province, const char **municipality, const char **postcode,
                const char **province_out);

#endif
