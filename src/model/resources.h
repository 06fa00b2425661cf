/* model/resources.h — the records of the library of learning resources: a resource (a
 * video's link, or the file of a lesson plan, worksheet or slides) with its audience,
 * language, age band, topic, competences and who may see it, as the statements of
 * src/q/resources/ return them, and what the resource form gives. Types and the
 * vocabularies (model/resources.c) only. No SQL. */
#ifndef TRAJECT_MODEL_RESOURCES_H
#define TRAJECT_MODEL_RESOURCES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/vocab.h"

/* What a resource is: a video is a link, the others are files. */
typedef enum ResourceKind { RES_VIDEO, RES_LESSON_PLAN, RES_WORKSHEET, RES_SLIDES } ResourceKind;
extern const Vocab resource_kinds;

typedef enum ResourceAudience { AUD_LEARNERS, AUD_TEACHERS, AUD_TRAINERS } ResourceAudience;
extern const Vocab resource_audiences;

/* The language a resource is in (not the reader's: a resource may be in German). */
typedef enum ResourceLang { RLANG_EN, RLANG_NL, RLANG_FR, RLANG_DE, RLANG_OTHER } ResourceLang;
extern const Vocab resource_langs;

typedef enum ResourceAge {
    RAGE_ALL,
    RAGE_6_9,
    RAGE_10_12,
    RAGE_13_15,
    RAGE_16_18,
    RAGE_ADULTS
} ResourceAge;
extern const Vocab resource_ages;

/* Who may see a resource (domain/resources.h has the rule). */
typedef enum Visibility { VIS_PUBLIC, VIS_MEMBERS, VIS_PROGRAMME } Visibility;
extern const Vocab resource_visibilities;

/* The most bytes a resource's file may have. */
#define RESOURCE_FILE_MAX (8 * 1024 * 1024)

typedef struct Resource {
    int64_t id;
    int64_t org_id;
    char *org_name; /* who publishes it (the catalogue) */
    int kind;       /* ResourceKind */
    char *title, *description;
    int audience; /* ResourceAudience */
    int lang;     /* ResourceLang */
    int age_band; /* ResourceAge */
    char *topic;
    int visibility;       /* Visibility */
    int64_t programme_id; /* 0 unless VIS_PROGRAMME */
    char *url;            /* a video's link; NULL for a file */
    char *file_name, *file_type;
    int64_t file_size;
    int64_t downloads; /* downloads and link opens */
    int64_t created_at, updated_at;
} Resource;

/* What the resource form gives (flows/resources/resource.c checks it). The enums are -1
 * when not chosen. */
typedef struct ResourceInput {
    int kind, audience, lang, age_band, visibility;
    char *title, *description, *topic, *url;
    int64_t programme_id;
    int64_t *competences;
    int ncompetences;
} ResourceInput;

/* The lists' filters: -1 (or 0, "" for competence and topic) for any. */
typedef struct ResourceFilter {
    int kind, audience, lang, age_band;
    const char *topic;
    int64_t competence_id;
} ResourceFilter;
/* No filter at all. */
#define RESOURCE_ANY ((ResourceFilter){-1, -1, -1, -1, "", 0})

/* The lists' sort columns. */
enum { RESOURCE_BY_TITLE, RESOURCE_BY_ADDED, RESOURCE_SORTS };

#endif
