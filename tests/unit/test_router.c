/* Unit tests: the router, the route table's policy, and form validation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "http/form.h"
#include "http/http.h"

static enum MHD_Result h_any(Req *r)
{
    (void)r;
    return MHD_YES;
}

static const Route table[] = {
    {.method = "GET", .path = "/", .fn = h_any},
    {.method = "GET", .path = "/orgs/{org}", .fn = h_any},
    {.method = "GET", .path = "/orgs/{org}/members/invite", .fn = h_any},
    {.method = "GET", .path = "/orgs/{org}/members/{id}", .fn = h_any},
    {.method = "POST", .path = "/orgs/{org}/members/{id}/roles", .fn = h_any, .csrf = true},
    {0},
};
static const Route *const tables[] = {table, NULL};

static void router_matches(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Req r = {.arena = &a};
    bool wrong;
    const Route *rt = router_match(tables, &r, "GET", "/", &wrong);
    assert_ptr_equal(rt, &table[0]);
    rt = router_match(tables, &r, "GET", "/orgs/12", &wrong);
    assert_ptr_equal(rt, &table[1]);
    assert_string_equal(req_param(&r, "org"), "12");
    assert_int_equal(req_id(&r, "org"), 12);
    rt = router_match(tables, &r, "GET", "/orgs/12/", &wrong); /* trailing slash */
    assert_ptr_equal(rt, &table[1]);
    rt = router_match(tables, &r, "GET", "/orgs/3/members/invite", &wrong);
    assert_ptr_equal(rt, &table[2]); /* the literal segment wins, it comes first */
    rt = router_match(tables, &r, "HEAD", "/orgs/3/members/44", &wrong);
    assert_ptr_equal(rt, &table[3]);
    assert_int_equal(req_id(&r, "org"), 3);
    assert_int_equal(req_id(&r, "id"), 44);
    assert_null(req_param(&r, "nope"));
    rt = router_match(tables, &r, "GET", "/orgs/3/members/44/roles", &wrong);
    assert_null(rt);
    assert_true(wrong); /* exists for POST */
    rt = router_match(tables, &r, "POST", "/orgs/3/members/44/roles", &wrong);
    assert_ptr_equal(rt, &table[4]);
    assert_null(router_match(tables, &r, "GET", "/orgs//members/1", &wrong)); /* empty segment */
    assert_false(wrong);
    assert_null(router_match(tables, &r, "GET", "/orgs/1/2/3/4/5", &wrong));
    assert_null(router_match(tables, &r, "GET", "/orgsX", &wrong));
    arena_free(&a);
}

static void req_id_rejects(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    Req r = {.arena = &a};
    bool wrong;
    const char *bad[] = {"/orgs/0", "/orgs/-1", "/orgs/12a", "/orgs/99999999999999999999",
                         "/orgs/%31"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_non_null(router_match(tables, &r, "GET", bad[i], &wrong));
        assert_int_equal(req_id(&r, "org"), 0);
    }
    arena_free(&a);
}

static void route_table_policy(void **state)
{
    (void)state;
    int n = 0;
    for (const Route *const *t = route_tables; *t; t++)
        for (const Route *rt = *t; rt->path; rt++, n++) {
            if (strcmp(rt->method, "GET"))
                assert_true(rt->csrf); /* every state-changing route checks CSRF */
            if (strstr(rt->path, "{org}"))
                assert_int_equal(rt->access, ACCESS_MEMBER);
            assert_non_null(rt->fn);
            /* no route is shadowed by an earlier one (of any part) with the same method and path */
            for (const Route *const *u = route_tables; u <= t; u++)
                for (const Route *o = *u; o->path && o != rt; o++)
                    assert_false(!strcmp(o->method, rt->method) && !strcmp(o->path, rt->path));
        }
    assert_true(n >= 20);
}

typedef struct Pairs {
    const char *k[8], *v[8];
} Pairs;

static const char *lookup(void *ctx, const char *name)
{
    Pairs *p = ctx;
    for (int i = 0; i < 8 && p->k[i]; i++)
        if (!strcmp(p->k[i], name))
            return p->v[i];
    return NULL;
}

static void form_rules(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *name = NULL, *email = NULL, *pw = NULL, *lang = NULL;
    int64_t age = -1;
    FieldSpec spec[] = {
        {.name = "name",
         .type = F_TEXT,
         .required = true,
         .max = 5,
         .label = "Name",
         .text = &name},
        {.name = "email", .type = F_EMAIL, .required = true, .label = "E-mail", .text = &email},
        {.name = "pw", .type = F_PASSWORD, .label = "Password", .text = &pw},
        {.name = "age", .type = F_INT, .min = 10, .max = 18, .label = "Age", .num = &age},
        {.name = "lang", .type = F_CHOICE, .choices = langs, .label = "Lang", .text = &lang},
        {0},
    };
    FormErrors e;
    Pairs ok = {{"name", "email", "pw", "age", "lang"},
                {"  éééé\xc3\xa9 ", " Ana@Example.ORG ", "  spaced  ", "12", "nl"}};
    assert_true(form_read_from(&a, LANG_EN, lookup, &ok, spec, &e));
    assert_string_equal(name, "ééééé"); /* trimmed; 5 characters, 10 bytes: within max 5 */
    assert_string_equal(email, "ana@example.org");
    assert_string_equal(pw, "  spaced  ");
    assert_int_equal(age, 12);
    assert_string_equal(lang, "nl");

    Pairs bad = {{"name", "email", "age", "lang"}, {"éééééé", "not-an-email", "19", "de"}};
    assert_false(form_read_from(&a, LANG_EN, lookup, &bad, spec, &e));
    assert_int_equal(e.n, 4);
    assert_non_null(strstr(form_error_for(&e, "name"), "at most 5"));
    assert_non_null(strstr(form_error_for(&e, "email"), "e-mail address"));
    assert_non_null(strstr(form_error_for(&e, "age"), "between 10 and 18"));
    assert_non_null(strstr(form_error_for(&e, "lang"), "Lang"));
    assert_null(form_error_for(&e, "pw"));

    Pairs missing = {{"name", "age"}, {"  ", "ten"}};
    assert_false(form_read_from(&a, LANG_EN, lookup, &missing, spec, &e));
    assert_string_equal(form_error_for(&e, "name"), "Name is required.");
    assert_string_equal(form_error_for(&e, "email"), "E-mail is required.");
    assert_non_null(strstr(form_error_for(&e, "age"), "whole number"));

    Pairs ctl = {{"name", "email"},
                 {"a\x01"
                  "b",
                  "x@y.z"}};
    assert_false(form_read_from(&a, LANG_EN, lookup, &ctl, spec, &e));
    assert_non_null(strstr(form_error_for(&e, "name"), "not allowed"));

    form_error(&e, "name", "second"); /* one message per field */
    assert_non_null(strstr(form_error_for(&e, "name"), "not allowed"));

    assert_true(email_valid("a.b+c@example.co.uk"));
    assert_false(email_valid("a@b"));
    assert_false(email_valid("@example.org"));
    assert_false(email_valid("a@@example.org"));
    assert_false(email_valid("a b@example.org"));
    assert_false(email_valid("a@example."));
    assert_false(email_valid("<a>@example.org"));
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(router_matches),
        cmocka_unit_test(req_id_rejects),
        cmocka_unit_test(route_table_policy),
        cmocka_unit_test(form_rules),
    };
    return cmocka_run_group_tests_name("router and forms", tests, NULL, NULL);
}
