# traject — build, run and test. A plain GNU Makefile: pkg-config, automatic header
# dependencies, -Werror in CI. `make run` and `make test` install what is missing first.

CC      ?= gcc
PKGS    := libmicrohttpd sqlite3 libpq jansson libsodium libcurl libqrencode icu-uc icu-i18n zlib xlsxwriter
CFLAGS  ?= -O2 -g
override CFLAGS += -std=c17 -D_GNU_SOURCE -Wall -Wextra -Wformat=2 -Wshadow -Wno-missing-field-initializers \
           -Isrc -Ibuild/gen $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
LDLIBS  := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lhpdf -lpthread
ifeq ($(CI),true)
override CFLAGS += -Werror
endif

BUILD   ?= build
SRC     := $(sort $(shell find src -name '*.c'))
OBJ     := $(SRC:%.c=$(BUILD)/%.o)
GENOBJ  := $(BUILD)/gen/assets.o $(BUILD)/gen/schema.o $(BUILD)/gen/po.o $(BUILD)/gen/demo.o

# The test build: the binary the tests run (traject-test), the unit and database tests, the
# sanitizer and fuzz builds compile with TESTDEFS. TRAJECT_TEST_CLOCK lets TRAJECT_NOW fix the
# clock; TRAJECT_DEBUG makes the HTML writer abort on a conversion it does not support. The
# traject of `make run` (and of an installation) has neither. The .c files that read these
# defines are compiled twice (TESTVAR); keep the defines out of headers.
TESTDEFS := -DTRAJECT_TEST_CLOCK -DTRAJECT_DEBUG
TESTVAR  := $(sort $(shell grep -rlE 'TRAJECT_(TEST_CLOCK|DEBUG)' src --include='*.c'))
TESTOBJ  := $(filter-out $(TESTVAR:%.c=$(BUILD)/%.o),$(OBJ)) $(TESTVAR:%.c=$(BUILD)/test/%.o)
LIBOBJ   := $(filter-out $(BUILD)/src/cli/main.o,$(TESTOBJ))

