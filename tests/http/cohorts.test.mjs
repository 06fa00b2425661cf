// Cohorts and their sessions: dates, capacity, trainers, single sessions, weekly
// schedules across public holidays and summer time, double bookings, tenants.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, PASSWORD } from '../lib/server.mjs';

let srv, alpha, beta, programme, location;
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  let res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Coding school'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  res = await alpha.submit('/orgs/1/locations/new', { name: 'Campus', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations');
  const list = await alpha.get('/orgs/1/locations');
  location = /\/orgs\/1\/locations\/(\d+)\/edit/.exec(list.text)[1];
});
after(async () => { if (srv) await srv.stop(); });

async function newCohort(fields) {
  return alpha.submit(`${programme}/cohorts/new`, fields, `${programme}/cohorts`);
}

test('cohort validation: dates that exist, end after start, capacity, a location of ours', async () => {
  const res = await newCohort([['name', ''], ['starts_on', '2026-02-30'], ['ends_on', '2026-01-01'], ['capacity', '-1'], ['location_id', '999999']]);
  assert.equal(res.status, 400);
  assert.match(res.text, /Name is required/);
  assert.match(res.text, /date that exists/);
  assert.match(res.text, /Places must be between 0 and 100000/);
  assert.match(res.text, /Choose one of the options for Location/);
  const order = await newCohort([['name', 'X'], ['starts_on', '2026-03-01'], ['ends_on', '2026-02-01'], ['capacity', '10']]);
  assert.equal(order.status, 400);
  assert.match(order.text, /cannot be before the first day/);
  assert.match((await alpha.get(programme)).text, /No cohorts yet/);
});

let cohort;
test('create a cohort with a trainer, then generate a Monday-Thursday schedule', async () => {
  const res = await newCohort([['name', 'Spring 2026'], ['starts_on', '2026-01-05'], ['ends_on', '2026-07-02'],
    ['capacity', '24'], ['location_id', location], ['trainers', '1']]);
  assert.equal(res.status, 303);
  cohort = res.location.replace('?saved=1', '');
  const page = await alpha.get(cohort);
  assert.match(page.text, /<h1>Spring 2026<\/h1>/);
  assert.match(page.text, /2026-01-05 – 2026-07-02/);
  assert.match(page.text, /Admin of Alpha Training/);
  assert.match((await alpha.get(programme)).text, /Spring 2026/);
  const gen = await alpha.submit(cohort, [['weekdays', '0'], ['weekdays', '1'], ['weekdays', '2'], ['weekdays', '3'],
    ['gen_start', '09:00'], ['gen_end', '16:00'], ['closed', '2026-02-17\n']], `${cohort}/schedule`);
  assert.equal(gen.status, 303);
  assert.match(gen.location, /added=100$/); // 104 days, minus Easter Monday, Ascension, Whit Monday and the closure
  const after = await alpha.get(cohort);
  assert.match(after.text, /100 sessions, in Brussels time/);
  assert.doesNotMatch(after.text, /2026-04-06/); // Easter Monday
  assert.doesNotMatch(after.text, /2026-02-17/); // closure day
  assert.match(after.text, /Thursday 2026-03-26, 09:00–16:00/);
  assert.match(after.text, /Monday 2026-03-30, 09:00–16:00/); // summer time: still 9:00 in Brussels
  assert.doesNotMatch(after.text, /booked twice/);
});

