/* Unit tests: civil dates, Europe/Brussels time across summer-time changes, Belgian
 * public holidays and schedule generation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/calendar.h"

static Date D(const char *s)
{
    Date d = {0};
    assert_true(date_parse(s, &d));
    return d;
}

static void dates(void **state)
{
    (void)state;
    assert_int_equal(date_days(D("1970-01-01")), 0);
    assert_int_equal(date_days(D("2026-11-23")), 20780);
    for (int64_t n = -1000; n < 80000; n += 37) {
        Date d = date_from_days(n);
        assert_int_equal(date_days(d), n);
    }
    assert_int_equal(date_weekday(D("2026-11-23")), 0); /* a Monday */
    assert_int_equal(date_weekday(D("2024-02-29")), 3); /* a Thursday */
    Date d;
    assert_false(date_parse("2026-02-29", &d)); /* not a leap year */
    assert_true(date_parse("2024-02-29", &d));
    assert_false(date_parse("2026-02-30", &d));
    assert_false(date_parse("2026-13-01", &d));
    assert_false(date_parse("2026-1-01", &d));
    assert_false(date_parse("26-01-01", &d));
    assert_false(date_parse("2026-01-01x", &d));
    assert_false(date_parse(NULL, &d));
    char buf[11];
    date_format(D("2026-03-09"), buf);
    assert_string_equal(buf, "2026-03-09");
    int m;
    assert_true(time_parse("09:00", &m));
    assert_int_equal(m, 540);
    assert_true(time_parse("23:59", &m));
    assert_false(time_parse("24:00", &m));
    assert_false(time_parse("9:00", &m));
    assert_false(time_parse("09:60", &m));
}

static void brussels_time(void **state)
{
    (void)state;
    int64_t t;
    /* winter: UTC+1 */
    assert_true(bxl_to_utc(D("2026-01-15"), 9 * 60, &t));
    assert_int_equal(t, date_days(D("2026-01-15")) * 86400 + 8 * 3600);
    /* summer: UTC+2 */
    assert_true(bxl_to_utc(D("2026-07-15"), 9 * 60, &t));
    assert_int_equal(t, date_days(D("2026-07-15")) * 86400 + 7 * 3600);
    /* 2026-03-29 is the last Sunday of March: 02:00-03:00 does not exist */
    assert_false(bxl_to_utc(D("2026-03-29"), 2 * 60 + 30, &t));
    assert_true(bxl_to_utc(D("2026-03-29"), 1 * 60 + 59, &t));
    assert_int_equal(t, date_days(D("2026-03-29")) * 86400 + 59 * 60); /* 00:59 UTC */
    assert_true(bxl_to_utc(D("2026-03-29"), 3 * 60, &t));
    assert_int_equal(t, date_days(D("2026-03-29")) * 86400 + 3600); /* 01:00 UTC */
    /* 2026-10-25: 02:30 happens twice; the first (summer) one is taken */
    assert_true(bxl_to_utc(D("2026-10-25"), 2 * 60 + 30, &t));
    assert_int_equal(t, date_days(D("2026-10-25")) * 86400 + 30 * 60);
    /* and back */
    Date d;
    int min;
    bxl_from_utc(date_days(D("2026-10-25")) * 86400 + 90 * 60, &d, &min); /* 01:30 UTC */
    assert_int_equal(date_days(d), date_days(D("2026-10-25")));
    assert_int_equal(min, 2 * 60 + 30); /* the second 02:30, in winter time */
    bxl_from_utc(date_days(D("2026-12-31")) * 86400 + 23 * 3600 + 30 * 60, &d, &min);
    assert_int_equal(date_days(d), date_days(D("2027-01-01"))); /* 00:30 next year */
    assert_int_equal(min, 30);
}

static void holidays(void **state)
{
    (void)state;
    assert_int_equal(date_days(easter(2026)), date_days(D("2026-04-05")));
    assert_int_equal(date_days(easter(2027)), date_days(D("2027-03-28")));
    assert_int_equal(date_days(easter(2024)), date_days(D("2024-03-31")));
    assert_string_equal(be_holiday(D("2026-04-06")), "Easter Monday");
    assert_string_equal(be_holiday(D("2026-05-14")), "Ascension Day");
    assert_string_equal(be_holiday(D("2026-05-25")), "Whit Monday");
    assert_string_equal(be_holiday(D("2026-07-21")), "National Day");
    assert_string_equal(be_holiday(D("2026-11-11")), "Armistice Day");
    assert_non_null(be_holiday(D("2027-01-01")));
    assert_null(be_holiday(D("2026-04-05"))); /* Easter Sunday is a Sunday anyway */
    assert_null(be_holiday(D("2026-11-23")));
}

