/* model/competences.c — the text of a titled competence record (see model/competences.h). */
#include "model/competences.h"

const char *comp_title(Lang lang, char *const title[LANG_COUNT])
{
    return lang_pick(lang, title);
}
