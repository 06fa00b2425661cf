// The lists of proposals, a page at a time: the funder's list of a call's proposals and an
// organisation's own. More than 50 rows give a second page with the rest, every row once;
// the search (title, organisation) narrows; the columns sort (titles and names by the
// Unicode root collation, so Ł and Ø sort beside L and O, not after Z); the status filter
// stays through the pages; another organisation's rows, and drafts for the funder, never
// appear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, Client, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = String(Date.UTC(2027, 0, 20, 10) / 1000); // the call is open
const WORDS = ['Zebra', 'Łódź', 'apple', 'Ørsted', 'Lima', 'Oslo', 'Émile', 'Mango'];
const pad = (i) => String(i).padStart(3, '0');
let srv, alpha, beta, gamma, call, callId;

function cli(args, input) {
  const r = runTraject([...args, '--db', srv.db], input ? { input } : {});
  assert.equal(r.code, 0, r.stderr);
}

function sql(text) {
  const db = srv.db;
  const r = db.startsWith('sqlite:')
    ? spawnSync('sqlite3', [db.slice('sqlite:'.length)], { input: text, encoding: 'utf8' })
    : spawnSync('psql', [db, '-q', '-v', 'ON_ERROR_STOP=1'], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

// Alpha (org 1): 70 submitted ("A 000".."A 069", the first 20 eligible) and 5 drafts;
// Øresund Łab (org 3): 12 submitted. Amounts and submission times all differ.
function seed() {
  const rows = [];
  const add = (org, title, status, i) => {
    const sub = status === 'draft' ? 'NULL' : String(1800000000 + i * 60);
    const rec = status === 'draft' ? 'NULL' : `'R-${org}-${i}'`;
    rows.push(`(${org}, ${callId}, 2, '${status}', '${title}', ${(10000 + i * 137) * 100}, ${sub}, ${rec}, 1800000000, ${1800000000 + i})`);
  };
  for (let i = 0; i < 70; i++) add(1, `${WORDS[i % WORDS.length]} A ${pad(i)}`, i < 20 ? 'eligible' : 'submitted', i);
  for (let i = 70; i < 75; i++) add(1, `Draft A ${pad(i)}`, 'draft', i);
  for (let i = 75; i < 87; i++) add(3, `${WORDS[i % WORDS.length]} G ${pad(i)}`, 'submitted', i);
  sql(`INSERT INTO proposals (org_id, call_id, funder_id, status, title, requested, submitted_at, receipt, created_at, updated_at) VALUES ${rows.join(',\n')};`);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: NOW } });
  cli(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  cli(['init', '--org', 'Øresund Łab', '--org-kind', 'training', '--admin-email', 'admin@gamma.test', '--admin-name', 'Admin of Gamma', '--admin-password-file', '-'], PASSWORD + '\n');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await beta.submit('/orgs/2/calls/new', { title_en: 'Digital inclusion 2027', budget: '600000', min_grant: '10000', max_grant: '100000', opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '2', scale_min: '0', scale_max: '10' }, '/orgs/2/calls');
  call = res.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  await beta.submit(call, { kind: 'criterion', text_en: 'Reach', weight: '1' }, `${call}/items`);
  assert.equal((await beta.submit(call, {}, `${call}/publish`)).status, 303);
  seed();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  gamma = new Client(srv.base);
  await gamma.signIn('admin@gamma.test');
});
after(async () => { if (srv) await srv.stop(); });

const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const amount = (s) => Number(s.replace(/[^0-9.]/g, ''));

