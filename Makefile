# traject — build, run and test. A plain GNU Makefile: pkg-config, automatic header
# dependencies, -Werror in CI. `make run` and `make test` install what is missing first.

CC      ?= gcc
PKGS    := libmicrohttpd sqlite3 libpq jansson libsodium libcurl libqrencode icu-uc icu-i18n
CFLAGS  ?= -O2 -g
override CFLAGS += -std=c17 -D_GNU_SOURCE -Wall -Wextra -Wformat=2 -Wshadow -Wno-missing-field-initializers \
           -Isrc -Ibuild/gen $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
LDLIBS  := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lhpdf -lpthread
ifeq ($(CI),true)
override CFLAGS += -Werror
endif

BUILD   ?= build
SRC     := $(sort $(shell find src -name '*.c'))
LIBSRC  := $(filter-out src/cli/main.c,$(SRC))
OBJ     := $(SRC:%.c=$(BUILD)/%.o)
LIBOBJ  := $(LIBSRC:%.c=$(BUILD)/%.o)
GENOBJ  := $(BUILD)/gen/assets.o $(BUILD)/gen/schema.o $(BUILD)/gen/po.o

PICO    := node_modules/@picocss/pico/css/pico.min.css
ASSETS  := $(BUILD)/assets/pico.min.css $(BUILD)/assets/app.css $(BUILD)/assets/favicon.svg
SCHEMA  := $(sort $(wildcard src/db/schema/*.sql))
PO      := po/nl.po po/fr.po

UNIT    := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps run test unit asan bench fuzz i18n-check i18n-update clean fmt
.DEFAULT_GOAL := all

all: traject

deps:
	@bash tools/deps.sh

traject: $(BUILD)/traject
	@cp $< $@.new && mv -f $@.new $@

$(BUILD)/traject: $(OBJ) $(GENOBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS) $(LDFLAGS)

$(BUILD)/libtraject.a: $(LIBOBJ) $(GENOBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

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

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS) -c -o $@ $<

# --- tests -----------------------------------------------------------------------

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libtraject.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libtraject.a $(LDLIBS) -lcmocka

# every object of the library (--whole-archive), so that each statement is linked, and the
# number of DB_STMT( definitions in src/, which the test checks it has seen
$(BUILD)/tests/test_db: tests/db/test_db.c $(BUILD)/libtraject.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DTRAJECT_STMT_COUNT=$$(grep -rh '^[[:space:]]*DB_STMT(' src | wc -l) -o $@ $< \
	  -Wl,--whole-archive $(BUILD)/libtraject.a -Wl,--no-whole-archive $(LDLIBS) -lcmocka

# an independent iCalendar parser for the feed tests
$(BUILD)/tests/icalcheck: tests/tools/icalcheck.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -g -Wall -Wextra -o $@ $< $(shell pkg-config --cflags --libs libical 2>/dev/null)

unit: $(UNIT)
	@for t in $(UNIT); do $$t || exit 1; done

# Installs what is missing, builds, runs every suite on SQLite and PostgreSQL; the last
# line is "N passed, N failed".
test: deps
	@$(MAKE) --no-print-directory traject $(UNIT) $(BUILD)/tests/test_db $(BUILD)/tests/icalcheck
	@bash tests/run.sh

# AddressSanitizer and UBSan build, HTTP tests against it.
asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" LDFLAGS="-fsanitize=address,undefined" build-asan/traject
	@$(MAKE) --no-print-directory build/tests/icalcheck
	@TRAJECT_BIN=build-asan/traject ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 bash tests/run.sh http

# libFuzzer targets (clang), each run for FUZZ_SECONDS; not part of make test.
FUZZ_SECONDS ?= 30
FUZZ_SRC := $(wildcard src/core/*.c) src/html/html.c src/http/form.c src/http/request.c src/domain/csv.c \
            src/domain/calendar.c src/domain/money.c
fuzz: $(BUILD)/gen/po.c
	@mkdir -p $(BUILD)/fuzz
	@for f in tests/fuzz/fuzz_*.c; do n=$$(basename $$f .c); \
	  clang -std=c17 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -Isrc -Ibuild/gen \
	    $(shell pkg-config --cflags $(PKGS)) -o $(BUILD)/fuzz/$$n $$f $(FUZZ_SRC) $(BUILD)/gen/po.c \
	    $(LDLIBS) || exit 1; \
	  echo "== $$n ($(FUZZ_SECONDS) s)"; \
	  $(BUILD)/fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)/fuzz/$$n- > $(BUILD)/fuzz/$$n.log 2>&1; rc=$$?; \
	  grep -E '^(stat::number_of_executed_runs|stat::new_units_added)|ERROR|SUMMARY' $(BUILD)/fuzz/$$n.log; \
	  [ $$rc = 0 ] || { echo "$$n failed: see $(BUILD)/fuzz/$$n.log"; exit 1; }; \
	done

bench: deps traject
	@bash bench/run.sh

# --- translations ----------------------------------------------------------------

$(BUILD)/traject.pot: $(SRC)
	@mkdir -p $(dir $@)
	xgettext --from-code=UTF-8 --language=C --keyword= --keyword=_:2 --keyword=N_ \
	  --keyword=i18n_get:2 --add-comments=TRANSLATORS --sort-by-file --no-wrap \
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
	clang-format -i $(SRC) $(wildcard src/*/*.h tests/unit/*.c)

clean:
	rm -rf build build-asan traject

-include $(OBJ:.o=.d) $(GENOBJ:.o=.d)
