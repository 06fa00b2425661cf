// Reports read from a PostgreSQL streaming replica (--db-replica) while every write goes to
// the primary: a primary and a hot standby (pg_basebackup -R) on loopback, `traject serve
// --db PRIMARY --db-replica REPLICA`. With the replica's replay paused, a learner enrolled
// through the page is on the primary (the cohort's page, read from the primary, lists them)
// while the impact report, its exports, the public figures and `traject report impact
// --db-replica` still count the learners of before; once replay resumes, they count the new
// one. When the replica is down, the reports read from the primary, with one line on the log.
// Needs the PostgreSQL server binaries (tests/pg.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer, initDb, runTraject, Client } from '../lib/server.mjs';

const pgsh = join(ROOT, 'tests/pg.sh');
let tmp, primary, replica, srv, alpha, programme, cohort, programmeId;

function sh(...args) {
  const r = spawnSync('bash', [pgsh, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg.sh ${args[0]}: ${r.stderr}`);
  return r.stdout.trim();
}

function sql(url, query) {
  const r = spawnSync('psql', [url, '-Atq', '-c', query], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.trim();
}

// The "All" row's reached figure of an impact CSV: a number, or the text shown for a hidden
// one ("< 5": a replica that has not caught up yet may count fewer than k).
function reached(csv) {
  const m = /^"All",("[^"]*"|\d+),/m.exec(csv.replace(/^\uFEFF/, ''));
  assert.ok(m, csv);
  return /^\d+$/.test(m[1]) ? Number(m[1]) : m[1];
}

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 1500)}`);
  return res.location.split('?')[0];
}

const enrol = async (name) => ok(await alpha.submit(cohort, { name, email: `${name.replace(/ /g, '.').toLowerCase()}@x.be` }, `${cohort}/enrol`), name);

// What each report says now: the programme's, the organisation's (CSV and page), the public
// figures, the command line's through the replica.
async function figures() {
  const out = {};
  out.programme = reached((await alpha.get(`${programme}/impact.csv`)).text);
  out.org = reached((await alpha.get('/orgs/1/impact.csv?by=programme')).text);
  const page = await alpha.get(`${programme}/impact`);
  assert.equal(page.status, 200);
  const total = /<tr class="total"><th scope="row">[^<]+<\/th><td class="num">(?:<a [^>]*>)?([^<]+)/.exec(page.text);
  out.page = /^\d+$/.test(total?.[1]) ? Number(total[1]) : total?.[1];
  out.public = reached((await new Client(srv.base).get('/impact/1/figures.csv')).text);
  const cli = runTraject(['report', 'impact', '--db', primary, '--db-replica', replica, '--programme', programmeId, '--format', 'csv', '--impact-k', '5']);
  assert.equal(cli.code, 0, cli.stderr);
  out.cli = reached(cli.stdout);
  return out;
}

const all = (n) => ({ programme: n, org: n, page: n, public: n, cli: n });

async function until(want, ms = 30000) {
  const end = Date.now() + ms;
  let got;
  while (Date.now() < end) {
    got = await figures();
    if (JSON.stringify(got) === JSON.stringify(want)) return got;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.deepEqual(got, want, 'the replica did not catch up');
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-replica-'));
  chmodSync(tmp, 0o755); // the PostgreSQL clusters inside run as the postgres user when we are root
  const base = 21000 + Math.floor(Math.random() * 9000);
  primary = sh('start', join(tmp, 'primary'), String(base));
  replica = sh('replica', join(tmp, 'primary'), join(tmp, 'replica'), String(base + 1));
  assert.equal(sql(replica, 'SELECT pg_is_in_recovery()'), 't');
  const dir = join(tmp, 'server');
  spawnSync('mkdir', ['-p', dir]);
  initDb(primary);
  srv = await startServer({ from: { dir, db: primary }, env: { TRAJECT_DB_REPLICA: replica, TRAJECT_IMPACT_K: '5' } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  programme = await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Read from the replica'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en'], ['target_reached', '20']], '/orgs/1/programmes'), 'programme');
  programmeId = programme.split('/').pop();
  cohort = await ok(await alpha.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-03-01'],
    ['ends_on', '2027-06-30'], ['capacity', '40']], `${programme}/cohorts`), 'cohort');
  for (let i = 0; i < 6; i++) await enrol(`Early Learner ${i}`);
  await ok(await alpha.submit('/orgs/1/impact', { on: '1' }, '/orgs/1/impact/publish'), 'publish');
});

after(async () => {
  if (srv) await srv.stop({ keep: true });
  for (const d of ['replica', 'primary']) if (tmp) sh('stop', join(tmp, d));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('reports read from the replica while writes go to the primary', async () => {
  await until(all(6)); // the replica has what was written so far
  sql(replica, 'SELECT pg_wal_replay_pause()');
  await enrol('Late Learner');
  // the write is on the primary, and the pages that show what was just saved read it there
  assert.equal(sql(primary, 'SELECT count(*) FROM enrolments'), '7');
  assert.equal(sql(replica, 'SELECT count(*) FROM enrolments'), '6');
  assert.match((await alpha.get(cohort)).text, /Late Learner/);
  const cli = runTraject(['report', 'impact', '--db', primary, '--programme', programmeId, '--format', 'csv', '--impact-k', '5']);
  assert.equal(reached(cli.stdout), 7, 'without --db-replica the command reads the primary');
  // every report still counts the six of before: they read the paused replica
  assert.deepEqual(await figures(), all(6));
  for (const ext of ['xlsx', 'pdf']) assert.equal((await alpha.getBytes(`${programme}/impact.${ext}`)).status, 200, ext);
  sql(replica, 'SELECT pg_wal_replay_resume()');
  await until(all(7));
});

test('when the replica is down, reports read from the primary with one line on the log', async () => {
  sh('stop', join(tmp, 'replica'));
  await enrol('Learner While Down');
  for (let i = 0; i < 4; i++) {
    const res = await alpha.get(`${programme}/impact.csv`);
    assert.equal(res.status, 200);
    assert.equal(reached(res.text), 8);
  }
  assert.equal(reached((await new Client(srv.base).get('/impact/1/figures.csv')).text), 8);
  const lines = srv.stderr().split('\n').filter((l) => /replica .* does not answer/.test(l));
  assert.equal(lines.length, 1, srv.stderr());
  assert.doesNotMatch(lines[0], /password/);
});

test('--db-replica takes a PostgreSQL replica of a PostgreSQL database only', () => {
  for (const args of [['serve', '--db', `sqlite:${join(tmp, 'x.db')}`, '--db-replica', replica],
    ['serve', '--db', primary, '--db-replica', `sqlite:${join(tmp, 'x.db')}`],
    ['report', 'impact', '--db', `sqlite:${join(tmp, 'x.db')}`, '--db-replica', replica, '--programme', '1', '--format', 'csv']]) {
    const r = runTraject(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /--db-replica takes a PostgreSQL streaming replica \(postgresql:\/\/\.\.\.\) of a postgresql:\/\/ --db/);
  }
});
