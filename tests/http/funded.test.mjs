// The impact of what a funder funds: a grantee says which of its programmes a grant it
// received funds; the funder reads their figures (reached, trained, certified) against what
// the proposal planned, across its grants or of one call, broken down as the grantee's own
// report is, small counts hidden, and never a list of people or a name. Another organisation
// can link nothing to a grant it did not receive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, Client, runTraject } from '../lib/server.mjs';
import { ok, grab, publishedCall, submittedProposal, screen, award } from '../lib/calls.mjs';

const OPEN = String(Date.UTC(2027, 0, 20, 10) / 1000); // the call is open
const CLOSED = String(Date.UTC(2027, 1, 10, 10) / 1000); // and now closed
let srv, alpha, beta, callId, call, grantReceived, programmeId, otherId;

// The cells of the report's table: label → [reached, trained, certified] as shown.
function cells(html) {
  const out = {};
  for (const m of html.matchAll(/<tr(?: class="total")?><th scope="row">([^<]+)<\/th>((?:<td class="num">.*?<\/td>){4})<\/tr>/g))
    out[m[1]] = [...m[2].matchAll(/<td class="num">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/td>/g)].map((c) => c[1].replace(/&lt;/g, '<'));
  return out;
}

async function enrolled(title, n, birth) {
  const p = await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', title], ['kind', 'bootcamp'], ['status', 'open'],
    ['langs', 'en']], '/orgs/1/programmes'), title);
  const cohort = await ok(await alpha.submit(`${p}/cohorts/new`, [['name', `${title} cohort`], ['starts_on', '2027-02-01'],
    ['ends_on', '2027-06-30'], ['capacity', '40']], `${p}/cohorts`), 'cohort');
  for (let i = 0; i < n; i++)
    await ok(await alpha.submit(cohort, { name: `${title} learner ${i}`, birth_date: birth }, `${cohort}/enrol`), 'learner');
  return p.split('/').pop();
}

