// The statements a page runs (--count-statements: the X-Statements header), on the demo: a
// guard against round trips to the database creeping back in (each costs PostgreSQL far more
// than SQLite). The session, the account, the membership and the organisation of a page are
// read in one statement. If a change must add a statement to one of these pages, raise its
// bound here and say why in the commit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject } from '../lib/server.mjs';

let srv;
before(async () => {
  srv = await startServer({ env: { TRAJECT_COUNT_STATEMENTS: '1' } });
  const r = runTraject(['demo', '--db', srv.db, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
});
after(async () => { if (srv) await srv.stop(); });

// the fewest statements of two requests in a row (the first may also note that the session
// was seen, once a minute)
async function statements(c, path) {
  let least = Infinity;
  for (let i = 0; i < 2; i++) {
    const r = await c.get(path);
    assert.equal(r.status, 200, `${path} answered ${r.status}`);
    const n = Number(r.headers.get('x-statements'));
    assert.ok(Number.isInteger(n), `${path} has no X-Statements header`);
    least = Math.min(least, n);
  }
  return least;
}

test('without --count-statements no response says how many statements it ran', async () => {
  const other = await startServer();
  try {
    const r = await fetch(other.base + '/sign-in');
    assert.equal(r.headers.get('x-statements'), null);
  } finally {
    await other.stop();
  }
});

test('the health probe runs no statement; an anonymous page no session lookup', async () => {
  const c = new Client(srv.base);
  const r = await c.get('/healthz');
  // answered without a database connection at all: no count, or 0
  assert.ok([null, '0'].includes(r.headers.get('x-statements')));
  assert.ok(await statements(c, '/programmes') <= 1);
});

test('a signed-in page of an organisation reads session, account, membership and organisation in one statement', async () => {
  const c = new Client(srv.base);
  const landing = (await c.signIn('admin@demo.traject.test', 'traject-demo-2026')).location;
  const home = new URL(landing, srv.base).pathname;
  assert.match(home, /^\/orgs\/\d+$/);
  // the home of a training organisation's administrator: its sections' figures and lists
  assert.ok(await statements(c, home) <= 8, 'the organisation home runs at most 8 statements');
  // a page of an organisation one is not a member of: the one statement, then 404
  const r = await c.get('/orgs/999999');
  assert.equal(r.status, 404);
  assert.equal(r.headers.get('x-statements'), '1');
  // the members page: the session's statement and its own
  const members = await statements(c, `${home}/members`);
  assert.ok(members <= 4, `the members page runs ${members} statements`);
});
