/* log.h — logging to standard error. Our bugs (log_bug: file and line) and other
 * people's bad input (log_info) are logged apart, see STYLE.md. Thread-safe: each
 * call writes one line with one write(2). */
#ifndef TRAJECT_LOG_H
#define TRAJECT_LOG_H

void log_line(const char *level, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* When set (tests, --quiet), info lines are dropped; warnings and bugs are kept. */
void log_set_quiet(int quiet);

#define log_info(...) log_line("info", NULL, 0, __VA_ARGS__)
#define log_warn(...) log_line("warn", NULL, 0, __VA_ARGS__)
/* Not our bug, but an operator must act (a full disk). */
#define log_error(...) log_line("error", NULL, 0, __VA_ARGS__)
#define log_bug(...) log_line("bug", __FILE__, __LINE__, __VA_ARGS__)
#define log_fatal(...) (log_line("fatal", __FILE__, __LINE__, __VA_ARGS__), abort_now())

_Noreturn void abort_now(void);

#endif
