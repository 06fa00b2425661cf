// A large cohort: 1,000 learners enrolled from one list, and the roster of a session saved
// for all of them in one form (1,000 fields and more), every mark kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

const N = 1000;
let srv, alpha, cohort;
before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 8, 14, 8, 0) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Summer school'], ['kind', 'camp'],
    ['status', 'open'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Everyone'], ['starts_on', '2027-09-06'],
    ['ends_on', '2027-09-10'], ['capacity', String(N)]], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  const gen = await alpha.submit(cohort, [['weekdays', '0'], ['gen_start', '09:00'], ['gen_end', '12:00']], `${cohort}/schedule`);
  assert.match(gen.location, /added=1$/);
});
after(async () => { if (srv) await srv.stop(); });

test('1,000 learners enrolled from one list', async () => {
  const list = ['name;email;birth_date'].concat(Array.from({ length: N }, (_, i) =>
    `Learner ${String(i + 1).padStart(4, '0')};l${i + 1}@example.org;2010-05-0${1 + (i % 9)}`)).join('\n');
  const res = await alpha.submit(`${cohort}/enrol-many`, { list }, `${cohort}/enrol-many`);
  assert.equal(res.status, 303, res.text.slice(0, 1500));
  assert.equal(res.location, `${cohort}?bulk=${N}`);
  const page = await alpha.get(res.location);
  assert.match(page.text, /1,000 of 1,000 places taken/);
});

test('the roster of 1,000 learners saves, every mark kept', async () => {
  const page = await alpha.get(cohort);
  const session = /\/orgs\/1\/sessions\/\d+\/attendance/.exec(page.text)[0];
  const roster = await alpha.get(session);
  assert.equal(roster.status, 200);
  const keys = [...roster.text.matchAll(/name="(a-\d+)" value="present" checked/g)].map((m) => m[1]);
  assert.equal(keys.length, N);
  // every third learner absent, every seventh late, the rest present
  const fields = [['csrf_token', csrfFrom(roster.text)]];
  const want = new Map();
  keys.forEach((k, i) => {
    const mark = i % 3 === 0 ? 'absent' : i % 7 === 0 ? 'late' : 'present';
    want.set(k, mark);
    fields.push([k, mark]);
  });
  const res = await alpha.post(session, fields);
  assert.equal(res.status, 303, res.text.slice(0, 500));
  const again = await alpha.get(session);
  const got = new Map([...again.text.matchAll(/name="(a-\d+)" value="(\w+)" checked/g)].map((m) => [m[1], m[2]]));
  assert.equal(got.size, N);
  for (const [k, v] of want) assert.equal(got.get(k), v, k);
});
