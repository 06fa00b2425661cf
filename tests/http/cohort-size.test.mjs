// The cohort page stays light as a cohort grows: 50 learners with 16 sessions weigh under
// 50 KB, participants and sessions come a page at a time (every participant on exactly one
// page), the next sessions come first, and the people who can be enrolled are found by a
// search, page by page, without anyone left out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

const LEARNERS = 50;
let srv, alpha, cohort;

// Follows the "next page" links of one list (its rel="next" with the given fragment).
async function pages(first, fragment) {
  const out = [];
  let path = first;
  for (let i = 0; path && i < 100; i++) {
    const res = await alpha.get(path);
    assert.equal(res.status, 200);
    out.push(res);
    const next = new RegExp(`<a href="([^"]+#${fragment})" rel="next"`).exec(res.text);
    path = next ? next[1].replace(/&amp;/g, '&') : null;
  }
  return out;
}

before(async () => {
  // Tuesday 2027-09-14, 10:00 in Brussels: the cohort has begun
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 8, 14, 8, 0) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Coding school'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'],
    ['ends_on', '2027-10-29'], ['capacity', '600']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  // Mondays and Wednesdays for eight weeks: 16 sessions
  const gen = await alpha.submit(cohort, [['weekdays', '0'], ['weekdays', '2'], ['gen_start', '09:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  assert.match(gen.location, /added=16$/);
  const list = Array.from({ length: LEARNERS }, (_, i) =>
    `Learner ${String(i + 1).padStart(3, '0')};learner${i + 1}@example.org;2001-01-01;0470 00 00 00;Brussels;yes`).join('\n');
  const bulk = await alpha.submit(`${cohort}/enrol-many`, { list }, `${cohort}/enrol-many`);
  assert.equal(bulk.status, 303, bulk.text.slice(0, 2000));
  // people known to the organisation but not in the cohort, for the search
  const other = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Elsewhere'], ['starts_on', '2027-09-06'],
    ['ends_on', '2027-10-29'], ['capacity', '600']], `${programme}/cohorts`);
  const elsewhere = other.location.replace('?saved=1', '');
  const known = Array.from({ length: 60 }, (_, i) => `Known ${String(i + 1).padStart(3, '0')}`).join('\n');
  assert.equal((await alpha.submit(`${elsewhere}/enrol-many`, { list: known }, `${elsewhere}/enrol-many`)).status, 303);
});
after(async () => { if (srv) await srv.stop(); });

test('a cohort of 50 learners with 16 sessions weighs under 50 KB', async (t) => {
  const page = await alpha.get(cohort);
  assert.equal(page.status, 200);
  const bytes = Buffer.byteLength(page.text);
  t.diagnostic(`the cohort page weighs ${bytes} bytes`);
  assert.ok(bytes < 50 * 1024, `the cohort page weighs ${bytes} bytes`);
  assert.match(page.text, /16 sessions, in Brussels time/);
  assert.match(page.text, /50 of 600 places taken/);
});

test('every participant is on exactly one page of the list', async () => {
  const seen = [];
  for (const res of await pages(cohort, 'participants'))
    for (const m of res.text.matchAll(/<tr><td>(Learner \d+)<\/td><td>Enrolled<\/td>/g)) seen.push(m[1]);
  assert.equal(seen.length, LEARNERS);
  assert.equal(new Set(seen).size, LEARNERS);
});

test("today's or next session is at hand; a long schedule comes a page at a time from it", async () => {
  let page = await alpha.get(cohort);
  assert.match(page.text, /Today&#39;s or next session: <a href="#next-session">Wednesday 2027-09-15, 09:00–16:00<\/a>/);
  assert.match(page.text, /<li id="next-session"><strong>Wednesday 2027-09-15, 09:00–16:00/);
  // a cohort of a year, four days a week: about 200 sessions
  const res = await alpha.get(cohort.replace(/cohorts\/\d+$/, ''));
  const long = await alpha.submit(`${cohort}/edit`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2028-08-31'], ['capacity', '600']], cohort);
  assert.equal(long.status, 303, res.text.slice(0, 200));
  const gen = await alpha.submit(cohort, [['weekdays', '1'], ['weekdays', '3'], ['gen_start', '18:00'], ['gen_end', '20:00']], `${cohort}/schedule`);
  assert.equal(gen.status, 303);
  page = await alpha.get(cohort);
  const total = Number(/(\d+) sessions, in Brussels time/.exec(page.text)[1]);
  assert.ok(total > 100, `${total} sessions`);
  const table = page.text.split('id="sessions"')[1].split('<h2')[0];
  assert.match(table, /^[^]*?<ul class="sessions">\n<li id="next-session"><strong>Tuesday 2027-09-14, 18:00–20:00/, 'the page starts at the next session');
  assert.doesNotMatch(table, /2027-09-06/);
  assert.ok(Buffer.byteLength(page.text) < 50 * 1024, `${Buffer.byteLength(page.text)} bytes`);
  const all = new Set();
  for (const dir of ['next', 'prev']) {
    let path = cohort;
    for (let i = 0; path && i < 20; i++) {
      const res2 = await alpha.get(path);
      const part = res2.text.split('id="sessions"')[1].split('<h2')[0];
      for (const m of part.matchAll(/sessions\/(\d+)\/attendance/g)) all.add(m[1]);
      const link = new RegExp(`<a href="([^"]+#sessions)" rel="${dir}"`).exec(res2.text);
      path = link ? link[1].replace(/&amp;/g, '&') : null;
    }
  }
  assert.equal(all.size, total, 'every session is reachable');
});

test('the people who can be enrolled are searched and paged, nobody left out', async () => {
  const found = [];
  let path = `${cohort}?q=Known`;
  for (let i = 0; path && i < 10; i++) {
    const res = await alpha.get(path);
    assert.equal(res.status, 200);
    for (const m of res.text.matchAll(/<option value="\d+">(Known \d+)<\/option>/g)) found.push(m[1]);
    const next = /<a href="([^"]*at=[^"]*)" rel="next"/.exec(res.text);
    path = next ? next[1].replace(/&amp;/g, '&') : null;
  }
  assert.equal(found.length, 60, 'two pages of people, none left out');
  assert.equal(new Set(found).size, 60);
  const one = await alpha.get(`${cohort}?q=Known+007`);
  assert.deepEqual([...one.text.matchAll(/<option value="\d+">(Known \d+)<\/option>/g)].map((m) => m[1]), ['Known 007']);
  const none = await alpha.get(`${cohort}?q=Learner+001`);
  assert.doesNotMatch(none.text, /<option value="\d+">Learner 001<\/option>/, 'people of the cohort are not offered');
  assert.ok(Buffer.byteLength((await alpha.get(cohort)).text) < 50 * 1024, 'still light with the people to choose from');
});
