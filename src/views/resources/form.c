/* form.c — the resource form (see form.h). */
#include "views/resources/form.h"

#include <stddef.h>
#include <string.h>

#include "core/rows.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "http/form.h"
#include "model/training.h"
#include "q/training/programme.h"
#include "views/competences/options.h"
#include "views/training/programme.h"

/* What the file input offers (domain/evidence.h, document_type). */
#define RESOURCE_ACCEPT ".pdf,.odt,.odp,.docx,.pptx,.png,.jpg,.jpeg"

/* The form's choice fields, their vocabularies and labels, in the form's order. */
static const struct {
    const char *name, *label;
    const Vocab *vocab;
    size_t at; /* offset of the int in ResourceInput */
} choices[] = {
    {"kind", N_("Type"), &resource_kinds, offsetof(ResourceInput, kind)},
    {"audience", N_("Audience"), &resource_audiences, offsetof(ResourceInput, audience)},
    {"lang", N_("Language"), &resource_langs, offsetof(ResourceInput, lang)},
    {"age_band", N_("Age band"), &resource_ages, offsetof(ResourceInput, age_band)},
    {"visibility", N_("Who may see it"), &resource_visibilities,
     offsetof(ResourceInput, visibility)},
};
#define NCHOICES (sizeof choices / sizeof choices[0])

static int *choice_of(ResourceInput *x, size_t i)
{
    return (int *)((char *)x + choices[i].at);
}

bool resource_form_read(Req *r, ResourceInput *x, FormErrors *e)
{
    char *keys[NCHOICES] = {0};
    FieldSpec spec[NCHOICES + 7] = {
        FIELD("title", F_TEXT, N_("Title"), .max = 200, .text = &x->title),
        FIELD("description", F_TEXT, N_("Description"), .max = 4000, .text = &x->description),
        FIELD("topic", F_TEXT, N_("Topic"), .max = 80, .text = &x->topic),
        FIELD("url", F_TEXT, N_("Link to the video"), .max = 1000, .text = &x->url),
        FIELD("programme_id", F_ID, N_("Programme"), .num = &x->programme_id),
        FIELD("competences", F_MULTI, N_("Competences"), .max = 30, .ids = &x->competences,
              .nids = &x->ncompetences),
    };
    for (size_t i = 0; i < NCHOICES; i++)
        spec[6 + i] =
            (FieldSpec)FIELD(choices[i].name, F_CHOICE, choices[i].label,
                             .choices = vocab_keys(r, choices[i].vocab), .text = &keys[i]);
    bool ok = form_read(r, spec, e);
    for (size_t i = 0; i < NCHOICES; i++)
        if (!keys[i] || !vocab_parse(choices[i].vocab, keys[i], choice_of(x, i)))
            *choice_of(x, i) = -1;
    return ok;
}

ResourceInput resource_input_of(const Resource *x, int64_t *competences, int n)
{
    return (ResourceInput){.kind = x->kind,
                           .audience = x->audience,
                           .lang = x->lang,
                           .age_band = x->age_band,
                           .visibility = x->visibility,
                           .title = x->title,
                           .description = x->description,
                           .topic = x->topic,
                           .url = x->url,
                           .programme_id = x->programme_id,
                           .competences = competences,
                           .ncompetences = n};
}

/* The select of choices[i] with x's choice. */
static void choice_select(Html *h, Req *r, const FormErrors *e, size_t i, const ResourceInput *x)
{
    int v = *choice_of((ResourceInput *)x, i);
    html_select(h, e, choices[i].name, _(r, choices[i].label),
                vocab_options(r, choices[i].vocab, "", _(r, "Choose")),
                v >= 0 ? vocab_key(choices[i].vocab, v) : "");
}

/* The organisation's programmes as options, the first "none". */
static const char *const *programme_options(Req *r)
{
    Programme p;
    Rows rows = ROWS_FROM(r->arena, &p);
    if (q_programme_list(r->db, r->org_id, r->arena, &p, rows_collect, &rows) < DB_NONE)
        return NULL;
    Options o = OPTIONS(r->arena);
    options_add(&o, "", _(r, "None: not for one programme"));
    for (int i = 0; i < rows.n; i++)
        options_id(&o, ROW(&rows, Programme, i)->id, programme_title(r, ROW(&rows, Programme, i)));
    return options_end(&o);
}

bool html_resource_form(Html *h, Req *r, const char *action, const ResourceInput *x,
                        const char *file_name, const FormErrors *e)
{
    const char *const *programmes = programme_options(r);
    const char *const *competences = competence_options(r);
    if (!programmes || !competences)
        return false;
    html_error_summary(h, r, e);
    html_upload_form_begin(h, r, action);
    choice_select(h, r, e, 0, x); /* the type, then the title */
    html_input(h, r, e, "text", "title", _(r, "Title"), x->title, "off");
    for (size_t i = 1; i < NCHOICES - 1; i++) /* audience, language, age band */
        choice_select(h, r, e, i, x);
    html_input(h, r, e, "text", "topic", _(r, "Topic"), x->topic, "off");
    html_textarea(h, e, "description", _(r, "Description"), x->description, 4);
    /* a link refused is shown again as typed: no longer a valid value of a url input */
    html_input(h, r, e, form_error_for(e, "url") ? "text" : "url", "url",
               _(r, "Link to the video (videos only)"), x->url, "off");
    html_file_input(h, e, "file",
                    file_name ? arena_printf(r->arena,
                                             _(r, "Another file, to replace %s (lesson plans, "
                                                  "worksheets and slides)"),
                                             file_name)
                              : _(r, "The file (lesson plans, worksheets and slides): PDF, ODT, "
                                     "ODP, DOCX, PPTX, PNG or JPEG, at most 8 MB"),
                    RESOURCE_ACCEPT);
    choice_select(h, r, e, NCHOICES - 1, x); /* who may see it, then the programme */
    html_select(h, e, "programme_id", _(r, "Programme (for its learners only)"), programmes,
                x->programme_id ? arena_printf(r->arena, "%lld", (long long)x->programme_id) : "");
    if (competences[0])
        html_checkboxes(h, e, "competences", _(r, "Competences"), competences,
                        html_options_mask(competences, x->competences, x->ncompetences));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the resource"));
    html_form_end(h);
    return true;
}
