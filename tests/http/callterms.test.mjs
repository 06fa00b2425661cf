// What a funder sets per call besides money and dates: how grants are paid (up to three
// tranches, percentages and the step that releases each) and when reviewers disagree (a
// share of the scale). Shown on the call's pages, checked when saved, and used by the
// ranking's flags and by the grants the decision creates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, PASSWORD } from '../lib/server.mjs';

const OPEN = String(Date.UTC(2027, 0, 20, 10) / 1000);
const CLOSED = String(Date.UTC(2027, 1, 10, 10) / 1000);
let srv, beta, call, pid;

const base = {
  title_en: 'Digital skills 2027', budget: '100.000', min_grant: '1.000', max_grant: '50.000',
  opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '2',
  scale_min: '0', scale_max: '10',
};

function cli(args, input) {
  const r = runTraject([...args, '--db', srv.db], input ? { input } : {});
  assert.equal(r.code, 0, r.stderr);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: OPEN } });
  cli(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  for (let n = 1; n <= 2; n++)
    cli(['user', 'add', '--org', '2', '--email', `j${n}@jury.test`, '--name', `Juror ${n}`, '--role', 'jury', '--password-file', '-'], PASSWORD + '\n');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
});
after(async () => { if (srv) await srv.stop(); });

test('a new call starts with 60 % on signature, 40 % on the final report, and 30 %', async () => {
  const form = await beta.get('/orgs/2/calls/new');
  assert.match(form.text, /name="tranche1_pct"[^>]*value="60"/);
  assert.match(form.text, /name="tranche2_pct"[^>]*value="40"/);
  assert.match(form.text, /name="tranche3_pct"[^>]*value="0"/);
  assert.match(form.text, /name="disagree_pct"[^>]*value="30"/);
  // a call created without the new fields gets the defaults
  const res = await beta.submit('/orgs/2/calls/new', { ...base, title_en: 'Defaults' }, '/orgs/2/calls');
  assert.equal(res.status, 303);
  const page = await beta.get(res.location);
  assert.match(page.text, /<dt>Payment of grants<\/dt><dd>On signature: 60%; On the final report: 40%<\/dd>/);
  assert.match(page.text, /when their scores are more than 30% of the scale apart/);
});

test('plans that do not add up to 100 % or go back in time are refused; nothing changes', async () => {
  const bad = [
    [{ tranche1_pct: '50', tranche1_on: 'signature', tranche2_pct: '40', tranche2_on: 'final_report' }, /The tranches must add up to 100 %/],
    [{ tranche1_pct: '50', tranche1_on: 'final_report', tranche2_pct: '50', tranche2_on: 'signature' }, /Each tranche comes at a later step than the one before/],
    [{ tranche1_pct: '50', tranche1_on: 'signature', tranche2_pct: '50', tranche2_on: 'signature' }, /Each tranche comes at a later step than the one before/],
    [{ tranche1_pct: '0', tranche2_pct: '0', tranche3_pct: '0' }, /Plan at least one tranche/],
    [{ tranche1_pct: '100', tranche1_on: 'signature', disagree_pct: '150' }, /Reviewers disagree above this share of the scale/],
    [{ tranche1_pct: '100', tranche1_on: 'sometime' }, /First tranche paid/],
  ];
  for (const [fields, message] of bad) {
    const r = await beta.submit('/orgs/2/calls/new', { ...base, ...fields }, '/orgs/2/calls');
    assert.equal(r.status, 400, JSON.stringify(fields));
    assert.match(r.text, message);
  }
  const list = await beta.get('/orgs/2/calls');
  assert.equal([...list.text.matchAll(/Digital skills 2027/g)].length, 0);
});

