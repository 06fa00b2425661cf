// Invitations, accepting them, roles, removing members, switching organisations, and
// the e-mails that go with them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, PASSWORD } from '../lib/server.mjs';

let srv, alpha;
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
});
after(async () => { if (srv) await srv.stop(); });

async function lastMailTo(addr, n) {
  const all = await mails(srv.mailDir, n);
  const m = all.filter((x) => x.to === addr).pop();
  assert.ok(m, `a mail to ${addr}`);
  return m;
}

test('the invite form validates: e-mail, at least one role, known language', async () => {
  const res = await alpha.submit('/orgs/1/members/invite', [['email', 'not-an-email'], ['lang', 'de']]);
  assert.equal(res.status, 400);
  assert.match(res.text, /class="error-summary"/);
  assert.match(res.text, /name@example\.org/);
  assert.match(res.text, /at least one role/);
  assert.match(res.text, /Choose one of the options/);
  const dup = await alpha.submit('/orgs/1/members/invite', [['email', 'admin@alpha.test'], ['roles', 'staff'], ['lang', 'en']]);
  assert.equal(dup.status, 400);
  assert.match(dup.text, /already a member/);
  const bogusRole = await alpha.submit('/orgs/1/members/invite', [['email', 'x@alpha.test'], ['roles', 'emperor'], ['lang', 'en']]);
  assert.equal(bogusRole.status, 400);
});

