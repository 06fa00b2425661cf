// A call's jury: the funder appoints members (jury role at the funder), members declare
// conflicts of interest, membership of the applicant organisation is a conflict by itself,
// the assignment gives every eligible proposal k reviewers with no conflict and even loads,
// the funder adjusts pairs by hand (kept on reassignment), and a conflicted member cannot
// open the proposal at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = String(Date.UTC(2027, 1, 10, 10) / 1000); // after the call closed
let srv, beta, call, callId;
const jurors = {}; // email → Client
const props = {}; // title → id

function cli(args, input) {
  const r = runTraject([...args, '--db', srv.db], input ? { input } : {});
  assert.equal(r.code, 0, r.stderr);
  return r;
}

before(async () => {
  // the call is built while open, proposals submitted, then the clock moves past the close
  const open = String(Date.UTC(2027, 0, 20, 10) / 1000);
  srv = await startServer({ env: { TRAJECT_NOW: open } });
  cli(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  for (const [org, email] of [['Gamma Coding', 'admin@gamma.test'], ['Delta Digital', 'admin@delta.test']])
    cli(['init', '--org', org, '--org-kind', 'training', '--admin-email', email, '--admin-name', `Admin of ${org}`, '--admin-password-file', '-'], PASSWORD + '\n');
  for (const n of [1, 2, 3, 4])
    cli(['user', 'add', '--org', '2', '--email', `j${n}@jury.test`, '--name', `Juror ${n}`, '--role', 'jury', '--password-file', '-'], PASSWORD + '\n');
  cli(['user', 'grant', '--org', 'Gamma Coding', '--email', 'j3@jury.test', '--role', 'staff']); // j3 works at Gamma
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await beta.submit('/orgs/2/calls/new', { title_en: 'Digital inclusion 2027', budget: '600000', min_grant: '10000', max_grant: '100000', opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '2', scale_min: '0', scale_max: '10' }, '/orgs/2/calls');
  call = res.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  await beta.submit(call, { kind: 'eligibility', text_en: 'Non-profit', weight: '1' }, `${call}/items`);
  await beta.submit(call, { kind: 'criterion', text_en: 'Reach', weight: '1' }, `${call}/items`);
  await beta.submit(call, { kind: 'criterion', text_en: 'Quality', weight: '2' }, `${call}/items`);
  assert.equal((await beta.submit(call, {}, `${call}/publish`)).status, 303);
  const orgs = { 'admin@alpha.test': [1, ['Alpha one', 'Alpha two']], 'admin@gamma.test': [3, ['Gamma one', 'Gamma two']], 'admin@delta.test': [4, ['Delta one', 'Delta late']] };
  for (const [email, [org, titles]] of Object.entries(orgs)) {
    const c = new Client(srv.base);
    await c.signIn(email);
    for (const title of titles) {
      const d = (await c.submit(`/orgs/${org}/proposals`, { call_id: callId, title }, `/orgs/${org}/proposals`)).location;
      await c.submit(d, { title, summary: `About ${title}.`, requested: '20000' }, d);
      await c.submit(d, { label: 'All', amount: '20000' }, `${d}/budget-lines`);
      assert.equal((await c.submit(d, {}, `${d}/submit`)).status, 303, title);
      props[title] = d.split('/').pop();
    }
  }
  // screening: all eligible but "Delta late"
  for (const [title, id] of Object.entries(props)) {
    const page = await beta.get(`/orgs/2/submissions/${id}`);
    const item = /name="(m-\d+)" value="1"/.exec(page.text)[1];
    const fields = title === 'Delta late' ? { [item]: '0', [item.replace('m-', 'r-')]: 'Not a non-profit' } : { [item]: '1' };
    assert.equal((await beta.submit(`/orgs/2/submissions/${id}`, fields, `/orgs/2/submissions/${id}/screening`)).status, 303);
  }
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: NOW } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  for (const n of [1, 2, 3, 4]) {
    jurors[n] = new Client(srv.base);
    await jurors[n].signIn(`j${n}@jury.test`);
  }
});
after(async () => { if (srv) await srv.stop(); });