// The rows of a list (the first table after its heading) and its links.
function parse(html, heading) {
  const part = html.split(heading)[1] || '';
  const body = (part.split('<tbody>')[1] || '').split('</tbody>')[0];
  const rows = [...body.matchAll(/<tr><td><a href="[^"]*\/(\d+)">([^<]*)<\/a><\/td><td>([^<]*)<\/td><td class="num">([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)]
    .map((m) => ({ id: m[1], title: unescape(m[2]), c3: unescape(m[3]), amount: amount(m[4]), c5: m[5], c6: m[6] }));
  const link = (rel) => {
    const m = new RegExp(`<a href="([^"]+)" rel="${rel}">`).exec(part);
    return m ? unescape(m[1]) : null;
  };
  const summary = /<p role="status">([^<]*)<\/p>/.exec(part);
  return { rows, next: link('next'), prev: link('prev'), summary: summary && summary[1] };
}

async function walk(client, start, heading) {
  const pages = [];
  let url = start;
  while (url) {
    const res = await client.get(url);
    assert.equal(res.status, 200, url);
    const p = parse(res.text, heading);
    pages.push(p);
    url = p.next;
    assert.ok(pages.length < 6, 'the walk ends');
  }
  return pages;
}

const FUNDER = '<h2 id="proposals">';
const OWN = '<h2 id="own">';
const collated = (titles) => [...titles].sort(new Intl.Collator('und').compare);

test('the funder sees every submitted proposal of the call once, 50 a page, never a draft', async () => {
  const first = await beta.get(call);
  assert.match(first.text, /82 proposals submitted, requesting/);
  const pages = await walk(beta, call, FUNDER);
  assert.deepEqual(pages.map((p) => p.rows.length), [50, 32]);
  assert.equal(pages[0].summary, 'Showing 1–50 of 82');
  assert.equal(pages[1].summary, 'Showing 51–82 of 82');
  const rows = pages.flatMap((p) => p.rows);
  assert.equal(new Set(rows.map((r) => r.id)).size, 82);
  assert.ok(!rows.some((r) => r.title.startsWith('Draft')), 'no draft');
  assert.equal(rows.filter((r) => r.c3 === 'Øresund Łab').length, 12);
  // in the order they came in, by default
  assert.deepEqual(rows.map((r) => r.title), [...rows].sort((a, b) => Number(a.title.slice(-3)) - Number(b.title.slice(-3))).map((r) => r.title));
  // back through Previous
  const back = parse((await beta.get(pages[1].prev)).text, FUNDER);
  assert.deepEqual(back.rows.map((r) => r.id), pages[0].rows.map((r) => r.id));
  assert.equal(back.summary, 'Showing 1–50 of 82');
});

test('the funder sorts by title and organisation by collation, and by amount', async () => {
  const byTitle = (await walk(beta, `${call}?sort=title&dir=asc`, FUNDER)).flatMap((p) => p.rows);
  assert.equal(byTitle.length, 82);
  const titles = byTitle.map((r) => r.title);
  assert.deepEqual(titles, collated(titles));
  // Ł beside L, Ø beside O: both before Zebra
  assert.ok(titles.findIndex((t) => t.startsWith('Zebra')) > titles.findLastIndex((t) => t.startsWith('Łódź')));
  assert.ok(titles.findIndex((t) => t.startsWith('Zebra')) > titles.findLastIndex((t) => t.startsWith('Ørsted')));
  assert.ok(titles.findIndex((t) => t.startsWith('Mango')) > titles.findLastIndex((t) => t.startsWith('Łódź')));
  const desc = (await walk(beta, `${call}?sort=title&dir=desc`, FUNDER)).flatMap((p) => p.rows);
  assert.deepEqual(desc.map((r) => r.id), byTitle.map((r) => r.id).reverse());

  const byOrg = (await walk(beta, `${call}?sort=org&dir=asc`, FUNDER)).flatMap((p) => p.rows);
  assert.equal(byOrg.length, 82);
  // Alpha Training before Øresund Łab (after Z in byte order, between O and P by collation)
  assert.equal(byOrg[0].c3, 'Alpha Training');
  assert.equal(byOrg[81].c3, 'Øresund Łab');

  const page = (await beta.get(call)).text;
  const link = /<a href="([^"]*sort=requested[^"]*)"/.exec(page);
  assert.match(unescape(link[1]), /dir=desc/, 'amounts sort largest first on the first click');
  const byAmount = (await walk(beta, unescape(link[1]), FUNDER)).flatMap((p) => p.rows);
  assert.equal(byAmount.length, 82);
  for (let i = 1; i < byAmount.length; i++) assert.ok(byAmount[i - 1].amount >= byAmount[i].amount);
});

test('the funder searches by title or organisation; the status filter stays through the pages', async () => {
  let p = parse((await beta.get(`${call}?q=resund`)).text, FUNDER);
  assert.equal(p.rows.length, 12);
  assert.ok(p.rows.every((r) => r.c3 === 'Øresund Łab'));
  p = parse((await beta.get(`${call}?q=a+01`)).text, FUNDER); // "A 010".."A 019"
  assert.deepEqual(p.rows.map((r) => r.title.slice(-5)).sort(), Array.from({ length: 10 }, (_, i) => `A 01${i}`));
  assert.equal(p.summary, 'Showing 1–10 of 10');
  p = parse((await beta.get(`${call}?q=Draft`)).text, FUNDER);
  assert.equal(p.rows.length, 0);

  const res = await beta.get(`${call}?status=submitted&sort=title&dir=asc`);
  p = parse(res.text, FUNDER);
  assert.equal(p.summary, 'Showing 1–50 of 62');
  assert.match(res.text, /<option value="submitted" selected>/);
  assert.match(p.next, /status=submitted/);
  assert.match(p.next, /sort=title/);
  const p2 = parse((await beta.get(p.next)).text, FUNDER);
  assert.equal(p2.rows.length, 12);
  assert.ok([...p.rows, ...p2.rows].every((r) => r.c6 === 'Submitted'));
  // the headline counts the whole call all the same
  assert.match(res.text, /82 proposals submitted/);
  p = parse((await beta.get(`${call}?status=eligible`)).text, FUNDER);
  assert.equal(p.rows.length, 20);
  assert.ok(p.rows.every((r) => r.c6 === 'Eligible'));
});

test('an organisation pages through its own proposals and sees no one else\'s', async () => {
  const pages = await walk(alpha, '/orgs/1/proposals', OWN);
  assert.deepEqual(pages.map((p) => p.rows.length), [50, 25]);
  assert.equal(pages[0].summary, 'Showing 1–50 of 75');
  const rows = pages.flatMap((p) => p.rows);
  assert.equal(new Set(rows.map((r) => r.id)).size, 75);
  assert.ok(rows.every((r) => / A \d{3}$/.test(r.title)), 'only Alpha\'s');
  // last changed first, by default: the drafts were changed last
  assert.ok(rows.slice(0, 5).every((r) => r.title.startsWith('Draft')));
  assert.equal(rows.filter((r) => r.c3 === 'Draft').length, 5);

  const byTitle = (await walk(alpha, '/orgs/1/proposals?sort=title&dir=asc', OWN)).flatMap((p) => p.rows);
  assert.deepEqual(byTitle.map((r) => r.title), collated(byTitle.map((r) => r.title)));
  assert.equal(byTitle.length, 75);

  let p = parse((await alpha.get('/orgs/1/proposals?q=mango')).text, OWN);
  assert.ok(p.rows.length > 0 && p.rows.every((r) => r.title.startsWith('Mango')));
  p = parse((await alpha.get('/orgs/1/proposals?q=G+08')).text, OWN);
  assert.equal(p.rows.length, 0);
  p = parse((await alpha.get('/orgs/1/proposals?status=draft')).text, OWN);
  assert.equal(p.rows.length, 5);

  const g = (await walk(gamma, '/orgs/3/proposals', OWN)).flatMap((x) => x.rows);
  assert.equal(g.length, 12);
  assert.ok(g.every((r) => / G \d{3}$/.test(r.title)));
  // a cursor of Alpha's list is no cursor of Gamma's
  const at = new URL(pages[0].next, srv.base).searchParams.get('at');
  const res = await gamma.get(`/orgs/3/proposals?at=${encodeURIComponent(at)}`);
  assert.match(res.text, /That page link is no longer valid/);
  assert.doesNotMatch(res.text, / A \d{3}</);
  assert.equal((await gamma.get('/orgs/1/proposals')).status, 404);
});

test('the grants lists page too: the funder\'s all, each grantee its own', async () => {
  // a grant for every submitted proposal (straight into the database: the decision is
  // tested elsewhere)
  sql(`INSERT INTO grants (org_id, call_id, proposal_id, grantee_id, amount, created_at)
    SELECT funder_id, call_id, id, org_id, requested, 1800000000 FROM proposals WHERE status <> 'draft';`);
  const row = /<tr><td><a href="\/orgs\/\d+\/grants(?:-received)?\/(\d+)">([^<]*)<\/a><\/td><td>([^<]*)<\/td><td class="num">([^<]*)<\/td>/g;
  const grants = async (client, start) => {
    const out = [];
    let url = start;
    while (url) {
      const text = (await client.get(url)).text;
      out.push([...text.matchAll(row)].map((m) => ({ id: m[1], title: unescape(m[2]), org: unescape(m[3]), amount: amount(m[4]) })));
      const next = /<a href="([^"]+)" rel="next">/.exec(text);
      url = next && unescape(next[1]);
    }
    return out;
  };
  const all = await grants(beta, '/orgs/2/grants');
  assert.deepEqual(all.map((p) => p.length), [50, 32]);
  const titles = all.flat().map((g) => g.title);
  assert.deepEqual(titles, collated(titles));
  const byAmount = (await grants(beta, '/orgs/2/grants?sort=amount&dir=desc')).flat();
  for (let i = 1; i < byAmount.length; i++) assert.ok(byAmount[i - 1].amount >= byAmount[i].amount);
  const found = (await grants(beta, '/orgs/2/grants?q=resund')).flat();
  assert.equal(found.length, 12);
  assert.ok(found.every((g) => g.org === 'Øresund Łab'));

  const mine = (await grants(alpha, '/orgs/1/grants-received')).flat();
  assert.equal(mine.length, 70);
  assert.ok(mine.every((g) => / A \d{3}$/.test(g.title) && g.org === 'Beta Fund'));
  const theirs = (await grants(gamma, '/orgs/3/grants-received')).flat();
  assert.equal(theirs.length, 12);
  assert.ok(theirs.every((g) => / G \d{3}$/.test(g.title)));
});

