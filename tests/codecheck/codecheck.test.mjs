// The code checker (tools/codecheck.mjs, `make codecheck`) catches each of its rules: bad.c
// and bad.po mark every line that must be reported and with which rule; good.c holds what
// must pass (translated formats, string macros in SQL, printf-like wrappers...). The tree
// itself is checked by `make codecheck`, its own suite in tests/run.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const ROOT = new URL('../..', import.meta.url).pathname;

const dir = 'tests/codecheck';
const RULES = ['fmt-literal', 'html-conv', 'html-raw', 'stmt-arg', 'stmt-macro', 'sql-literal', 'sql-runtime', 'po-format', 'page-calls'];

function check(...files) {
  const r = spawnSync('node', ['tools/codecheck.mjs', ...files.map((f) => join(dir, f))], { cwd: ROOT, encoding: 'utf8' });
  const found = new Set();
  for (const l of r.stdout.split('\n')) {
    const m = /^(\S+):(\d+): \[([a-z-]+)\]/.exec(l);
    if (m) found.add(`${m[1]}:${m[2]}: ${m[3]}`);
  }
  return { code: r.status, found, out: r.stdout + r.stderr };
}

function expected() {
  const want = new Set();
  for (const name of ['bad.c', 'bad_page.h']) {
    readFileSync(join(ROOT, dir, name), 'utf8').split('\n').forEach((l, k) => {
      const m = /\/\* expect: ([a-z, -]+) \*\//.exec(l);
      if (m) for (const rule of m[1].split(',')) want.add(`${dir}/${name}:${k + 1}: ${rule.trim()}`);
    });
  }
  for (const m of readFileSync(join(ROOT, dir, 'bad.po'), 'utf8').matchAll(/^# expect: ([a-z-]+) (\d+)$/gm)) {
    want.add(`${dir}/bad.po:${m[2]}: ${m[1]}`);
  }
  return want;
}

test('every marked line of the bad samples is reported with its rule, and nothing else', () => {
  const { code, found, out } = check('bad.c', 'bad_page.h', 'good.c', 'bad.po');
  assert.equal(code, 1, out);
  const want = expected();
  assert.deepEqual([...want].filter((x) => !found.has(x)), [], 'not reported:\n' + out);
  assert.deepEqual([...found].filter((x) => !want.has(x)), [], 'reported but not expected:\n' + out);
});

test('each rule is exercised by the samples', () => {
  const rules = new Set([...expected()].map((x) => x.split(': ')[1]));
  assert.deepEqual(RULES.filter((r) => !rules.has(r)), []);
});

test('the good sample passes alone', () => {
  const { code, found, out } = check('good.c');
  assert.equal(code, 0, out);
  assert.equal(found.size, 0);
});

