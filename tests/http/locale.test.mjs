// The reader's language through ICU: names sorted by the Unicode collation (Ł after L, Ø after
// O, É with E), the same on SQLite and PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, alpha, cohort;
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Names school'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en'], ['min_age', '16'], ['max_age', '30']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-03-01'],
    ['ends_on', '2027-06-25'], ['capacity', '12']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
});
after(async () => { if (srv) await srv.stop(); });

const NAMES = ['Zoë Zimmer', 'Łukasz Nowak', 'Øystein Berg', 'Ana Silva', 'Émile Dubois', 'Lars Olsen', 'Oscar Peeters'];

test('learners are listed by the Unicode collation, not by bytes', async () => {
  for (const name of NAMES) {
    const r = await alpha.submit(cohort, { name, birth_date: '2005-03-01', jobseeker: '1' }, `${cohort}/enrol`);
    assert.equal(r.status, 303, name);
  }
  const page = (await alpha.get(cohort)).text;
  const at = NAMES.map((n) => [n, page.indexOf(n)]);
  for (const [n, i] of at) assert.ok(i > 0, `${n} is listed`);
  const order = at.sort((a, b) => a[1] - b[1]).map(([n]) => n);
  assert.deepEqual(order, ['Ana Silva', 'Émile Dubois', 'Lars Olsen', 'Łukasz Nowak', 'Oscar Peeters',
    'Øystein Berg', 'Zoë Zimmer']);
});

test("a date in prose is written in words: the cohort's first day in the age check", async () => {
  const r = await alpha.submit(cohort, { name: 'Too Young', birth_date: '2011-06-01', jobseeker: '1' }, `${cohort}/enrol`);
  assert.equal(r.status, 400);
  assert.match(r.text, /On the first day \(Monday 1 March 2027\) this learner will be 15: outside the programme&#39;s ages \(16 to 30 years\)/);
});
