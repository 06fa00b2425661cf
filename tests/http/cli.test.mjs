// The command line: help, unknown flags, unreachable databases, init, migrate, user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTraject as run, freshDb, PASSWORD, startServer, Client } from '../lib/server.mjs';

test('every command has --help; unknown flags print usage and exit 2', () => {
  for (const cmd of ['serve', 'init', 'migrate', 'user', 'demo']) {
    const h = run([cmd, '--help']);
    assert.equal(h.code, 0, cmd);
    assert.match(h.stdout, new RegExp(`usage: traject ${cmd}`));
    assert.match(h.stdout, /--db/);
    const bad = run([cmd, '--no-such-flag']);
    assert.equal(bad.code, 2, cmd);
    assert.match(bad.stderr, /unknown option --no-such-flag/);
    assert.match(bad.stderr, /usage:/);
  }
  assert.match(run(['serve', '--help']).stdout, /TRAJECT_LISTEN/);
  assert.equal(run(['bogus']).code, 2);
  assert.equal(run([]).code, 2);
});

test('an unreachable database: one clear line without the password, exit 1', () => {
  const r = run(['serve', '--db', 'postgresql://traject:s3cretpw@127.0.0.1:1/traject', '--listen', '127.0.0.1:29999']);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stderr + r.stdout, /s3cretpw/);
  assert.match(r.stderr, /postgresql:\/\/traject:\*\*\*@127\.0\.0\.1:1\/traject/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  const s = run(['migrate', '--db', 'sqlite:/nonexistent-dir/x/y.db']);
  assert.equal(s.code, 1);
  assert.equal(s.stderr.trim().split('\n').length, 1, s.stderr);
  const u = run(['serve', '--db', 'mysql://x']);
  assert.equal(u.code, 1);
});

test('init creates, migrates and is idempotent; migrate --status lists migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traject-cli-'));
  try {
    const db = freshDb(dir);
    const pw = join(dir, 'pw');
    writeFileSync(pw, PASSWORD + '\n');
    let r = run(['init', '--db', db, '--org', 'Gamma', '--admin-email', 'g@gamma.test', '--admin-password-file', pw]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /applied 0001-foundation\.sql/);
    assert.match(r.stdout, /organisation Gamma created/);
    r = run(['init', '--db', db, '--org', 'Gamma', '--admin-email', 'g@gamma.test', '--admin-password-file', pw]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /created/);
    r = run(['migrate', '--status', '--db', db]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0001-foundation\.sql\s+applied \d{4}-\d\d-\d\d/);
    assert.match(r.stdout, /0 pending/);
    r = run(['migrate', '--db', db]);
    assert.match(r.stdout, /0 migrations applied/);
    // a short password is refused and creates nothing
    writeFileSync(pw, 'short\n');
    r = run(['init', '--db', db, '--org', 'Delta', '--admin-email', 'd@delta.test', '--admin-password-file', pw]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /10 to 200 characters/);
    // password from standard input; user add, list, disable
    r = run(['user', 'add', '--db', db, '--email', 'Trainer@Gamma.test', '--name', 'Tom', '--org', 'Gamma', '--role', 'staff,reviewer', '--password-file', '-'], { input: 'trainer-password-1\n' });
    assert.equal(r.code, 0, r.stderr);
    r = run(['user', 'list', '--db', db]);
    assert.match(r.stdout, /trainer@gamma\.test/);
    r = run(['user', 'add', '--db', db, '--email', 'x@gamma.test', '--role', 'king', '--org', 'Gamma']);
    assert.equal(r.code, 2);
    r = run(['user', 'disable', '--db', db, '--email', 'trainer@gamma.test']);
    assert.equal(r.code, 0);
    assert.match(run(['user', 'list', '--db', db]).stdout, /trainer@gamma\.test.*disabled/);
    r = run(['user', 'password', '--db', db, '--email', 'g@gamma.test', '--password-file', '-'], { input: 'brand-new-password\n' });
    assert.equal(r.code, 0, r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a disabled account cannot sign in and loses its sessions', async () => {
  const srv = await startServer();
  try {
    const c = new Client(srv.base);
    await c.signIn('admin@beta.test');
    const r = run(['user', 'disable', '--db', srv.db, '--email', 'admin@beta.test']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await c.get('/orgs/2')).status, 303);
    const again = await new Client(srv.base).submit('/sign-in', { email: 'admin@beta.test', password: PASSWORD });
    assert.equal(again.status, 400);
  } finally {
    await srv.stop();
  }
});

test('the README documents every setting exactly as `traject settings --markdown` prints it', async () => {
  const { readFileSync } = await import('node:fs');
  const { ROOT } = await import('../lib/server.mjs');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = run(['settings', '--markdown']).stdout;
  assert.ok(table.split('\n').length > 10);
  assert.ok(readme.includes(table), 'README configuration table is out of date: paste `traject settings --markdown`');
});

test('traject demo loads organisations, accounts and an open programme with a cohort; twice is harmless', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'traject-demo-'));
  try {
    const db = freshDb(dir);
    let r = run(['demo', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /admin@demo\.traject\.test/);
    assert.match(r.stdout, /training data|cohort, sessions and learners loaded/);
    r = run(['demo', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /loaded/);
    const { startServer: start } = await import('../lib/server.mjs');
    const srv = await start({ from: { dir, db }, init: false });
    try {
      const c = new Client(srv.base);
      await c.signIn('admin@demo.traject.test', 'traject-demo-2026');
      const list = await c.get('/orgs/1/programmes');
      assert.match(list.text, /Web developer bootcamp/);
      assert.match(list.text, /Open for enrolment/);
      const prog = /href="(\/orgs\/1\/programmes\/\d+)"/.exec(list.text)[1];
      const cohort = /href="(\/orgs\/1\/cohorts\/\d+)"/.exec((await c.get(prog)).text)[1];
      const page = await c.get(cohort);
      assert.match(page.text, /12 of 24 places taken/);
      assert.match(page.text, /\d+ sessions, in Brussels time/);
      // the fund's call is in review: proposals, a jury, reviews
      assert.match(r.stdout, /jury@demo\.traject\.test/);
      const f = new Client(srv.base);
      await f.signIn('funder@demo.traject.test', 'traject-demo-2026');
      const calls = await f.get('/orgs/2/calls');
      assert.match(calls.text, /Digital inclusion 2027/);
      assert.match(calls.text, /Closed, in review/);
      const callPath = /href="(\/orgs\/2\/calls\/\d+)"/.exec(calls.text)[1];
      const callPage = await f.get(callPath);
      assert.match(callPage.text, /6 proposals submitted/);
      assert.equal([...callPage.text.matchAll(/<td>Juror|<td>(Marc Lambert|Ines Vandenberghe|Youssef Tahiri)<br>/g)].length, 3);
      const ranking = await f.get(`${callPath}/ranking`);
      assert.match(ranking.text, /Proposed selection: 3 proposals/);
      const j = new Client(srv.base);
      await j.signIn('jury3@demo.traject.test', 'traject-demo-2026');
      assert.match((await j.get('/orgs/2/jury')).text, /Assigned to you: read it/);
      // the library: the hub's STEM lesson plans in three languages, public; the school's
      // worksheet for its members only
      const lib = await new Client(srv.base).get('/resources?kind=lesson_plan');
      for (const t of [/Lesvoorbereiding: een robot/, /Plan de cours : un robot/, /Lesson plan: measuring the classroom/]) assert.match(lib.text, t);
      assert.doesNotMatch((await new Client(srv.base).get('/resources')).text, /reading an API/);
    } finally {
      await srv.stop({ keep: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
