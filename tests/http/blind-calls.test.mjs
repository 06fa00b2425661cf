// The blind promise of a call's jury holds whatever else a member is: a funder (or an
// administrator and funder) who sits on the jury and has not submitted its review sees no
// other review, score or ranking of the proposal on any page (the submission page, the
// ranking, the call's figures and their CSV, the jury's pages); once it submits, it does. A
// funder who is not on the jury sees them all along (the control).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject, PASSWORD } from '../lib/server.mjs';

const OTHER = 'Qwvcomment of the first juror';
const COMBOS = { 'fj@beta.test': 'funder,jury', 'afj@beta.test': 'admin,funder,jury' };
let srv, beta, call, callId, prop;
const as = {};

function cli(args, input) {
  const r = runTraject([...args, '--db', srv.db], input ? { input } : {});
  assert.equal(r.code, 0, r.stderr);
}

async function review(c, comment, score) {
  const path = `/orgs/2/jury/proposals/${prop}`;
  const page = await c.get(path);
  assert.equal(page.status, 200);
  const fields = { comment, action: 'submit' };
  for (const [, name] of page.text.matchAll(/name="(s-\d+)"/g)) fields[name] = String(score);
  const r = await c.submit(path, fields, `${path}/review`);
  assert.equal(r.status, 303, r.text.slice(0, 500));
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000) } });
  cli(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  cli(['user', 'add', '--org', '2', '--email', 'jo@jury.test', '--name', 'Juror Other', '--role', 'jury', '--password-file', '-'], PASSWORD + '\n');
  for (const [email, roles] of Object.entries(COMBOS))
    cli(['user', 'add', '--org', '2', '--email', email, '--name', `Juror ${email.split('@')[0]}`, '--role', roles, '--password-file', '-'], PASSWORD + '\n');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await beta.submit('/orgs/2/calls/new', { title_en: 'Blind call', budget: '600000', min_grant: '10000', max_grant: '100000', opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '1', scale_min: '0', scale_max: '10' }, '/orgs/2/calls');
  call = res.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  await beta.submit(call, { kind: 'eligibility', text_en: 'Non-profit', weight: '1' }, `${call}/items`);
  await beta.submit(call, { kind: 'criterion', text_en: 'Reach', weight: '1' }, `${call}/items`);
  assert.equal((await beta.submit(call, {}, `${call}/publish`)).status, 303);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const d = (await alpha.submit('/orgs/1/proposals', { call_id: callId, title: 'Alpha one' }, '/orgs/1/proposals')).location;
  await alpha.submit(d, { title: 'Alpha one', summary: 'About Alpha one.', requested: '20000' }, d);
  await alpha.submit(d, { label: 'All', amount: '20000' }, `${d}/budget-lines`);
  assert.equal((await alpha.submit(d, {}, `${d}/submit`)).status, 303);
  prop = d.split('/').pop();
  const page = await beta.get(`/orgs/2/submissions/${prop}`);
  const item = /name="(m-\d+)" value="1"/.exec(page.text)[1];
  assert.equal((await beta.submit(`/orgs/2/submissions/${prop}`, { [item]: '1' }, `/orgs/2/submissions/${prop}/screening`)).status, 303);
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(Date.UTC(2027, 1, 10, 10) / 1000) } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const jury = await beta.get(call);
  const options = [...jury.text.matchAll(/<option value="(\d+)">Juror /g)].map((m) => m[1]);
  assert.equal(options.length, 3);
  for (const id of options) assert.equal((await beta.submit(call, { account_id: id }, `${call}/jury`)).status, 303);
  for (const id of options) {
    const a = await beta.submit(`${call}/assignments`, { proposal_id: prop, account_id: id, action: 'add' }, `${call}/assignments`);
    assert.equal(a.status, 303, a.text.slice(0, 300));
  }
  for (const email of ['jo@jury.test', ...Object.keys(COMBOS)]) { as[email] = new Client(srv.base); await as[email].signIn(email); }
  await review(as['jo@jury.test'], OTHER, 7);
});
after(async () => { if (srv) await srv.stop(); });

const ranked = () => new RegExp(`<tr><td>\\d+</td><td><a href="/orgs/2/submissions/${prop}">`);

test('control: a funder not on the jury sees the review, its author and the ranking', async () => {
  const page = await beta.get(`/orgs/2/submissions/${prop}`);
  assert.match(page.text, new RegExp(OTHER));
  assert.match(page.text, /Juror Other/);
  assert.match((await beta.get(`${call}/ranking`)).text, ranked());
});

for (const [email, roles] of Object.entries(COMBOS)) {
  test(`${roles}: nothing of the other review before submitting, everything after`, async () => {
    const c = as[email];
    for (const path of ['/orgs/2', `/orgs/2/submissions/${prop}`, `${call}/ranking`, call, `${call}/report`, `${call}/report.csv`, '/orgs/2/jury', `/orgs/2/jury/proposals/${prop}`]) {
      const r = await c.get(path);
      assert.equal(r.status, 200, path);
      assert.doesNotMatch(r.text, new RegExp(OTHER), `${path}: the comment`);
      assert.doesNotMatch(r.text, ranked(), `${path}: the ranking`);
      assert.doesNotMatch(r.text, /7[.,]000?\b/, `${path}: the score`);
    }
    const s = await c.get(`/orgs/2/submissions/${prop}`);
    assert.match(s.text, /You are on the jury of this call: the scores, the others(&#39;|') reviews and the ranking show once you have submitted your reviews\./);
    assert.match(s.text, new RegExp(`href="/orgs/2/jury/proposals/${prop}"`));
    assert.doesNotMatch(s.text, /Juror Other/);
    assert.doesNotMatch((await c.get(`${call}/ranking`)).text, /Proposed selection/);

    await review(c, `Own review of ${email}`, 3);
    assert.match((await c.get(`/orgs/2/submissions/${prop}`)).text, new RegExp(OTHER));
    assert.match((await c.get(`/orgs/2/jury/proposals/${prop}`)).text, new RegExp(OTHER));
    assert.match((await c.get(`${call}/ranking`)).text, ranked());
  });
}
