// The last file of the browser suite: every HTML page the browser tests received (kept by
// browser.mjs in tests/out/html/<test file>/) is checked by the W3C Nu HTML Checker (vnu,
// from npm, run with Java) in one run. Errors fail the test with their page and line;
// warnings do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTML_DIR } from './browser.mjs';
import { ROOT } from '../lib/server.mjs';

const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();

test('this file runs last in the browser suite', () => {
  assert.equal(files.at(-1), basename(fileURLToPath(import.meta.url)));
});

// vnu takes a while to start and check some hundreds of pages on a busy machine
test('every page the browser tests visited is valid HTML (W3C Nu HTML Checker, 0 errors)', { timeout: 600000 }, () => {
  assert.ok(existsSync(VNU), `${VNU} is missing: npm ci`);
  const pages = [];
  const where = {};
  for (const f of files.slice(0, -1)) {
    const dir = join(HTML_DIR, basename(f, '.test.mjs'));
    const index = join(dir, 'index.json');
    assert.ok(existsSync(index), `no page kept for ${f}: run the whole browser suite`);
    for (const p of JSON.parse(readFileSync(index, 'utf8'))) {
      pages.push(join(dir, p.file));
      where[join(dir, p.file)] = `${basename(f)}: ${p.url} (${p.status})`;
    }
  }
  assert.ok(pages.length >= 40, `only ${pages.length} pages kept`);
  const r = spawnSync('java', ['-Xss8m', '-jar', VNU, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.ok(r.status === 0 || r.status === 1, `vnu did not run (${r.status}): ${r.error || ''}${r.stderr.slice(0, 2000)}`);
  const messages = JSON.parse(r.stderr || '{"messages":[]}').messages.filter((m) => m.type !== 'info');
  const text = messages.map((m) => {
    const file = decodeURIComponent(new URL(m.url).pathname);
    return `${where[file] || file}, line ${m.lastLine}: ${m.message}\n    ${(m.extract || '').replace(/\n/g, ' ')}`;
  });
  console.log(`${pages.length} pages checked by vnu, ${messages.length} errors`);
  assert.deepEqual(text, [], `${messages.length} HTML errors`);
});
