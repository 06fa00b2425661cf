// `traject demo --scale N` builds a region of N learners in bulk: the database's own checks
// pass (foreign keys, integrity), the tables hold the records in the proportions of a real
// region, no record points at another organisation's rows, no cohort holds more learners than
// its capacity, every enrolment fits its programme's age band on the cohort's first day; an
// organisation of the region signs in and its pages and impact report answer; the same seed
// builds the same region; a second run on the same database is refused and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backend, freshDb, runTraject, startServer, Client } from '../lib/server.mjs';

const N = 2000;
const NOW = { TRAJECT_NOW: String(Date.UTC(2027, 2, 15, 10) / 1000) };
let dir, db, built;

// Rows of a query as arrays of strings, on either back end.
function sql(url, query) {
  const r = url.startsWith('sqlite:')
    ? spawnSync('sqlite3', ['-separator', '|', url.slice(7), query], { encoding: 'utf8' })
    : spawnSync('psql', [url, '-q', '-A', '-t', '-F', '|', '-c', query], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${query}: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('|'));
}
const count = (url, query) => Number(sql(url, query)[0][0]);

const TABLES = ['organisations', 'accounts', 'memberships', 'locations', 'programmes', 'cohorts',
  'cohort_trainers', 'training_sessions', 'people', 'enrolments', 'attendance', 'applications',
  'certifications', 'programme_certifications', 'exam_attempts', 'job_placements', 'assessments',
  'equipment', 'loans', 'events', 'event_registrations', 'job_followups', 'credentials'];
const counts = (url) => Object.fromEntries(TABLES.map((t) => [t, count(url, `SELECT COUNT(*) FROM ${t}`)]));

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'traject-scale-'));
  db = freshDb(dir);
  built = runTraject(['demo', '--db', db, '--scale', String(N)], { env: NOW });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the region is built with every constraint on, in the proportions of a region', () => {
  assert.equal(built.code, 0, built.stderr);
  assert.match(built.stdout, /learners a minute/);
  if (backend === 'sqlite') {
    assert.deepEqual(sql(db, 'PRAGMA foreign_key_check'), []);
    assert.deepEqual(sql(db, 'PRAGMA integrity_check'), [['ok']]);
  }
  const c = counts(db);
  assert.equal(c.people, N);
  assert.ok(c.organisations >= 4, `organisations: ${c.organisations}`);
  const per = (t) => c[t] / c.people;
  assert.ok(per('enrolments') >= 1.5 && per('enrolments') <= 3, `enrolments per learner: ${per('enrolments')}`);
  assert.ok(c.attendance / c.enrolments >= 8 && c.attendance / c.enrolments <= 40,
    `marks per enrolment: ${c.attendance / c.enrolments}`);
  assert.ok(per('applications') >= 1 && per('applications') <= 1.3, `applications per learner: ${per('applications')}`);
  assert.ok(c.training_sessions > c.cohorts && c.cohorts > c.programmes, JSON.stringify(c));
  assert.equal(c.cohort_trainers, c.cohorts);
  for (const t of ['exam_attempts', 'job_placements', 'loans', 'event_registrations', 'credentials'])
    assert.ok(c[t] > 0 && c[t] < c.people, `${t}: ${c[t]}`);
  assert.ok(c.assessments > 0 && c.assessments < 2 * c.people, `assessments: ${c.assessments}`);
  // about a third of those who completed a bootcamp or a certification track are placed
  const completers = count(db, "SELECT COUNT(*) FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id " +
    "JOIN programmes g ON g.id = c.programme_id WHERE e.status = 'completed' AND g.kind IN ('bootcamp', 'certification')");
  assert.ok(c.job_placements > completers * 0.15 && c.job_placements < completers * 0.45, `${c.job_placements} of ${completers}`);
  // what the reports break down by: every status, kind, gender and language occurs
  const values = (q) => sql(db, q).map((r) => r[0]).sort();
  assert.deepEqual(values('SELECT DISTINCT status FROM enrolments'), ['completed', 'dropped_out', 'enrolled', 'withdrawn']);
  assert.deepEqual(values('SELECT DISTINCT kind FROM programmes'), ['bootcamp', 'camp', 'certification', 'online', 'workshops']);
  assert.deepEqual(values("SELECT DISTINCT COALESCE(gender, '-') FROM people"), ['-', 'another', 'man', 'rather_not_say', 'woman']);
  assert.deepEqual(values('SELECT DISTINCT lang FROM people'), ['en', 'fr', 'nl']);
  assert.deepEqual(values('SELECT DISTINCT status FROM attendance'), ['absent', 'excused', 'late', 'present']);
  assert.ok(values('SELECT DISTINCT status FROM applications').includes('accepted'));
  assert.ok(count(db, 'SELECT COUNT(DISTINCT municipality) FROM people') >= 10);
});

