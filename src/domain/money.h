/* money.h — amounts in euro cents: reading what people type and writing them the way each
 * language does. Pure: no I/O. */
#ifndef TRAJECT_MONEY_H
#define TRAJECT_MONEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Reads "600000", "600 000", "600.000,50", "600,000.50", "1.500" (Belgian thousands),
 * "12,5" or "€ 12.50" into cents. The last dot or comma is the decimal mark when one or
 * two digits follow it; every other one groups thousands (three digits after it), as
 * spaces and apostrophes may. Refuses
 * negative amounts, more than two decimals, anything else, and amounts over 10^13 cents. */
bool money_parse(const char *s, int64_t *cents);

/* Writes cents for a language code ("en", "nl", "fr") with ICU's currency formatter:
 * "€600,000.00", "€ 600.000,00", "600 000,00 €" (no-break spaces). out needs 40 bytes. */
void money_format(int64_t cents, const char *lang, char *out, size_t len);

/* Cents as a plain number for a form field: "600000" or "1500.50". */
void money_plain(int64_t cents, char *out, size_t len);

#endif
