/* demo_people.c — see demo_people.h. The lists are made up from common names; any
 * resemblance to a real person is chance. */
#include "cli/demo_people.h"

#include <string.h>

/* A culture: women's and men's first names and family names (NULL-terminated lists), the
 * language its people most often read here, and how common it is (weight). */
typedef struct Culture {
    const char *const *women, *const *men, *const *families;
    const char *lang;
    int weight;
} Culture;

#define LIST(...) ((const char *const[]){__VA_ARGS__, NULL})

static const Culture cultures[] = {
    {LIST("Emma", "Lotte", "Fien", "Nora", "Lien", "Marie", "Julie", "Ine", "Hanne", "Elke"),
     LIST("Milan", "Lucas", "Jonas", "Wout", "Arne", "Pieter", "Bram", "Tom", "Senne", "Jef"),
     LIST("Peeters", "Janssens", "Maes", "Claes", "Willems", "Mertens", "Vermeulen", "De Smet",
          "Goossens", "Wouters", "Verhaegen", "Van den Broeck", "De Backer", "Hermans"),
     "nl", 30},
    {LIST("Camille", "Léa", "Manon", "Chloé", "Louise", "Juliette", "Margaux", "Élise"),
     LIST("Louis", "Hugo", "Théo", "Maxime", "Julien", "Nathan", "Antoine", "Thomas"),
     LIST("Dubois", "Lambert", "Dupont", "Martin", "Lejeune", "Leroy", "Renard", "Lambot",
          "Delvaux", "Collard"),
     "fr", 18},
    {LIST("Yasmine", "Fatima", "Imane", "Salma", "Nadia", "Khadija", "Sara", "Hajar"),
     LIST("Youssef", "Mohamed", "Ayoub", "Bilal", "Hamza", "Mehdi", "Ilias", "Anas"),
     LIST("El Idrissi", "Benali", "Amrani", "Bouzid", "El Amrani", "Tahiri", "Haddad", "Ouali",
          "Ait Lahcen", "Chakir"),
     "fr", 18},
    {LIST("Elif", "Zeynep", "Ayşe", "Merve", "Esra"),
     LIST("Emre", "Mehmet", "Burak", "Kerem", "Yusuf"),
     LIST("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Aydın", "Öztürk"), "nl", 8},
    {LIST("Grâce", "Merveille", "Divine", "Exaucée", "Ruth"),
     LIST("Christian", "Patrick", "Jonathan", "Cédric", "Glody"),
     LIST("Mbuyi", "Kabongo", "Tshibanda", "Lukusa", "Ilunga", "Kalonji", "Mukendi"), "fr", 7},
    {LIST("Aleksandra", "Katarzyna", "Zuzanna", "Magdalena"),
     LIST("Jakub", "Piotr", "Kacper", "Mateusz"),
     LIST("Kowalski", "Nowak", "Wiśniewski", "Lewandowski", "Zielińska"), "en", 4},
    {LIST("Ioana", "Andreea", "Elena", "Bianca"), LIST("Andrei", "Mihai", "Ionuț", "Alexandru"),
     LIST("Popescu", "Ionescu", "Dumitru", "Stan", "Constantin"), "fr", 4},
    {LIST("Rania", "Lina", "Hiba", "Dana"), LIST("Omar", "Ahmad", "Khaled", "Tarek"),
     LIST("Al Hassan", "Haddad", "Khalil", "Nasser", "Darwish"), "en", 4},
    {LIST("Sahar", "Mariam", "Parisa", "Zohra"), LIST("Ahmad", "Farid", "Jawad", "Mustafa"),
     LIST("Ahmadi", "Rahimi", "Karimi", "Hashimi", "Sultani"), "en", 3},
    {LIST("Aminata", "Fatou", "Awa", "Mariama"), LIST("Amadou", "Moussa", "Ibrahima", "Ousmane"),
     LIST("Diallo", "Diop", "Ndiaye", "Sow", "Camara", "Barry"), "fr", 4},
    {LIST("Beatriz", "Inês", "Lucía", "Carmen"), LIST("João", "Tiago", "Pablo", "Diego"),
     LIST("Da Silva", "Pereira", "Fernandes", "García", "Martínez", "Santos"), "fr", 3},
    {LIST("Giulia", "Chiara", "Francesca"), LIST("Marco", "Luca", "Giuseppe"),
     LIST("Rossi", "Russo", "Ferrari", "Esposito", "Romano"), "fr", 3},
    {LIST("Senait", "Helen", "Ruta"), LIST("Yonas", "Dawit", "Samuel"),
     LIST("Tesfay", "Gebremedhin", "Haile", "Berhe"), "en", 2},
    {LIST("Priya", "Ananya", "Divya"), LIST("Arjun", "Rahul", "Vikram"),
     LIST("Sharma", "Patel", "Reddy", "Iyer"), "en", 2},
};
#define CULTURES (sizeof cultures / sizeof cultures[0])