test('three tranches and 20 %: shown to the funder and on the public page', async () => {
  const res = await beta.submit('/orgs/2/calls/new', {
    ...base, disagree_pct: '20',
    tranche1_pct: '30', tranche1_on: 'signature', tranche2_pct: '30', tranche2_on: 'interim_report',
    tranche3_pct: '40', tranche3_on: 'final_report',
  }, '/orgs/2/calls');
  assert.equal(res.status, 303);
  call = res.location.replace('?saved=1', '');
  const terms = /On signature: 30%; On the interim report: 30%; On the final report: 40%/;
  let page = await beta.get(call);
  assert.match(page.text, terms);
  assert.match(page.text, /when their scores are more than 20% of the scale apart/);
  // the edit form shows the plan as saved; a bad change keeps it
  const edit = await beta.get(`${call}/edit`);
  assert.match(edit.text, /name="tranche2_pct"[^>]*value="30"/);
  assert.match(edit.text, /<option value="interim_report" selected>/);
  const r = await beta.submit(`${call}/edit`, { ...base, tranche1_pct: '100', tranche1_on: 'signature', tranche2_pct: '10', tranche2_on: 'final_report', tranche3_pct: '0' }, call);
  assert.equal(r.status, 400);
  assert.match((await beta.get(call)).text, terms);
  await beta.submit(call, { kind: 'criterion', text_en: 'Quality', weight: '1' }, `${call}/items`);
  await beta.submit(call, { kind: 'eligibility', text_en: 'In the region', weight: '1' }, `${call}/items`);
  assert.equal((await beta.submit(call, {}, `${call}/publish`)).status, 303);
  const pub = await new Client(srv.base).get(`/calls/${call.split('/').pop()}`);
  assert.match(pub.text, terms);
  assert.match(pub.text, /when their scores are more than 20% of the scale apart/);
  // in Dutch
  const nl = new Client(srv.base, { lang: 'nl' });
  const pubNl = await nl.get(`/calls/${call.split('/').pop()}`, { headers: { 'accept-language': 'nl' } });
  assert.match(pubNl.text, /Bij ondertekening: 30%; Bij het tussentijds verslag: 30%; Bij het eindrapport: 40%/);
});

test('reviews 2.5 points apart disagree at 20 %; the grant is paid 30 / 30 / 40', async () => {
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const callId = call.split('/').pop();
  const d = (await alpha.submit('/orgs/1/proposals', { call_id: callId, title: 'Coding club' }, '/orgs/1/proposals')).location;
  await alpha.submit(d, { title: 'Coding club', summary: 'Weekly.', requested: '10.000' }, d);
  await alpha.submit(d, { label: 'Trainers', amount: '6.000' }, `${d}/budget-lines`);
  await alpha.submit(d, { label: 'Laptops', amount: '4.000' }, `${d}/budget-lines`);
  assert.equal((await alpha.submit(d, {}, `${d}/submit`)).status, 303);
  pid = d.split('/').pop();
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: CLOSED } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const sub = `/orgs/2/submissions/${pid}`;
  const item = /name="(m-\d+)" value="1"/.exec((await beta.get(sub)).text)[1];
  assert.equal((await beta.submit(sub, { [item]: '1' }, `${sub}/screening`)).status, 303);
  let page = await beta.get(call);
  for (const [, id] of page.text.matchAll(/<option value="(\d+)">Juror \d \(/g))
    assert.equal((await beta.submit(call, { account_id: id }, `${call}/jury`)).status, 303);
  assert.match((await beta.submit(call, {}, `${call}/assign`)).location, /assigned=2&short=0$/);
  for (const [n, score] of [[1, '8'], [2, '5']]) { // 3 points apart: more than 2 (20 % of 10)
    const j = new Client(srv.base);
    await j.signIn(`j${n}@jury.test`);
    const path = `/orgs/2/jury/proposals/${pid}`;
    const form = await j.get(path);
    const fields = { action: 'submit', comment: 'Fine.' };
    for (const [, name] of form.text.matchAll(/name="(s-\d+)"/g)) fields[name] = score;
    assert.equal((await j.submit(path, fields, `${path}/review`)).status, 303);
  }
  page = await beta.get(`${call}/ranking`);
  assert.match(page.text, /Disagreement \(3\.000 apart\)/);
  assert.match(page.text, /Reviews further apart than 20% of the scale are flagged/);
  const t = csrfFrom(page.text);
  const r = await beta.confirm(await beta.post(`${call}/decision`, [['csrf_token', t], ['sel', pid], [`a-${pid}`, '9.000,01']]));
  assert.equal(r.status, 303);
  const list = await beta.get('/orgs/2/grants');
  const g = /<a href="(\/orgs\/2\/grants\/\d+)">Coding club<\/a>/.exec(list.text)[1];
  const grant = await beta.get(g);
  assert.match(grant.text, /<td>On signature<\/td><td class="num">€2,700.00<\/td>/);
  assert.match(grant.text, /<td>On the interim report<\/td><td class="num">€2,700.00<\/td>/);
  assert.match(grant.text, /<td>On the final report<\/td><td class="num">€3,600.01<\/td>/);
  // the budget lines scaled to the award, the last taking the cents left
  assert.match(grant.text, /<td>Trainers<\/td><td class="num">€5,400.00<\/td>/);
  assert.match(grant.text, /<td>Laptops<\/td><td class="num">€3,600.01<\/td>/);
});
