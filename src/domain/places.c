/* places.c — provinces, regions and the postcode ranges of bpost. */
#include "domain/places.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

const Province provinces[] = {
    {"brussels", N_("Brussels-Capital Region"), "brussels"},
    {"antwerp", N_("Antwerp"), "flanders"},
    {"east-flanders", N_("East Flanders"), "flanders"},
    {"flemish-brabant", N_("Flemish Brabant"), "flanders"},
    {"limburg", N_("Limburg"), "flanders"},
    {"west-flanders", N_("West Flanders"), "flanders"},
    {"hainaut", N_("Hainaut"), "wallonia"},
    {"liege", N_("Liège"), "wallonia"},
    {"luxembourg", N_("Luxembourg"), "wallonia"},
    {"namur", N_("Namur"), "wallonia"},
    {"walloon-brabant", N_("Walloon Brabant"), "wallonia"},
    {0},
};

const char *const regions[] = {"brussels", N_("Brussels"), "flanders", N_("Flanders"),
                               "wallonia", N_("Wallonia"), NULL};

const Province *province_find(const char *code)
{
    for (const Province *p = provinces; code && p->code; p++)
        if (!strcmp(p->code, code))
            return p;
    return NULL;
}

/* First postcode of each range, in order; a range ends where the next begins. */
static const struct {
    int from;
    const char *province;
} ranges[] = {
    {1000, "brussels"},        {1300, "walloon-brabant"},
    {1500, "flemish-brabant"}, {2000, "antwerp"},
    {3000, "flemish-brabant"}, {3500, "limburg"},
    {4000, "liege"},           {5000, "namur"},
    {6000, "hainaut"},         {6600, "luxembourg"},
    {7000, "hainaut"},         {8000, "west-flanders"},
    {9000, "east-flanders"},   {10000, NULL},
};

const Province *province_of_postcode(const char *postcode)
{
    if (!postcode || strlen(postcode) != 4 || strspn(postcode, "0123456789") != 4)
        return NULL;
    int n = atoi(postcode);
    for (int i = 0; ranges[i].province; i++)
        if (n >= ranges[i].from && n < ranges[i + 1].from)
            return province_find(ranges[i].province);
    return NULL;
}
