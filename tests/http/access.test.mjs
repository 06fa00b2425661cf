// Access control for every route of the route table (`traject routes`): an anonymous
// visitor is sent to sign in (or refused), a member of another organisation gets 404,
// and nothing is written by a refused request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject, csrfFrom, mails } from '../lib/server.mjs';

let srv, beta, alpha;

before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
});
after(async () => { if (srv) await srv.stop(); });

const routes = runTraject(['routes']).stdout.trim().split('\n').map((l) => {
  const [method, path, access, roles, csrf] = l.trim().split(/\s+/);
  return { method, path, access, roles: Number(roles), csrf: csrf === 'csrf' };
});

// Alpha Training is organisation 1; its admin is account 1.
function concrete(path) {
  return path.replace('{org}', '1').replace('{id}', '1').replace('{token}', 'x'.repeat(43)).replace('{name}', 'none.css');
}

test('the route table is not empty and every state-changing route is CSRF-protected', () => {
  assert.ok(routes.length >= 20);
  for (const r of routes) if (r.method !== 'GET') assert.ok(r.csrf, `${r.method} ${r.path} lacks csrf`);
});

// Every public route is listed here on purpose: a route that becomes public by mistake
// (a forgotten .access) fails this test. Public pages must show nothing private.
const PUBLIC = [
  'GET /', 'GET /healthz', 'GET /assets/{name}', 'POST /language',
  'GET /programmes', 'GET /programmes/{id}', // the catalogue: open programmes only
  'GET /sign-in', 'POST /sign-in', 'GET /password-reset', 'POST /password-reset',
  'GET /password-reset/{token}', 'POST /password-reset/{token}',
  'GET /invitations/{token}', 'POST /invitations/{token}',
  'GET /calendar/{feed}', // a private feed: its link carries an HMAC (tests/http/learner.test.mjs)
  'GET /calls', 'GET /calls/{id}', // published calls for projects
  'GET /programmes/{id}/apply', 'POST /programmes/{id}/apply', // applying needs no account
  'GET /applications/{token}', 'POST /applications/{token}/contact', // the personal link
  'POST /applications/{token}/withdraw', 'POST /applications/{token}/accept',
  'GET /applications/{token}/calendar.ics', // an accepted applicant's schedule
  'GET /consent/{token}', 'POST /consent/{token}', // a guardian's own link
  'GET /join', 'POST /join', // an organisation asks to join (operators decide)
  // what verifiers of credentials read: an issuer's Profile, its public keys, its status list
  'GET /issuers/{id}', 'GET /issuers/{id}/jwks.json', 'GET /issuers/{id}/status/{n}',
  'GET /verify', 'POST /verify', 'GET /verify/{uid}', // checking a credential needs no account
  'GET /record/{token}', // a learner's shared record: its link carries a token (tests/http/record.test.mjs)
  // the impact figures organisations choose to publish (tests/http/impact.test.mjs)
  'GET /impact', 'GET /impact/{id}', 'GET /impact/{id}/figures.csv',
  'GET /events', // the public events to come (tests/http/events-public.test.mjs)
  // registering for an event needs no account (tests/http/events.test.mjs): a public event's
  // page, an invitation's link, the registration's personal link and the guardian's
  'GET /events/{id}', 'POST /events/{id}', 'GET /events/invitations/{token}', 'POST /events/invitations/{token}',
  'GET /events/registrations/{token}', 'POST /events/registrations/{token}/cancel',
  'POST /events/registrations/{token}/submissions', // a hackathon team member's work
  'GET /events/consent/{token}', 'POST /events/consent/{token}',
  // the library of learning resources: a resource the reader may not see answers 404 (tests/http/resources.test.mjs)
  'GET /resources', 'GET /resources/{id}', 'GET /resources/{id}/file', 'GET /resources/{id}/open',
  'GET /followup/{token}', 'POST /followup/{token}', // a former learner's personal link (tests/http/jobs.test.mjs)
];

test('the public routes are exactly the expected ones', () => {
  const actual = routes.filter((x) => x.access === 'public').map((x) => `${x.method} ${x.path}`);
  assert.deepEqual([...actual].sort(), [...PUBLIC].sort());
});