test('no record points at another organisation, no cohort is over capacity, every age fits', () => {
  const crossing = {
    'cohort of another organisation\'s programme': 'FROM cohorts c JOIN programmes g ON g.id = c.programme_id WHERE g.org_id <> c.org_id',
    'cohort at another organisation\'s place': 'FROM cohorts c JOIN locations l ON l.id = c.location_id WHERE l.org_id <> c.org_id',
    'trainer of another organisation\'s cohort': 'FROM cohort_trainers t JOIN cohorts c ON c.id = t.cohort_id WHERE c.org_id <> t.org_id',
    'trainer who is not a member': 'FROM cohort_trainers t LEFT JOIN memberships m ON m.org_id = t.org_id AND m.account_id = t.account_id WHERE m.account_id IS NULL',
    'session of another organisation\'s cohort': 'FROM training_sessions s JOIN cohorts c ON c.id = s.cohort_id WHERE c.org_id <> s.org_id',
    'enrolment in another organisation\'s cohort': 'FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id WHERE c.org_id <> e.org_id',
    'enrolment of another organisation\'s person': 'FROM enrolments e JOIN people p ON p.id = e.person_id WHERE p.org_id <> e.org_id',
    'mark of another organisation\'s session': 'FROM attendance a JOIN training_sessions s ON s.id = a.session_id WHERE s.org_id <> a.org_id',
    'mark of another organisation\'s enrolment': 'FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.org_id <> a.org_id',
    'mark for a session of another cohort': 'FROM attendance a JOIN training_sessions s ON s.id = a.session_id JOIN enrolments e ON e.id = a.enrolment_id WHERE s.cohort_id <> e.cohort_id',
    'mark for a session still to come': `FROM attendance a JOIN training_sessions s ON s.id = a.session_id WHERE s.starts_at >= ${NOW.TRAJECT_NOW}`,
    'application to another organisation\'s programme': 'FROM applications x JOIN programmes g ON g.id = x.programme_id WHERE g.org_id <> x.org_id',
    'application for another organisation\'s enrolment': 'FROM applications x JOIN enrolments e ON e.id = x.enrolment_id WHERE e.org_id <> x.org_id',
    'accepted into a cohort of another programme': 'FROM applications x JOIN cohorts c ON c.id = x.cohort_id WHERE c.programme_id <> x.programme_id',
    'attempt by another organisation\'s person': 'FROM exam_attempts x JOIN people p ON p.id = x.person_id WHERE p.org_id <> x.org_id',
    'attempt at another organisation\'s certification': 'FROM exam_attempts x JOIN certifications c ON c.id = x.certification_id WHERE c.org_id <> x.org_id',
    'attempt still to come': `FROM exam_attempts WHERE taken_on > '2027-03-15'`,
    'placement of another organisation\'s person': 'FROM job_placements x JOIN people p ON p.id = x.person_id WHERE p.org_id <> x.org_id',
    'assessment of another organisation\'s person': 'FROM assessments x JOIN people p ON p.id = x.person_id WHERE p.org_id <> x.org_id',
    'loan of another organisation\'s item': 'FROM loans x JOIN equipment i ON i.id = x.item_id WHERE i.org_id <> x.org_id',
    'loan to another organisation\'s person': 'FROM loans x JOIN people p ON p.id = x.person_id WHERE p.org_id <> x.org_id',
    'two loans of one item at once': 'FROM loans x JOIN loans y ON y.item_id = x.item_id AND y.id <> x.id ' +
      "AND x.lent_on <= COALESCE(y.returned_on, '9999') AND y.lent_on <= COALESCE(x.returned_on, '9999')",
    'registration for another organisation\'s event': 'FROM event_registrations x JOIN events v ON v.id = x.event_id WHERE v.org_id <> x.org_id',
    'event at another organisation\'s place': 'FROM events v JOIN locations l ON l.id = v.location_id WHERE l.org_id <> v.org_id',
    'credential of another organisation\'s person': 'FROM credentials x JOIN people p ON p.id = x.person_id WHERE p.org_id <> x.org_id',
    'credential for another organisation\'s enrolment': 'FROM credentials x JOIN enrolments e ON e.id = x.enrolment_id WHERE e.org_id <> x.org_id OR e.status <> \'completed\'',
    'follow-up of another organisation\'s person': 'FROM job_followups x JOIN people p ON p.id = x.person_id WHERE p.org_id <> x.org_id',
    'event over its places': "FROM events v WHERE v.taken > v.capacity OR v.taken <> (SELECT COUNT(*) FROM event_registrations x WHERE x.event_id = v.id AND x.status = 'registered')",
  };
  for (const [what, from] of Object.entries(crossing))
    assert.equal(count(db, `SELECT COUNT(*) ${from}`), 0, what);
  // seats: the learners who hold one (enrolled or completed) are the cohort's count, within
  // its capacity, and no cohort ever had more enrolments than places
  const seats = sql(db, "SELECT c.id, c.capacity, c.enrolled, COUNT(e.id), " +
    "SUM(CASE WHEN e.status IN ('enrolled', 'completed') THEN 1 ELSE 0 END) " +
    'FROM cohorts c LEFT JOIN enrolments e ON e.cohort_id = c.id GROUP BY c.id, c.capacity, c.enrolled');
  for (const [id, capacity, enrolled, all, holding] of seats.map((r) => r.map(Number))) {
    assert.ok(all <= capacity, `cohort ${id}: ${all} enrolments for ${capacity} places`);
    assert.equal(enrolled, holding, `cohort ${id}: seats taken`);
  }
  // the age band and the job-seeker rule on the cohort's first day
  const rows = sql(db, 'SELECT p.birth_date, c.starts_on, COALESCE(g.min_age, -1), COALESCE(g.max_age, -1), ' +
    'g.jobseekers_only, p.jobseeker FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id ' +
    'JOIN programmes g ON g.id = c.programme_id JOIN people p ON p.id = e.person_id');
  assert.ok(rows.length > 0);
  for (const [birth, start, min, max, jobseekersOnly, jobseeker] of rows) {
    const [by, bm, bd] = birth.split('-').map(Number), [sy, sm, sd] = start.split('-').map(Number);
    const age = sy - by - (sm < bm || (sm === bm && sd < bd) ? 1 : 0);
    assert.ok((+min < 0 || age >= +min) && (+max < 0 || age <= +max), `aged ${age} on ${start}, band ${min}-${max}`);
    assert.ok(jobseekersOnly === '0' || jobseeker === '1', 'a job-seekers-only programme');
  }
});