test('single sessions: inside the cohort, times that exist, end after start', async () => {
  let res = await alpha.submit(cohort, { date: '2026-08-01', start: '09:00', end: '12:00' }, `${cohort}/sessions`);
  assert.equal(res.status, 400);
  assert.match(res.text, /within the cohort&#39;s dates/);
  res = await alpha.submit(cohort, { date: '2026-03-29', start: '02:30', end: '04:00' }, `${cohort}/sessions`);
  assert.equal(res.status, 400);
  assert.match(res.text, /does not exist on that day/);
  res = await alpha.submit(cohort, { date: '2026-03-02', start: '14:00', end: '13:00' }, `${cohort}/sessions`);
  assert.equal(res.status, 400);
  assert.match(res.text, /end must be after the start/);
  res = await alpha.submit(cohort, { date: '2026-02-31', start: '25:00', end: '' }, `${cohort}/sessions`);
  assert.equal(res.status, 400);
  assert.match(res.text, /date that exists/);
  assert.match(res.text, /HH:MM/);
  res = await alpha.submit(cohort, { date: '2026-03-06', start: '10:00', end: '12:30' }, `${cohort}/sessions`);
  assert.equal(res.status, 303);
  assert.match((await alpha.get(cohort)).text, /101 sessions.*Friday 2026-03-06, 10:00–12:30/s);
});

test('a trainer or a location booked twice at the same time is flagged', async () => {
  const res = await newCohort([['name', 'Evening group'], ['starts_on', '2026-03-02'], ['ends_on', '2026-03-02'],
    ['capacity', '10'], ['location_id', location], ['trainers', '1']]);
  const other = res.location.replace('?saved=1', '');
  await alpha.submit(other, { date: '2026-03-02', start: '15:00', end: '18:00' }, `${other}/sessions`);
  const page = await alpha.get(other);
  assert.match(page.text, /Location booked twice/);
  assert.match(page.text, /Trainer booked twice/);
  assert.match(page.text, /1 session clashes/);
  assert.match((await alpha.get(cohort)).text, /Monday 2026-03-02, 09:00–16:00<\/strong><span>Campus<\/span><strong class="warn">Location booked twice/);
});

test('a session moves to another place and gets its own trainers; clashes follow', async () => {
  // a mobile workshop: the bus, with another trainer, on the evening of the clash above
  const bus = await alpha.submit('/orgs/1/locations/new', { name: 'STEM bus', municipality: 'Hasselt', province: 'limburg', mobile: '1' }, '/orgs/1/locations');
  assert.equal(bus.status, 303);
  const list = await alpha.get(cohort);
  const edit = new RegExp('<strong class="warn">Location booked twice</strong>(?:<strong[^>]*>[^<]*</strong>)?<span class="act"><a [^>]*>Attendance</a> <a href="(/orgs/1/sessions/(\\d+)/edit)"').exec(list.text);
  assert.ok(edit, 'the clashing session has a Change link');
  const form = await alpha.get(edit[1]);
  assert.equal(form.status, 200);
  assert.match(form.text, /value="2026-03-02"/);
  assert.match(form.text, /value="09:00"/);
  const busId = /<option value="(\d+)">STEM bus \(Hasselt\)/.exec(form.text)[1];
  // a bad time, a place of another organisation, a stranger as trainer: refused, nothing saved
  let res = await alpha.submit(edit[1], { date: '2026-03-02', start: '16:00', end: '09:00', location_id: busId }, `/orgs/1/sessions/${edit[2]}`);
  assert.equal(res.status, 400);
  assert.match(res.text, /The end must be after the start/);
  res = await alpha.submit(edit[1], { date: '2026-03-02', start: '09:00', end: '16:00', location_id: '999999' }, `/orgs/1/sessions/${edit[2]}`);
  assert.equal(res.status, 400);
  res = await alpha.submit(edit[1], [['date', '2026-03-02'], ['start', '09:00'], ['end', '16:00'], ['location_id', busId], ['trainers', '2']], `/orgs/1/sessions/${edit[2]}`);
  assert.equal(res.status, 400);
  assert.match((await alpha.get(cohort)).text, /Monday 2026-03-02, 09:00–16:00<\/strong><span>Campus</);
  // moved to the bus with nobody ticked: no location clash left, the cohort's trainer
  // (also teaching the evening group) still clashes
  res = await alpha.submit(edit[1], { date: '2026-03-02', start: '09:00', end: '16:00', location_id: busId }, `/orgs/1/sessions/${edit[2]}`);
  assert.equal(res.status, 303);
  let after = await alpha.get(cohort);
  assert.match(after.text, new RegExp(`Monday 2026-03-02, 09:00–16:00</strong><span>STEM bus</span><strong class="warn">Trainer booked twice</strong><span class="act"><a [^>]*>Attendance</a> <a href="/orgs/1/sessions/${edit[2]}/edit">Change</a></span></li>`));
  // another trainer of the organisation takes this session: no clash at all
  const add = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'bus.trainer@alpha.test', '--name', 'Bus Trainer', '--role', 'staff', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(add.code, 0, add.stderr);
  const f2 = await alpha.get(edit[1]);
  const tid = /<input type="checkbox" name="trainers" value="(\d+)"> Bus Trainer<\/label>/.exec(f2.text)?.[1];
  assert.ok(tid, 'the new trainer is offered');
  res = await alpha.submit(edit[1], [['date', '2026-03-02'], ['start', '09:00'], ['end', '16:00'], ['location_id', busId], ['trainers', tid]], `/orgs/1/sessions/${edit[2]}`);
  assert.equal(res.status, 303);
  after = await alpha.get(cohort);
  assert.match(after.text, new RegExp(`STEM bus</span><span class="act"><a [^>]*>Attendance</a> <a href="/orgs/1/sessions/${edit[2]}/edit">Change</a></span></li>`));
  assert.match((await alpha.get(edit[1])).text, new RegExp(`value="${tid}" checked`));
  // deleting a session without marks works; another organisation cannot
  const bt = csrfFrom((await beta.get('/orgs/2')).text);
  assert.equal((await beta.post(`/orgs/2/sessions/${edit[2]}/delete`, { csrf_token: bt })).status, 404);
  assert.equal((await beta.get(`/orgs/1/sessions/${edit[2]}/edit`)).status, 404);
  res = await alpha.submit(edit[1], {}, `/orgs/1/sessions/${edit[2]}/delete`);
  assert.equal(res.status, 303);
  assert.doesNotMatch((await alpha.get(cohort)).text, new RegExp(`/sessions/${edit[2]}/`));
});

test('dates cannot be narrowed past existing sessions; trainers must be members', async () => {
  let res = await alpha.submit(`${cohort}/edit`, [['name', 'Spring 2026'], ['starts_on', '2026-02-01'], ['ends_on', '2026-07-02'], ['capacity', '24']], cohort);
  assert.equal(res.status, 400);
  assert.match(res.text, /sessions fall outside these dates/);
  res = await alpha.submit(`${cohort}/edit`, [['name', 'Spring 2026'], ['starts_on', '2026-01-05'], ['ends_on', '2026-07-02'], ['capacity', '24'], ['trainers', '2']], cohort);
  assert.equal(res.status, 400); // account 2 is Beta's admin, not a member of Alpha
  assert.match(res.text, /among the members of the organisation/);
  res = await alpha.submit(`${cohort}/edit`, [['name', 'Spring 2026 (renamed)'], ['starts_on', '2026-01-05'], ['ends_on', '2026-07-02'], ['capacity', '30']], cohort);
  assert.equal(res.status, 303);
  assert.match((await alpha.get(cohort)).text, /Spring 2026 \(renamed\)/);
});

test("another organisation cannot see or change these cohorts", async () => {
  const id = cohort.split('/').pop();
  assert.equal((await beta.get(`/orgs/2/cohorts/${id}`)).status, 404);
  assert.equal((await beta.get(`/orgs/1/cohorts/${id}`)).status, 404);
  const token = csrfFrom((await beta.get('/orgs/2')).text);
  const res = await beta.post(`/orgs/2/cohorts/${id}/sessions`, { csrf_token: token, date: '2026-03-03', start: '09:00', end: '10:00' });
  assert.equal(res.status, 404);
  const pid = programme.split('/').pop();
  assert.equal((await beta.get(`/orgs/2/programmes/${pid}/cohorts/new`)).status, 404);
});
