/* model/competences.h — the records of competence frameworks (shipped and an organisation's
 * own), their areas, competences and level scales, programmes' target competences and
 * assessments, as the statements of src/q/competences/ return them. Types only, and the
 * one text every layer writes of a titled record. No SQL.
 *
 * What a later feature reads of an assessment (a credential "on a competence level
 * reached"): competence_id, level, person_id, assessed_on; the current level of a person
 * on a competence is the assessment with the latest assessed_on, then the highest id. */
#ifndef TRAJECT_MODEL_COMPETENCES_H
#define TRAJECT_MODEL_COMPETENCES_H

#include <stdbool.h>
#include <stdint.h>

#include "core/i18n.h"

/* Titles are given as title (English for shipped records, the organisation's own words for
 * its own), title_nl and title_fr when translated; comp_title picks one for a reader. */
typedef struct Framework {
    int64_t id;
    int64_t org_id; /* 0: shipped with traject, shared by every organisation, read-only */
    char *title[LANG_COUNT];
    int64_t archived;    /* 1: kept for the history, no longer offered */
    int64_t competences; /* how many it has (lists) */
} Framework;

/* One step of a framework's scale: level 1 is the lowest. */
typedef struct Level {
    int64_t level;
    char *title[LANG_COUNT];
} Level;

typedef struct Area {
    int64_t id;
    char *code; /* "1" for DigComp's first area; NULL for an organisation's own */
    char *title[LANG_COUNT];
} Area;

typedef struct Competence {
    int64_t id;
    int64_t framework_id, area_id;
    int64_t org_id;   /* 0: shipped */
    int64_t archived; /* of its framework */
    char *code;       /* "1.1"; NULL when none */
    char *title[LANG_COUNT];
    char *framework[LANG_COUNT]; /* the framework's title (lists across frameworks) */
} Competence;

/* A programme's target: a competence and the level it aims at. */
typedef struct Target {
    int64_t competence_id, level;
    char *code;
    char *title[LANG_COUNT];
    char *level_title[LANG_COUNT];
} Target;

/* Evidence files: PDF, PNG or JPEG, at most this many bytes. */
#define EVIDENCE_MAX (5 * 1024 * 1024)

/* A trainer's assessment of a person's level on a competence (never changed: a later one
 * supersedes it). */
typedef struct Assessment {
    int64_t id;
    int64_t org_id, person_id, competence_id;
    int64_t level;
    char *assessed_on; /* YYYY-MM-DD */
    char *evidence_text, *evidence_url;
    char *file_name, *file_type; /* NULL when no file */
    int64_t file_size;
    int64_t assessed_by; /* account */
    /* for reading: */
    char *assessor; /* the assessor's name */
    char *org_name; /* the organisation (the learner's own page) */
    char *code;     /* the competence's */
    char *title[LANG_COUNT];
    char *level_title[LANG_COUNT];
} Assessment;

/* The current level of a person on a competence (a cell of a cohort's grid). */
typedef struct CurrentLevel {
    int64_t person_id, competence_id, level;
} CurrentLevel;

/* The title of a record in lang: the translation, else the text as given. */
const char *comp_title(Lang lang, char *const title[LANG_COUNT]);

#endif
