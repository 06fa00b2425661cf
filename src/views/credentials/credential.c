/* credential.c — credentials in pages (see credential.h). */
#include "views/credentials/credential.h"

#include "flows/credentials/issue.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "q/credentials/credential.h"

typedef struct Rows {
    Req *r;
    Html *h;
    Credential row;
    int n;
} Rows;

static const char *status_text(Req *r, const Credential *c)
{
    return c->revoked_at ? _(r, "Revoked") : _(r, "Valid");
}

static bool staff_row(void *ctx)
{
    Rows *l = ctx;
    Req *r = l->r;
    html(l->h,
         "<tr><td><a href=\"/orgs/%lld/credentials/%lld\">%s</a></td><td>%s</td><td>%s</td>"
         "<td>%s</td></tr>\n",
         (long long)r->org_id, (long long)l->row.id, l->row.person, l->row.achievement,
         moment_text(r, l->row.issued_at), status_text(r, &l->row));
    l->n++;
    return true;
}

DbStatus view_credentials_table(Html *h, Req *r)
{
    Html *rows = html_new(r->arena);
    Rows l = {.r = r, .h = rows};
    DbStatus st = q_credentials_list(r->db, r->org_id, r->arena, &l.row, staff_row, &l);
    if (st < DB_NONE)
        return st;
    if (!l.n) {
        html(h, "<p>%s</p>\n", _(r, "No credentials issued yet."));
        return st;
    }
    html_table_begin(h, _(r, "Issued credentials"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Learner"), _(r, "Achievement"), _(r, "Issued"), _(r, "Status"));
    html_append(h, rows);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    return st;
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
    html(h, "<p%s>%s</p>\n", ok ? "" : " role=\"alert\"", _(r, verdict_text(v->verdict)));
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

static bool learner_row(void *ctx)
{
    Rows *l = ctx;
    Req *r = l->r;
    Credential *c = &l->row;
    html(l->h, "<li><strong>%s</strong> — %s, %s. %s<br>\n", c->achievement, c->org_name,
         moment_text(r, c->issued_at), status_text(r, c));
    html(l->h, "<a href=\"/verify/%s\">%s<span class=\"sr\"> %s</span></a> · ", c->uid,
         _(r, "Verify page"), c->achievement);
    html(l->h,
         "<a href=\"/learning/credentials/%lld/pdf\">%s<span class=\"sr\"> %s</span></a> · "
         "<a href=\"/learning/credentials/%lld/jwt\">%s<span class=\"sr\"> %s</span></a> · "
         "<a href=\"/learning/credentials/%lld/json\">%s<span class=\"sr\"> %s</span></a></li>\n",
         (long long)c->id, _(r, "Certificate (PDF)"), c->achievement, (long long)c->id,
         _(r, "Credential (JWT)"), c->achievement, (long long)c->id, _(r, "Content (JSON)"),
         c->achievement);
    l->n++;
    return true;
}

DbStatus view_learner_credentials(Html *h, Req *r)
{
    Html *rows = html_new(r->arena);
    Rows l = {.r = r, .h = rows};
    DbStatus st = q_learner_credentials(r->db, r->account->id, r->arena, &l.row, learner_row, &l);
    if (st < DB_NONE || !l.n)
        return st;
    html(h, "<section>\n<h2 id=\"my-credentials\">%s</h2>\n<p>%s</p>\n<ul class=\"credentials\">\n",
         _(r, "My credentials"),
         _(r, "Each credential is an Open Badge signed by the organisation that issued it. Share "
              "its verify page, or give the file to an employer: anyone can check it."));
    html_append(h, rows);
    html_lit(h, "</ul>\n</section>\n");
    return st;
}
