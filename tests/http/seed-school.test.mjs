// Seed scenarios 1 and 4 of `traject demo`: the coding school's six-month cohorts of
// job-seekers aged 18 to 25 selected on motivation, in teams on real cases, and TelcoLab, the
// telecom partner that lends sensors, takes interns and gives trainings. The demo replays them
// through the workflows; every figure it publishes is read back here from the reports that
// compute it: the programme's impact page and CSV, the organisation's, the public /impact
// page and CSV, TelcoLab's partner page. Loaded twice, nothing changes; every README sign-in
// lands where its role fits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, freshDb, runTraject } from '../lib/server.mjs';

const DEMO_PASSWORD = 'traject-demo-2026';
let srv, admin, programme, school;

// The cells of a report's table: label → [reached, trained, certified, placed] as shown.
function cells(html) {
  const out = {};
  for (const m of html.matchAll(/<tr(?: class="total")?><th scope="row">([^<]+)<\/th>((?:<td class="num">.*?<\/td>){4})<\/tr>/g))
    out[m[1]] = [...m[2].matchAll(/<td class="num">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/td>/g)].map((c) => c[1].replace(/&lt;/g, '<'));
  return out;
}

// The published figures: by age band, gender and municipality; the totals of every one.
const ALL = ['56', '38', '0', '32'];
const BY = {
  age: { '18 to 25': ALL, All: ALL },
  gender: { Man: ['29', '18', '0', '13'], Woman: ['24', '17', '0', '16'], All: ALL },
  municipality: { Anderlecht: ['20', '11', '0', '10'], 'Molenbeek-Saint-Jean': ['20', '14', '0', '13'], All: ALL },
};
const CSV = {
  age: ['"18 to 25",56,38,0,32', '"All",56,38,0,32'],
  gender: ['"Man",29,18,0,13', '"Woman",24,17,0,16', '"All",56,38,0,32'],
  municipality: ['"Anderlecht",20,11,0,10', '"Molenbeek-Saint-Jean",20,14,0,13', '"All",56,38,0,32'],
};

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'seed-school-'));
  const db = freshDb(dir);
  const t0 = Date.now();
  let r = runTraject(['demo', '--db', db]);
  const ms = Date.now() - t0;
  assert.equal(r.code, 0, r.stderr);
  // how long it took is said, not asserted: its speed is measured by bench/, not by a test
  console.log(`# traject demo: ${ms} ms`);
  assert.match(r.stdout, /demo cohorts 10 and 11: .*published/);
  r = runTraject(['demo', '--db', db]); // twice is harmless: nothing loaded again
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /loaded/);
  srv = await startServer({ from: { dir, db }, init: false });
  admin = new Client(srv.base);
  await admin.signIn('admin@demo.traject.test', DEMO_PASSWORD);
  const list = await admin.get('/orgs/1/programmes');
  programme = /href="(\/orgs\/1\/programmes\/\d+)">Web developer bootcamp/.exec(list.text)[1];
  school = '/orgs/1';
});
after(async () => { await srv?.stop(); });

test('the bootcamp\'s impact: reached, trained and placed, by age band, gender and municipality, on the page and in the CSV', async () => {
  for (const [by, rows] of Object.entries(BY)) {
    const page = await admin.get(`${programme}/impact?by=${by}`);
    assert.equal(page.status, 200);
    const c = cells(page.text);
    for (const [label, want] of Object.entries(rows)) assert.deepEqual(c[label], want, `${by}: ${label}`);
    const csv = await admin.get(`${programme}/impact.csv?by=${by}`);
    assert.equal(csv.status, 200);
    for (const line of CSV[by]) assert.ok(csv.text.split(/\r?\n/).includes(line), `${by} CSV: ${line}\n${csv.text}`);
  }
  const page = await admin.get(`${programme}/impact?by=age`);
  assert.match(page.text, /Of 56 people reached, 38 completed their training, 0 are certified and 32 found work, an internship or further training within six months of the end\./);
  // the organisation's report counts the same people (one programme)
  assert.deepEqual(cells((await admin.get(`${school}/impact?by=age`)).text).All, ALL);
});

test('behind "placed": jobs, internships (four hired by TelcoLab), further training and three start-ups', async () => {
  const res = await admin.get(`${school}/placements`);
  assert.match(res.text, /Showing 1–33 of 33/);
  const count = (re) => [...res.text.matchAll(re)].length;
  assert.equal(count(/<td>Their own start-up<\/td>/g), 3);
  assert.equal(count(/<td>An internship<\/td><td>TelcoLab<\/td>/g), 4);
  assert.equal(count(/<td>An internship<\/td>/g), 10);
  assert.equal(count(/<td>Further training<\/td>/g), 4);
  // the cohorts: two over, one running, one in intake with reviews to do
  const prog = await admin.get(programme);
  for (const name of ['Cohort 10', 'Cohort 11', 'Cohort 12', 'Cohort 13']) assert.match(prog.text, new RegExp(`>${name}<`));
});

