// Attendance: the roster of a session (everyone present by default), rates per learner
// and per cohort, the at-risk flag below 80 %, and learners of other cohorts refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

let srv, alpha, beta, cohort, programme, sessions = [];
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Workshops'], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Library group'], ['starts_on', '2026-10-05'], ['ends_on', '2026-10-30'], ['capacity', '10']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  await alpha.submit(cohort, [['weekdays', '0'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  for (const name of ['Amal', 'Bram', 'Chloé']) await alpha.submit(cohort, { name }, `${cohort}/enrol`);
  const page = await alpha.get(cohort);
  sessions = [...page.text.matchAll(/\/orgs\/1\/sessions\/(\d+)\/attendance/g)].map((m) => m[0]);
  assert.equal(sessions.length, 4); // the Mondays of October 2026
});
after(async () => { if (srv) await srv.stop(); });

function marksOf(html) {
  return [...html.matchAll(/name="(a-\d+)" value="(\w+)" checked/g)].map((m) => [m[1], m[2]]);
}

test('the roster lists the learners, everyone present by default', async () => {
  const page = await alpha.get(sessions[0]);
  assert.equal(page.status, 200);
  assert.match(page.text, /Monday 2026-10-05, 14:00–16:00/);
  for (const n of ['Amal', 'Bram', 'Chloé']) assert.match(page.text, new RegExp(`<legend>${n}</legend>`));
  const marks = marksOf(page.text);
  assert.equal(marks.length, 3);
  assert.ok(marks.every(([, v]) => v === 'present'));
});

test('marks are saved, shown again, and make rates and the at-risk flag', async () => {
  const page = await alpha.get(sessions[0]);
  const token = csrfFrom(page.text);
  const ids = marksOf(page.text).map(([k]) => k); // Amal, Bram, Chloé
  // Bram is absent twice out of four, Chloé is late once and excused once
  const plan = [
    { [ids[1]]: 'absent', [ids[2]]: 'late' },
    { [ids[1]]: 'absent', [ids[2]]: 'excused' },
    {},
    {},
  ];
  for (let i = 0; i < 4; i++) {
    const fields = { csrf_token: token, [ids[0]]: 'present', [ids[1]]: 'present', [ids[2]]: 'present', ...plan[i] };
    const res = await alpha.post(sessions[i], fields);
    assert.equal(res.status, 303);
  }
  const again = await alpha.get(sessions[1]);
  assert.deepEqual(marksOf(again.text).map(([, v]) => v), ['present', 'absent', 'excused']);
  const c = await alpha.get(cohort);
  assert.match(c.text, /<td>Amal<\/td><td>Enrolled<\/td><td>100%/);
  assert.match(c.text, /<td>Bram<\/td><td>Enrolled<\/td><td>50% <strong class="warn">At risk<\/strong>/);
  assert.match(c.text, /<td>Chloé<\/td><td>Enrolled<\/td><td>100%/); // late counts, excused does not count against
  assert.match(c.text, /Attendance of the cohort: 81%/); // 9 attended of 11 counted
});

test("the programme's dashboard: learners, places, attendance and who is at risk", async () => {
  const page = await alpha.get(programme);
  const figure = (name) => new RegExp(`<dt>${name}</dt><dd>([^<]*)</dd>`).exec(page.text)?.[1];
  assert.equal(figure('Learners against target'), '3'); // no target set
  assert.equal(figure('Places taken'), '3 of 10 (30%)');
  assert.equal(figure('Attendance'), '81%');
  assert.equal(figure('Learners at risk'), '1');
  assert.equal(figure('Withdrawn or dropped out'), '0');
  const risk = page.text.split('<h3>Learners at risk</h3>')[1];
  assert.match(risk, /<tr><td>Bram<\/td><td><a href="\/orgs\/1\/cohorts\/\d+">Library group<\/a><\/td><td>50%<\/td><td>2<\/td><\/tr>/);
  assert.doesNotMatch(risk, /Amal|Chloé/);
  assert.match(page.text, /<tr><th scope="row">Reached<\/th><td>0<\/td><td>3<\/td><\/tr>/);
  assert.match(page.text, /<tr><th scope="row">Certified<\/th><td>0<\/td><td>Not recorded yet<\/td><\/tr>/);
  // another organisation sees nothing of it
  assert.equal((await beta.get(programme.replace('/orgs/1/', '/orgs/2/'))).status, 404);
});

test('a session with attendance marks cannot be deleted', async () => {
  const edit = sessions[0].replace('/attendance', '/edit');
  const res = await alpha.submit(edit, {}, sessions[0].replace('/attendance', '/delete'));
  assert.equal(res.status, 409);
  assert.match(res.text, /This session has attendance marks: it cannot be deleted\./);
  assert.equal((await alpha.get(sessions[0])).status, 200);
});

test('bad marks and learners of other cohorts are refused; nothing changes', async () => {
  const page = await alpha.get(sessions[2]);
  const token = csrfFrom(page.text);
  const id = marksOf(page.text)[0][0];
  let res = await alpha.post(sessions[2], { csrf_token: token, [id]: 'asleep' });
  assert.equal(res.status, 400);
  res = await alpha.post(sessions[2], { csrf_token: token, 'a-999999': 'absent' });
  assert.equal(res.status, 400);
  assert.ok(marksOf((await alpha.get(sessions[2])).text).every(([, v]) => v === 'present'));
  const sid = sessions[2].split('/')[4];
  assert.equal((await beta.get(`/orgs/2/sessions/${sid}/attendance`)).status, 404);
  const bt = csrfFrom((await beta.get('/orgs/2')).text);
  res = await beta.post(`/orgs/2/sessions/${sid}/attendance`, { csrf_token: bt, [id]: 'absent' });
  assert.equal(res.status, 404);
});
