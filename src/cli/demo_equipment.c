/* demo_equipment.c — the equipment of traject demo (see demo.c): TelcoLab lends the coding
 * school six IoT sensor kits, kept at the school's location beside four tablets of its own;
 * one kit is out with the demo learner, one with Team Market, a tablet at the location, and
 * one kit, lent three weeks ago, is overdue; an earlier loan came back in fair condition.
 * Everything goes through the workflows, as the pages do. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/equipment/item.h"
#include "flows/equipment/loan.h"
#include "q/accounts/account.h"
#include "q/equipment/item.h"
#include "q/equipment/loan.h"
#include "q/partners/partner.h"
#include "q/training/location.h"

/* A Brussels day days from today ("YYYY-MM-DD", in a). */
static const char *day_from_today(Arena *a, int64_t now, int days)
{
    Date d;
    int min;
    bxl_from_utc(now, &d, &min);
    char *out = arena_alloc(a, 11);
    date_format(date_from_days(date_days(d) + days), out);
    return out;
}

/* The first borrower of kind k whose name is name (NULL: any), or id 0. */
static Borrower pick(const Rows *borrowers, BorrowerKind k, const char *name)
{
    for (int i = 0; i < borrowers->n; i++) {
        const Borrower *b = ROW(borrowers, Borrower, i);
        if (b->kind == k && (!name || !strcmp(b->name, name)))
            return *b;
    }
    return (Borrower){0};
}

/* One loan: lent days_ago days ago, due due_in days from today. */
static bool lend(const Flow *f, int64_t item, Borrower b, int days_ago, int due_in)
{
    Outcome o = flow_lend(f, item, &b, day_from_today(f->arena, f->now, -days_ago),
                          day_from_today(f->arena, f->now, due_in));
    if (!o.ok)
        fprintf(stderr, "traject demo: loan: %s\n", o.fields.n ? o.fields.msg[0] : "error");
    return o.ok;
}

bool demo_equipment(Db *db, Arena *a, int64_t school)
{
    int64_t items = 0;
    if (q_item_count(db, school, "", &items) < DB_NONE)
        return false;
    if (items)
        return true;
    AccountRow acc;
    Partner p;
    Location l;
    Borrower b;
    Rows partners = ROWS_FROM(a, &p), locations = ROWS_FROM(a, &l), borrowers = ROWS_FROM(a, &b);
    if (q_account_by_email(db, "admin@demo.traject.test", a, &acc) != DB_ONE ||
        q_partner_list(db, school, false, a, &p, rows_collect, &partners) < DB_NONE ||
        q_location_list(db, school, a, &l, rows_collect, &locations) < DB_NONE ||
        q_borrowers(db, school, "", 1000, a, &b, rows_collect, &borrowers) < DB_NONE ||
        !partners.n || !locations.n)
        return false;
    Actor admin = {.account_id = acc.id,
                   .email = acc.email,
                   .name = acc.name,
                   .org_id = school,
                   .roles = ROLE_ALL,
                   .lang = LANG_EN};
    Flow f = {.db = db, .arena = a, .who = &admin, .now = clock_now(), .base_url = ""};
    int64_t telcolab = ROW(&partners, Partner, 0)->id; /* the sensor kits' lender */
    for (int i = 0; i < partners.n; i++)
        if (!strcmp(ROW(&partners, Partner, i)->name, "TelcoLab"))
            telcolab = ROW(&partners, Partner, i)->id;
    int64_t ids[10];
    for (int i = 0; i < 10; i++) {
        bool kit = i < 6;
        Item x = {
            .kind = kit ? EQUIP_SENSOR : EQUIP_TABLET,
            .label = arena_printf(a, kit ? "IoT sensor kit %d" : "Tablet %d", kit ? i + 1 : i - 5),
            .serial = arena_printf(a, kit ? "TL-IOT-%04d" : "TAB-%03d", 17 + i * 3),
            .condition = i == 9 ? COND_FAIR : COND_GOOD,
            .partner_id = kit ? telcolab : 0,
            .location_id = ROW(&locations, Location, 0)->id,
        };
        Outcome o = flow_item_save(&f, &x);
        if (!o.ok)
            return false;
        ids[i] = o.id;
    }
    Borrower sara = pick(&borrowers, BORROWER_PERSON, "Sara Haddad"),
             other = pick(&borrowers, BORROWER_PERSON, NULL),
             team = pick(&borrowers, BORROWER_TEAM, NULL),
             place = pick(&borrowers, BORROWER_LOCATION, NULL);
    if (!sara.id || !team.id || !place.id)
        return false;
    /* an earlier loan, back in fair condition; then what is out now */
    if (!lend(&f, ids[9], other, 30, -16) ||
        !flow_return(&f, ids[9], day_from_today(a, f.now, -15), COND_FAIR).ok ||
        !lend(&f, ids[0], sara, 2, 12) || !lend(&f, ids[1], team, 5, 23) ||
        !lend(&f, ids[6], place, 1, 30) || !lend(&f, ids[2], other, 21, -3))
        return false;
    printf("demo equipment and loans loaded\n");
    return true;
}