test('public catalogue pages answer an anonymous visitor without sign-in', async () => {
  const anon = new Client(srv.base);
  const list = await anon.get('/programmes');
  assert.equal(list.status, 200);
  assert.doesNotMatch(list.text, /admin@alpha\.test|admin@beta\.test/);
  // no programme is open yet in this database: one that does not exist is 404, not a sign-in
  assert.equal((await anon.get('/programmes/1')).status, 404);
});

for (const r of routes.filter((x) => x.access !== 'public')) {
  test(`anonymous ${r.method} ${r.path} is sent to sign in or refused`, async () => {
    const anon = new Client(srv.base);
    const path = concrete(r.path);
    if (r.method === 'GET') {
      const res = await anon.get(path);
      assert.equal(res.status, 303);
      assert.equal(res.location, '/sign-in?next=' + encodeURIComponent(path));
    } else {
      // even with a valid anonymous CSRF token, a member route refuses
      const page = await anon.get('/sign-in');
      const res = await anon.post(path, { csrf_token: csrfFrom(page.text), email: 'x@y.z', roles: 'admin' });
      assert.equal(res.status, 403);
    }
  });
}

for (const r of routes.filter((x) => x.access === 'member')) {
  test(`another organisation's member gets 404 on ${r.method} ${r.path}`, async () => {
    const path = concrete(r.path);
    let res;
    if (r.method === 'GET') {
      res = await beta.get(path);
    } else {
      const token = csrfFrom((await beta.get('/orgs/2')).text);
      res = await beta.post(path, [['csrf_token', token], ['email', 'intruder@beta.test'], ['roles', 'admin'], ['lang', 'en']]);
    }
    assert.equal(res.status, 404, `${r.method} ${path} answered ${res.status}`);
    assert.doesNotMatch(res.text, /Alpha Training/);
  });
}

test('refused requests wrote nothing: Alpha still has one member, one admin and no invitation', async () => {
  const res = await alpha.get('/orgs/1/members');
  assert.equal(res.status, 200);
  assert.doesNotMatch(res.text, /intruder@beta\.test/);
  assert.match(res.text, /admin@alpha\.test/);
  const home = await alpha.get('/orgs/1');
  assert.match(home.text, /<dt>Members<\/dt><dd>1<\/dd>/);
  assert.equal((await mails(srv.mailDir, 1, 300)).length, 0);
});

test("Beta's pages never show Alpha's records", async () => {
  for (const p of ['/orgs', '/orgs/2', '/orgs/2/members', '/account']) {
    const res = await beta.get(p);
    assert.equal(res.status, 200, p);
    assert.doesNotMatch(res.text, /Alpha Training|admin@alpha\.test/, p);
  }
});

test('a member without the admin role gets 403 on admin routes', async () => {
  // make a staff member of Alpha through an invitation
  const inv = await alpha.submit('/orgs/1/members/invite', [['email', 'staff@alpha.test'], ['roles', 'staff'], ['lang', 'en']]);
  assert.equal(inv.status, 303);
  const [mail] = await mails(srv.mailDir, 1);
  const link = new URL(mail.body.match(/https?:\/\/\S+\/invitations\/\S+/)[0]).pathname;
  const staff = new Client(srv.base);
  const acc = await staff.submit(link, { name: 'Sam Staff', password: 'staff-password-1', confirm: 'staff-password-1' });
  assert.equal(acc.status, 303);
  assert.equal((await staff.get('/orgs/1')).status, 200);
  assert.equal((await staff.get('/orgs/1/members')).status, 200);
  assert.equal((await staff.get('/orgs/1/members/invite')).status, 403);
  const token = csrfFrom((await staff.get('/orgs/1')).text);
  const res = await staff.post('/orgs/1/members/1/roles', { csrf_token: token, roles: 'staff' });
  assert.equal(res.status, 403);
  const members = await alpha.get('/orgs/1/members');
  assert.match(members.text, /Admin of Alpha Training<\/td><td>admin@alpha\.test<\/td><td>Administrator</);
});
