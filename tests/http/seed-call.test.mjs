// The seed scenario of a regional call for projects, loaded by `traject demo`: 26 proposals
// submitted, 19 eligible, an independent jury, 9 selected for 600,000 EUR in total, across the
// funder's target groups. Every figure is read where the funder reads it (the call's page, its
// figures and their CSV export, the ranking and decision, the grants, the public page), as
// the reports compute it from the records; the jury and an applicant see their side, and the
// call's impact counts the learners of the programme a grant funds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject } from '../lib/server.mjs';

const DEMO_PASSWORD = 'traject-demo-2026';
const TITLE = 'Brussels digital inclusion 2026';
// the spread seeded across the target groups: submitted, eligible, not eligible, selected,
// requested and awarded (euros); a proposal counts in each group it names
const GROUPS = [
  ['Newcomers', 4, 3, 1, 2, 220000, 150000],
  ['Job-seekers far from work', 6, 4, 2, 2, 395000, 120000],
  ['Women', 5, 4, 1, 2, 375000, 125000],
  ['Refugees and migrants', 4, 3, 1, 2, 245000, 185000],
  ['Domestic workers', 2, 1, 1, 1, 70000, 45000],
  ['Youth aged 10-18', 3, 2, 1, 1, 165000, 50000],
  ['Workers ending an integration contract', 2, 1, 1, 1, 130000, 85000],
  ['Staff of social-economy enterprises', 2, 2, 0, 1, 145000, 85000],
  ['Digitally vulnerable citizens', 6, 6, 0, 1, 215000, 60000],
];
const ALL = ['All proposals', 26, 19, 7, 9, 1450000, 600000];
const euros = (n) => `€${n.toLocaleString('en-US')}.00`;
const cells = (html) => [...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);

let srv, funder, call;

