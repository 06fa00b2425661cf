/* groups.h — the target groups a funder starts with (in English, Dutch and French); each
 * funder edits its own list afterwards. Pure data. */
#ifndef TRAJECT_GROUPS_H
#define TRAJECT_GROUPS_H

#define DEFAULT_GROUPS 9
extern const char *const default_groups[DEFAULT_GROUPS][3];

#endif
