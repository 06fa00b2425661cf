/* icalcheck — parses an iCalendar file with libical (an independent implementation)
 * and prints one line per event: UTC start, UTC end, UID, summary, location, separated
 * by tabs. Exits 1 when the file does not parse or libical reports an error in it. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t cap = 1 << 16, len = 0, n;
    char *s = malloc(cap);
    while (s && (n = fread(s + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (len + 1 == cap)
            s = realloc(s, cap *= 2);
    }
    if (!s)
        return 1;
    s[len] = 0;
    icalcomponent *cal = icalparser_parse_string(s);
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        fprintf(stderr, "not a VCALENDAR\n");
        return 1;
    }
    if (icalcomponent_count_errors(cal) > 0) {
        icalproperty *p = icalcomponent_get_first_property(cal, ICAL_XLICERROR_PROPERTY);
        fprintf(stderr, "error: %s\n", p ? icalproperty_get_xlicerror(p) : "in a component");
        return 1;
    }
    int events = 0;
    for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_count_errors(e) > 0) {
            fprintf(stderr, "error in an event\n");
            return 1;
        }
        struct icaltimetype a = icalcomponent_get_dtstart(e), b = icalcomponent_get_dtend(e);
        const char *loc = icalcomponent_get_location(e);
        printf("%lld\t%lld\t%s\t%s\t%s\n", (long long)icaltime_as_timet(a),
               (long long)icaltime_as_timet(b), icalcomponent_get_uid(e),
               icalcomponent_get_summary(e), loc ? loc : "");
        events++;
    }
    fprintf(stderr, "%d events\n", events);
    icalcomponent_free(cal);
    free(s);
    return 0;
}
