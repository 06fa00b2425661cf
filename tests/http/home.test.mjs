// The home of an organisation shows each role its own part of the work, from the
// records: a trainer's sessions of today and of the week, one tap from the roster and the
// check-in code, and the learners at risk; what waits in intake for staff; a funder's
// calls by stage; a jury member's reviews done and to do. A learner's home is /learning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject } from '../lib/server.mjs';

// Wednesday 2026-10-07, 10:00 in Brussels (UTC+2)
const NOW = String(Date.UTC(2026, 9, 7, 8, 0) / 1000);
let srv, alpha, beta, trainer, cohort, sessions;

function addUser(email, org, role, name) {
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', org, '--email', email, '--name', name, '--role', role, '--password-file', '-'], { input: 'home-password-1\n' });
  assert.equal(r.code, 0, r.stderr);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: NOW } });
  addUser('trainer@alpha.test', '1', 'staff', 'Tarik Trainer');
  addUser('learner@alpha.test', '1', 'learner', 'Lina Learner');
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  trainer = new Client(srv.base);
  await trainer.signIn('trainer@alpha.test', 'home-password-1');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Coding school'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const form = await alpha.get(`${programme}/cohorts/new`);
  const tid = new RegExp('value="(\\d+)"[^>]*>\\s*Tarik Trainer').exec(form.text)?.[1];
  assert.ok(tid, 'the trainer can be chosen');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Group Ł'], ['starts_on', '2026-09-28'], ['ends_on', '2026-10-30'], ['capacity', '10'], ['trainers', tid]], `${programme}/cohorts`);
  assert.equal(c.status, 303, c.text.slice(0, 400));
  cohort = c.location.replace('?saved=1', '');
  // Mondays and Wednesdays, 14:00 to 16:00
  const g = await alpha.submit(cohort, [['weekdays', '0'], ['weekdays', '2'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  assert.equal(g.status, 303);
  for (const name of ['Amal', 'Bram']) {
    const e = await alpha.submit(cohort, { name }, `${cohort}/enrol`);
    assert.equal(e.status, 303, e.text.slice(0, 2000));
  }
  // the sessions of Monday 28 September, Wednesday 30 September and Monday 5 October are
  // past; they were made in date order, before today's
  const home = await trainer.get('/orgs/1');
  const today = Number(/\/orgs\/1\/sessions\/(\d+)\/attendance/.exec(home.text)[1]);
  sessions = [today - 3, today - 2, today - 1].map((id) => `/orgs/1/sessions/${id}/attendance`);
});
after(async () => { if (srv) await srv.stop(); });

test("a trainer's home: today's session with its roster and check-in, then the week", async () => {
  const home = await trainer.get('/orgs/1');
  assert.equal(home.status, 200);
  const today = home.text.split('id="h-today"')[1]?.split('</section>')[0];
  assert.ok(today, 'a section for today');
  assert.match(today, /Wednesday 2026-10-07/);
  assert.match(today, /14:00–16:00/);
  assert.match(today, /0 of 2 learners marked/);
  const roster = /href="(\/orgs\/1\/sessions\/\d+\/attendance)" role="button"/.exec(today);
  assert.ok(roster, 'one tap to the roster');
  assert.match(today, /\/orgs\/1\/sessions\/\d+\/check-in/);
  const week = home.text.split('id="h-week"')[1]?.split('</section>')[0] || '';
  assert.doesNotMatch(week, /Wednesday 2026-10-07/);
  assert.doesNotMatch(home.text, /Monday 2026-10-12/, 'next week is not this week');
  // the roster opens for the trainer
  const page = await trainer.get(roster[1]);
  assert.equal(page.status, 200);
  assert.match(page.text, /<legend>Amal<\/legend>/);
});

test('learners at risk appear on the trainer\'s home, and in what needs attention for admins', async () => {
  // Bram misses the three past sessions
  const first = await alpha.get(sessions[0]);
  const ids = [...first.text.matchAll(/name="(a-\d+)" value="present"/g)].map((m) => m[1]);
  assert.equal(ids.length, 2);
  for (const s of sessions) {
    const page = await alpha.get(s);
    const token = /name="csrf_token" value="([0-9a-f]+)"/.exec(page.text)[1];
    const r = await alpha.post(s, { csrf_token: token, [ids[0]]: 'present', [ids[1]]: 'absent' });
    assert.equal(r.status, 303);
  }
  const home = await trainer.get('/orgs/1');
  const risk = home.text.split('id="h-risk"')[1]?.split('</section>')[0];
  assert.ok(risk, 'a section for learners at risk');
  assert.match(risk, /<bdi>Bram<\/bdi>/);
  assert.doesNotMatch(risk, /Amal/);
  const admin = await alpha.get('/orgs/1');
  const attention = admin.text.split('id="h-attention"')[1].split('</section>')[0];
  assert.match(attention, /1 learner at risk of dropping out/);
});


test('what waits in intake shows for staff, with links', async () => {
  const home = await alpha.get('/orgs/1');
  assert.match(home.text, /id="h-attention"/);
  // a reviewer without staff rights sees only their own reviews: none yet
  addUser('rev@alpha.test', '1', 'reviewer', 'Rita Reviewer');
  const rev = new Client(srv.base);
  await rev.signIn('rev@alpha.test', 'home-password-1');
  const page = await rev.get('/orgs/1');
  assert.match(page.text, /Nothing waits for you\./);
  assert.doesNotMatch(page.text, /id="h-today"/);
  assert.doesNotMatch(page.text, /\/orgs\/1\/programmes"/, 'no training offer links for a reviewer');
});

test('a learner goes to /learning; a funder sees its calls, not a training menu', async () => {
  const learner = new Client(srv.base);
  await learner.signIn('learner@alpha.test', 'home-password-1');
  assert.equal((await learner.get('/orgs/1')).location, '/learning');
  assert.equal((await learner.get('/')).location, '/learning');
  const g = runTraject(['user', 'grant', '--db', srv.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  assert.equal(g.code, 0, g.stderr);
  const home = await beta.get('/orgs/2');
  assert.match(home.text, /id="h-calls"/);
  assert.match(home.text, /No call is in progress/);
  assert.doesNotMatch(home.text, /href="\/orgs\/2\/programmes"/);
  assert.doesNotMatch(home.text, /href="\/orgs\/2\/locations"/);
  assert.match(home.text, /href="\/orgs\/2\/calls"/);
  const r = await beta.submit('/orgs/2/calls/new', {
    title_en: 'Digital inclusion', budget: '600.000', min_grant: '10.000', max_grant: '100.000',
    opens_at: '2026-10-01T09:00', closes_at: '2026-10-31T12:00', reviews_needed: '2', scale_min: '0', scale_max: '10',
  }, '/orgs/2/calls');
  assert.equal(r.status, 303);
  const calls = (await beta.get('/orgs/2')).text.split('id="h-calls"')[1].split('</section>')[0];
  assert.match(calls, /Digital inclusion/);
  assert.match(calls, /<td>Draft<\/td>/);
});

test("a partner organisation's home: what it takes part in, not a training school's menu", async () => {
  const r = runTraject(['init', '--db', srv.db, '--org', 'TelcoLab', '--org-kind', 'partner', '--admin-email', 'hr@telcolab.test',
    '--admin-name', 'Hanne Ruys', '--admin-password-file', '-'], { input: 'telcolab-password-1\n' });
  assert.equal(r.code, 0, r.stderr);
  const partner = new Client(srv.base);
  await partner.signIn('hr@telcolab.test', 'telcolab-password-1');
  const home = await partner.get('/orgs/3');
  assert.equal(home.status, 200);
  const part = home.text.split('id="h-part"')[1]?.split('</section>')[0];
  assert.ok(part, 'a section for what the partner takes part in');
  assert.match(part, /<a href="\/orgs\/3\/proposals">0 proposals to calls for projects<\/a>/);
  assert.match(part, /0 grants received/);
  for (const path of ['programmes', 'applications', 'locations', 'certifications'])
    assert.doesNotMatch(home.text, new RegExp(`href="/orgs/3/${path}"`), `no ${path} link`);
  assert.doesNotMatch(home.text, /id="h-today"|id="h-attention"/);
});
