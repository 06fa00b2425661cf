/* q/events/event.h — statements on events: recording and changing one, reading one (for its
 * organisation's staff, or publicly), a page of an organisation's events, and the counter
 * of places held that the registration workflow raises and lowers. Owns nothing; texts are
 * allocated in the arena given. */
#ifndef TRAJECT_Q_EVENTS_EVENT_H
#define TRAJECT_Q_EVENTS_EVENT_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/events.h"

/* Records an event of org_id at one of its locations (in->location_id); *id receives its
 * id. DB_NONE when the location is not org_id's. min_age/max_age: NULL or "" for none, else
 * a number already checked. */
DbStatus q_event_add(Db *db, int64_t org_id, const EventInput *in, int64_t now, int64_t *id);

/* Changes event id of org_id. DB_NONE when there is no such event or the location is not
 * org_id's; DB_CONFLICT when capacity is below the places held. */
DbStatus q_event_update(Db *db, int64_t org_id, int64_t id, const EventInput *in);

/* One event of org_id, with its location and how many wait. */
DbStatus q_event_get(Db *db, int64_t org_id, int64_t id, Arena *a, Event *out);

/* One public event (of any organisation), for its public page. */
DbStatus q_event_public(Db *db, int64_t id, Arena *a, Event *out);

/* A page of the public events of every organisation that have not ended at now, soonest
 * first (one sort column), searched by title; and how many there are. */
DbStatus q_event_public_page(Db *db, int64_t now, const DbPage *p, Arena *a, Event *row, DbRowFn fn,
                             void *ctx);
DbStatus q_event_public_count(Db *db, int64_t now, const char *like, int64_t *n);

/* A page of org_id's events (sorted by EVENT_BY_START or EVENT_BY_TITLE), searched by
 * title, and how many there are with the same search. */
DbStatus q_event_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Event *row, DbRowFn fn,
                      void *ctx);
DbStatus q_event_count(Db *db, int64_t org_id, const char *like, int64_t *n);

/* Holds one more place of event id when one is free (taken < capacity), and, with
 * if_waiting, only when someone waits: *changes is 1 when a place was taken, 0 when the
 * event is full (or nobody waits). One conditional statement, so that simultaneous
 * callers never hold more than capacity (PostgreSQL locks the row until commit). */
DbStatus q_event_take_place(Db *db, int64_t org_id, int64_t id, bool if_waiting, int64_t *changes);

/* Gives back one place of event id (a registered person cancelled). */
DbStatus q_event_free_place(Db *db, int64_t org_id, int64_t id);

#endif
