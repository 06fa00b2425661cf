/* calendar.c — civil dates (Howard Hinnant's days-from-civil algorithm), Europe/Brussels
 * wall time from ICU's time-zone data, Belgian public holidays and weekly schedules. */
#include "domain/calendar.h"

#include <pthread.h>
#include <string.h>
#include <unicode/ucal.h>

#include "core/arena.h"
#include "core/i18n.h"
#include "core/log.h"

int64_t date_days(Date d)
{
    int64_t y = d.y - (d.m <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date date_from_days(int64_t z)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    Date d;
    d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.y = (int)(yoe + era * 400 + (d.m <= 2));
    return d;
}

int date_weekday(Date d)
{
    int64_t w = (date_days(d) + 3) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}

static int days_in_month(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : n[m - 1];
}

bool date_parse(const char *s, Date *out)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    Date d = {(s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'),
              (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0')};
    if (d.y < 1900 || d.y > 2200 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > days_in_month(d.y, d.m))
        return false;
    *out = d;
    return true;
}

void date_format(Date d, char *out)
{
    int v[3] = {d.y, d.m, d.d}, width[3] = {4, 2, 2};
    char *p = out;
    for (int i = 0; i < 3; i++) {
        int x = v[i] < 0 ? 0 : v[i];
        for (int k = width[i] - 1; k >= 0; k--) {
            p[k] = (char)('0' + x % 10);
            x /= 10;
        }
        p += width[i];
        *p++ = i < 2 ? '-' : '\0';
    }
}

int age_on(Date birth, Date on)
{
    int age = on.y - birth.y;
    if (on.m < birth.m || (on.m == birth.m && on.d < birth.d))
        age--;
    return age;
}

bool time_parse(const char *s, int *minutes)
{
    if (!s || strlen(s) != 5 || s[2] != ':')
        return false;
    for (int i = 0; i < 5; i++)
        if (i != 2 && (s[i] < '0' || s[i] > '9'))
            return false;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 23 || m > 59)
        return false;
    *minutes = h * 60 + m;
    return true;
}

/* Europe/Brussels from ICU's time-zone data (the tz database): every change of UTC offset
 * from 1900 to 2300, read once into a table (pthread_once; read-only afterwards, so every
 * thread may look up in it). Before the first change, the offset in force at 1900. */
typedef struct Shift {
    int64_t from; /* UTC seconds */
    int offset;   /* seconds east of UTC from then on */
} Shift;

#define TZ_FIRST (-2208988800LL) /* 1900-01-01 00:00 UTC */
#define TZ_LAST (10413792000LL)  /* 2300-01-01 00:00 UTC */

static Shift *shifts;
static size_t nshifts;
static pthread_once_t shifts_once = PTHREAD_ONCE_INIT;

static int zone_offset(UCalendar *cal, UErrorCode *st)
{
    return (ucal_get(cal, UCAL_ZONE_OFFSET, st) + ucal_get(cal, UCAL_DST_OFFSET, st)) / 1000;
}

static void shifts_load(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(u"Europe/Brussels", -1, "", UCAL_GREGORIAN, &st);
    size_t cap = 1024;
    shifts = xcalloc(cap, sizeof *shifts);
    ucal_setMillis(cal, (UDate)TZ_FIRST * 1000.0, &st);
    shifts[nshifts++] = (Shift){TZ_FIRST, zone_offset(cal, &st)};
    UDate next;
    while (U_SUCCESS(st) &&
           ucal_getTimeZoneTransitionDate(cal, UCAL_TZ_TRANSITION_NEXT, &next, &st) &&
           next < (UDate)TZ_LAST * 1000.0) {
        ucal_setMillis(cal, next, &st);
        if (nshifts == cap)
            shifts = xrealloc(shifts, (cap *= 2) * sizeof *shifts);
        shifts[nshifts++] = (Shift){(int64_t)(next / 1000.0), zone_offset(cal, &st)};
    }
    ucal_close(cal);
    if (U_FAILURE(st)) { /* no zone data: standard time, as ICU's "Etc/Unknown" would be */
        log_bug("ICU time zone Europe/Brussels: %s", u_errorName(st));
        nshifts = 1;
        shifts[0] = (Shift){TZ_FIRST, 3600};
    }
}

static int offset_at(int64_t utc)
{
    pthread_once(&shifts_once, shifts_load);
    size_t lo = 0, hi = nshifts; /* the last shift at or before utc */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (shifts[mid].from <= utc)
            lo = mid;
        else
            hi = mid;
    }
    return shifts[lo].offset;
}

bool bxl_to_utc(Date d, int minutes, int64_t *utc)
{
    int64_t local = date_days(d) * 86400 + (int64_t)minutes * 60;
    /* The offsets in force a day around this wall time (changes are months apart); the larger
     * first, so that a repeated autumn hour resolves to its first (summer) pass. A wall time
     * that neither offset reaches does not exist (skipped in spring). */
    int a = offset_at(local - 86400), b = offset_at(local + 86400);
    int tries[2] = {a > b ? a : b, a > b ? b : a};
    for (int i = 0; i < 2; i++) {
        int64_t t = local - tries[i];
        if (offset_at(t) == tries[i]) {
            *utc = t;
            return true;
        }
    }
    return false;
}

void bxl_from_utc(int64_t utc, Date *d, int *minutes)
{
    int64_t local = utc + offset_at(utc);
    int64_t days = (local >= 0 ? local : local - 86399) / 86400;
    *d = date_from_days(days);
    *minutes = (int)((local - days * 86400) / 60);
}

void bxl_date_text(int64_t utc, char *out)
{
    Date d;
    int m;
    bxl_from_utc(utc, &d, &m);
    date_format(d, out);
}

Date easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return (Date){y, month, day};
}

const char *be_holiday(Date d)
{
    static const struct {
        int m, d;
        const char *name;
    } fixed[] = {
        {1, 1, N_("New Year's Day")}, {5, 1, N_("Labour Day")},       {7, 21, N_("National Day")},
        {8, 15, N_("Assumption")},    {11, 1, N_("All Saints' Day")}, {11, 11, N_("Armistice Day")},
        {12, 25, N_("Christmas")},
    };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (fixed[i].m == d.m && fixed[i].d == d.d)
            return fixed[i].name;
    int64_t e = date_days(easter(d.y)), n = date_days(d);
    if (n == e + 1)
        return N_("Easter Monday");
    if (n == e + 39)
        return N_("Ascension Day");
    if (n == e + 50)
        return N_("Whit Monday");
    return NULL;
}

int schedule_generate(const Schedule *s, Slot *out, int max)
{
    int64_t first = date_days(s->first), last = date_days(s->last);
    if (s->end <= s->start || last < first || last - first > 3 * 366 || !(s->weekdays & 0x7f))
        return -1;
    int n = 0;
    for (int64_t day = first; day <= last; day++) {
        Date d = date_from_days(day);
        if (!(s->weekdays & (1u << date_weekday(d))) || be_holiday(d))
            continue;
        bool closed = false;
        for (size_t i = 0; i < s->nclosed && !closed; i++)
            closed = date_days(s->closed[i]) == day;
        if (closed)
            continue;
        Slot slot = {.date = d};
        if (!bxl_to_utc(d, s->start, &slot.starts_at) || !bxl_to_utc(d, s->end, &slot.ends_at))
            continue; /* a wall time that does not exist that night: no session */
        if (n < max)
            out[n] = slot;
        n++;
    }
    return n;
}