test('a second run is refused and changes nothing; the same seed builds the same region', () => {
  const before = counts(db);
  const again = runTraject(['demo', '--db', db, '--scale', String(N)], { env: NOW });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /holds a region built by --scale already/);
  assert.deepEqual(counts(db), before);
  const other = freshDb(dir + '-b');
  const dirB = dir + '-b';
  spawnSync('mkdir', ['-p', dirB]);
  const r = runTraject(['demo', '--db', other, '--scale', String(N)], { env: NOW });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(counts(other), before);
  const digest = (url) => sql(url, 'SELECT p.name, p.birth_date, p.municipality, e.status, c.starts_on ' +
    'FROM enrolments e JOIN people p ON p.id = e.person_id JOIN cohorts c ON c.id = e.cohort_id ' +
    'ORDER BY e.id LIMIT 200').map((x) => x.join('|')).join('\n');
  assert.equal(digest(other), digest(db));
  rmSync(dirB, { recursive: true, force: true });
});

test('an organisation of the region signs in; its pages and its impact report answer', async () => {
  const followups = count(db, 'SELECT COUNT(*) FROM job_followups');
  assert.ok(followups > 0);
  const srv = await startServer({ init: false, from: { dir, db }, env: NOW });
  try {
    // the follow-ups due were recorded as sent: the server's scheduler sends none at start
    assert.equal(count(db, 'SELECT COUNT(*) FROM job_followups'), followups);
    const c = new Client(srv.base);
    await c.signIn('admin@t1.scale.traject.test', 'traject-demo-2026');
    const org = sql(db, "SELECT org_id FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE a.email = 'admin@t1.scale.traject.test'")[0][0];
    const programme = sql(db, `SELECT id FROM programmes WHERE org_id = ${org} AND kind = 'bootcamp'`)[0][0];
    const cohort = sql(db, `SELECT id FROM cohorts WHERE org_id = ${org} ORDER BY enrolled DESC, id LIMIT 1`)[0][0];
    for (const path of [`/orgs/${org}`, `/orgs/${org}/programmes`, `/orgs/${org}/programmes/${programme}`,
      `/orgs/${org}/cohorts/${cohort}`, `/orgs/${org}/applications`, `/orgs/${org}/impact`,
      `/orgs/${org}/programmes/${programme}/impact`]) {
      const res = await c.get(path);
      assert.equal(res.status, 200, `${path}: ${res.status} ${res.text.slice(0, 300)}`);
    }
    const report = await c.get(`/orgs/${org}/impact`);
    // the whole organisation's figures, with the list of people behind the number reached
    assert.match(report.text, /<tr class="total">.*measure=reached">\d/);
    // another organisation's cohort is not found from here
    const theirs = sql(db, `SELECT id FROM cohorts WHERE org_id <> ${org} LIMIT 1`)[0][0];
    assert.notEqual((await c.get(`/orgs/${org}/cohorts/${theirs}`)).status, 200);
  } finally {
    await srv.stop({ keep: true });
  }
});
