// Enrolment: walk-in registration, known people, the programme's rules, capacity under
// 50 simultaneous requests, and withdrawing, completing, dropping out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

let srv, alpha, beta, cohort, cohortId;
before(async () => {
  srv = await startServer({ env: { TRAJECT_THREADS: '4' } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Coding school'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en'], ['min_age', '18'], ['max_age', '25'], ['jobseekers_only', '1']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'],
    ['ends_on', '2028-02-25'], ['capacity', '12']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  cohortId = cohort.split('/').pop();
});
after(async () => { if (srv) await srv.stop(); });

const walkIn = (name, extra = {}) => ({ name, birth_date: '2005-03-01', jobseeker: '1', ...extra });

test("the programme's rules: age on the first day, job-seekers only, a real birth date", async () => {
  let res = await alpha.submit(cohort, walkIn('Too Young', { birth_date: '2009-09-07' }), `${cohort}/enrol`);
  assert.equal(res.status, 400);
  assert.match(res.text, /will be 17: outside the programme&#39;s ages \(18 to 25 years\)/);
  res = await alpha.submit(cohort, walkIn('Just Eighteen', { birth_date: '2009-09-06' }), `${cohort}/enrol`);
  assert.equal(res.status, 303, 'eighteen on the first day is in');
  res = await alpha.submit(cohort, walkIn('Not Registered', { jobseeker: '' }), `${cohort}/enrol`);
  assert.equal(res.status, 400);
  assert.match(res.text, /only for registered job-seekers/);
  res = await alpha.submit(cohort, walkIn('Future Kid', { birth_date: '2099-01-01' }), `${cohort}/enrol`);
  assert.match(res.text, /cannot be in the future/);
  res = await alpha.submit(cohort, walkIn('Bad Date', { birth_date: '2005-02-30' }), `${cohort}/enrol`);
  assert.match(res.text, /date that exists/);
  res = await alpha.submit(cohort, walkIn('No Date', { birth_date: '' }), `${cohort}/enrol`);
  assert.match(res.text, /date of birth is needed/);
  res = await alpha.submit(cohort, walkIn('', { email: 'not-an-email' }), `${cohort}/enrol`);
  assert.match(res.text, /Full name is required/);
  assert.match(res.text, /name@example\.org/);
  const page = await alpha.get(cohort);
  assert.match(page.text, /1 of 12 places taken/);
  assert.doesNotMatch(page.text, /Too Young|Not Registered|Future Kid/);
});

test('50 simultaneous enrolments at a cohort with 10 places left: exactly 10 get in', async () => {
  // one place is taken (Just Eighteen); take one more so that 10 are left
  assert.equal((await alpha.submit(cohort, walkIn('Early Bird'), `${cohort}/enrol`)).status, 303);
  const token = csrfFrom((await alpha.get(cohort)).text);
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
    alpha.post(`${cohort}/enrol`, { csrf_token: token, ...walkIn(`Rush ${i}`) })));
  const ok = results.filter((r) => r.status === 303).length;
  const full = results.filter((r) => r.status === 409 && /cohort is full/.test(r.text)).length;
  assert.equal(ok, 10);
  assert.equal(full, 40);
  const page = await alpha.get(cohort);
  assert.match(page.text, /12 of 12 places taken/);
  assert.equal((page.text.match(/<td>Rush \d+<\/td><td>Enrolled<\/td>/g) || []).length, 10);
});

test('withdrawing frees a place; completing keeps it; someone known can be enrolled', async () => {
  let page = await alpha.get(cohort);
  const id = /\/orgs\/1\/enrolments\/(\d+)\/end/.exec(page.text)[1];
  const token = csrfFrom(page.text);
  let res = await alpha.post(`/orgs/1/enrolments/${id}/end`, { csrf_token: token, status: 'withdrawn', ended_on: '2027-09-20', reason: 'Found a job' });
  assert.equal(res.status, 303);
  page = await alpha.get(cohort);
  assert.match(page.text, /11 of 12 places taken/);
  assert.match(page.text, /Withdrawn<\/td><td>–<\/td><td>2027-09-20 — Found a job/);
  res = await alpha.post(`/orgs/1/enrolments/${id}/end`, { csrf_token: token, status: 'dropped_out', ended_on: '2027-09-21' });
  assert.equal(res.status, 404, 'an enrolment ends once');
  res = await alpha.post(`/orgs/1/enrolments/${id}/end`, { csrf_token: token, status: 'vanished', ended_on: '2027-02-30' });
  assert.equal(res.status, 400);
  // capacity cannot go below the people enrolled
  res = await alpha.submit(`${cohort}/edit`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2028-02-25'], ['capacity', '5']], cohort);
  assert.equal(res.status, 400);
  assert.match(res.text, /11 people are enrolled/);
  // someone already known (here the administrator's own person record) takes the last seat;
  // the people of the cohort are not offered again
  page = await alpha.get(cohort);
  const options = [...page.text.matchAll(/<option value="(\d+)">([^<]*)<\/option>/g)].map((m) => m[2]);
  assert.deepEqual(options.filter((o) => !/^(Withdrawn|Completed|Dropped out)$/.test(o)), ['Admin of Alpha Training']);
  const known = /<option value="(\d+)">Admin of Alpha Training/.exec(page.text)[1];
  res = await alpha.post(`${cohort}/enrol`, { csrf_token: token, person_id: known, birth_date: '', jobseeker: '' });
  assert.equal(res.status, 400, 'the rules apply to known people too: no birth date, not a job-seeker');
  res = await alpha.submit(cohort, walkIn('Last Seat'), `${cohort}/enrol`);
  assert.equal(res.status, 303);
  res = await alpha.submit(cohort, walkIn('One Too Many'), `${cohort}/enrol`);
  assert.equal(res.status, 409);
  assert.match(res.text, /all 12 places are taken/);
});

test("another organisation cannot enrol into, or end enrolments of, this cohort", async () => {
  const token = csrfFrom((await beta.get('/orgs/2')).text);
  let res = await beta.post(`/orgs/2/cohorts/${cohortId}/enrol`, { csrf_token: token, ...walkIn('Intruder') });
  assert.equal(res.status, 404);
  const id = /\/orgs\/1\/enrolments\/(\d+)\/end/.exec((await alpha.get(cohort)).text)[1];
  res = await beta.post(`/orgs/2/enrolments/${id}/end`, { csrf_token: token, status: 'withdrawn', ended_on: '2027-09-20' });
  assert.equal(res.status, 404);
  assert.doesNotMatch((await alpha.get(cohort)).text, /Intruder/);
});