static void schedules(void **state)
{
    (void)state;
    /* Monday to Thursday, 9:00-16:00, for six months across the spring change,
     * skipping public holidays and one closure day */
    Date closed[] = {D("2026-02-17")};
    Schedule s = {.first = D("2026-01-05"),
                  .last = D("2026-07-02"),
                  .weekdays = 0x0f,
                  .start = 9 * 60,
                  .end = 16 * 60,
                  .closed = closed,
                  .nclosed = 1};
    Slot slots[200];
    int n = schedule_generate(&s, slots, 200);
    /* 26 weeks of 4 days = 104, minus Easter Monday, Labour Day (Fri: no), Ascension
     * (Thu), Whit Monday and the closure day */
    assert_int_equal(n, 104 - 4);
    for (int i = 0; i < n; i++) {
        assert_int_equal(slots[i].ends_at - slots[i].starts_at, 7 * 3600);
        Date d;
        int min;
        bxl_from_utc(slots[i].starts_at, &d, &min);
        assert_int_equal(min, 9 * 60); /* always 9:00 in Brussels, winter or summer */
        assert_int_equal(date_days(d), date_days(slots[i].date));
        assert_true(date_weekday(d) <= 3);
        assert_null(be_holiday(d));
        assert_true(date_days(d) != date_days(closed[0]));
        if (i)
            assert_true(slots[i].starts_at > slots[i - 1].starts_at);
    }
    /* the Monday after the change to summer time starts an hour earlier in UTC */
    int before = -1, after = -1;
    for (int i = 0; i < n; i++) {
        if (date_days(slots[i].date) == date_days(D("2026-03-26")))
            before = i;
        if (date_days(slots[i].date) == date_days(D("2026-03-30")))
            after = i;
    }
    assert_true(before >= 0 && after == before + 1);
    assert_int_equal(slots[after].starts_at - slots[before].starts_at, 4 * 86400 - 3600);
    /* max bounds what is written, not what is counted */
    assert_int_equal(schedule_generate(&s, slots, 3), 100);
    /* malformed */
    Schedule bad = s;
    bad.end = bad.start;
    assert_int_equal(schedule_generate(&bad, slots, 200), -1);
    bad = s;
    bad.weekdays = 0;
    assert_int_equal(schedule_generate(&bad, slots, 200), -1);
    bad = s;
    bad.last = D("2025-12-31");
    assert_int_equal(schedule_generate(&bad, slots, 200), -1);
    /* a night session in the skipped hour is left out rather than moved */
    Schedule night = {.first = D("2026-03-28"),
                      .last = D("2026-03-30"),
                      .weekdays = 0x7f,
                      .start = 2 * 60 + 15,
                      .end = 2 * 60 + 45};
    assert_int_equal(schedule_generate(&night, slots, 10), 2);
}

/* The EU rule, written independently of calendar.c: the last Sunday of a month. */
static Date last_sunday(int y, int m)
{
    Date d = date_from_days(date_days((Date){m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1}) - 1);
    return date_from_days(date_days(d) - date_weekday(d) + 6 - (date_weekday(d) == 6 ? 0 : 7));
}

static int64_t at(Date d, int h, int m)
{
    return date_days(d) * 86400 + h * 3600 + m * 60;
}

/* The changes of 2026-2030 from ICU's zone data: spring's missing hour, autumn's repeated one. */
static void brussels_transitions(void **state)
{
    (void)state;
    static const char *const spring[] = {"2026-03-29", "2027-03-28", "2028-03-26", "2029-03-25",
                                         "2030-03-31"};
    static const char *const autumn[] = {"2026-10-25", "2027-10-31", "2028-10-29", "2029-10-28",
                                         "2030-10-27"};
    for (int i = 0; i < 5; i++) {
        Date sp = D(spring[i]), au = D(autumn[i]);
        assert_int_equal(date_days(sp), date_days(last_sunday(2026 + i, 3)));
        assert_int_equal(date_days(au), date_days(last_sunday(2026 + i, 10)));
        int64_t t;
        /* spring: 01:59 is winter time, 02:00-02:59 do not exist, 03:00 is summer time */
        assert_true(bxl_to_utc(sp, 1 * 60 + 59, &t));
        assert_int_equal(t, at(sp, 0, 59));
        assert_false(bxl_to_utc(sp, 2 * 60, &t));
        assert_false(bxl_to_utc(sp, 2 * 60 + 59, &t));
        assert_true(bxl_to_utc(sp, 3 * 60, &t));
        assert_int_equal(t, at(sp, 1, 0));
        /* autumn: 02:00-02:59 happen twice, the first (summer) pass is taken */
        assert_true(bxl_to_utc(au, 1 * 60 + 59, &t));
        assert_int_equal(t, at(au, 23, 59) - 86400);
        assert_true(bxl_to_utc(au, 2 * 60, &t));
        assert_int_equal(t, at(au, 0, 0));
        assert_true(bxl_to_utc(au, 2 * 60 + 59, &t));
        assert_int_equal(t, at(au, 0, 59));
        assert_true(bxl_to_utc(au, 3 * 60, &t));
        assert_int_equal(t, at(au, 2, 0));
        /* and back, on either side of each change */
        Date d;
        int min;
        bxl_from_utc(at(sp, 0, 59), &d, &min);
        assert_int_equal(min, 1 * 60 + 59);
        bxl_from_utc(at(sp, 1, 0), &d, &min);
        assert_int_equal(min, 3 * 60);
        bxl_from_utc(at(au, 0, 59), &d, &min);
        assert_int_equal(min, 2 * 60 + 59); /* the first 02:59 */
        bxl_from_utc(at(au, 1, 0), &d, &min);
        assert_int_equal(min, 2 * 60); /* the second 02:00 */
        assert_int_equal(date_days(d), date_days(au));
    }
    /* every hour from 1996 to 2100 has the EU rule's offset */
    for (int64_t t = at(D("1996-01-01"), 0, 0); t < at(D("2100-01-01"), 0, 0); t += 3600) {
        Date y = date_from_days(t / 86400);
        bool summer = t >= at(last_sunday(y.y, 3), 1, 0) && t < at(last_sunday(y.y, 10), 1, 0);
        Date d;
        int min;
        bxl_from_utc(t, &d, &min);
        int64_t local = date_days(d) * 86400 + min * 60;
        if (local - (t - t % 60) != (summer ? 7200 : 3600))
            fail_msg("offset at %lld", (long long)t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates),
        cmocka_unit_test(brussels_time),
        cmocka_unit_test(brussels_transitions),
        cmocka_unit_test(holidays),
        cmocka_unit_test(schedules),
    };
    return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
