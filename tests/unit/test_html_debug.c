/* test_html_debug.c — the HTML writer of a debug build (TRAJECT_DEBUG, which the test builds
 * define) aborts on a conversion it does not support, rather than printing something else
 * than the format says or misreading its arguments. make codecheck catches these in src/
 * before they run; this proves the writer's own guard. */
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

#include <cmocka.h>

#include "html/html.h"

typedef void (*Writer)(Html *h);

/* Runs w in a child process; returns the signal that ended it (0 if it exited normally). */
static int run_in_child(Writer w)
{
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGABRT, SIG_DFL);
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, 2);
        Arena a;
        arena_init(&a);
        w(html_new(&a));
        arena_free(&a);
        _exit(0);
    }
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

static void w_float(Html *h)
{
    html(h, "<td>%f</td>", 1.5);
}
static void w_float_precision(Html *h)
{
    html(h, "<td>%.2f</td>", 1.5);
}
static void w_exp(Html *h)
{
    html(h, "<td>%e</td>", 1.5);
}
static void w_width_star(Html *h)
{
    html(h, "<td>%*d</td>", 5, 42);
}
static void w_zero_pad(Html *h)
{
    html(h, "<td>%02d</td>", 7);
}
static void w_left_flag(Html *h)
{
    html(h, "<td>%-s</td>", "x");
}
static void w_int_precision(Html *h)
{
    html(h, "<td>%.3d</td>", 7);
}
static void w_wide(Html *h)
{
    html(h, "<td>%ls</td>", L"x");
}
static void w_pointer(Html *h)
{
    html(h, "<td>%p</td>", (void *)h);
}
static void w_octal(Html *h)
{
    html(h, "<td>%o</td>", 8u);
}
static void w_supported(Html *h)
{
    html(h, "%s %d %i %u %x %c %% %.*s %hd %ld %lld %zu %jd", "<a>", -1, 2, 3u, 255u, 'c', 2, "abc",
         (short)4, 5L, 6LL, (size_t)7, (intmax_t)8);
}

static void unsupported_conversions_abort(void **state)
{
    (void)state;
    const Writer bad[] = {w_float,     w_float_precision, w_exp,  w_width_star, w_zero_pad,
                          w_left_flag, w_int_precision,   w_wide, w_pointer,    w_octal};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(run_in_child(bad[i]), SIGABRT);
}

static void supported_conversions_run(void **state)
{
    (void)state;
    assert_int_equal(run_in_child(w_supported), 0);
    Arena a;
    arena_init(&a);
    Html *h = html_new(&a);
    w_supported(h);
    assert_string_equal(h->buf.data, "&lt;a&gt; -1 2 3 ff c % ab 4 5 6 7 8");
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unsupported_conversions_abort),
        cmocka_unit_test(supported_conversions_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
