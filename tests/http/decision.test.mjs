// A whole call, as the regional funder ran it: 26 proposals submitted, 19 eligible, a
// jury of 7 with 3 reviews per proposal, a ranking, and a selection of 9 that fills the
// 600,000 EUR budget exactly; over-budget and out-of-range decisions are refused; the
// decision is recorded once and published. Fixed clocks: submissions while the call is
// open, the rest after it closed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, PASSWORD, mails } from '../lib/server.mjs';

const OPEN = String(Date.UTC(2027, 0, 20, 10) / 1000);
const CLOSED = String(Date.UTC(2027, 1, 10, 10) / 1000);
let srv, beta, call, callId;
const ids = []; // proposal ids P01..P26, in order
const value = (i) => 10 - Math.floor(i / 2); // every score given to proposal index i (0-based)
const requested = (i) => (i < 8 ? 70000 : i === 8 ? 40000 : 50000);

function cli(args, input) {
  const r = runTraject([...args, '--db', srv.db], input ? { input } : {});
  assert.equal(r.code, 0, r.stderr);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: OPEN } });
  cli(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  for (let n = 1; n <= 7; n++)
    cli(['user', 'add', '--org', '2', '--email', `j${n}@jury.test`, '--name', `Juror ${n}`, '--role', 'jury', '--password-file', '-'], PASSWORD + '\n');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await beta.submit('/orgs/2/calls/new', { title_en: 'Fighting the digital divide', budget: '600.000', min_grant: '10.000', max_grant: '100.000', opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '3', scale_min: '0', scale_max: '10' }, '/orgs/2/calls');
  call = res.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  await beta.submit(call, { kind: 'eligibility', text_en: 'Works in the region', weight: '1' }, `${call}/items`);
  for (const [text, w] of [['Reach', '3'], ['Quality', '2'], ['Cost', '1']])
    await beta.submit(call, { kind: 'criterion', text_en: text, weight: w }, `${call}/items`);
  // three target groups: two of the defaults and one whose name looks like a formula
  await beta.submit('/orgs/2/target-groups', { text_en: '=SUM(A1:A9)' }, '/orgs/2/target-groups');
  let cp = await beta.get(call);
  const groups = Object.fromEntries([...cp.text.matchAll(/name="groups" value="(\d+)"> ([^<]+)</g)].map((m) => [m[2], m[1]]));
  await beta.submit(call, [['groups', groups.Newcomers], ['groups', groups.Women], ['groups', groups['=SUM(A1:A9)']]], `${call}/groups`);
  assert.equal((await beta.submit(call, {}, `${call}/publish`)).status, 303);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  for (let i = 0; i < 26; i++) {
    const title = `P${String(i + 1).padStart(2, '0')}`;
    const d = (await alpha.submit('/orgs/1/proposals', { call_id: callId, title }, '/orgs/1/proposals')).location;
    const form = await alpha.get(d);
    const choice = Object.fromEntries([...form.text.matchAll(/name="groups" value="(\d+)"> ([^<]+)</g)].map((m) => [m[2], m[1]]));
    const picks = [['groups', i < 13 ? choice.Newcomers : choice.Women]];
    if (i === 25) picks.push(['groups', choice['=SUM(A1:A9)']]);
    await alpha.submit(d, [['title', title], ['summary', `Project ${title}.`], ['requested', String(requested(i))], ...picks], d);
    await alpha.submit(d, { label: 'All costs', amount: String(requested(i)) }, `${d}/budget-lines`);
    assert.equal((await alpha.submit(d, {}, `${d}/submit`)).status, 303, title);
    ids.push(d.split('/').pop());
  }
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: CLOSED } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
});
after(async () => { if (srv) await srv.stop(); });