static const struct {
    const char *name, *postcode, *province;
} places[] = {
    {"Anderlecht", "1070", "brussels"},
    {"Brussel / Bruxelles", "1000", "brussels"},
    {"Etterbeek", "1040", "brussels"},
    {"Evere", "1140", "brussels"},
    {"Forest / Vorst", "1190", "brussels"},
    {"Ixelles / Elsene", "1050", "brussels"},
    {"Jette", "1090", "brussels"},
    {"Koekelberg", "1081", "brussels"},
    {"Molenbeek-Saint-Jean", "1080", "brussels"},
    {"Saint-Gilles / Sint-Gillis", "1060", "brussels"},
    {"Saint-Josse-ten-Noode", "1210", "brussels"},
    {"Schaerbeek / Schaarbeek", "1030", "brussels"},
    {"Uccle / Ukkel", "1180", "brussels"},
    {"Woluwe-Saint-Lambert", "1200", "brussels"},
    {"Antwerpen", "2000", "antwerp"},
    {"Mechelen", "2800", "antwerp"},
    {"Turnhout", "2300", "antwerp"},
    {"Boom", "2850", "antwerp"},
    {"Geel", "2440", "antwerp"},
    {"Gent", "9000", "east-flanders"},
    {"Aalst", "9300", "east-flanders"},
    {"Sint-Niklaas", "9100", "east-flanders"},
    {"Oudenaarde", "9700", "east-flanders"},
    {"Leuven", "3000", "flemish-brabant"},
    {"Vilvoorde", "1800", "flemish-brabant"},
    {"Halle", "1500", "flemish-brabant"},
    {"Tienen", "3300", "flemish-brabant"},
    {"Hasselt", "3500", "limburg"},
    {"Genk", "3600", "limburg"},
    {"Sint-Truiden", "3800", "limburg"},
    {"Beringen", "3580", "limburg"},
    {"Brugge", "8000", "west-flanders"},
    {"Kortrijk", "8500", "west-flanders"},
    {"Oostende", "8400", "west-flanders"},
    {"Roeselare", "8800", "west-flanders"},
    {"Ieper", "8900", "west-flanders"},
    {"Liège", "4000", "liege"},
    {"Seraing", "4100", "liege"},
    {"Verviers", "4800", "liege"},
    {"Charleroi", "6000", "hainaut"},
    {"Mons", "7000", "hainaut"},
    {"La Louvière", "7100", "hainaut"},
    {"Namur", "5000", "namur"},
    {"Wavre", "1300", "walloon-brabant"},
    {"Ottignies-Louvain-la-Neuve", "1340", "walloon-brabant"},
    {"Arlon", "6700", "luxembourg"},
};
#define PLACES (sizeof places / sizeof places[0])

static int list_len(const char *const *l)
{
    int n = 0;
    while (l[n])
        n++;
    return n;
}

static const char *pick(Prng *p, const char *const *l)
{
    return l[prng_below(p, list_len(l))];
}

void demo_place(Prng *p, const char *province, const char **municipality, const char **postcode,
                const char **province_out)
{
    size_t first = 0, n = 0;
    for (size_t i = 0; i < PLACES; i++)
        if (!province || !strcmp(places[i].province, province)) {
            if (!n)
                first = i;
            n++;
        }
    size_t at = n ? first + (size_t)prng_below(p, (int64_t)n) : 0;
    /* without a province, half of the people live in Brussels (the first places) */
    if (!province && prng_chance(p, 500))
        at = (size_t)prng_below(p, 14);
    *municipality = places[at].name;
    *postcode = places[at].postcode;
    *province_out = places[at].province;
}

DemoPerson demo_person(Prng *p, Arena *a, Date on, int min_age, int max_age, const char *province)
{
    DemoPerson d = {0};
    int total = 0;
    for (size_t i = 0; i < CULTURES; i++)
        total += cultures[i].weight;
    int w = (int)prng_below(p, total);
    const Culture *c = &cultures[0];
    for (size_t i = 0; i < CULTURES; i++) {
        if (w < cultures[i].weight) {
            c = &cultures[i];
            break;
        }
        w -= cultures[i].weight;
    }
    bool woman = prng_chance(p, 500);
    d.name = arena_printf(a, "%s %s", pick(p, woman ? c->women : c->men), pick(p, c->families));
    int g = (int)prng_below(p, 100);
    d.gender = g < 4   ? GENDER_NOT_GIVEN
               : g < 6 ? GENDER_RATHER_NOT_SAY
               : g < 7 ? GENDER_ANOTHER
               : woman ? GENDER_WOMAN
                       : GENDER_MAN;
    /* a birthday between on - max_age - 1 years + 1 day and on - min_age years */
    Date young = {on.y - min_age, on.m, on.d > 28 ? 28 : on.d},
         old = {on.y - max_age - 1, on.m, on.d > 28 ? 28 : on.d};
    int64_t lo = date_days(old) + 1, hi = date_days(young);
    date_format(date_from_days(prng_between(p, lo, hi)), d.birth);
    demo_place(p, province, &d.municipality, &d.postcode, &d.province);
    /* in Flanders most read Dutch, in Wallonia French; in Brussels their culture decides */
    if (!strcmp(d.province, "brussels"))
        d.lang = prng_chance(p, 700) ? c->lang : (prng_chance(p, 500) ? "nl" : "fr");
    else if (!strcmp(d.province, "liege") || !strcmp(d.province, "hainaut") ||
             !strcmp(d.province, "namur") || !strcmp(d.province, "luxembourg") ||
             !strcmp(d.province, "walloon-brabant"))
        d.lang = "fr";
    else
        d.lang = prng_chance(p, 900) ? "nl" : c->lang;
    return d;
}
