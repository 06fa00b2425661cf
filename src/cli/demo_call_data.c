/* demo_call_data.c — the calls for projects of traject demo, read from the data file
 * src/cli/demo/calls.json (embedded at build time) into the specs that demo_call.c replays:
 * who applies, the calls' terms, checklists and criteria, each proposal with what the
 * screening and the jury make of it. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/demo_call.h"
#include "core/embed.h"

/* The text of key in o, copied into a; NULL when missing. */
static char *text(Arena *a, json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? arena_strdup(a, s) : NULL;
}

static int64_t number(json_t *o, const char *key)
{
    return json_integer_value(json_object_get(o, key));
}

/* The three languages of key in o (English, Dutch, French) into out. */
static void texts(Arena *a, json_t *o, const char *key, const char *out[3])
{
    json_t *v = json_object_get(o, key);
    for (size_t l = 0; l < 3; l++) {
        const char *s = json_string_value(json_array_get(v, l));
        out[l] = s ? arena_strdup(a, s) : NULL;
    }
}

static bool items_read(Arena *a, json_t *list, DemoCallSpec *c)
{
    DemoItem *it = arena_alloc(a, sizeof *it * (json_array_size(list) + 1));
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x)
    {
        int kind;
        if (!vocab_parse(&item_kind_vocab, json_string_value(json_object_get(x, "kind")), &kind))
            return false;
        it[i] = (DemoItem){.kind = (ItemKind)kind, .weight = (int)number(x, "weight")};
        texts(a, x, "text", it[i].text);
    }
    c->items = it;
    c->nitems = (int)json_array_size(list);
    return true;
}

static bool proposals_read(Arena *a, json_t *list, int napplicants, DemoCallSpec *c)
{
    DemoProposal *p = arena_alloc(a, sizeof *p * (json_array_size(list) + 1));
    size_t i, k;
    json_t *x, *g;
    json_array_foreach(list, i, x)
    {
        p[i] = (DemoProposal){.applicant = (int)number(x, "applicant"),
                              .title = text(a, x, "title"),
                              .summary = text(a, x, "summary"),
                              .euros = number(x, "euros"),
                              .score = (int)number(x, "score"),
                              .not_met = (int)number(x, "not_met"),
                              .why = text(a, x, "why")};
        json_array_foreach(json_object_get(x, "groups"), k, g) p[i].groups |=
            1u << json_integer_value(g);
        if (p[i].applicant < 0 || p[i].applicant >= napplicants || !p[i].title || !p[i].summary ||
            (p[i].score < 0 && !p[i].why))
            return false;
    }
    c->proposals = p;
    c->nproposals = (int)json_array_size(list);
    return true;
}

static bool call_read(Arena *a, json_t *x, int napplicants, DemoCallSpec *c)
{
    *c = (DemoCallSpec){.budget = number(x, "budget"),
                        .min_grant = number(x, "min_grant"),
                        .max_grant = number(x, "max_grant"),
                        .opens = (int)number(x, "opens"),
                        .closes = (int)number(x, "closes"),
                        .deadline = (int)number(x, "deadline"),
                        .decided = json_is_true(json_object_get(x, "decided"))};
    texts(a, x, "title", c->title);
    texts(a, x, "description", c->description);
    size_t i;
    json_t *t, *tranches = json_object_get(x, "tranches");
    if (json_array_size(tranches) < 1 || json_array_size(tranches) > TRANCHE_MAX)
        return false;
    c->tranches.n = (int)json_array_size(tranches);
    json_array_foreach(tranches, i, t)
    {
        int on;
        if (!vocab_parse(&tranche_trigger_vocab, json_string_value(json_object_get(t, "on")), &on))
            return false;
        c->tranches.step[i].pct = (int)number(t, "pct");
        c->tranches.step[i].on = (TrancheTrigger)on;
    }
    return items_read(a, json_object_get(x, "items"), c) &&
           proposals_read(a, json_object_get(x, "proposals"), napplicants, c);
}

bool demo_calls_read(Arena *a, DemoCalls *out)
{
    const EmbeddedFile *f = embed_demo;
    while (f->name && strcmp(f->name, "calls.json"))
        f++;
    json_error_t e;
    json_t *root = f->name ? json_loadb((const char *)f->data, f->len, 0, &e) : NULL;
    if (!root) {
        fprintf(stderr, "traject demo: calls.json does not read: %s (line %d)\n",
                f->name ? e.text : "missing", f->name ? e.line : 0);
        return false;
    }
    json_t *apps = json_object_get(root, "applicants"), *calls = json_object_get(root, "calls");
    DemoApplicant *ap = arena_alloc(a, sizeof *ap * (json_array_size(apps) + 1));
    DemoCallSpec *cs = arena_alloc(a, sizeof *cs * (json_array_size(calls) + 1));
    *out = (DemoCalls){.applicants = ap,
                       .napplicants = (int)json_array_size(apps),
                       .calls = cs,
                       .ncalls = (int)json_array_size(calls)};
    size_t i;
    json_t *x;
    bool ok = true;
    json_array_foreach(apps, i, x)
    {
        ap[i] = (DemoApplicant){.org = text(a, x, "org"), .email = text(a, x, "email")};
        ok = ok && ap[i].org && ap[i].email;
    }
    json_array_foreach(calls, i, x) ok = ok && call_read(a, x, out->napplicants, &cs[i]);
    json_decref(root);
    if (!ok)
        fprintf(stderr, "traject demo: calls.json lacks a field or has a wrong one\n");
    return ok;
}
