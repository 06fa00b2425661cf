/* i18n_icu.c — the reader's language through ICU4C (see i18n.h): numbers, amounts, days in
 * words, plural categories and the collation of names.
 *
 * Owns: one set of ICU service objects per language (number formatters, a date format, plural
 * rules) and the root collator, opened once (pthread_once, on first use or at i18n_init) and
 * never changed afterwards. ICU's threading model makes an object safe to share between
 * threads as long as every thread uses only its const API (functions taking a const pointer
 * in C: unumf_formatDecimal, uplrules_select, ucol_strcollUTF8), which is all this file does
 * with them; the mutable objects (UFormattedNumber results, the date format's copy that
 * holds a calendar) are opened per call. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/unumberformatter.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

#include "core/i18n.h"
#include "core/log.h"

/* The ICU locale of each of our languages: Belgian Dutch and French; English as written in
 * the euro area ("Monday 30 March 2026", "€600,000.00"). */
static const char *const locales[LANG_COUNT] = {"en_IE", "nl_BE", "fr_BE"};

#define MAX_DECIMALS 3

static struct {
    UNumberFormatter *number[LANG_COUNT][MAX_DECIMALS + 1];
    UNumberFormatter *money[LANG_COUNT];
    UNumberFormatter *percent[LANG_COUNT];
    UDateFormat *day_words[LANG_COUNT];
    UDateFormat *month_words[LANG_COUNT];
    UPluralRules *plural[LANG_COUNT];
    UCollator *names;
    bool ok;
} icu;

static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

static UNumberFormatter *open_number(const char *skeleton, const char *locale)
{
    UChar skel[64];
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(skel, 64, NULL, skeleton, -1, &st);
    UNumberFormatter *f = unumf_openForSkeletonAndLocale(skel, -1, locale, &st);
    if (U_FAILURE(st)) {
        log_bug("ICU number format %s for %s: %s", skeleton, locale, u_errorName(st));
        return NULL;
    }
    return f;
}

/* The date format of a skeleton (the fields wanted, in any order) as the locale orders them. */
static UDateFormat *open_date(const char *skeleton, const char *locale)
{
    UChar skel[32], pattern[64];
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(skel, 32, NULL, skeleton, -1, &st);
    UDateTimePatternGenerator *g = udatpg_open(locale, &st);
    int32_t n = udatpg_getBestPattern(g, skel, -1, pattern, 64, &st);
    udatpg_close(g);
    UDateFormat *f = U_SUCCESS(st) ? udat_open(UDAT_PATTERN, UDAT_PATTERN, locale,
                                               u"Europe/Brussels", -1, pattern, n, &st)
                                   : NULL;
    if (U_FAILURE(st)) {
        log_bug("ICU date format %s for %s: %s", skeleton, locale, u_errorName(st));
        return NULL;
    }
    return f;
}

static void icu_open(void)
{
    static const char *const decimals[MAX_DECIMALS + 1] = {
        "precision-integer rounding-mode-half-up", ".0 rounding-mode-half-up",
        ".00 rounding-mode-half-up", ".000 rounding-mode-half-up"};
    bool ok = true;
    for (int l = 0; l < LANG_COUNT; l++) {
        for (int d = 0; d <= MAX_DECIMALS; d++)
            ok &= (icu.number[l][d] = open_number(decimals[d], locales[l])) != NULL;
        ok &= (icu.money[l] = open_number("currency/EUR .00", locales[l])) != NULL;
        ok &= (icu.percent[l] = open_number("percent precision-integer rounding-mode-half-up",
                                            locales[l])) != NULL;
        ok &= (icu.day_words[l] = open_date("EEEEdMMMMy", locales[l])) != NULL;
        ok &= (icu.month_words[l] = open_date("MMMMy", locales[l])) != NULL;
        UErrorCode st = U_ZERO_ERROR;
        icu.plural[l] = uplrules_open(locales[l], &st);
        ok &= U_SUCCESS(st);
    }
    UErrorCode st = U_ZERO_ERROR;
    icu.names = ucol_open("", &st); /* the root collation: Ł after L, Ø after O */
    ok &= U_SUCCESS(st);
    icu.ok = ok;
}

bool i18n_icu_init(void)
{
    pthread_once(&icu_once, icu_open);
    return icu.ok;
}

static Lang lang_of(Lang lang)
{
    return lang < LANG_COUNT ? lang : LANG_EN;
}