before(async () => {
  srv = await startServer({ init: false });
  const r = runTraject(['demo', '--db', srv.db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /calls for projects, proposals, jury, reviews, decision and grants loaded/);
  funder = new Client(srv.base);
  await funder.signIn('funder@demo.traject.test', DEMO_PASSWORD);
  const list = await funder.get('/orgs/2/calls');
  call = new RegExp(`<a href="(/orgs/2/calls/\\d+)">${TITLE}<`).exec(list.text)?.[1];
  assert.ok(call, 'the regional call is among the fund\'s calls');
});
after(async () => { await srv?.stop(); });

test("the call's figures: 26 submitted, 19 eligible, 9 selected, 600,000 EUR awarded, and the spread by target group", async () => {
  const page = await funder.get(`${call}/report`);
  assert.equal(page.status, 200);
  for (const [name, ...figures] of [ALL, ...GROUPS]) {
    const row = new RegExp(`<tr><th scope="row">${name}</th>((?:<td class="num">[^<]*</td>)+)</tr>`).exec(page.text);
    assert.ok(row, `a line for ${name}`);
    assert.deepEqual(cells(row[1]), [...figures.slice(0, 4).map(String), euros(figures[4]), euros(figures[5])], name);
  }
  assert.match(page.text, /Budget: €600,000\.00; awarded: €600,000\.00; left: €0\.00\./);
  const csv = await funder.get(`${call}/report.csv`);
  assert.equal(csv.status, 200);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(lines[0], '"Target group","Submitted","Eligible","Not eligible","Selected","Requested (euro)","Awarded (euro)"');
  assert.deepEqual(lines.slice(1), [ALL, ...GROUPS].map(([name, ...n]) => [`"${name}"`, ...n].join(',')));
});

test('the call, its ranking and its decision: 19 ranked by a jury of three, 9 selected for exactly the budget', async () => {
  const page = await funder.get(call);
  assert.match(page.text, /26 proposals submitted, requesting €1,450,000\.00 in total\./);
  for (const status of ['Selected', 'Not selected', 'Not eligible']) {
    const n = [...page.text.matchAll(new RegExp(`<td>${status}</td>`, 'g'))].length;
    assert.equal(n, { Selected: 9, 'Not selected': 10, 'Not eligible': 7 }[status], status);
  }
  // the independent jury: three members, each with every eligible proposal reviewed
  for (const name of ['Marc Lambert', 'Ines Vandenberghe', 'Youssef Tahiri']) {
    assert.match(page.text, new RegExp(`<td>${name}<br><small>[^<]*</small></td><td>19 / 19</td>`), name);
  }
  const ranking = await funder.get(`${call}/ranking`);
  assert.match(ranking.text, /9 proposals selected, €600,000\.00 awarded of a budget of €600,000\.00\./);
  assert.equal([...ranking.text.matchAll(/<td>3 \/ 3<\/td>/g)].length, 19, 'every eligible proposal has its three reviews');
  const grants = await funder.get('/orgs/2/grants');
  assert.match(grants.text, /Showing 1–9 of 9/);
  // the public page of the call tells the same
  const pub = await new Client(srv.base).get(`/calls/${call.split('/').pop()}`);
  assert.equal(pub.status, 200);
  assert.match(pub.text, /9 projects selected, €600,000\.00 awarded in total\./);
});

test('each ineligible proposal says why; the grants are being paid', async () => {
  const page = await funder.get(call);
  const ineligible = [...page.text.matchAll(/<a href="(\/orgs\/2\/submissions\/\d+)">[^<]*<\/a><\/td><td>[^<]*<\/td>(?:<td[^>]*>[^<]*<\/td>){2}<td>Not eligible<\/td>/g)].map((m) => m[1]);
  assert.equal(ineligible.length, 7);
  const sub = await funder.get(ineligible[0]);
  assert.match(sub.text, /Brussels-Capital Region|non-profit|co-financ/);
  const home = await funder.get('/orgs/2');
  assert.match(home.text, /13 tranches to pay \(€228,000\.00\)/);
});

test("the call's impact: the grant that funds the coding school's bootcamp counts its learners against the proposal's targets", async () => {
  const page = await funder.get(`${call}/impact`);
  assert.equal(page.status, 200);
  const reached = /<dt>Reached<\/dt><dd>([^<]*) <small>Target: 380<\/small>/.exec(page.text);
  assert.ok(reached, 'reached, against the 380 people the funded proposal plans to reach');
  assert.notEqual(reached[1], '0');
  assert.match(page.text, /<dt>Trained<\/dt><dd>[^<]* <small>Target: 95<\/small>/);
});

test('a juror sees his reviews and the ones still to do; an applicant sees its grant', async () => {
  const jury = new Client(srv.base);
  await jury.signIn('jury@demo.traject.test', DEMO_PASSWORD);
  const home = await jury.get('/orgs/2/jury');
  assert.match(home.text, /Digital inclusion 2027: 3 of 5 reviews done/);
  assert.equal([...home.text.matchAll(/Review done/g)].length, 3);
  assert.equal([...home.text.matchAll(/Review to do/g)].length, 2);
  const done = /href="(\/orgs\/2\/jury\/proposals\/\d+)">Assigned to you: read it<\/a> · Review done/.exec(home.text);
  assert.ok(done, 'a proposal he reviewed');
  const mine = await jury.get(done[1]);
  assert.match(mine.text, /Your review/);
  assert.match(mine.text, /Weighted score: \d/);
  const applicant = new Client(srv.base);
  const signed = await applicant.signIn('contact@femmes-numerique.calls.demo.test', DEMO_PASSWORD);
  const received = await applicant.get(`${signed.location}/grants-received`);
  assert.equal(received.status, 200);
  assert.match(received.text, /Codeuses : le développement web pour les femmes éloignées de l&#39;emploi/);
  assert.match(received.text, /€80,000\.00/);
});

test('the demo a second time adds nothing', async () => {
  const r = runTraject(['demo', '--db', srv.db]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /loaded/);
  const page = await funder.get(`${call}/report`);
  assert.match(page.text, /<th scope="row">All proposals<\/th><td class="num">26<\/td><td class="num">19<\/td>/);
  const list = await funder.get('/orgs/2/calls');
  assert.match(list.text, /Showing 1–2 of 2/);
});
