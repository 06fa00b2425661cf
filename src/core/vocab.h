/* vocab.h — closed lists of values that are stored as text (statuses, kinds, outcomes):
 * one table per list maps each enum value to the string stored in the database and to
 * its label (English source text, translated where shown). Code compares enums, never
 * strings, so a typo does not compile; statements convert at the edge (vocab_key to
 * store, vocab_parse when reading).
 * Owns nothing: the tables are static data of the feature's model (src/model/). */
#ifndef TRAJECT_VOCAB_H
#define TRAJECT_VOCAB_H

#include <stdbool.h>

typedef struct VocabEntry {
    int value;         /* the enum constant */
    const char *key;   /* stored string; the schema's CHECK lists the same keys */
    const char *label; /* English source text, marked with N_() */
} VocabEntry;

typedef struct Vocab {
    const char *name; /* for log messages: "enrolment status" */
    const VocabEntry *entries;
    int n;
} Vocab;

/* Defines `const Vocab name` over a static array of VocabEntry. */
#define VOCAB(name_, label_, ...)                                                                  \
    static const VocabEntry name_##_entries[] = {__VA_ARGS__};                                     \
    const Vocab name_ = {label_, name_##_entries,                                                  \
                         (int)(sizeof name_##_entries / sizeof name_##_entries[0])}

/* The stored string of value; "" for a value outside the list (a bug: logged). */
const char *vocab_key(const Vocab *v, int value);
/* The English label of value (translate it with _()); "" outside the list. */
const char *vocab_label(const Vocab *v, int value);
/* The stored strings of the list, NULL-terminated, in arena a: the choices of a field. */
struct Arena;
const char *const *vocab_keys_in(struct Arena *a, const Vocab *v);

/* Reads a stored string; false (and *value untouched) when it is not in the list. */
bool vocab_parse(const Vocab *v, const char *key, int *value);

#endif
