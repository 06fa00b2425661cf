/* calendar.h — dates and times as Brussels lives them: civil dates, Europe/Brussels wall
 * time (from ICU's copy of the tz database: today CET/CEST, summer time from the last Sunday
 * of March 01:00 UTC to the last Sunday of October 01:00 UTC), Belgian public holidays, and
 * recurring schedules. Pure: no HTTP, no SQL, no process time-zone state (TZ is never read). */
#ifndef TRAJECT_CALENDAR_H
#define TRAJECT_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Date {
    int y, m, d;
} Date;

/* Days since 1970-01-01 of a civil date, and back. */
int64_t date_days(Date d);
Date date_from_days(int64_t days);
/* 0 Monday .. 6 Sunday */
int date_weekday(Date d);

/* Parses "YYYY-MM-DD"; false for a malformed date or one that does not exist. */
bool date_parse(const char *s, Date *out);
/* Writes "YYYY-MM-DD" into out (11 bytes). */
void date_format(Date d, char *out);

/* Age in whole years on a day (birthdays on 29 February count from 1 March). */
int age_on(Date birth, Date on);

/* Parses "HH:MM" (00:00-23:59) into minutes since midnight. */
bool time_parse(const char *s, int *minutes);

/* UTC seconds of a Brussels wall time. Returns false for a time that does not exist (the
 * hour skipped in spring); in the autumn hour that occurs twice, the first (summer) one. */
bool bxl_to_utc(Date d, int minutes, int64_t *utc);

/* The Brussels wall date and minutes since midnight of a UTC time. */
void bxl_from_utc(int64_t utc, Date *d, int *minutes);

/* The Brussels date of a UTC time as "YYYY-MM-DD" (out holds 11 bytes). */
void bxl_date_text(int64_t utc, char *out);

/* Easter Sunday (Gregorian). */
Date easter(int year);

/* The name (English source text) of the Belgian public holiday on d, or NULL. */
const char *be_holiday(Date d);

/* A weekly schedule: on each weekday in weekdays (bit 0 Monday .. bit 6 Sunday), from
 * start to end minutes, between first and last (inclusive), skipping Belgian public
 * holidays and the closure dates given. */
typedef struct Schedule {
    Date first, last;
    unsigned weekdays;
    int start, end;
    const Date *closed;
    size_t nclosed;
} Schedule;

typedef struct Slot {
    int64_t starts_at, ends_at; /* UTC seconds */
    Date date;
} Slot;

/* Fills out (capacity max) with the schedule's sessions in order; returns how many there
 * are (possibly more than max: then only max were written), or -1 when the schedule is
 * malformed (end not after start, last before first, no weekday, over 3 years). */
int schedule_generate(const Schedule *s, Slot *out, int max);

#endif
