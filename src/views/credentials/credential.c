/* credential.c — credentials in pages (see credential.h). */
#include "views/credentials/credential.h"

#include "core/clock.h"
#include "flows/credentials/issue.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/pager.h"
#include "q/credentials/credential.h"

static const char *status_text(Req *r, const Credential *c)
{
    return c->revoked_at ? _(r, "Revoked") : _(r, "Valid");
}

static const PagerCol credential_cols[CREDENTIAL_SORTS] = {
    [CREDENTIAL_BY_ISSUED] = {.key = "issued",
                              .label = N_("Issued"),
                              .numeric = true,
                              .desc_first = true},
    [CREDENTIAL_BY_LEARNER] = {.key = "learner", .label = N_("Learner")},
};

static void credential_key(const void *row, int sort, PagerKey *k)
{
    const Credential *c = row;
    *k = sort == CREDENTIAL_BY_LEARNER ? (PagerKey){.text = c->person, .id = c->id}
                                       : (PagerKey){.num = c->issued_at, .id = c->id};
}

DbStatus view_credentials_table(Html *h, Req *r)
{
    Pager pg;
    Credential c;
    pager_open(r, &pg, "credentials", credential_cols, CREDENTIAL_SORTS, credential_key,
               ROWS_FROM(r->arena, &c));
    if (!pager_done(
            &pg,
            q_credentials_page(r->db, r->org_id, &pg.page, r->arena, &c, rows_collect, &pg.rows),
            q_credentials_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return DB_ERROR;
    pager_search(h, r, &pg, _(r, "Search by learner or achievement"));
    pager_summary(h, r, &pg, _(r, "No credentials issued yet."));
    if (pg.n) {
        html_table_begin(h, _(r, "Issued credentials"));
        html_lit(h, "<thead><tr>");
        pager_th(h, r, &pg, CREDENTIAL_BY_LEARNER);
        html(h, "<th scope=\"col\">%s</th>", _(r, "Achievement"));
        pager_th(h, r, &pg, CREDENTIAL_BY_ISSUED);
        html(h, "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n", _(r, "Status"));
        for (int i = 0; i < pg.n; i++) {
            const Credential *x = ROW(&pg.rows, Credential, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/credentials/%lld\">%s</a></td><td>%s</td>"
                 "<td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)x->id, x->person, x->achievement,
                 moment_text(r, x->issued_at), status_text(r, x));
        }
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    pager_nav(h, r, &pg);
    return DB_ONE;
}

void view_credential_facts(Html *h, Req *r, const Credential *c)
{
    html(h, "<dl>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n",
         _(r, "Learner"), c->person, _(r, "Achievement"), c->achievement, _(r, "Issued"),
         moment_text(r, c->issued_at));
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Valid until"),
         c->valid_until ? moment_text(r, c->valid_until) : _(r, "Does not expire"));
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "How"), _(r, vocab_label(&credential_vias, c->via)));
    html(h, "<dt>%s</dt><dd>%s", _(r, "Status"), status_text(r, c));
    if (c->revoked_at)
        html(h, " (%s)",
             arena_printf(r->arena, _(r, "on %s, because: %s"), moment_text(r, c->revoked_at),
                          c->revoked_reason));
    html_lit(h, "</dd>\n</dl>\n");
}

