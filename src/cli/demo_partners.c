/* demo_partners.c — what the partners of traject demo give the coding school (see demo.c and
 * demo_cases.c): TelcoLab lends IoT sensors, offers internship places, trainings, SIM cards
 * and a hackathon, and sponsors the cohort; the municipality, a partner that is not in
 * traject, gives advice and a room. Everything goes through the workflows, as the pages do. */
#include <stdio.h>

#include "cli/cli.h"
#include "flows/partners/contribution.h"
#include "flows/partners/partner.h"

/* One contribution of the demo: days counted from the cohort's first day (to: -1 for
 * none), value in cents. */
typedef struct DemoContribution {
    ContributionKind kind;
    const char *description;
    int64_t value_cents, quantity;
    int from, to;
    ContributionStatus status;
} DemoContribution;

static const DemoContribution telcolab[] = {
    {CONTRIB_EQUIPMENT, "LoRaWAN IoT sensors lent to the students", 450000, 30, 0, 180,
     CONTRIB_DELIVERED},
    {CONTRIB_SERVICES, "Mobile data SIM cards for the workshops", 120000, 40, 0, 180,
     CONTRIB_DELIVERED},
    {CONTRIB_TRAINING, "Two days on 5G networks, taught by TelcoLab's engineers", 300000, 2, 30, 31,
     CONTRIB_DELIVERED},
    {CONTRIB_INTERNSHIPS, "Internship places in the network operations team", 0, 4, 150, 240,
     CONTRIB_PROMISED},
    {CONTRIB_EVENTS, "Smart city hackathon at TelcoLab's campus", 800000, 0, 120, 121,
     CONTRIB_PROMISED},
    {CONTRIB_MONEY, "Sponsorship of the cohort", 1500000, 0, 0, -1, CONTRIB_DELIVERED},
};

static const DemoContribution municipality[] = {
    {CONTRIB_CONSULTANCY, "Advice on the city's open parking data", 0, 0, 10, 60,
     CONTRIB_DELIVERED},
    {CONTRIB_SERVICES, "A room at the town hall for the demo day", 40000, 1, 120, 120,
     CONTRIB_PROMISED},
};

/* Records the n contributions of list for partner_id. */
static bool demo_list(const Flow *f, int64_t partner_id, const char *from,
                      const DemoContribution *list, int n)
{
    for (int i = 0; i < n; i++) {
        const DemoContribution *d = &list[i];
        Contribution c = {.partner_id = partner_id,
                          .kind = d->kind,
                          .description = (char *)d->description,
                          .value_cents = d->value_cents,
                          .quantity = d->quantity,
                          .starts_on = (char *)demo_day(f->arena, from, d->from),
                          .ends_on = d->to < 0 ? NULL : (char *)demo_day(f->arena, from, d->to),
                          .status = d->status};
        Outcome o = flow_contribution_save(f, &c);
        if (!o.ok) {
            fprintf(stderr, "traject demo: contribution: %s\n",
                    o.fields.n ? o.fields.msg[0] : "database error");
            return false;
        }
    }
    return true;
}

bool demo_contributions(const Flow *f, int64_t partner_id, const char *from)
{
    Partner town = {.name = "Molenbeek municipality",
                    .kind = PARTNER_PUBLIC,
                    .contact_name = "Nadia El Idrissi",
                    .contact_email = "digital@molenbeek.example",
                    .contact_phone = "+32 2 412 37 00"};
    Outcome o = flow_partner_add(f, &town, NULL);
    if (!o.ok) {
        fprintf(stderr, "traject demo: partner: %s\n",
                o.fields.n ? o.fields.msg[0] : "database error");
        return false;
    }
    return demo_list(f, partner_id, from, telcolab, sizeof telcolab / sizeof telcolab[0]) &&
           demo_list(f, o.id, from, municipality, sizeof municipality / sizeof municipality[0]);
}
