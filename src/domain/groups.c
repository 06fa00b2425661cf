/* groups.c — see groups.h. */
#include "domain/groups.h"

const char *const default_groups[DEFAULT_GROUPS][3] = {
    {"Newcomers", "Nieuwkomers", "Primo-arrivants"},
    {"Job-seekers far from work", "Werkzoekenden ver van de arbeidsmarkt",
     "Demandeurs d'emploi éloignés de l'emploi"},
    {"Women", "Vrouwen", "Femmes"},
    {"Refugees and migrants", "Vluchtelingen en migranten", "Réfugiés et migrants"},
    {"Domestic workers", "Huishoudhulpen", "Travailleurs domestiques"},
    {"Youth aged 10-18", "Jongeren van 10 tot 18 jaar", "Jeunes de 10 à 18 ans"},
    {"Workers ending an integration contract",
     "Werknemers aan het einde van een inschakelingscontract",
     "Travailleurs en fin de contrat d'insertion"},
    {"Staff of social-economy enterprises", "Personeel van sociale-economiebedrijven",
     "Personnel des entreprises d'économie sociale"},
    {"Digitally vulnerable citizens", "Digitaal kwetsbare burgers",
     "Citoyens numériquement vulnérables"},
};
