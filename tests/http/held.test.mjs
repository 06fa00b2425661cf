// An open waiting-list offer holds its place: with three places offered to the waiting list,
// the cohort page says so, staff cannot enrol a walk-in into a held place (a clear message,
// nothing enrolled), and each applicant who takes up an offer gets the place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, PASSWORD } from '../lib/server.mjs';

const T0 = Date.UTC(2027, 5, 1, 10) / 1000;
let srv, admin, programme, pid, cohort, reviewer;
const apps = [];

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(T0) } });
  admin = new Client(srv.base);
  await admin.signIn('admin@alpha.test');
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Web basics'], ['kind', 'workshops'], ['status', 'open'], ['langs', 'en'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  cohort = (await admin.submit(`${programme}/cohorts/new`, [['name', 'Winter'], ['starts_on', '2027-10-04'], ['ends_on', '2027-12-17'], ['capacity', '3']], `${programme}/cohorts`)).location.split('?')[0];
  const sel = `${programme}/selection`;
  assert.equal((await admin.submit(sel, { label_en: 'Motivation', weight: '1' }, `${programme}/criteria`)).status, 303);
  assert.equal((await admin.submit(programme, { opens_at: '', closes_at: '', reviews_needed: '1', consent_age: '13' }, `${programme}/form`)).status, 303);
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'ra@alpha.test', '--name', 'ra', '--role', 'reviewer', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
  reviewer = new Client(srv.base);
  await reviewer.signIn('ra@alpha.test');
  for (let i = 0; i < 6; i++) {
    const a = await new Client(srv.base).submit(`/programmes/${pid}/apply`, { name: `Applicant ${i}`, email: `a${i}@applicant.test`, phone: '', birth_date: '2001-01-01', municipality: 'Gent' });
    assert.equal(a.status, 303);
    apps.push({ id: Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications')).text)[1]), link: a.location.replace('?sent=1', '') });
  }
  const page = await admin.get(sel);
  const ids = [...page.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => ['reviewer', m[1]]);
  assert.equal((await admin.submit(sel, ids, `${programme}/reviewers`)).status, 303);
  for (const [i, a] of apps.entries()) {
    const rp = await reviewer.get(`/orgs/1/reviews/${a.id}`);
    const crit = /name="(c-\d+)" value="1"/.exec(rp.text)[1];
    assert.equal((await reviewer.submit(`/orgs/1/reviews/${a.id}`, { [crit]: String(5 - Math.floor(i / 2)), comment: 'Fine.', action: 'submit' })).status, 303);
  }
  // three places taken by decision, three on the waiting list
  const ranked = await admin.get(`${sel}?waitlist=3`);
  const cohortId = /name="cohort" value="(\d+)"/.exec(ranked.text)[1];
  const fields = [['cohort', cohortId], ...apps.map((a, i) => [`o-${a.id}`, i < 3 ? 'accept' : 'waitlist'])];
  const d = await admin.confirm(await admin.submit(`${sel}?waitlist=3`, fields, `${programme}/decisions`));
  assert.equal(d.status, 303, d.text && d.text.slice(0, 1500));
  // the three accepted withdraw: each freed place is offered to the waiting list
  for (const a of apps.slice(0, 3)) {
    const c = new Client(srv.base);
    assert.equal((await c.confirm(await c.submit(a.link, {}, `${a.link}/withdraw`))).status, 303);
  }
});
after(async () => { if (srv) await srv.stop(); });

test('three open offers hold the three places: the cohort page says so, a walk-in is refused', async () => {
  const page = await admin.get(cohort);
  assert.match(page.text, /0 of 3 places taken\. 3 held by offers to the waiting list\./);
  const r = await admin.submit(cohort, { name: 'Walk In', birth_date: '2001-01-01' }, `${cohort}/enrol`);
  assert.equal(r.status, 409, r.text.replace(/[\s\S]*<main/, '').slice(0, 1500));
  assert.match(r.text, /No place is free: 0 of 3 places are taken and 3 are held by offers to the waiting list until they are taken up or lapse\./);
  assert.doesNotMatch((await admin.get(cohort)).text, /Walk In/);
  // a list of learners is refused too
  const form = await admin.get(`${cohort}/enrol-many`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(form.text));
  fd.set('list', 'Walk In Two;;2001-01-01');
  const bulk = await fetch(srv.base + `${cohort}/enrol-many`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: admin.cookieHeader() } });
  assert.equal(bulk.status, 409);
  assert.match(await bulk.text(), /The list has 1 learners but only 0 places are left\./);
  assert.doesNotMatch((await admin.get(cohort)).text, /Walk In Two/);
  // the public page has no place left to offer either
  const pub = await new Client(srv.base).get(`/programmes/${pid}`);
  assert.match(pub.text, /<dt>Places left<\/dt><dd><strong class="full">Full<\/strong><\/dd>/);
});

test('each applicant who takes up an offer gets the place', async () => {
  for (const [i, a] of apps.slice(3).entries()) {
    const c = new Client(srv.base);
    const r = await c.submit(a.link, {}, `${a.link}/accept`);
    assert.equal(r.status, 303, r.text && r.text.slice(0, 800));
    const page = await admin.get(cohort);
    assert.match(page.text, new RegExp(`${i + 1} of 3 places taken\\.`));
    assert.match(page.text, new RegExp(`Applicant ${i + 3}`));
  }
  assert.doesNotMatch((await admin.get(cohort)).text, /held by/);
  assert.match((await new Client(srv.base).get(`/programmes/${pid}`)).text, /<dt>Places left<\/dt><dd><strong class="full">Full<\/strong><\/dd>/);
});
