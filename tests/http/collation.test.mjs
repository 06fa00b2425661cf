// Names sort as people read them, on both databases: Łukasz after Lambert and Ørsted after
// Olivier, not after Zoë as byte order would have it, on the cohort's list, the roster and
// the printed sign-in sheet. poppler reads the sheet's text without a warning about its
// fonts (a well-formed ToUnicode map).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, backend } from '../lib/server.mjs';

// in the order a reader expects (ICU root collation)
const SORTED = ['Adam Benali', 'Émile Dubois', 'Ewa Kowalska', 'Lambert Ferrand', 'Łukasz Nowak', 'Mia Ost', 'Olivier Smet', 'Ørsted Hansen', 'Zoë Peeters'];
const ENROL = ['Zoë Peeters', 'Ørsted Hansen', 'Łukasz Nowak', 'Adam Benali', 'Olivier Smet', 'Émile Dubois', 'Mia Ost', 'Lambert Ferrand', 'Ewa Kowalska'];
let srv, alpha, cohort, session, tmp;

function inOrder(text, names) {
  const at = names.map((n) => text.indexOf(n));
  for (const [i, n] of names.entries()) assert.ok(at[i] >= 0, `${n} is shown`);
  return [...names].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd}: ${r.stderr}`);
  return r;
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-collation-'));
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Digital basics'], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'October'], ['starts_on', '2026-10-05'], ['ends_on', '2026-10-30'], ['capacity', '20']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  assert.equal((await alpha.submit(cohort, [['weekdays', '0'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`)).status, 303);
  for (const name of ENROL) assert.equal((await alpha.submit(cohort, { name }, `${cohort}/enrol`)).status, 303, name);
  session = /\/orgs\/1\/sessions\/(\d+)\/attendance/.exec((await alpha.get(cohort)).text)[0].replace('/attendance', '');
});
after(async () => {
  if (srv) await srv.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test(`the cohort's learners and the roster sort names as people read them (${backend})`, async () => {
  assert.deepEqual(inOrder((await alpha.get(cohort)).text, SORTED), SORTED);
  assert.deepEqual(inOrder((await alpha.get(`${session}/attendance`)).text, SORTED), SORTED);
});

test(`the sign-in sheet prints them in the same order, and poppler reads it without a warning (${backend})`, async () => {
  const res = await alpha.getBytes(`${session}/sign-in-sheet`);
  assert.equal(res.status, 200);
  const file = join(tmp, 'sheet.pdf');
  writeFileSync(file, res.body);
  const text = run('pdftotext', [file, '-']);
  assert.equal(text.stderr, '', 'pdftotext warns');
  assert.deepEqual(inOrder(text.stdout, SORTED), SORTED);
  const fonts = run('pdffonts', [file]);
  assert.equal(fonts.stderr, '', 'pdffonts warns');
  // the font maps its codes to Unicode ("uni" yes)
  assert.match(fonts.stdout, /CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
});