// What the public sees (no municipality, too fine for the public; no period: its rows depend
// on the day the demo is loaded).
const PUBLIC = {
  age: BY.age,
  kind: { Bootcamp: ALL, All: ALL },
  province: { 'Brussels-Capital Region': ALL, All: ALL },
};
CSV.kind = ['"Bootcamp",56,38,0,32', '"All",56,38,0,32'];
CSV.province = ['"Brussels-Capital Region",56,38,0,32', '"All",56,38,0,32'];

test('the school publishes its figures at /impact: the same counts, on the page and in the CSV', async () => {
  const anyone = new Client(srv.base);
  const list = await anyone.get('/impact');
  const path = /href="(\/impact\/\d+)">Brussels Coding School</.exec(list.text)[1];
  for (const [by, rows] of Object.entries(PUBLIC)) {
    const page = await anyone.get(`${path}?by=${by}`);
    assert.equal(page.status, 200);
    const c = cells(page.text);
    for (const [label, want] of Object.entries(rows)) assert.deepEqual(c[label], want, `public ${by}: ${label}`);
    const csv = await anyone.get(`${path}/figures.csv?by=${by}`);
    for (const line of CSV[by]) assert.ok(csv.text.split(/\r?\n/).includes(line), `public ${by} CSV: ${line}\n${csv.text}`);
  }
  assert.doesNotMatch((await anyone.get(`${path}?by=age`)).text, /Sara Haddad|Omar Kaya/);
});

test('TelcoLab\'s partner page: what it gave, the cases worked by the teams, its interns, the sensors lent, its hackathon challenge', async () => {
  const p = new Client(srv.base);
  await p.signIn('partner@demo.traject.test', DEMO_PASSWORD);
  const home = await p.get('/orgs/3');
  assert.match(home.text, /Brussels Coding School<\/a>: 6 contributions, 3 cases/);
  const page = await p.get(/href="(\/orgs\/3\/partner-of\/\d+)"/.exec(home.text)[1]);
  const text = page.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  assert.match(text, /Total €31,700\.00 6 contributions/);
  assert.match(text, /Internship places – 1 contribution · How many: 4/);
  assert.match(text, /Trainings €3,000\.00 1 contribution · How many: 2/);
  assert.match(text, /Events €8,000\.00 1 contribution/);
  for (const cohort of ['Cohort 10', 'Cohort 11']) assert.match(text, new RegExp(`Air quality on the way to school Accepted into a cohort ${cohort} 1 0`));
  assert.match(text, /Free parking places on the market square Accepted into a cohort Cohort 12 1 1 4\.0/);
  // its internship after each past cohort: two of its learners apply from their space, hired
  assert.match(text, /4 interns taken · 0 hires/);
  for (const cohort of ['Cohort 10', 'Cohort 11']) assert.match(text, new RegExp(`IoT intern after ${cohort} Internship 2 2 2`));
  assert.match(text, /46 learners used it\./);
  // its challenge at the school's hackathon, taken up by a team
  assert.match(text, /Free parking places on a phone · Smart city hackathon for teens · .* · 1 team/);
  assert.match(text, /IoT sensor kit 4 Sensor TL-IOT-0026 Good 2 15/);
});

test('every README sign-in lands where its role fits', async () => {
  const as = async (email) => { const c = new Client(srv.base); await c.signIn(email, DEMO_PASSWORD); return c; };
  const text = (res) => res.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  // the trainer gives cohort 12's sessions, sees who is at risk, has an application to review
  const trainer = text(await (await as('trainer@demo.traject.test')).get('/orgs/1'));
  assert.match(trainer, /Cohort 12 · Web developer bootcamp · Campus Molenbeek/);
  assert.match(trainer, /Omar Kaya · Cohort 12 · \d+%/);
  assert.match(trainer, /1 application to review/);
  // the reviewer has cohort 13's applications to score, under a code
  const reviews = await (await as('reviewer@demo.traject.test')).get('/orgs/1/reviews');
  assert.match(text(reviews), /Still to review: 3/);
  for (const name of ['Karim Bouzid', 'Lotte De Smet', 'Amadou Diallo']) assert.doesNotMatch(reviews.text, new RegExp(name));
  // the learner: her programme, schedule, attendance (checked in every day), team's case
  const sara = text(await (await as('learner@demo.traject.test')).get('/learning'));
  assert.match(sara, /Brussels Coding School · Cohort 12 \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d · Enrolled Attendance: 100%\./);
  assert.match(sara, /The next sessions: \w+ \d{4}-\d\d-\d\d, 09:00–16:00 Web developer bootcamp · Cohort 12/);
  assert.match(sara, /Web developer bootcamp Present/);
  assert.match(sara, /Free parking places on the market square A case from TelcoLab, worked on at Brussels Coding School in the team Team Market/);
  for (const email of ['admin@demo.traject.test', 'partner@demo.traject.test', 'hub@demo.traject.test', 'liege@demo.traject.test', 'funder@demo.traject.test', 'jury@demo.traject.test'])
    await as(email);
});
