/* demo_resources.c — the library of learning resources of traject demo (see demo.c): the
 * Molenbeek Digital Hub shares what its STEM mobile workshops use — lesson plans in Dutch,
 * French and English, a worksheet and videos — with every teacher, in the public catalogue;
 * the coding school keeps a worksheet for its own members. Everything goes through the
 * workflow, as the staff's form does. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "flows/resources/resource.h"
#include "q/resources/resource.h"

/* A one-page PDF: enough for a file to download in the demo. */
static const char demo_pdf[] = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                               "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                               "trailer << /Root 1 0 R >>\n%%EOF\n";

static const struct {
    int kind, audience, lang, age_band, visibility;
    const char *title, *topic, *description, *url, *file;
    bool school; /* the coding school's, else the hub's */
} demo_library[] = {
    {RES_LESSON_PLAN, AUD_TEACHERS, RLANG_NL, RAGE_10_12, VIS_PUBLIC,
     "Lesvoorbereiding: een robot die een lijn volgt", "Robotica",
     "Twee lesuren: de leerlingen bouwen en programmeren een robot die een zwarte lijn volgt, "
     "met een lichtsensor en een eenvoudige lus.",
     NULL, "robot-lijn.pdf", false},
    {RES_LESSON_PLAN, AUD_TEACHERS, RLANG_FR, RAGE_10_12, VIS_PUBLIC,
     "Plan de cours : un robot qui suit une ligne", "Robotique",
     "Deux périodes : les élèves construisent et programment un robot qui suit une ligne noire, "
     "avec un capteur de lumière et une boucle simple.",
     NULL, "robot-ligne.pdf", false},
    {RES_LESSON_PLAN, AUD_TEACHERS, RLANG_EN, RAGE_13_15, VIS_PUBLIC,
     "Lesson plan: measuring the classroom's air", "Sensors",
     "Three lessons: pupils wire a CO2 sensor, log a school day and chart when to open the "
     "windows.",
     NULL, "classroom-air.pdf", false},
    {RES_WORKSHEET, AUD_LEARNERS, RLANG_NL, RAGE_10_12, VIS_PUBLIC,
     "Werkblad: mijn eerste algoritme", "Programmeren",
     "Een werkblad om op papier de stappen van een algoritme te ordenen, voor en na de workshop.",
     NULL, "algoritme.pdf", false},
    {RES_VIDEO, AUD_TEACHERS, RLANG_FR, RAGE_ALL, VIS_PUBLIC,
     "Vidéo : préparer un atelier mobile en 10 minutes", "Ateliers mobiles",
     "Ce qu'il faut mettre dans la caisse, comment installer la classe, et quoi faire quand le "
     "Wi-Fi manque.",
     "https://video.example.org/stem/atelier-mobile", NULL, false},
    {RES_VIDEO, AUD_TRAINERS, RLANG_EN, RAGE_ADULTS, VIS_PUBLIC,
     "Video: coaching a team through its first sprint", "Teamwork",
     "How our trainers run the first sprint of a team working on a real case.",
     "https://video.example.org/coding/first-sprint", NULL, true},
    {RES_WORKSHEET, AUD_LEARNERS, RLANG_EN, RAGE_ADULTS, VIS_MEMBERS,
     "Worksheet: reading an API's documentation", "Web development",
     "For the cohorts' second month: find what an API gives and how to ask for it.", NULL,
     "api-docs.pdf", true},
};

bool demo_resources(Db *db, Arena *a, int64_t school, int64_t hub)
{
    int64_t n = 0;
    if (q_resource_count(db, hub, &RESOURCE_ANY, "", &n) < DB_NONE)
        return false;
    if (n)
        return true;
    Actor staff[2] = {demo_actor(db, a, "hub@demo.traject.test", hub),
                      demo_actor(db, a, "admin@demo.traject.test", school)};
    for (size_t i = 0; i < sizeof demo_library / sizeof demo_library[0]; i++) {
        Flow f = {.db = db,
                  .arena = a,
                  .who = &staff[demo_library[i].school],
                  .now = clock_now(),
                  .base_url = ""};
        ResourceInput x = {.kind = demo_library[i].kind,
                           .audience = demo_library[i].audience,
                           .lang = demo_library[i].lang,
                           .age_band = demo_library[i].age_band,
                           .visibility = demo_library[i].visibility,
                           .title = (char *)demo_library[i].title,
                           .description = (char *)demo_library[i].description,
                           .topic = (char *)demo_library[i].topic,
                           .url = (char *)demo_library[i].url};
        EvidenceFile file = {0};
        if (demo_library[i].file)
            file = (EvidenceFile){demo_library[i].file, demo_pdf, sizeof demo_pdf - 1};
        if (!demo_ok(flow_resource_save(&f, 0, &x, &file), demo_library[i].title))
            return false;
    }
    printf("demo library of learning resources loaded\n");
    return true;
}
