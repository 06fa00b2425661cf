/* page.c — see page.h. */
#include "db/page.h"

#include <string.h>

#include "core/log.h"

const DbStmt *db_page_bind(const DbPage *p, const DbPageStmts *sorts, int nsorts, DbParam *in,
                           int k)
{
    const DbPageStmts *s = &sorts[p->sort >= 0 && p->sort < nsorts ? p->sort : 0];
    in[k++] = db_str(p->like ? p->like : "");
    if (!p->from_start) {
        in[k++] = p->key_is_num ? db_int64(p->key_num) : db_str(p->key_text ? p->key_text : "");
        in[k++] = db_int64(p->id);
    }
    in[k++] = db_int64(p->limit);
    in[k] = (DbParam)DB_END;
    if (p->from_start)
        return p->desc ? s->first_desc : s->first_asc;
    return p->desc ? s->after_desc : s->after_asc;
}

DbStatus db_page_select(Db *db, const DbPage *p, const DbPageStmts *sorts, int nsorts,
                        const DbParam *in, DbCol *cols, DbRowFn row, void *ctx)
{
    DbParam all[8 + 5];
    int k = 0;
    for (; in[k].type != DBT_END; k++) {
        if (k == 8) {
            log_bug("db_page_select: more than 8 parameters of the list");
            return DB_ERROR;
        }
        all[k] = in[k];
    }
    const DbStmt *st = db_page_bind(p, sorts, nsorts, all, k);
    return db_select_many(db, st, all, cols, row, ctx);
}

const char *db_like_pattern(Arena *a, const char *text)
{
    if (!text)
        return "";
    while (*text == ' ' || *text == '\t')
        text++;
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\t'))
        n--;
    if (!n)
        return "";
    char *out = arena_alloc(a, 2 * n + 3), *o = out;
    *o++ = '%';
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (c == '%' || c == '_' || c == '\\')
            *o++ = '\\';
        *o++ = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    *o++ = '%';
    *o = 0;
    return out;
}