before(async () => {
  let open = await startServer({ env: { TRAJECT_NOW: OPEN } });
  const g = runTraject(['user', 'grant', '--db', open.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  assert.equal(g.code, 0, g.stderr);
  alpha = new Client(open.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(open.base);
  await beta.signIn('admin@beta.test');
  ({ call, id: callId } = await publishedCall(beta, 2));
  const proposal = await submittedProposal(alpha, 1, callId, 'Code clubs in Molenbeek', { planned_trained: '40', planned_reached: '60' });
  programmeId = await enrolled('Code clubs', 14, '2010-05-05');
  otherId = await enrolled('Not funded', 11, '1995-05-05');
  await open.stop({ keep: true });
  srv = await startServer({ env: { TRAJECT_NOW: CLOSED }, from: open });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  await screen(beta, 2, proposal.id);
  await award(beta, 2, call, proposal.id);
  grantReceived = grab(await alpha.get('/orgs/1/grants-received'), /href="\/orgs\/1\/grants-received\/(\d+)"/, 'grant received');
});
after(async () => { if (srv) await srv.stop(); });

test('before the grantee says which programmes the grant funds, the funder reads nothing', async () => {
  const page = await beta.get('/orgs/2/funded-impact');
  assert.equal(page.status, 200);
  assert.match(page.text, /Nobody started in this period\./);
  assert.match((await beta.get(`/orgs/2/grants/${grab(await beta.get('/orgs/2/grants'), /href="\/orgs\/2\/grants\/(\d+)"/, 'grant')}`)).text,
    /The grantee has not said yet which programmes it runs with this grant\./);
});

test('the grantee links a programme; the funder reads its figures against the proposal, counts only', async () => {
  const page = await alpha.get(`/orgs/1/grants-received/${grantReceived}`);
  assert.match(page.text, /Programmes this grant funds/);
  const saved = await alpha.submit(`/orgs/1/grants-received/${grantReceived}`, [['programmes', programmeId]],
    `/orgs/1/grants-received/${grantReceived}/programmes`);
  assert.equal(saved.status, 303);
  assert.match((await alpha.get(`/orgs/1/grants-received/${grantReceived}`)).text,
    new RegExp(`name="programmes" value="${programmeId}" checked`));
  const all = await beta.get('/orgs/2/funded-impact?by=age');
  assert.equal(all.status, 200);
  const c = cells(all.text);
  assert.deepEqual(c['15 to 17'], ['14', '0', '0', '0']);
  assert.deepEqual(c.All, ['14', '0', '0', '0']);
  assert.doesNotMatch(all.text, /Not funded|learner \d|people\?/, 'no other programme, no names, no lists');
  assert.match(all.text, /<dt>Reached<\/dt><dd>14 <small>Target: 60<\/small>/);
  assert.match(all.text, /<dt>Trained<\/dt><dd>0 <small>Target: 40<\/small>/);
  const byCall = await beta.get(`/orgs/2/calls/${callId}/impact?by=programme`);
  assert.equal(byCall.status, 200);
  assert.deepEqual(cells(byCall.text)['Code clubs'], ['14', '0', '0', '0']);
  const csv = await beta.get(`/orgs/2/calls/${callId}/impact.csv?by=age`);
  assert.ok(csv.text.includes('"All",14,0,0,0'), csv.text);
  const xlsx = await beta.getBytes('/orgs/2/funded-impact.xlsx');
  assert.equal(xlsx.status, 200);
  const grant = grab(await beta.get('/orgs/2/grants'), /href="\/orgs\/2\/grants\/(\d+)"/, 'grant');
  assert.match((await beta.get(`/orgs/2/grants/${grant}`)).text, /<li>Code clubs<\/li>/);
});

test('a grantee links only its own programmes to a grant it received; others change nothing', async () => {
  const page = await alpha.get(`/orgs/1/grants-received/${grantReceived}`);
  const token = /name="csrf_token" value="([^"]+)"/.exec(page.text)[1];
  // a programme id that is not Alpha's: refused, the link stays as it was
  const bad = await alpha.post(`/orgs/1/grants-received/${grantReceived}/programmes`, [['csrf_token', token], ['programmes', '999999']]);
  assert.equal(bad.status, 404);
  assert.deepEqual(cells((await beta.get('/orgs/2/funded-impact?by=age')).text).All, ['14', '0', '0', '0']);
  // the funder cannot link programmes to the grant it awarded; a learner-less org reads no funder page
  const betaToken = /name="csrf_token" value="([^"]+)"/.exec((await beta.get('/orgs/2/grants')).text)[1];
  assert.equal((await beta.post(`/orgs/2/grants-received/${grantReceived}/programmes`, [['csrf_token', betaToken], ['programmes', otherId]])).status, 404);
  assert.equal((await alpha.get('/orgs/2/funded-impact')).status, 404);
  // both programmes: the other one counts too
  await alpha.submit(`/orgs/1/grants-received/${grantReceived}`, [['programmes', programmeId], ['programmes', otherId]],
    `/orgs/1/grants-received/${grantReceived}/programmes`);
  assert.deepEqual(cells((await beta.get('/orgs/2/funded-impact?by=age')).text).All, ['25', '0', '0', '0']);
});

test('traject report impact --funder, of every call or of one, writes the funder\'s figures; bad words are refused', async () => {
  const bin = process.env.TRAJECT_BIN || './traject-test';
  const env = { ...process.env, TRAJECT_NOW: CLOSED };
  const lines = (args) => execFileSync(bin, ['report', 'impact', '--db', srv.db, ...args], { encoding: 'utf8', env })
    .replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.deepEqual(lines(['--funder', '2', '--format', 'csv', '--by', 'age']).slice(-1), ['"All",25,0,0,0']);
  assert.deepEqual(lines(['--funder', '2', '--call', callId, '--format', 'csv', '--by', 'kind']).slice(-1), ['"All",25,0,0,0']);
  for (const [args, said] of [
    [['--funder', '2', '--call', '999999', '--format', 'csv'], /no call 999999 of that funder/],
    [['--funder', '2', '--org', '1', '--format', 'csv'], /--funder takes a funder's id/],
  ])
    assert.throws(() => execFileSync(bin, ['report', 'impact', '--db', srv.db, ...args], { stdio: 'pipe', env }),
      (e) => said.test(String(e.stderr)), args.join(' '));
});
