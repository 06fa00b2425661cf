// Sign in and out, sessions, CSRF, throttling, password reset, security headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, PASSWORD } from '../lib/server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { if (srv) await srv.stop(); });

test('GET /healthz answers ok with the security headers', async () => {
  const res = await fetch(srv.base + '/healthz');
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'ok\n');
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(res.headers.get('referrer-policy'));
  assert.match(res.headers.get('x-request-id'), /^[0-9a-f]{4}-\d+$/);
  assert.equal(res.headers.get('strict-transport-security'), null);
});

test('sign-in with the form and its csrf_token starts a session (HttpOnly, SameSite=Lax)', async () => {
  const c = new Client(srv.base);
  const page = await c.get('/sign-in');
  assert.equal(page.status, 200);
  const token = csrfFrom(page.text);
  const res = await c.post('/sign-in', { csrf_token: token, email: 'ADMIN@alpha.test ', password: PASSWORD });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/orgs/1');
  const cookie = res.headers.getSetCookie().find((x) => x.startsWith('tj_session='));
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.doesNotMatch(cookie, /Secure/);
  const home = await c.get('/orgs/1');
  assert.equal(home.status, 200);
  assert.match(home.text, /<h1>Alpha Training<\/h1>/);
  assert.equal(home.headers.get('cache-control'), 'no-store');
});

test('a new session token is issued at every sign-in, and sign-out ends the session', async () => {
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const first = c.cookies.get('tj_session');
  const token = csrfFrom((await c.get('/orgs/1')).text);
  const again = await c.post('/sign-in', { csrf_token: token, email: 'admin@alpha.test', password: PASSWORD });
  assert.equal(again.status, 303);
  const second = c.cookies.get('tj_session');
  assert.notEqual(second, first);
  const stale = new Client(srv.base);
  stale.cookies.set('tj_session', first);
  assert.equal((await stale.get('/orgs/1')).status, 303, 'the replaced token no longer opens a session');
  const out = await c.post('/sign-out', { csrf_token: csrfFrom((await c.get('/orgs/1')).text) });
  assert.equal(out.status, 303);
  assert.equal((await c.get('/orgs/1')).status, 303);
  const replay = new Client(srv.base);
  replay.cookies.set('tj_session', second);
  assert.equal((await replay.get('/orgs/1')).status, 303, 'a signed-out token is dead');
});

test('a POST without or with a wrong csrf_token is refused with 403 and changes nothing', async () => {
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  let res = await c.post('/account/profile', { name: 'Hacked', lang: 'en' });
  assert.equal(res.status, 403);
  assert.match(res.text, /expired|not sent from traject/);
  res = await c.post('/account/profile', { csrf_token: 'a'.repeat(64), name: 'Hacked', lang: 'en' });
  assert.equal(res.status, 403);
  // a token of another visitor does not work either
  const other = new Client(srv.base);
  const foreign = csrfFrom((await other.get('/sign-in')).text);
  res = await c.post('/account/profile', { csrf_token: foreign, name: 'Hacked', lang: 'en' });
  assert.equal(res.status, 403);
  const acc = await c.get('/account');
  assert.doesNotMatch(acc.text, /Hacked/);
  // and the sign-in form refuses a missing token
  const anon = new Client(srv.base);
  res = await anon.post('/sign-in', { email: 'admin@alpha.test', password: PASSWORD });
  assert.equal(res.status, 403);
});

test('a wrong password shows the form again with a message; unknown e-mails get the same answer', async () => {
  const c = new Client(srv.base);
  const wrong = await c.submit('/sign-in', { email: 'admin@beta.test', password: 'not-the-password' });
  assert.equal(wrong.status, 400);
  assert.match(wrong.text, /not right/);
  assert.match(wrong.text, /value="admin@beta\.test"/);
  assert.ok(!c.cookies.has('tj_session'));
  const unknown = await c.submit('/sign-in', { email: 'nobody@nowhere.test', password: 'not-the-password' });
  assert.equal(unknown.status, 400);
  assert.match(unknown.text, /not right/);
  const empty = await c.submit('/sign-in', { email: '', password: '' });
  assert.equal(empty.status, 400);
  assert.match(empty.text, /class="error-summary"/);
  assert.match(empty.text, /aria-invalid="true"/);
});

test('repeated failures make the next attempt wait, even with the right password', async () => {
  const s = await startServer({ env: { TRAJECT_NOW: '1800000000' } }); // a fixed clock
  try {
    const c = new Client(s.base);
    for (let i = 0; i < 3; i++) {
      const r = await c.submit('/sign-in', { email: 'admin@alpha.test', password: 'wrong-password' });
      assert.equal(r.status, 400);
    }
    const r = await c.submit('/sign-in', { email: 'admin@alpha.test', password: PASSWORD });
    assert.equal(r.status, 429);
    assert.match(r.text, /wait 1 second and/);
    assert.ok(!c.cookies.has('tj_session'));
    // another address is not affected
    await new Client(s.base).signIn('admin@beta.test');
  } finally {
    await s.stop();
  }
});

