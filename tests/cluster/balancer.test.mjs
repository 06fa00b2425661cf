// Several `traject serve` on one PostgreSQL behind a load balancer (HAProxy from Debian, in
// round robin, run unprivileged from a generated configuration in a temporary folder): a
// visitor signs in through the balancer, the sign-in form coming from one server and the
// form posted to the other (the CSRF secret is the installation's, in the database); the
// session, kept in the database, works on both servers, and signing out on one ends it on
// the other. Both servers run the scheduler: when they start at the same moment after loans
// fell overdue, each reminder is queued once (each timer claims its rows), and mailed once.
// Two servers migrating a new database at the same moment both succeed.
// Needs the PostgreSQL server binaries (tests/pg.sh) and haproxy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, startServer, initDb, Client, mails } from '../lib/server.mjs';

const HAPROXY = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));
const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000; // Wednesday 13 January 2027
const LATER = Date.UTC(2027, 0, 16, 9, 0) / 1000; // Saturday 16: every loan is overdue
const LOANS = 24;
let tmp, db, a, b, lb, lbProc, lbExited;

function sql(query) {
  const r = spawnSync('psql', [db, '-Atq', '-c', query], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.trim();
}

// Two servers on the database, started at once, the clock at now.
async function servers(now, from = []) {
  const env = { TRAJECT_NOW: String(now) };
  return Promise.all([0, 1].map((i) => startServer({ from: from[i] || { dir: join(tmp, `server-${i}`), db }, env })));
}

async function startBalancer() {
  assert.ok(HAPROXY, 'haproxy is not installed (make deps installs it)');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const cfg = join(tmp, 'haproxy.cfg');
    writeFileSync(cfg, `global
    maxconn 256
    pidfile ${join(tmp, 'haproxy.pid')}
defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s
frontend web
    bind 127.0.0.1:${port}
    default_backend traject
backend traject
    balance roundrobin
    http-response set-header X-Served-By %s
    server a ${a.base.replace('http://', '')}
    server b ${b.base.replace('http://', '')}
`);
    lbProc = spawn(HAPROXY, ['-db', '-f', cfg], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    lbProc.stderr.on('data', (d) => { stderr += d; });
    lbExited = new Promise((res) => lbProc.on('exit', res));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && lbProc.exitCode === null; i++) {
      try {
        if ((await fetch(base + '/healthz')).ok) return base;
      } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 50));
    }
    lbProc.kill('SIGKILL');
    await lbExited;
    if (!/cannot bind|Address already in use/i.test(stderr)) throw new Error('haproxy did not start: ' + stderr);
  }
  throw new Error('no free port for haproxy');
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-balancer-'));
  chmodSync(tmp, 0o755); // the PostgreSQL clusters inside run as the postgres user when we are root
  const port = 21000 + Math.floor(Math.random() * 9000);
  const r = spawnSync('bash', [join(ROOT, 'tests/pg.sh'), 'start', join(tmp, 'pg'), String(port)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  db = r.stdout.trim();
  for (const i of [0, 1]) mkdirSync(join(tmp, `server-${i}`));
  // two servers starting at once on a new database: one migrates while the other waits
  const migrations = await Promise.all([0, 1].map(() => new Promise((res) => {
    const p = spawn(BIN, ['migrate', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    p.on('exit', (code) => res({ code, err }));
  })));
  for (const m of migrations) assert.equal(m.code, 0, m.err);
  initDb(db);
  [a, b] = await servers(NOW);
  lb = await startBalancer();
});

after(async () => {
  if (lbProc && lbProc.exitCode === null) {
    lbProc.kill('SIGTERM');
    await lbExited;
  }
  for (const s of [a, b]) if (s) await s.stop({ keep: true });
  if (tmp) {
    spawnSync('bash', [join(ROOT, 'tests/pg.sh'), 'stop', join(tmp, 'pg')]);
    rmSync(tmp, { recursive: true, force: true });
  }
});

// A client of one server that holds the cookies of another client.
function sameCookies(base, c) {
  const d = new Client(base);
  d.cookies = c.cookies;
  return d;
}

test('signed in through the balancer on one server, working through the other', async () => {
  const c = new Client(lb);
  const form = await c.get('/sign-in');
  const done = await c.post('/sign-in', { csrf_token: /name="csrf_token" value="([0-9a-f]{64})"/.exec(form.text)[1], email: 'admin@alpha.test', password: 'correct-horse-battery' });
  assert.equal(done.status, 303, done.text.slice(0, 500));
  const served = [form.headers.get('x-served-by'), done.headers.get('x-served-by')];
  assert.deepEqual([...served].sort(), ['a', 'b'], 'the form came from one server, the sign-in went to the other');
  // a form read from one server and posted to the other, with the session of the sign-in
  const page = await c.get('/orgs/1/programmes/new');
  assert.equal(page.status, 200);
  const saved = await c.post('/orgs/1/programmes', [['csrf_token', /name="csrf_token" value="([0-9a-f]{64})"/.exec(page.text)[1]],
    ['title_en', 'Balanced bootcamp'], ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'en']]);
  assert.equal(saved.status, 303, saved.text.slice(0, 500));
  assert.notEqual(page.headers.get('x-served-by'), saved.headers.get('x-served-by'));
  // the session works on each server directly
  for (const s of [a, b]) {
    const list = await sameCookies(s.base, c).get('/orgs/1/programmes');
    assert.equal(list.status, 200, s.base);
    assert.match(list.text, /Balanced bootcamp/);
  }
  // signing out through one server ends the session on both
  const session = c.cookies.get('tj_session');
  assert.ok(session);
  const home = await c.get('/account');
  const out = await c.post('/sign-out', { csrf_token: /name="csrf_token" value="([0-9a-f]{64})"/.exec(home.text)[1] });
  assert.equal(out.status, 303);
  for (const s of [a, b]) {
    const d = new Client(s.base);
    d.cookies.set('tj_session', session);
    assert.notEqual((await d.get('/orgs/1/programmes')).status, 200, s.base);
  }
});

test('both servers run the scheduler: each overdue loan is reminded once', async () => {
  const staff = new Client(a.base);
  await staff.signIn('admin@alpha.test');
  const via = sameCookies(b.base, staff); // the lends go through the other server
  const loc = await staff.submit('/orgs/1/locations/new', { name: 'Depot', municipality: 'Gent', province: 'east-flanders' }, '/orgs/1/locations');
  assert.equal(loc.status, 303, loc.text.slice(0, 500));
  const depot = /<option value="(\d+)">Depot<\/option>/.exec((await staff.get('/orgs/1/equipment/new')).text)[1];
  for (let i = 0; i < LOANS; i++) {
    const item = await staff.submit('/orgs/1/equipment/new', { kind: 'sensor', label: `Sensor ${i}`, serial: '', condition: 'good', partner_id: '', location_id: '' }, '/orgs/1/equipment');
    assert.equal(item.status, 303, item.text.slice(0, 500));
    const id = item.location.split('?')[0].split('/').pop();
    const lent = await via.submit(`/orgs/1/equipment/${id}`, { borrower: `location-${depot}`, lent_on: '2027-01-13', due_on: '2027-01-14' }, `/orgs/1/equipment/${id}/lend`);
    assert.equal(lent.status, 303, lent.text.slice(0, 500));
  }
  assert.equal(sql("SELECT count(*) FROM outbox WHERE subject LIKE 'Overdue:%'"), '0');
  // both stop; both start at once three days later, each running every timer as it starts
  await Promise.all([a.stop({ keep: true }), b.stop({ keep: true })]);
  [a, b] = await servers(LATER, [a, b]);
  const queued = sql("SELECT subject FROM outbox WHERE subject LIKE 'Overdue:%' ORDER BY subject").split('\n');
  assert.equal(queued.length, LOANS, queued.join('\n'));
  assert.equal(new Set(queued).size, LOANS, 'one reminder per loan');
  assert.equal(sql('SELECT count(*) FROM loans WHERE reminded_at IS NULL'), '0');
  // and again, a day later: nothing more
  await Promise.all([a.stop({ keep: true }), b.stop({ keep: true })]);
  [a, b] = await servers(LATER + 86400, [a, b]);
  assert.equal(sql("SELECT count(*) FROM outbox WHERE subject LIKE 'Overdue:%'"), String(LOANS));
  // each mail is delivered once, by whichever server's mail worker claimed it
  const end = Date.now() + 10000;
  let sent;
  while (Date.now() < end) {
    sent = [...await mails(a.mailDir, 0, 0), ...await mails(b.mailDir, 0, 0)].filter((m) => m.subject.startsWith('Overdue:'));
    if (sent.length >= LOANS) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(sent.length, LOANS);
  assert.equal(new Set(sent.map((m) => m.subject)).size, LOANS);
});