PICO    := node_modules/@picocss/pico/css/pico.min.css
ASSETS  := $(BUILD)/assets/pico.min.css $(BUILD)/assets/app.css $(BUILD)/assets/favicon.svg
SCHEMA  := $(sort $(wildcard src/db/schema/*.sql))
PO      := po/nl.po po/fr.po
DEMODATA := $(sort $(wildcard src/cli/demo/*.json))

UNIT    := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps run test unit asan bench asan-build fuzz fuzz-build codecheck format-check i18n-check i18n-update clean fmt
.DEFAULT_GOAL := all

all: traject

deps:
	@bash tools/deps.sh

traject: $(BUILD)/traject $(BUILD)/traject-test
	@cp $< $@.new && mv -f $@.new $@
	@cp $(BUILD)/traject-test $@-test.new && mv -f $@-test.new $@-test

$(BUILD)/traject-test: $(TESTOBJ) $(GENOBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(BUILD)/traject: $(OBJ) $(GENOBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(BUILD)/libtraject.a: $(LIBOBJ) $(GENOBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/test/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(TESTDEFS) -c -o $@ $<

# --- embedded files --------------------------------------------------------------

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

$(PICO):
	@test -f $@ || npm ci --no-audit --no-fund --loglevel=error

$(BUILD)/assets/pico.min.css: $(PICO)
	@mkdir -p $(dir $@)
	cp $< $@

$(BUILD)/assets/%: assets/%
	@mkdir -p $(dir $@)
	cp $< $@

$(BUILD)/assets/%.gz: $(BUILD)/assets/%
	gzip -9 -n -c $< > $@

$(BUILD)/gen/assets.c: $(BUILD)/tools/embed $(ASSETS) $(ASSETS:%=%.gz)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed embed_assets $@ $(ASSETS) $(ASSETS:%=%.gz)

$(BUILD)/gen/schema.c: $(BUILD)/tools/embed $(SCHEMA)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed embed_schema $@ $(SCHEMA)

$(BUILD)/gen/po.c: $(BUILD)/tools/embed $(PO)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed embed_po $@ $(PO)

# the demonstration data that traject demo replays (src/cli/demo/)
$(BUILD)/gen/demo.c: $(BUILD)/tools/embed $(DEMODATA)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed embed_demo $@ $(DEMODATA)

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS) -c -o $@ $<

# --- tests -----------------------------------------------------------------------

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libtraject.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libtraject.a $(LDLIBS) -lcmocka

# every object of the library (--whole-archive), so that each statement is linked; the test
# checks it has seen at least the number of DB_STMT( and DB_SQL( definitions in src/ (a
# DB_PAGE_SORT( is four; its own definition in db/page.h, with V##_, does not count) and
# exactly the number of statements listed in the objects' traject_stmts sections
$(BUILD)/tests/test_db: tests/db/test_db.c $(BUILD)/libtraject.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DTRAJECT_STMT_COUNT=$$(( $$(grep -rhE '^[[:space:]]*DB_(STMT|SQL)\(' src | grep -vc 'V##_') + \
	    4 * $$(grep -rh '^[[:space:]]*DB_PAGE_SORT(' src | grep -vc '##') )) \
	  -DTRAJECT_STMT_IN_OBJECTS=$$(size -A $(LIBOBJ) | awk '$$1 == "traject_stmts" {n += $$2 / 8} END {print n + 0}') -o $@ $< \
	  -Wl,--whole-archive $(BUILD)/libtraject.a -Wl,--no-whole-archive $(LDLIBS) -lcmocka

# an independent iCalendar parser for the feed tests
$(BUILD)/tests/icalcheck: tests/tools/icalcheck.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -g -Wall -Wextra -Werror -o $@ $< $(shell pkg-config --cflags --libs libical 2>/dev/null)

# Every build that tests run compiles with -Werror (CI=true), whatever the caller passed.
unit: override CFLAGS += -Werror
unit: $(UNIT)
	@for t in $(UNIT); do $$t || exit 1; done

# Installs what is missing, builds, runs every suite (codecheck, unit, i18n, db and HTTP on
# SQLite and PostgreSQL, HTTP on the sanitizer build, fuzzing, browser); the last line is
# "N passed, N failed".
test: deps
	@$(MAKE) --no-print-directory CI=true traject $(UNIT) $(BUILD)/tests/test_db $(BUILD)/tests/icalcheck
	@$(MAKE) --no-print-directory asan-build fuzz-build
	@bash tests/run.sh

# AddressSanitizer and UBSan build (build-asan/traject-test), HTTP tests against it.
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
asan-build:
	@$(MAKE) --no-print-directory BUILD=build-asan CI=true CFLAGS="$(ASAN_FLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/traject-test
asan: deps asan-build
	@$(MAKE) --no-print-directory CI=true traject build/tests/icalcheck
	@bash tests/run.sh http-asan

# libFuzzer targets (clang): tests/fuzz/fuzz_NAME.c, each run for FUZZ_SECONDS on its corpus
# tests/fuzz/corpus/NAME/ (make test runs them; `make fuzz` alone too).
FUZZ_SECONDS ?= 30
FUZZ_SRC := $(wildcard src/core/*.c) src/html/html.c src/http/form.c src/http/request.c src/domain/csv.c \
            src/domain/import.c \
            src/domain/calendar.c src/domain/money.c src/domain/jose.c src/domain/badge.c \
            src/domain/statuslist.c
FUZZ     := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz-build: $(FUZZ)
$(BUILD)/fuzz/%: tests/fuzz/%.c $(FUZZ_SRC) $(BUILD)/gen/po.c
	@mkdir -p $(dir $@)
	clang -std=c17 -D_GNU_SOURCE $(TESTDEFS) -g -O1 -Wall -Wextra -Wformat=2 -Wshadow -Wno-missing-field-initializers -Werror \
	  -fsanitize=fuzzer,address,undefined -Isrc -I$(BUILD)/gen \
	  $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -o $@ $< $(FUZZ_SRC) $(BUILD)/gen/po.c $(LDLIBS)
fuzz: deps fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/run.sh fuzz

# The rules of STYLE.md the compiler does not check (tools/codecheck.mjs lists them):
# literal formats, the HTML writer's conversions, static SQL defined with DB_STMT.
codecheck:
	@node tools/codecheck.mjs

# Fails when a C file of src/ or of the C tests is not formatted as .clang-format says
# (clang-format 14, from Debian). `make fmt` formats them.
FORMAT_FILES = $(sort $(shell find src -name '*.[ch]') $(wildcard tests/unit/*.c tests/db/*.c tests/fuzz/*.c))
format-check:
	@clang-format --dry-run --Werror $(FORMAT_FILES) && echo "format-check: $(words $(FORMAT_FILES)) files formatted"

bench: deps traject
	@bash bench/run.sh
	@bash bench/pipeline.sh
	@if [ -f bench/scale.sh ]; then bash bench/scale.sh; fi

# --- translations ----------------------------------------------------------------

$(BUILD)/traject.pot: $(SRC)
	@mkdir -p $(dir $@)
	xgettext --from-code=UTF-8 --language=C --keyword= --keyword=_:2 --keyword=N_ \
	  --keyword=i18n_get:2 --keyword=_n:2,3 --keyword=F_n:2,3 --keyword=i18n_nget:2,3 \
	  --keyword=F_:2 --add-comments=TRANSLATORS --sort-by-file --no-wrap \
	  --package-name=traject -o $@ $(SRC)

# Fails when a message of the sources has no translation (or a fuzzy one) in a .po file.
i18n-check: $(BUILD)/traject.pot
	@bash tools/i18n-check.sh $(BUILD)/traject.pot $(PO)

# Merges new messages into the .po files, for translators.
i18n-update: $(BUILD)/traject.pot
	@for p in $(PO); do msgmerge --quiet --update --backup=none --no-wrap --no-fuzzy-matching $$p $<; done

run: deps traject
	@bash tools/run.sh

fmt:
	clang-format -i $(FORMAT_FILES)

clean:
	rm -rf build build-asan traject traject-test

-include $(OBJ:.o=.d) $(GENOBJ:.o=.d) $(TESTVAR:%.c=$(BUILD)/test/%.d)