test('an idle session expires', async () => {
  const s = await startServer({ env: { TRAJECT_SESSION_IDLE: '1' } });
  try {
    const c = new Client(s.base);
    await c.signIn('admin@alpha.test');
    assert.equal((await c.get('/orgs/1')).status, 200);
    await new Promise((r) => setTimeout(r, 2200));
    const res = await c.get('/orgs/1');
    assert.equal(res.status, 303);
    assert.match(res.location, /^\/sign-in/);
  } finally {
    await s.stop();
  }
});

test('behind TLS: Secure cookies and HSTS', async () => {
  const s = await startServer({ env: { TRAJECT_BEHIND_TLS: 'true' } });
  try {
    const res = await fetch(s.base + '/sign-in');
    assert.match(res.headers.get('strict-transport-security'), /max-age=\d+/);
    assert.ok(res.headers.getSetCookie().every((c) => /; Secure/.test(c)));
  } finally {
    await s.stop();
  }
});

test('password reset by e-mail: single use, ends old sessions, unknown e-mail reveals nothing', async () => {
  const old = new Client(srv.base);
  await old.signIn('admin@beta.test');
  const c = new Client(srv.base);
  const unknown = await c.submit('/password-reset', { email: 'ghost@nowhere.test' });
  assert.equal(unknown.status, 200);
  const res = await c.submit('/password-reset', { email: 'admin@beta.test' });
  assert.equal(res.status, 200);
  assert.equal(res.text.replace(/value="[0-9a-f]{64}"/g, ''), unknown.text.replace(/value="[0-9a-f]{64}"/g, ''));
  const all = await mails(srv.mailDir, 1);
  const mail = all.find((m) => m.to === 'admin@beta.test' && /password/i.test(m.subject));
  assert.ok(mail, 'reset mail in the outbox');
  assert.ok(!all.some((m) => m.to === 'ghost@nowhere.test'));
  const link = linkIn(mail.body, '/password-reset/');
  const form = await c.get(link);
  assert.equal(form.status, 200);
  const bad = await c.submit(link, { password: 'short', confirm: 'short' });
  assert.equal(bad.status, 400);
  assert.match(bad.text, /at least 10 characters/);
  const mismatch = await c.submit(link, { password: 'a-new-password-1', confirm: 'a-new-password-2' });
  assert.equal(mismatch.status, 400);
  const ok = await c.submit(link, { password: 'a-new-password-1', confirm: 'a-new-password-1' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/sign-in?reset=1');
  assert.equal((await c.get(link)).status, 404, 'the link works once');
  assert.equal((await old.get('/orgs/2')).status, 303, 'old sessions ended');
  await new Client(srv.base).signIn('admin@beta.test', 'a-new-password-1');
  const oldpw = await new Client(srv.base).submit('/sign-in', { email: 'admin@beta.test', password: PASSWORD });
  assert.equal(oldpw.status, 400);
});

test('account settings: name and language; the password change needs the current one', async () => {
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  let res = await c.submit('/account', { name: '', lang: 'xx' }, '/account/profile');
  assert.equal(res.status, 400);
  assert.match(res.text, /Your name is required/);
  res = await c.submit('/account', { name: 'Alpha Boss', lang: 'en' }, '/account/profile');
  assert.equal(res.status, 303);
  assert.match((await c.get('/account')).text, /value="Alpha Boss"/);
  res = await c.submit('/account', { current: 'wrong-one-here', password: 'another-pass-1', confirm: 'another-pass-1' }, '/account/password');
  assert.equal(res.status, 400);
  assert.match(res.text, /current password is not right/);
  res = await c.submit('/account', { current: PASSWORD, password: 'another-pass-1', confirm: 'another-pass-1' }, '/account/password');
  assert.equal(res.status, 303);
  assert.equal((await c.get('/account')).status, 200, 'this session goes on');
  res = await c.submit('/account', { current: 'another-pass-1', password: PASSWORD, confirm: PASSWORD }, '/account/password');
  assert.equal(res.status, 303);
});

test('SIGTERM lets requests in flight finish, then the server exits 0', async () => {
  const s = await startServer();
  const c = new Client(s.base);
  const token = csrfFrom((await c.get('/sign-in')).text);
  // a sign-in takes tens of milliseconds (argon2id): stop the server while it runs
  const pending = Promise.all(Array.from({ length: 4 }, async () => {
    const r = await c.post('/sign-in', { csrf_token: token, email: 'admin@alpha.test', password: PASSWORD });
    return { status: r.status, at: Date.now() };
  }));
  await new Promise((r) => setTimeout(r, 40));
  const stopAt = Date.now();
  const stopped = s.stop();
  const results = await pending;
  for (const r of results) assert.equal(r.status, 303);
  assert.ok(results.some((r) => r.at > stopAt), 'some sign-ins were still running at SIGTERM');
  const { code } = await stopped;
  assert.equal(code, 0);
});

test('a burst of sign-ins all succeed under the cap on concurrent hashes', async () => {
  const s = await startServer({ env: { TRAJECT_HASH_CONCURRENCY: '1', TRAJECT_THREADS: '4' } });
  try {
    const clients = Array.from({ length: 12 }, () => new Client(s.base));
    const res = await Promise.all(clients.map((c) => c.signIn('admin@beta.test')));
    assert.equal(res.filter((r) => r.status === 303).length, 12);
  } finally {
    await s.stop();
  }
});
