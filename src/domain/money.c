/* money.c — see money.h. Amounts are written by ICU's currency formatter (core/i18n). */
#include <stdio.h>
#include <string.h>

#include "domain/money.h"

#include "core/i18n.h"

#define MONEY_MAX 10000000000000LL /* 100 billion euro: beyond any grant */

bool money_parse(const char *s, int64_t *cents)
{
    if (!s)
        return false;
    char d[64];
    size_t n = 0;
    /* keep digits and marks; drop the euro sign, spaces (also no-break ones) and quotes */
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (n + 1 >= sizeof d)
                return false;
            d[n++] = (char)*p;
        } else if (*p == '.' || *p == ',') {
            if (n + 1 >= sizeof d)
                return false;
            d[n++] = (char)*p;
        } else if (*p == ' ' || *p == '\'' || *p == '\t') {
            continue;
        } else if (p[0] == 0xC2 && p[1] == 0xA0) { /* no-break space */
            p++;
        } else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xAF) { /* narrow no-break space */
            p += 2;
        } else if (p[0] == 0xE2 && p[1] == 0x82 && p[2] == 0xAC) { /* € */
            p += 2;
        } else {
            return false;
        }
    }
    d[n] = 0;
    if (n == 0 || d[0] == '.' || d[0] == ',')
        return false;
    /* the last mark is the decimal one when one or two digits follow it */
    long dec = -1;
    char *comma = strrchr(d, ','), *dot = strrchr(d, '.');
    char *last = comma > dot ? comma : dot;
    if (last) {
        size_t tail = strlen(last + 1);
        if (tail >= 1 && tail <= 2)
            dec = last - d;
    }
    /* thousands marks are all one character, other than the decimal mark */
    char group = 0;
    for (long i = 0; i < (long)n; i++) {
        if ((d[i] != '.' && d[i] != ',') || i == dec)
            continue;
        if ((group && d[i] != group) || (dec >= 0 && d[i] == d[dec]))
            return false;
        group = d[i];
    }
    int64_t whole = 0, frac = 0;
    int fdigits = 0;
    for (long i = 0; i < (long)n; i++) {
        char c = d[i];
        if (i == dec)
            continue;
        if (c == '.' || c == ',') {
            if (dec >= 0 && i > dec)
                return false; /* a mark among the decimals */
            /* a thousands mark needs three digits after it */
            long k = i + 1, digits = 0;
            while (k < (long)n && d[k] >= '0' && d[k] <= '9')
                k++, digits++;
            if (digits != 3)
                return false;
            continue;
        }
        if (dec >= 0 && i > dec) {
            frac = frac * 10 + (c - '0');
            fdigits++;
        } else {
            whole = whole * 10 + (c - '0');
            if (whole > MONEY_MAX / 100)
                return false;
        }
    }
    if (fdigits == 1)
        frac *= 10;
    *cents = whole * 100 + frac;
    return *cents <= MONEY_MAX;
}

void money_format(int64_t cents, const char *lang, char *out, size_t len)
{
    Lang l = LANG_EN;
    if (!lang_parse(lang, &l))
        l = LANG_EN;
    i18n_money(l, cents, out, len);
}

void money_plain(int64_t cents, char *out, size_t len)
{
    if (cents % 100)
        snprintf(out, len, "%lld.%02lld", (long long)(cents / 100), (long long)(cents % 100));
    else
        snprintf(out, len, "%lld", (long long)(cents / 100));
}