test('the funder appoints the jury from its members with the jury role', async () => {
  const page = await beta.get(call);
  const options = [...page.text.matchAll(/<option value="(\d+)">Juror (\d) \(/g)];
  assert.equal(options.length, 4);
  for (const [, id] of options) assert.equal((await beta.submit(call, { account_id: id }, `${call}/jury`)).status, 303);
  const after = await beta.get(call);
  assert.equal([...after.text.matchAll(/<td>Juror \d<br>/g)].length, 4);
  // the admin of Beta is not a jury member: cannot be appointed
  const t = csrfFrom(after.text);
  assert.equal((await beta.post(`${call}/jury`, { csrf_token: t, account_id: '2' })).status, 400);
});

test('members see eligible proposals only, declare conflicts; applicant membership is a conflict', async () => {
  const page = await jurors[3].get('/orgs/2/jury');
  assert.equal(page.status, 200);
  for (const t of ['Alpha one', 'Alpha two', 'Gamma one', 'Gamma two', 'Delta one']) assert.match(page.text, new RegExp(`<strong>${t}</strong>`));
  assert.doesNotMatch(page.text, /Delta late/);
  assert.equal((page.text.match(/you belong to the applicant organisation/g) || []).length, 2);
  // juror 2 declares a conflict with Alpha one
  const res = await jurors[2].submit('/orgs/2/jury', { reason: 'I advise Alpha' }, `/orgs/2/jury/proposals/${props['Alpha one']}/conflict`);
  assert.equal(res.status, 303);
  assert.match((await jurors[2].get('/orgs/2/jury')).text, /<strong>Alpha one<\/strong><span>Alpha Training<\/span><span class="warn">Conflict of interest declared/);
  // not on a proposal that is not eligible, nor for someone not on the jury
  const t = csrfFrom((await jurors[2].get('/orgs/2/jury')).text);
  assert.equal((await jurors[2].post(`/orgs/2/jury/proposals/${props['Delta late']}/conflict`, { csrf_token: t })).status, 404);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  assert.equal((await alpha.get('/orgs/2/jury')).status, 404);
});

function matrix(html) {
  // rows: [title, count, cells...] with cells 'A' assigned, 'H' by hand, 'C' conflict, '-' free
  return [...html.matchAll(/<tr><th scope="row"><a [^>]+>([^<]+)<\/a>[^]*?<\/tr>/g)].map((m) => {
    const row = m[0];
    const cells = [...row.matchAll(/<td(?: class="warn")?>([^]*?)<\/td>/g)].slice(1).map((c) =>
      /Assigned by hand/.test(c[1]) ? 'H' : /Assigned</.test(c[1]) ? 'A' : /Conflict/.test(c[1]) ? 'C' : '-');
    return [m[1], cells];
  });
}

test('assignment: two reviewers each, never a conflict, loads even', async () => {
  const res = await beta.submit(call, {}, `${call}/assign`);
  assert.equal(res.status, 303);
  assert.match(res.location, /assignments\?assigned=10&short=0$/);
  const page = await beta.get(res.location);
  assert.match(page.text, /10 reviews assigned\./);
  const rows = matrix(page.text);
  assert.equal(rows.length, 5);
  const loads = [0, 0, 0, 0];
  for (const [title, cells] of rows) {
    assert.equal(cells.filter((c) => c === 'A' || c === 'H').length, 2, title);
    cells.forEach((c, i) => { if (c === 'A' || c === 'H') loads[i]++; });
  }
  // 10 reviews over 4 members: 2 or 3 each
  assert.ok(Math.max(...loads) - Math.min(...loads) <= 1, `loads ${loads}`);
  const byTitle = Object.fromEntries(rows);
  assert.equal(byTitle['Alpha one'][1], 'C'); // juror 2 declared
  assert.equal(byTitle['Gamma one'][2], 'C'); // juror 3 works at Gamma
  assert.equal(byTitle['Gamma two'][2], 'C');
});

test('pairs set by hand are kept; a conflicted pair cannot be set', async () => {
  let page = await beta.get(`${call}/assignments`);
  const t = csrfFrom(page.text);
  const ids = [...page.text.matchAll(/name="account_id" value="(\d+)"/g)].map((m) => m[1]);
  const juror3 = [...new Set(ids)].sort((a, b) => a - b)[2];
  // juror 3 may not review Gamma one
  let r = await beta.post(`${call}/assignments`, { csrf_token: t, proposal_id: props['Gamma one'], account_id: juror3, action: 'add' });
  assert.equal(r.status, 403);
  // put juror 3 by hand on Delta one, whatever the assignment said
  r = await beta.post(`${call}/assignments`, { csrf_token: t, proposal_id: props['Delta one'], account_id: juror3, action: 'add' });
  assert.equal(r.status, 303);
  r = await beta.submit(call, {}, `${call}/assign`);
  assert.equal(r.status, 303);
  page = await beta.get(`${call}/assignments`);
  const byTitle = Object.fromEntries(matrix(page.text));
  assert.equal(byTitle['Delta one'][2], 'H');
  assert.equal(byTitle['Delta one'].filter((c) => c !== '-' && c !== 'C').length, 2);
});

test('a member opens only assigned proposals without conflict; declaring a conflict ends the assignment', async () => {
  const page = await beta.get(`${call}/assignments`);
  const byTitle = Object.fromEntries(matrix(page.text));
  const assigned = (title, n) => ['A', 'H'].includes(byTitle[title][n - 1]);
  for (const n of [1, 2, 3, 4]) {
    for (const [title, id] of Object.entries(props)) {
      if (title === 'Delta late') continue;
      const res = await jurors[n].get(`/orgs/2/jury/proposals/${id}`);
      assert.equal(res.status, assigned(title, n) ? 200 : 404, `juror ${n} on ${title}`);
      if (res.status === 200) assert.match(res.text, new RegExp(`About ${title}\\.`));
    }
  }
  assert.equal((await jurors[2].get(`/orgs/2/jury/proposals/${props['Alpha one']}`)).status, 404);
  // a member assigned to a proposal declares a conflict: no longer assigned, no longer readable
  const [title] = Object.entries(byTitle).find(([, cells]) => cells[0] === 'A');
  assert.equal((await jurors[1].get(`/orgs/2/jury/proposals/${props[title]}`)).status, 200);
  const r = await jurors[1].submit('/orgs/2/jury', { reason: 'Former colleague' }, `/orgs/2/jury/proposals/${props[title]}/conflict`);
  assert.equal(r.status, 303);
  assert.equal((await jurors[1].get(`/orgs/2/jury/proposals/${props[title]}`)).status, 404);
  const againHtml = (await beta.get(`${call}/assignments`)).text;
  const again = Object.fromEntries(matrix(againHtml));
  assert.match(againHtml, new RegExp(`>${title}</a><br><small>[^<]*</small></th><td class="warn">1 / 2</td>`));
  assert.equal(again[title][0], 'C');
  // jury members do not manage calls, nor see the fund's members
  assert.notEqual((await jurors[1].get('/orgs/2/calls')).status, 200);
  assert.notEqual((await jurors[1].get('/orgs/2/members')).status, 200);
  assert.notEqual((await jurors[1].get(call)).status, 200);
});

test('reviews: scores within the scale, drafts, and other reviews only after submitting one\'s own', async () => {
  const byTitle = Object.fromEntries(matrix((await beta.get(`${call}/assignments`)).text));
  // a proposal with two assigned members
  const [title, cells] = Object.entries(byTitle).find(([, c]) => c.filter((x) => x === 'A' || x === 'H').length === 2);
  const [a, b] = cells.map((c, i) => (c === 'A' || c === 'H' ? i + 1 : 0)).filter(Boolean);
  const path = `/orgs/2/jury/proposals/${props[title]}`;
  let page = await jurors[a].get(path);
  assert.match(page.text, /You will see the other reviews once you submit yours/);
  const [reach, quality] = [...page.text.matchAll(/name="(s-\d+)"/g)].map((m) => m[1]);
  let r = await jurors[a].submit(path, { [reach]: '11', [quality]: '5', action: 'submit' }, `${path}/review`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Reach: a score is a whole number from 0 to 10/);
  r = await jurors[a].submit(path, { [reach]: 'x', action: 'save' }, `${path}/review`);
  assert.equal(r.status, 400);
  r = await jurors[a].submit(path, { [reach]: '8', action: 'submit' }, `${path}/review`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Quality: give a score to submit/);
  r = await jurors[a].submit(path, { [reach]: '8', comment: 'Strong reach, draft', action: 'save' }, `${path}/review`);
  assert.equal(r.status, 303);
  page = await jurors[a].get(path);
  assert.match(page.text, new RegExp(`name="${reach}" value="8"`));
  r = await jurors[a].submit(path, { [reach]: '8', [quality]: '6', comment: 'Strong reach, modest quality.', action: 'submit' }, `${path}/review`);
  assert.equal(r.status, 303);
  page = await jurors[a].get(path);
  assert.match(page.text, /Weighted score: 6\.67/); // (8×1 + 6×2) / 3
  assert.match(page.text, /Strong reach, modest quality\./);
  // submitted: no more changes
  r = await jurors[a].post(`${path}/review`, { csrf_token: csrfFrom(page.text), [reach]: '1', [quality]: '1', action: 'submit' });
  assert.equal(r.status, 409);
  // the other member does not see it before submitting
  page = await jurors[b].get(path);
  assert.doesNotMatch(page.text, /Strong reach/);
  r = await jurors[b].submit(path, { [reach]: '5', [quality]: '9', comment: 'Excellent plan.', action: 'submit' }, `${path}/review`);
  assert.equal(r.status, 303);
  page = await jurors[b].get(path);
  assert.match(page.text, /Strong reach, modest quality\./);
  assert.match(page.text, /<h4>Reviewer 1<\/h4>/);
  assert.match(page.text, /<h4>Your review<\/h4>/);
  // members not assigned, or conflicted, cannot review
  const other = [1, 2, 3, 4].find((n) => n !== a && n !== b);
  const t = csrfFrom((await jurors[other].get('/orgs/2/jury')).text);
  r = await jurors[other].post(`${path}/review`, { csrf_token: t, [reach]: '1', [quality]: '1', action: 'submit' });
  assert.equal(r.status, 404);
  // the funder reads the reviews with their authors, and follows progress
  const sub = await beta.get(`/orgs/2/submissions/${props[title]}`);
  assert.match(sub.text, new RegExp(`<h3>Juror ${a}</h3>`)); // under the h2 "Reviews"
  assert.match(sub.text, /Excellent plan\./);
  const f = await beta.get(call);
  assert.equal([...f.text.matchAll(/<td>1 \/ \d<\/td>/g)].length, 2);
});

test('the review deadline: refused before the close; reminders by mail in each member\'s language, three days before and on the day, once, from the scheduler', async () => {
  // before the call closes: refused with a clear message, nothing set
  let r = await beta.submit(call, { review_deadline: '2027-01-30T12:00' }, `${call}/review-deadline`);
  assert.equal(r.status, 400);
  assert.match(r.text, /The review deadline must come after the call closes \(Sunday 2027-01-31 12:00\)\./);
  assert.match((await beta.get(call)).text, /No review deadline yet\./);
  r = await beta.submit(call, { review_deadline: '2027-02-20T17:00' }, `${call}/review-deadline`);
  assert.equal(r.status, 303);
  const page = await beta.get(call);
  assert.match(page.text, /Review deadline: Saturday 2027-02-20 17:00\./);
  // who has reviews missing, from the jury's table: submitted / assigned
  const missing = Object.fromEntries([...page.text.matchAll(/<td>Juror (\d)<br><small>[^<]*<\/small><\/td><td>(\d+) \/ (\d+)<\/td>/g)].map((m) => [m[1], Number(m[3]) - Number(m[2])]));
  assert.ok(Object.values(missing).some((n) => n > 0));
  // the jury's list shows the deadline and the progress
  const list = await jurors[1].get('/orgs/2/jury');
  assert.match(list.text, /Digital inclusion 2027: \d+ of \d+ reviews done; review deadline: Saturday 2027-02-20 17:00/);
  assert.match(list.text, /Assigned to you: read it<\/a> · Review (done|to do)/);
  assert.match((await jurors[1].get('/orgs/2')).text, /reviews done; review deadline: Saturday 2027-02-20 17:00/);
  // members read their mail in their own language
  await jurors[1].submit('/account', { name: 'Juror 1', lang: 'nl' }, '/account/profile');
  await jurors[2].submit('/account', { name: 'Juror 2', lang: 'fr' }, '/account/profile');
  const subjects = { 1: /^Je beoordelingen van Digital inclusion 2027 zijn uiterlijk/, 2: /^Vos évaluations de Digital inclusion 2027 sont attendues/, 3: /^Your reviews of Digital inclusion 2027 are due by/, 4: /^Your reviews of Digital inclusion 2027 are due by/ };
  const dayly = { 1: /^Laatste dag voor je beoordelingen van/, 2: /^Dernier jour pour vos évaluations de/, 3: /^Last day for your reviews of/, 4: /^Last day for your reviews of/ };
  const reminders = async (re) => {
    const { mails } = await import('../lib/server.mjs');
    return (await mails(srv.mailDir, 0, 0)).filter((m) => Object.values(re).some((x) => x.test(m.subject)));
  };
  // two days before, two servers sharing the database start at once; nobody opens a page
  await srv.stop({ keep: true });
  const before3 = { TRAJECT_NOW: String(Date.UTC(2027, 1, 18, 16) / 1000) };
  const [one, two] = await Promise.all([startServer({ from: srv, env: before3 }), startServer({ from: srv, env: before3 })]);
  srv = one;
  const expected = Object.values(missing).filter((n) => n > 0).length;
  const end = Date.now() + 8000;
  while ((await reminders(subjects)).length < expected && Date.now() < end) await new Promise((res) => setTimeout(res, 100));
  await new Promise((res) => setTimeout(res, 1500)); // anything sent twice would be out by now
  await two.stop({ keep: true });
  let got = await reminders(subjects);
  assert.equal(got.length, expected, got.map((m) => `${m.to}: ${m.subject}`).join('\n'));
  for (const [n, left] of Object.entries(missing)) {
    const mine = got.filter((m) => m.to === `j${n}@jury.test`);
    assert.equal(mine.length, left > 0 ? 1 : 0, `Juror ${n}`);
    if (left > 0) {
      assert.match(mine[0].subject, subjects[n]);
      assert.match(mine[0].body, /\/orgs\/2\/jury/);
    }
  }
  assert.match(got.find((m) => m.to === 'j2@jury.test').body, /Bonjour Juror 2/);
  // on the day: one more each, the last-day one
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(Date.UTC(2027, 1, 20, 14) / 1000) } });
  const end2 = Date.now() + 8000;
  while ((await reminders(dayly)).length < expected && Date.now() < end2) await new Promise((res) => setTimeout(res, 100));
  await new Promise((res) => setTimeout(res, 1000));
  got = await reminders(dayly);
  assert.equal(got.length, expected);
  assert.equal((await reminders(subjects)).length, expected, 'the three-day reminder is not sent again');
  const total = Object.values(missing).reduce((a, b) => a + b, 0);
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  let home = await beta.get('/orgs/2');
  assert.match(home.text, new RegExp(`${total} reviews? missing`));
  assert.doesNotMatch(home.text, /reviews? late/);
  // once the deadline has passed, the funder's home says the reviews are late
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(Date.UTC(2027, 1, 20, 17) / 1000) } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  home = await beta.get('/orgs/2');
  assert.match(home.text, new RegExp(`${total} reviews? late \\(due Saturday 2027-02-20 17:00\\)`));
  for (const n of [1, 2, 3, 4]) {
    jurors[n] = new Client(srv.base);
    await jurors[n].signIn(`j${n}@jury.test`);
  }
});

