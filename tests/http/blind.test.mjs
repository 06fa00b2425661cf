// The blind promise holds whatever else a reviewer is: an account that reviews an
// application and has not submitted its review sees no other review, score or ranking of it
// on any page, be it also staff, an administrator, or both (the staff application page, the
// selection page, the list of applications, the review page). Once it submits, it sees them.
// An administrator who does not review sees them all along (the control).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject, PASSWORD } from '../lib/server.mjs';

const T0 = Date.UTC(2027, 5, 1, 10) / 1000;
const OTHER = 'Zyxcomment of the first reviewer';
const COMBOS = { 'sr@alpha.test': 'staff,reviewer', 'ar@alpha.test': 'admin,reviewer', 'asr@alpha.test': 'admin,staff,reviewer' };
let srv, admin, programme, appId, crit;
const as = {};

function user(email, role) {
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', email, '--name', email.split('@')[0], '--role', role, '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
}

async function review(c, comment, score) {
  const page = await c.get(`/orgs/1/reviews/${appId}`);
  crit = crit || /name="(c-\d+)" value="1"/.exec(page.text)[1];
  const r = await c.submit(`/orgs/1/reviews/${appId}`, { [crit]: String(score), comment, action: 'submit' });
  assert.equal(r.status, 303, r.text.slice(0, 500));
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(T0) } });
  admin = new Client(srv.base);
  await admin.signIn('admin@alpha.test');
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Code club'], ['kind', 'workshops'], ['status', 'open'], ['langs', 'en'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  const pid = programme.split('/').pop();
  assert.equal((await admin.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2027-12-17'], ['capacity', '2']], `${programme}/cohorts`)).status, 303);
  assert.equal((await admin.submit(`${programme}/selection`, { label_en: 'Motivation', weight: '1' }, `${programme}/criteria`)).status, 303);
  assert.equal((await admin.submit(programme, { opens_at: '', closes_at: '', reviews_needed: '4', consent_age: '13' }, `${programme}/form`)).status, 303);
  const r = await new Client(srv.base).submit(`/programmes/${pid}/apply`, { name: 'Amal Haddad', email: 'amal@applicant.test', phone: '', birth_date: '2001-01-01', municipality: 'Ixelles' });
  assert.equal(r.status, 303, r.text.slice(0, 1000));
  appId = Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications')).text)[1]);
  user('other@alpha.test', 'reviewer');
  for (const [email, roles] of Object.entries(COMBOS)) user(email, roles);
  for (const email of ['other@alpha.test', ...Object.keys(COMBOS)]) { as[email] = new Client(srv.base); await as[email].signIn(email); }
  const sel = await admin.get(`${programme}/selection`);
  const ids = [...sel.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => ['reviewer', m[1]]);
  assert.equal(ids.length, 4);
  assert.match((await admin.submit(`${programme}/selection`, ids, `${programme}/reviewers`)).location, /assigned=4&/);
  // one review is enough for the ranking: the others' pending reviews do not hold it back
  assert.equal((await admin.submit(programme, { opens_at: '', closes_at: '', reviews_needed: '1', consent_age: '13' }, `${programme}/form`)).status, 303);
  await review(as['other@alpha.test'], OTHER, 4);
});
after(async () => { if (srv) await srv.stop(); });

const detail = () => `/orgs/1/applications/${appId}`;
const ranked = () => new RegExp(`<tr><td>\\d+</td><td><a href="/orgs/1/applications/${appId}">A-${appId}</a></td><td>`);

test('control: an administrator who does not review sees the review, its author and the ranking', async () => {
  const page = await admin.get(detail());
  assert.match(page.text, new RegExp(OTHER));
  assert.match(page.text, />other</);
  assert.match((await admin.get(`${programme}/selection`)).text, ranked());
});

for (const [email, roles] of Object.entries(COMBOS)) {
  test(`${roles}: nothing of the other review before submitting, everything after`, async () => {
    const c = as[email];
    const pages = ['/orgs/1', detail(), `${programme}/selection`, '/orgs/1/applications', `/orgs/1/applications?programme=${programme.split('/').pop()}`, `/orgs/1/reviews/${appId}`, '/orgs/1/reviews'];
    for (const path of pages) {
      const r = await c.get(path);
      assert.equal(r.status, 200, path);
      assert.doesNotMatch(r.text, new RegExp(OTHER), path);
      assert.doesNotMatch(r.text, ranked(), path);
    }
    const d = await c.get(detail());
    assert.match(d.text, /You review this application: the other reviews show once you have submitted yours\./);
    assert.doesNotMatch(d.text, />other</);
    const s = await c.get(`${programme}/selection`);
    assert.match(s.text, /You review applications of this programme: their scores, the others(&#39;|') reviews and the ranking show once you have submitted your reviews\./);
    assert.match(s.text, new RegExp(`href="/orgs/1/reviews/${appId}"`));
    assert.doesNotMatch(s.text, /Record these decisions/);

    await review(c, `Own review of ${email}`, 3);
    assert.match((await c.get(detail())).text, new RegExp(OTHER));
    assert.match((await c.get(`/orgs/1/reviews/${appId}`)).text, new RegExp(OTHER));
    assert.match((await c.get(`${programme}/selection`)).text, ranked());
  });
}
