// Failures that are not the user's: a password that could not be checked is never taken for
// a wrong one (no lock-out, a clear 503), and a full disk is logged as such and told to the
// user as "out of space; nothing was saved", with nothing saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, Client, csrfFrom, PASSWORD, backend } from '../lib/server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { if (srv) await srv.stop(); });

function sql(db, text) {
  const r = db.startsWith('sqlite:')
    ? spawnSync('sqlite3', [db.slice('sqlite:'.length)], { input: text, encoding: 'utf8' })
    : spawnSync('psql', [db, '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1'], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

async function signIn(c, password, lang = 'en') {
  const token = csrfFrom((await c.get('/sign-in', { headers: { 'accept-language': lang } })).text);
  return c.post('/sign-in', { csrf_token: token, email: 'admin@alpha.test', password }, { headers: { 'accept-language': lang } });
}

test('a stored password hash that cannot be read: 503 and a clear message, never "wrong password", and no lock-out', async () => {
  const good = sql(srv.db, "SELECT password_hash FROM accounts WHERE email = 'admin@alpha.test';");
  assert.match(good, /^\$argon2id\$/);
  sql(srv.db, "UPDATE accounts SET password_hash = '$argon2id$v=19$unreadable' WHERE email = 'admin@alpha.test';");
  for (let i = 0; i < 8; i++) {
    const res = await signIn(new Client(srv.base), PASSWORD);
    assert.equal(res.status, 503, `attempt ${i}`);
    assert.equal(res.headers.get('retry-after'), '60');
    assert.match(res.text, /The password could not be checked just now\. Nothing was counted against you/);
    assert.doesNotMatch(res.text, /is not right|Too many failed attempts/);
  }
  const fr = await signIn(new Client(srv.base), PASSWORD, 'fr');
  assert.match(fr.text, /Le mot de passe n’a pas pu être vérifié/);
  sql(srv.db, `UPDATE accounts SET password_hash = '${good}' WHERE email = 'admin@alpha.test';`);
  const c = new Client(srv.base);
  const res = await signIn(c, PASSWORD);
  assert.equal(res.status, 303, 'signed in at once: the failed checks did not count');
  // a wrong password is still a wrong password
  const wrong = await signIn(new Client(srv.base), 'not-the-password');
  assert.equal(wrong.status, 400);
  assert.match(wrong.text, /The e-mail address or the password is not right\./);
});

if (backend === 'sqlite') {
  test('a full disk: 507 "out of space; nothing was saved", logged as such, and nothing saved', async () => {
    const db = srv.db;
    await srv.stop({ keep: true });
    srv = await startServer({ from: srv, env: { TRAJECT_TEST_FULL: '1' } });
    const c = new Client(srv.base);
    assert.equal((await signIn(c, PASSWORD)).status, 303);
    const form = await c.get('/orgs/1/programmes/new');
    const long = 'A long description that needs pages the database may not take. '.repeat(70);
    const res = await c.post('/orgs/1/programmes', {
      csrf_token: csrfFrom(form.text), title_en: 'Too big to store', description_en: long, description_nl: long,
      description_fr: long, kind: 'bootcamp', status: 'draft', langs: 'en',
    });
    assert.equal(res.status, 507);
    assert.match(res.text, /The server is out of space; nothing was saved\./);
    assert.doesNotMatch(res.text, /could not be reached/);
    assert.match(srv.stderr(), /database out of space in/);
    assert.doesNotMatch(srv.stderr(), /\bbug\b.*out of space/);
    assert.equal(sql(db, "SELECT COUNT(*) FROM programmes WHERE title_en = 'Too big to store';"), '0');
    const nl = await c.post('/orgs/1/programmes', {
      csrf_token: csrfFrom(form.text), title_en: 'Too big to store', description_en: long, description_nl: long,
      description_fr: long, kind: 'bootcamp', status: 'draft', langs: 'en',
    }, { headers: { 'accept-language': 'nl' } });
    assert.equal(nl.status, 507);
  });
}