test('removing a jury member asks once more, naming them and their assignments; a replay without the token removes nobody', async () => {
  const page = await beta.get(call);
  const [, remove, n] = /action="([^"]+\/jury\/\d+\/remove)"[^]*?Juror (\d)/.exec(page.text) || [];
  assert.ok(remove, 'a remove button');
  const ask = await beta.submit(call, {}, remove);
  assert.equal(ask.status, 200);
  assert.match(ask.text, new RegExp(`Remove Juror ${n} from the jury of [^<]+\\?`));
  assert.match(ask.text, new RegExp(`Juror ${n} no longer sees the call(?:'|&#39;)s proposals and loses the \\d+ proposals? assigned to them \\(\\d+ reviews submitted\\)`));
  // without the token, or with a token for another member: asked again, nobody removed
  assert.match((await beta.submit(call, {}, remove)).text, /name="confirm_token"/);
  const token = /name="confirm_token" value="([^"]+)"/.exec(ask.text)[1];
  const other = remove.replace(/\/jury\/(\d+)\/remove/, (m, id) => `/jury/${Number(id) + 1}/remove`);
  const forged = await beta.post(other, { csrf_token: csrfFrom(page.text), confirm_token: token });
  assert.notEqual(forged.status, 303);
  assert.equal([...(await beta.get(call)).text.matchAll(/<td>Juror \d<br>/g)].length, 4);
  const r = await beta.confirm(ask);
  assert.equal(r.status, 303);
  const after = await beta.get(call);
  assert.equal([...after.text.matchAll(/<td>Juror \d<br>/g)].length, 3);
  assert.doesNotMatch(after.text, new RegExp(`<td>Juror ${n}<br>`));
});