test('the ranking ranks every proposal of the call, past the 2,000 it used to stop at', async () => {
  // 2,100 more eligible proposals, straight into the database
  sql(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2100)
    INSERT INTO proposals (org_id, call_id, funder_id, status, title, requested, submitted_at, receipt, created_at, updated_at)
    SELECT 1, ${callId}, 2, 'eligible', 'Many ' || CAST(i AS TEXT), 2000000, 1800100000 + i, 'R-many', 1800000000, 1800000000 FROM n;`);
  const page = await beta.get(`${call}/ranking`);
  assert.equal(page.status, 200);
  // the 20 eligible of before, and the 2,100: one row each (the others are not eligible)
  const rows = [...page.text.matchAll(/<tr><td>[^<]*<\/td><td><a href="\/orgs\/2\/submissions\/(\d+)">/g)].map((m) => m[1]);
  assert.equal(rows.length, 2120);
  assert.equal(new Set(rows).size, 2120);
  assert.match(page.text, />Many 2100<\/a>/);
});

test('the funder\'s calls come a page at a time, latest closing first, searched by title', async () => {
  sql(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
    INSERT INTO calls (org_id, status, title_en, title_fr, budget, min_grant, max_grant, opens_at, closes_at, created_at, updated_at)
    SELECT 2, 'draft', 'Call ' || CAST(i AS TEXT), 'Appel ' || CAST(i AS TEXT), 1000000 * i, 100, 1000, 1700000000, 1700000000 + i * 3600, 1700000000, 1700000000 FROM n;
    INSERT INTO calls (org_id, status, title_en, budget, min_grant, max_grant, opens_at, closes_at, created_at, updated_at)
    VALUES (3, 'draft', 'Canary call of Gamma', 100, 1, 10, 1700000000, 1700003600, 1700000000, 1700000000);`);
  const row = /<tr><td><a href="\/orgs\/2\/calls\/(\d+)">([^<]*)<\/a><\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>([^<]*)<\/td><\/tr>/g;
  const pages = [];
  let url = '/orgs/2/calls';
  while (url) {
    const text = (await beta.get(url)).text;
    assert.doesNotMatch(text, /Canary call of Gamma/);
    pages.push([...text.matchAll(row)].map((m) => ({ id: Number(m[1]), title: m[2], budget: amount(m[3]) })));
    const next = /<a href="([^"]+)" rel="next">/.exec(text);
    url = next && unescape(next[1]);
    assert.ok(pages.length < 4);
  }
  assert.deepEqual(pages.map((p) => p.length), [50, 11]);
  const titles = pages.flat().map((c) => c.title);
  // the open call of the story closes in 2027, after all of these; then Call 60, 59...
  assert.equal(titles[0], 'Digital inclusion 2027');
  assert.deepEqual(titles.slice(1, 4), ['Call 60', 'Call 59', 'Call 58']);
  assert.equal(new Set(titles).size, 61);
  const found = (await beta.get('/orgs/2/calls?q=appel+5')).text; // the French titles are searched too
  assert.equal([...found.matchAll(row)].length, 11); // 5, 50..59
  const byBudget = [...(await beta.get('/orgs/2/calls?sort=budget&dir=desc')).text.matchAll(row)].map((m) => amount(m[3]));
  for (let i = 1; i < byBudget.length; i++) assert.ok(byBudget[i - 1] >= byBudget[i]);
});