void view_verification(Html *h, Req *r, const Verification *v)
{
    bool ok = v->verdict == VERDICT_VALID;
    html(h, "<section class=\"verdict\" aria-labelledby=\"verdict\">\n<h2 id=\"verdict\">%s</h2>\n",
         ok ? _(r, "Valid") : _(r, "Not valid"));
    if (ok)
        html(h, "<p>%s</p>\n", _(r, verdict_text(v->verdict)));
    else /* read out at once: the reason a check failed */
        html(h, "<p role=\"alert\">%s</p>\n", _(r, verdict_text(v->verdict)));
    if (v->verdict == VERDICT_REVOKED && v->revoked_reason)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena, _(r, "Revoked on %s, because: %s"),
                          moment_text(r, v->revoked_at), v->revoked_reason));
    if (!v->claims) {
        html_lit(h, "</section>\n");
        return;
    }
    const BadgeView *b = &v->view;
    if (!ok)
        html(h, "<p>%s</p>\n", _(r, "It claims the following; none of it can be trusted:"));
    html_lit(h, "<dl>\n");
    if (b->issuer_name || b->issuer_id)
        html(h, "<dt>%s</dt><dd>%s%s%s%s</dd>\n", _(r, "Issued by"),
             b->issuer_name ? b->issuer_name : "", b->issuer_id ? " (" : "",
             b->issuer_id ? b->issuer_id : "", b->issuer_id ? ")" : "");
    if (b->learner_name)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "To"), b->learner_name);
    if (b->name)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "For"), b->name);
    if (b->description)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "What it recognises"), b->description);
    if (b->criteria)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "What a learner does to earn it"), b->criteria);
    if (b->valid_from)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Issued"), moment_text(r, b->valid_from));
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Valid until"),
         b->valid_until ? moment_text(r, b->valid_until) : _(r, "Does not expire"));
    if (ok || v->verdict == VERDICT_REVOKED)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Revoked"),
             v->verdict == VERDICT_REVOKED ? _(r, "Yes") : _(r, "No"));
    html_lit(h, "</dl>\n</section>\n");
}

DbStatus view_account_credentials(Html *h, Req *r, int64_t account_id, bool shared, int *n)
{
    Credential row;
    Rows creds = ROWS_FROM(r->arena, &row);
    DbStatus st = q_learner_credentials(r->db, account_id, r->arena, &row, rows_collect, &creds);
    int64_t now = clock_now();
    *n = 0;
    for (int i = 0; i < creds.n; i++) {
        const Credential *c = ROW(&creds, Credential, i);
        if (shared && c->revoked_at)
            continue; /* a shared record leaves revoked credentials out */
        bool expired = !c->revoked_at && c->valid_until && c->valid_until < now;
        const char *name = ach_text(r->lang, c->achievement, c->achievement_tr);
        html(h, "<li><strong>%s</strong> — %s, %s. %s<br>\n", name, c->org_name,
             moment_text(r, c->issued_at), expired ? _(r, "Expired") : status_text(r, c));
        html(h, "<a href=\"/verify/%s\">%s<span class=\"sr\"> %s</span></a>", c->uid,
             _(r, "Verify page"), name);
        if (!shared)
            html(h,
                 " · <a href=\"/learning/credentials/%lld/pdf\">%s<span class=\"sr\"> %s</span>"
                 "</a> · <a href=\"/learning/credentials/%lld/jwt\">%s<span class=\"sr\"> %s"
                 "</span></a> · <a href=\"/learning/credentials/%lld/json\">%s<span "
                 "class=\"sr\"> %s</span></a>",
                 (long long)c->id, _(r, "Certificate (PDF)"), name, (long long)c->id,
                 _(r, "Credential (JWT)"), name, (long long)c->id, _(r, "Content (JSON)"), name);
        html_lit(h, "</li>\n");
        (*n)++;
    }
    return st;
}

DbStatus view_learner_credentials(Html *h, Req *r)
{
    Html *items = html_new(r->arena);
    int n = 0;
    DbStatus st = view_account_credentials(items, r, r->account->id, false, &n);
    if (st < DB_NONE || !n)
        return st;
    html(h, "<section>\n<h2 id=\"my-credentials\">%s</h2>\n<p>%s</p>\n<ul class=\"credentials\">\n",
         _(r, "My credentials"),
         _(r, "Each credential is an Open Badge signed by the organisation that issued it. Share "
              "its verify page, or give the file to an employer: anyone can check it."));
    html_append(h, items);
    html_lit(h, "</ul>\n</section>\n");
    return st;
}