test('invite, mail in the chosen language, accept with a new account', async () => {
  const res = await alpha.submit('/orgs/1/members/invite', [['email', 'Nina@Example.test'], ['roles', 'staff'], ['roles', 'reviewer'], ['lang', 'fr']]);
  assert.equal(res.status, 303);
  const members = await alpha.get(res.location);
  assert.match(members.text, /nina@example\.test/);
  const mail = await lastMailTo('nina@example.test', 1);
  assert.match(mail.subject, /Alpha Training/);
  const link = linkIn(mail.body, '/invitations/');
  const c = new Client(srv.base);
  const page = await c.get(link);
  assert.equal(page.status, 200);
  assert.match(page.text, /nina@example\.test/);
  const bad = await c.submit(link, { name: '', password: 'one-password-1', confirm: 'other-password' });
  assert.equal(bad.status, 400);
  assert.match(bad.text, /not the same|is required/);
  const ok = await c.submit(link, { name: 'Nina <b>Nour</b>', password: 'nina-password-1', confirm: 'nina-password-1' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/orgs/1');
  const home = await c.get('/orgs/1');
  assert.equal(home.status, 200);
  assert.match(home.text, /Staff, Reviewer/);
  // the name is shown as text, never as markup
  const list = await alpha.get('/orgs/1/members');
  assert.match(list.text, /Nina &lt;b&gt;Nour&lt;\/b&gt;/);
  assert.equal((await new Client(srv.base).get(link)).status, 404, 'an invitation is single use');
  await new Client(srv.base).signIn('nina@example.test', 'nina-password-1');
});

test('an existing account must sign in to accept; a different account cannot accept', async () => {
  await alpha.submit('/orgs/1/members/invite', [['email', 'admin@beta.test'], ['roles', 'partner'], ['lang', 'en']]);
  const mail = await lastMailTo('admin@beta.test', 2);
  const link = linkIn(mail.body, '/invitations/');
  const anon = new Client(srv.base);
  const page = await anon.get(link);
  assert.match(page.text, /Sign in to accept/);
  const hijack = await anon.submit(link, { name: 'X', password: 'whatever-123', confirm: 'whatever-123' });
  assert.equal(hijack.status, 403, 'the token alone does not take over an existing account');
  const nina = new Client(srv.base);
  await nina.signIn('nina@example.test', 'nina-password-1');
  const wrong = await nina.submit(link, {});
  assert.equal(wrong.status, 403);
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const ok = await beta.submit(link, {});
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/orgs/1');
  // now a member of two organisations: both listed, switching changes where / leads
  const orgs = await beta.get('/orgs');
  assert.match(orgs.text, /Alpha Training/);
  assert.match(orgs.text, /Beta Fund/);
  const sw = await beta.post('/orgs/2/switch', { csrf_token: csrfFrom(orgs.text) });
  assert.equal(sw.status, 303);
  assert.equal((await beta.get('/')).location, '/orgs/2');
  const sw1 = await beta.post('/orgs/1/switch', { csrf_token: csrfFrom(orgs.text) });
  assert.equal(sw1.status, 303);
  assert.equal((await beta.get('/')).location, '/orgs/1');
});

test('roles: change, keep at least one administrator, remove a member', async () => {
  const list = await alpha.get('/orgs/1/members');
  const ninaId = /href="\/orgs\/1\/members\/(\d+)">Change<span class="sr"> Nina/.exec(list.text)[1];
  const token = csrfFrom(list.text);
  let res = await alpha.post(`/orgs/1/members/${ninaId}/roles`, [['csrf_token', token], ['roles', 'admin']]);
  assert.equal(res.status, 303);
  assert.match((await alpha.get('/orgs/1/members')).text, /nina@example\.test<\/td><td>Administrator</);
  // the only other admin is account 1; demoting both admins is refused
  res = await alpha.post(`/orgs/1/members/${ninaId}/roles`, [['csrf_token', token], ['roles', 'staff']]);
  assert.equal(res.status, 303);
  res = await alpha.post('/orgs/1/members/1/roles', [['csrf_token', token], ['roles', 'staff']]);
  assert.equal(res.status, 409);
  assert.match(res.text, /at least one administrator/);
  res = await alpha.post('/orgs/1/members/1/roles', [['csrf_token', token]]);
  assert.equal(res.status, 400);
  // remove Nina: she loses access at once
  const nina = new Client(srv.base);
  await nina.signIn('nina@example.test', 'nina-password-1');
  assert.equal((await nina.get('/orgs/1')).status, 200);
  // a confirmation first: it says what happens to whom, and nothing is done yet
  const ask = await alpha.post(`/orgs/1/members/${ninaId}/remove`, { csrf_token: token });
  assert.equal(ask.status, 200);
  assert.match(ask.text, /<h1>Remove Nina &lt;b&gt;Nour&lt;\/b&gt; from Alpha Training\?<\/h1>/);
  assert.match(ask.text, new RegExp(`href="/orgs/1/members/${ninaId}" class="cancel"`));
  assert.equal((await nina.get('/orgs/1')).status, 200, 'nothing done before confirming');
  // replayed without its token, or with a forged one: asked again, nothing done
  for (const forged of [undefined, '0'.repeat(32)]) {
    const again = await alpha.post(`/orgs/1/members/${ninaId}/remove`, forged ? { csrf_token: token, confirm_token: forged } : { csrf_token: token });
    assert.equal(again.status, 200);
    assert.match(again.text, /name="confirm_token"/);
  }
  // the token of another member's removal does not remove Nina
  const mine = await alpha.post('/orgs/1/members/1/remove', { csrf_token: token });
  const other = /name="confirm_token" value="([0-9a-f]+)"/.exec(mine.text)[1];
  assert.equal((await alpha.post(`/orgs/1/members/${ninaId}/remove`, { csrf_token: token, confirm_token: other })).status, 200);
  assert.equal((await nina.get('/orgs/1')).status, 200, 'still a member');
  res = await alpha.confirm(ask);
  assert.equal(res.status, 303);
  assert.equal((await nina.get('/orgs/1')).status, 404);
  assert.equal((await alpha.get(`/orgs/1/members/${ninaId}`)).status, 404);
});

test('an open invitation can be withdrawn and its link stops working', async () => {
  await alpha.submit('/orgs/1/members/invite', [['email', 'late@example.test'], ['roles', 'learner'], ['lang', 'nl']]);
  const mail = await lastMailTo('late@example.test', 3);
  const link = linkIn(mail.body, '/invitations/');
  const list = await alpha.get('/orgs/1/members');
  const id = /\/orgs\/1\/invitations\/(\d+)\/revoke/.exec(list.text)[1];
  const res = await alpha.post(`/orgs/1/invitations/${id}/revoke`, { csrf_token: csrfFrom(list.text) });
  assert.equal(res.status, 303);
  assert.equal((await new Client(srv.base).get(link)).status, 404);
  assert.doesNotMatch((await alpha.get('/orgs/1/members')).text, /late@example\.test/);
});

test('invitation and reset links expire: seven days and one hour', async () => {
  const t0 = 1800000000;
  const first = await startServer({ env: { TRAJECT_NOW: String(t0) } });
  const admin = new Client(first.base);
  await admin.signIn('admin@alpha.test');
  await admin.submit('/orgs/1/members/invite', [['email', 'slow@example.test'], ['roles', 'staff'], ['lang', 'en']]);
  await new Client(first.base).submit('/password-reset', { email: 'admin@beta.test' });
  const all = await mails(first.mailDir, 2);
  const invite = linkIn(all.find((m) => m.to === 'slow@example.test').body, '/invitations/');
  const reset = linkIn(all.find((m) => m.to === 'admin@beta.test').body, '/password-reset/');
  assert.equal((await new Client(first.base).get(invite)).status, 200);
  assert.equal((await new Client(first.base).get(reset)).status, 200);
  await first.stop({ keep: true });

  const later = await startServer({ from: first, env: { TRAJECT_NOW: String(t0 + 3601) } });
  assert.equal((await new Client(later.base).get(reset)).status, 404, 'reset link after one hour');
  assert.equal((await new Client(later.base).get(invite)).status, 200, 'invitation still valid');
  await later.stop({ keep: true });

  const week = await startServer({ from: first, env: { TRAJECT_NOW: String(t0 + 7 * 86400 + 1) } });
  try {
    const res = await new Client(week.base).get(invite);
    assert.equal(res.status, 404);
    assert.match(res.text, /expired/);
  } finally {
    await week.stop();
  }
});

test('the access log does not record reset or invitation tokens', async () => {
  const s = await startServer({ env: { TRAJECT_QUIET: '0' } });
  try {
    const token = 'A'.repeat(43);
    await new Client(s.base).get(`/invitations/${token}`);
    await new Client(s.base).get(`/password-reset/${token}`);
    await new Client(s.base).get('/sign-in');
    await new Promise((r) => setTimeout(r, 100));
    const log = s.stderr();
    assert.match(log, /access \S+ GET \/sign-in 200 \d+B [\d.]+ms/);
    assert.match(log, /GET \/invitations\/\{token\} 404/);
    assert.doesNotMatch(log, new RegExp(token));
  } finally {
    await s.stop();
  }
});