/* Formats the decimal number in text with f into out as UTF-8; "" when it cannot. */
static void format_decimal(const UNumberFormatter *f, const char *text, char *out, size_t len)
{
    if (!len)
        return;
    out[0] = '\0';
    if (!f)
        return;
    UErrorCode st = U_ZERO_ERROR;
    UFormattedNumber *res = unumf_openResult(&st);
    UChar buf[96];
    unumf_formatDecimal(f, text, -1, res, &st);
    int32_t n = unumf_resultToString(res, buf, 96, &st);
    if (U_SUCCESS(st))
        u_strToUTF8(out, (int32_t)len, NULL, buf, n, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING)
        out[0] = '\0';
    unumf_closeResult(res);
}

/* value / 10^scale with f into out, from its exact decimal text ("-8944E-3" for -8.944). */
static void format_number(const UNumberFormatter *f, int64_t value, int scale, char *out,
                          size_t len)
{
    char src[40];
    snprintf(src, sizeof src, "%lldE-%d", (long long)value, scale);
    format_decimal(f, src, out, len);
}

void i18n_number(Lang lang, int64_t value, int scale, int decimals, char *out, size_t len)
{
    i18n_icu_init();
    if (scale < 0 || scale > 18)
        scale = 0;
    if (decimals < 0)
        decimals = 0;
    if (decimals > MAX_DECIMALS)
        decimals = MAX_DECIMALS;
    format_number(icu.number[lang_of(lang)][decimals], value, scale, out, len);
}

void i18n_money(Lang lang, int64_t cents, char *out, size_t len)
{
    i18n_icu_init();
    format_number(icu.money[lang_of(lang)], cents, 2, out, len);
}

void i18n_percent(Lang lang, int64_t pct, char *out, size_t len)
{
    i18n_icu_init();
    format_number(icu.percent[lang_of(lang)], pct, 0, out, len);
}

/* utc in Brussels time through a copy of the date format proto (NULL: ""). */
static void format_date(const UDateFormat *proto, int64_t utc, char *out, size_t len)
{
    if (!len)
        return;
    out[0] = '\0';
    if (!proto)
        return;
    /* a date format holds a calendar that formatting sets: each call works on its own copy
     * (dates in words are rare; numbers, which are not, need no copy) */
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *f = udat_clone(proto, &st);
    UChar buf[96];
    int32_t n = udat_format(f, (UDate)utc * 1000.0, buf, 96, NULL, &st);
    if (U_SUCCESS(st))
        u_strToUTF8(out, (int32_t)len, NULL, buf, n, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING)
        out[0] = '\0';
    udat_close(f);
}

void i18n_day_words(Lang lang, int64_t utc, char *out, size_t len)
{
    i18n_icu_init();
    format_date(icu.day_words[lang_of(lang)], utc, out, len);
}

void i18n_month_words(Lang lang, int64_t utc, char *out, size_t len)
{
    i18n_icu_init();
    format_date(icu.month_words[lang_of(lang)], utc, out, len);
}

int i18n_plural_form(Lang lang, long long n)
{
    i18n_icu_init();
    const UPluralRules *rules = icu.plural[lang_of(lang)];
    if (!rules)
        return n == 1 ? 0 : 1;
    UChar kw[16];
    UErrorCode st = U_ZERO_ERROR;
    uplrules_select(rules, (double)(n < 0 ? -n : n), kw, 16, &st);
    if (U_FAILURE(st))
        return n == 1 ? 0 : 1;
    /* gettext's forms for our languages are two, singular then plural (Plural-Forms
     * nplurals=2 in every .po file): CLDR's "one" is the first, every other category
     * ("other", and French "many" for millions) the second. */
    return u_strcmp(kw, u"one") == 0 ? 0 : 1;
}

int i18n_collate(const char *a, int alen, const char *b, int blen)
{
    i18n_icu_init();
    if (!icu.names)
        return 0;
    UErrorCode st = U_ZERO_ERROR;
    UCollationResult c = ucol_strcollUTF8(icu.names, a, alen, b, blen, &st);
    if (U_FAILURE(st)) { /* malformed UTF-8: order by bytes */
        int n = alen < blen ? alen : blen, r = memcmp(a, b, (size_t)n);
        return r ? r : alen - blen;
    }
    return c == UCOL_LESS ? -1 : c == UCOL_GREATER ? 1 : 0;
}