test('26 submitted, 19 found eligible', async () => {
  assert.match((await beta.get(call)).text, /26 proposals submitted, requesting €1,450,000.00 in total/);
  for (let i = 0; i < 26; i++) {
    const path = `/orgs/2/submissions/${ids[i]}`;
    const page = await beta.get(path);
    const item = /name="(m-\d+)" value="1"/.exec(page.text)[1];
    const fields = i < 19 ? { [item]: '1' } : { [item]: '0', [item.replace('m-', 'r-')]: 'Outside the region' };
    assert.equal((await beta.submit(path, fields, `${path}/screening`)).status, 303);
  }
  const page = await beta.get(`${call}/ranking`);
  assert.equal([...page.text.matchAll(/\/orgs\/2\/submissions\/\d+">P\d\d</g)].length, 19);
});

test('a jury of 7 gives every eligible proposal 3 reviews, loads 8 or 9', async () => {
  let page = await beta.get(call);
  for (const [, id] of page.text.matchAll(/<option value="(\d+)">Juror \d \(/g))
    assert.equal((await beta.submit(call, { account_id: id }, `${call}/jury`)).status, 303);
  const res = await beta.submit(call, {}, `${call}/assign`);
  assert.match(res.location, /assigned=57&short=0$/);
  page = await beta.get(call);
  const loads = [...page.text.matchAll(/<td>0 \/ (\d+)<\/td>/g)].map((m) => Number(m[1]));
  assert.equal(loads.length, 7);
  assert.equal(loads.reduce((a, b) => a + b, 0), 57);
  assert.ok(loads.every((l) => l === 8 || l === 9), `loads ${loads}`);
});

test('the members review what they were given', async () => {
  let reviews = 0;
  for (let n = 1; n <= 7; n++) {
    const j = new Client(srv.base);
    await j.signIn(`j${n}@jury.test`);
    const home = await j.get('/orgs/2/jury');
    for (const [, pid] of home.text.matchAll(/href="\/orgs\/2\/jury\/proposals\/(\d+)"/g)) {
      const i = ids.indexOf(pid);
      const path = `/orgs/2/jury/proposals/${pid}`;
      const page = await j.get(path);
      const fields = { action: 'submit', comment: `Review of P${i + 1} by juror ${n}` };
      for (const [, name] of page.text.matchAll(/name="(s-\d+)"/g)) fields[name] = String(value(i));
      assert.equal((await j.submit(path, fields, `${path}/review`)).status, 303);
      reviews++;
    }
  }
  assert.equal(reviews, 57);
});

test('the ranking proposes 9 proposals filling the budget, skipping what does not fit', async () => {
  const page = await beta.get(`${call}/ranking`);
  assert.match(page.text, /Proposed selection: 9 proposals for €600,000.00 of a budget of €600,000.00 \(€0.00 left\)/);
  const rows = [...page.text.matchAll(/<tr><td>(\d+)<\/td><td><a [^>]+>(P\d\d)<\/a>[^]*?<\/tr>/g)];
  assert.equal(rows.length, 19);
  // ranked by score; ties broken by the smaller amount (P09 before P10), then submission
  assert.deepEqual(rows.slice(0, 10).map((m) => m[2]), ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10']);
  assert.match(rows[0][0], /<td>10\.000<\/td>/);
  assert.match(rows[8][0], /Proposed/);
  assert.match(rows[9][0], /Does not fit: €50,000.00 missing/);
  assert.equal(rows.filter((m) => /Proposed/.test(m[0])).length, 9);
});

test('decisions over the budget or outside the limits are refused; nothing is recorded', async () => {
  const page = await beta.get(`${call}/ranking`);
  const t = csrfFrom(page.text);
  const base = ids.slice(0, 9).flatMap((id, i) => [['sel', id], [`a-${id}`, String(requested(i))]]);
  let r = await beta.post(`${call}/decision`, [['csrf_token', t], ...base, ['sel', ids[9]], [`a-${ids[9]}`, '50000']]);
  assert.equal(r.status, 409);
  assert.match(r.text, /The selection totals €650,000.00, €50,000.00 over the budget of €600,000.00: nothing was recorded/);
  r = await beta.post(`${call}/decision`, [['csrf_token', t], ['sel', ids[0]], [`a-${ids[0]}`, '80000']]);
  assert.equal(r.status, 400);
  assert.match(r.text, /P01: more than the €70,000.00 requested/);
  r = await beta.post(`${call}/decision`, [['csrf_token', t], ['sel', ids[0]], [`a-${ids[0]}`, '5000']]);
  assert.equal(r.status, 400);
  assert.match(r.text, /P01: a grant is from €10,000.00 to €100,000.00/);
  r = await beta.post(`${call}/decision`, [['csrf_token', t], ['sel', ids[20]], [`a-${ids[20]}`, '50000']]);
  assert.equal(r.status, 400);
  assert.match(r.text, /Only an eligible proposal can be selected/);
  assert.match((await beta.get(`${call}/ranking`)).text, /Record the decision/);
  assert.doesNotMatch((await new Client(srv.base).get(`/calls/${callId}`)).text, /Selected projects/);
});

test('a decision that lists a proposal twice is refused as such, not for the grant limits', async () => {
  const page = await beta.get(`${call}/ranking`);
  const t = csrfFrom(page.text);
  const r = await beta.post(`${call}/decision`, [['csrf_token', t], ['sel', ids[0]], ['sel', ids[0]], [`a-${ids[0]}`, String(requested(0))]]);
  assert.equal(r.status, 400);
  assert.match(r.text, /P01 appears twice in the selection: select it once\./);
  assert.doesNotMatch(r.text, /a grant is from/);
  assert.match((await beta.get(`${call}/ranking`)).text, /Record the decision/);
});

test('each proposal gets a reason, prefilled from the ranking; a reason over 2,000 characters is refused, nothing recorded', async () => {
  const page = await beta.get(`${call}/ranking`);
  assert.match(page.text, new RegExp(`<textarea id="f-r-${ids[0]}" name="r-${ids[0]}" rows="2">Ranked 1 of 19 with 10\\.00 of 10; selected within the budget\\.</textarea>`));
  assert.match(page.text, new RegExp(`name="r-${ids[9]}" rows="2">Ranked 10 of 19 with [0-9.]+ of 10; the budget was used up by higher-ranked proposals\\.</textarea>`));
  assert.doesNotMatch(page.text, new RegExp(`name="r-${ids[20]}"`)); // not eligible: the screening's reason
  const t = csrfFrom(page.text);
  const fields = [['csrf_token', t], ...ids.slice(0, 9).flatMap((id, i) => [['sel', id], [`a-${id}`, String(requested(i))]]), [`r-${ids[3]}`, 'x'.repeat(2001)]];
  const r = await beta.post(`${call}/decision`, fields);
  assert.equal(r.status, 400);
  assert.match(r.text, /A reason is at most 2,000 characters\./);
  assert.match(r.text, /x{2001}<\/textarea>/); // what was typed stays
  assert.match((await beta.get(`${call}/ranking`)).text, /Record the decision/);
});

test('the decision: 9 selected, 600,000 EUR, recorded once with who and when, and published', async () => {
  const page = await beta.get(`${call}/ranking`);
  const t = csrfFrom(page.text);
  // a member of the applicant who answers calls reads French
  const r0 = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'staff@alpha.test', '--name', 'Staff of Alpha', '--role', 'staff', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r0.code, 0, r0.stderr);
  const fr = new Client(srv.base);
  await fr.signIn('staff@alpha.test');
  assert.equal((await fr.submit('/account', { name: 'Staff of Alpha', lang: 'fr' }, '/account/profile')).status, 303);
  // the funder keeps the proposed selection as it is, and writes its own reason for P10
  const fields = [['csrf_token', t], ...ids.slice(0, 9).flatMap((id, i) => [['sel', id], [`a-${id}`, String(requested(i))]]), [`r-${ids[9]}`, 'Strong, but P09 reaches more people.']];
  // the first post asks once more, saying what will happen and to whom
  const ask = await beta.post(`${call}/decision`, fields);
  assert.equal(ask.status, 200);
  assert.match(ask.text, /Record the decision on Fighting the digital divide\?/);
  assert.match(ask.text, /The call closes for good: 9 proposals selected, for €600,000.00 of a budget of €600,000.00\. P01 \(Alpha Training\): €70,000.00;[^<]*P09 \(Alpha Training\): €40,000.00 10 eligible proposals are not selected\./);
  assert.match((await beta.get(`${call}/ranking`)).text, /Record the decision/);
  // a replay without the token, with a forged one or with a token for other fields: asked again, nothing done
  const token = /name="confirm_token" value="([^"]+)"/.exec(ask.text)[1];
  for (const replay of [fields, [...fields, ['confirm_token', 'forged']],
    [...fields.map(([k, v]) => [k, k === `a-${ids[8]}` ? '39000' : v]), ['confirm_token', token]]]) {
    const again = await beta.post(`${call}/decision`, replay);
    assert.equal(again.status, 200);
    assert.match(again.text, /name="confirm_token"/);
  }
  assert.match((await beta.get(`${call}/ranking`)).text, /Record the decision/);
  assert.doesNotMatch((await new Client(srv.base).get(`/calls/${callId}`)).text, /Selected projects/);
  assert.match(ask.text, /1 applicant organisation gets a letter by mail with its rank, score, the decision, the amount awarded and the reason\./);
  let r = await beta.confirm(ask);
  assert.equal(r.status, 303);
  // every submitted proposal's letter, to each member who answers calls, in their language
  const end = Date.now() + 10000;
  let letters = [];
  while (letters.length < 52 && Date.now() < end) {
    letters = (await mails(srv.mailDir, 0, 0)).filter((m) => /^(Decision on your proposal|Décision sur votre proposition)/.test(m.subject));
    await new Promise((res) => setTimeout(res, 100));
  }
  assert.equal(letters.length, 52);
  const letter = (to, title) => letters.find((m) => m.to === to && m.subject.includes(`"${title}"`) || m.to === to && m.subject.includes(`« ${title} »`));
  const p01 = letter('admin@alpha.test', 'P01');
  assert.match(p01.body, /Beta Fund has recorded its decision on the call "Fighting the digital divide"\./);
  assert.match(p01.body, /Your proposal "P01": selected, with €70,000.00 awarded\./);
  assert.match(p01.body, /Rank: 1 of 19\. Score: 10\.00 of 10\./);
  assert.match(p01.body, /Reason: Ranked 1 of 19 with 10\.00 of 10; selected within the budget\./);
  const p10 = letter('staff@alpha.test', 'P10');
  assert.match(p10.subject, /^Décision sur votre proposition « P10 »/);
  assert.match(p10.body, /Bonjour Staff of Alpha/);
  assert.match(p10.body, /non retenue/);
  assert.match(p10.body, /Rang : 10 sur 19/);
  assert.match(p10.body, /Motif : Strong, but P09 reaches more people\./);
  const p20 = letter('admin@alpha.test', 'P20');
  assert.match(p20.body, /Your proposal "P20": not eligible\./);
  assert.match(p20.body, /Reason: Outside the region/);
  assert.doesNotMatch(p20.body, /Rank:/);
  const done = await beta.get(`${call}/ranking`);
  assert.match(done.text, /Decided on Wednesday 2027-02-10 11:00 by Admin of Beta Fund: 9 proposals selected, €600,000.00 awarded of a budget of €600,000.00\./);
  assert.doesNotMatch(done.text, /Record the decision/);
  r = await beta.post(`${call}/decision`, fields);
  assert.equal(r.status, 409);
  const pub = await new Client(srv.base).get(`/calls/${callId}`);
  assert.match(pub.text, /9 projects selected, €600,000.00 awarded in total\./);
  for (const title of ['P01', 'P08', 'P09']) assert.match(pub.text, new RegExp(`<td>${title}</td><td>Alpha Training</td>`));
  assert.doesNotMatch(pub.text, /<td>P10<\/td>/);
  const own = await (async () => { const a = new Client(srv.base); await a.signIn('admin@alpha.test'); return a.get('/orgs/1/proposals'); })();
  assert.match(own.text, />P01<\/a><\/td><td>Selected<\/td>/);
  assert.match(own.text, />P10<\/a><\/td><td>Not selected<\/td>/);
  assert.match(own.text, />P20<\/a><\/td><td>Not eligible<\/td>/);
});

test('the figures of the call, on a page and as CSV, by target group', async () => {
  const page = await beta.get(`${call}/report`);
  assert.equal(page.status, 200);
  const row = (label) => new RegExp(`<th scope="row">${label}</th>${'<td class="num">([^<]*)</td>'.repeat(6)}`).exec(page.text).slice(1);
  assert.deepEqual(row('All proposals'), ['26', '19', '7', '9', '€1,450,000.00', '€600,000.00']);
  assert.deepEqual(row('Newcomers'), ['13', '13', '0', '9', '€800,000.00', '€600,000.00']);
  assert.deepEqual(row('Women'), ['13', '6', '7', '0', '€650,000.00', '€0.00']);
  assert.match(page.text, /Budget: €600,000.00; awarded: €600,000.00; left: €0.00\./);
  const csv = await beta.get(`${call}/report.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-disposition'), /attachment; filename="call-\d+-figures.csv"/);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], '"Target group","Submitted","Eligible","Not eligible","Selected","Requested (euro)","Awarded (euro)"');
  assert.equal(lines[1], '"All proposals",26,19,7,9,1450000,600000');
  assert.ok(lines.includes('"Newcomers",13,13,0,9,800000,600000'));
  assert.ok(lines.includes(`"'=SUM(A1:A9)",1,0,1,0,50000,0`), lines.join('\n'));
  // not for anyone else
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  assert.equal((await alpha.get(`/orgs/2/calls/${callId}/report.csv`)).status, 404);
});

test('grants: tranches of 60 and 40 %, budget lines, expenses by the grantee, payments by the funder', async () => {
  const list = await beta.get('/orgs/2/grants');
  const grants = [...list.text.matchAll(/<a href="(\/orgs\/2\/grants\/\d+)">(P\d\d)<\/a>/g)];
  assert.equal(grants.length, 9);
  const p09 = grants.find((m) => m[2] === 'P09')[1];
  let page = await beta.get(p09);
  assert.match(page.text, /<td>On signature<\/td><td class="num">€24,000.00<\/td>/);
  assert.match(page.text, /<td>On the final report<\/td><td class="num">€16,000.00<\/td>/);
  assert.match(page.text, /<td>All costs<\/td><td class="num">€40,000.00<\/td><td class="num">€0.00<\/td>/);
  // the funder pays the first tranche
  const pay = /action="(\/orgs\/2\/tranches\/\d+\/pay)"/.exec(page.text)[1];
  const ask = await beta.submit(p09, { paid_on: '2027-02-15' }, pay);
  assert.equal(ask.status, 200);
  assert.match(ask.text, /Mark €24,000.00 of P09 as paid\?/);
  assert.match(ask.text, /The tranche “On signature” of €24,000.00 to Alpha Training is recorded as paid on 2027-02-15/);
  // replayed without the token: asked again, still to pay
  assert.match((await beta.submit(p09, { paid_on: '2027-02-15' }, pay)).text, /name="confirm_token"/);
  assert.doesNotMatch((await beta.get(p09)).text, /Paid on 2027/);
  let r = await beta.confirm(ask);
  assert.equal(r.status, 303);
  assert.equal((await beta.submit(p09, { paid_on: '2027-02-16' }, pay)).status, 404); // once
  page = await beta.get(p09);
  assert.match(page.text, /Paid on 2027-02-15/);
  assert.match(page.text, /<dt>Paid<\/dt><dd>€24,000.00<\/dd>/);
  // the grantee sees its grant and records expenses
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const mine = await alpha.get('/orgs/1/grants-received');
  const g = /<a href="(\/orgs\/1\/grants-received\/\d+)">P09<\/a>/.exec(mine.text)[1];
  const form = await alpha.get(g);
  const line = /<option value="(\d+)">All costs<\/option>/.exec(form.text)[1];
  r = await alpha.submit(g, { line_id: line, spent_on: '2027-02-30', amount: '10.000', description: 'Laptops' }, `${g}/expenses`);
  assert.equal(r.status, 400);
  r = await alpha.submit(g, { line_id: line, spent_on: '2027-02-20', amount: 'lots', description: 'Laptops' }, `${g}/expenses`);
  assert.equal(r.status, 400);
  r = await alpha.submit(g, { line_id: line, spent_on: '2027-02-20', amount: '10.000', description: 'Laptops' }, `${g}/expenses`);
  assert.equal(r.status, 303);
  // a line of another grant is refused
  const other = /<a href="(\/orgs\/1\/grants-received\/\d+)">P01<\/a>/.exec(mine.text)[1];
  r = await alpha.submit(g, { line_id: line, spent_on: '2027-02-20', amount: '1', description: 'x' }, `${other}/expenses`);
  assert.equal(r.status, 404);
  page = await beta.get(p09);
  assert.match(page.text, /<td>All costs<\/td><td class="num">€40,000.00<\/td><td class="num">€10,000.00<\/td><td class="num">25%<\/td>/);
  assert.match(page.text, /<td>2027-02-20<\/td><td>All costs<\/td><td>Laptops<\/td><td class="num">€10,000.00<\/td>/);
  // spending beyond a line is flagged
  r = await alpha.submit(g, { line_id: line, spent_on: '2027-02-21', amount: '35.000', description: 'Trainers' }, `${g}/expenses`);
  assert.equal(r.status, 303);
  assert.match((await beta.get(p09)).text, /Over budget/);
  // nobody else
  assert.equal((await alpha.get(p09)).status, 404);
  assert.equal((await alpha.get(p09.replace('/orgs/2/', '/orgs/1/'))).status === 200, false);
  assert.equal((await beta.get(g.replace('/orgs/1/', '/orgs/2/'))).status === 200, false);
});
