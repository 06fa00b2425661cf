// The members list of a large organisation, a page at a time: every member once, in
// order, both ways; search by name or e-mail; sort by name or by date joined; a cursor
// that was tampered with, or belongs to another order or organisation, gives the first
// page with a notice, never an error or another organisation's rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, Client } from '../lib/server.mjs';

const N = 120;
const DAY = 86400;
let srv, alpha;

// Seeds N members of Alpha Training straight into the database (hashing N passwords
// through the command line would take minutes): names with ties and accents, joined on
// a handful of days so that many share a date.
function seed(db) {
  const rows = [];
  for (let i = 0; i < N; i++) {
    const name = i % 10 === 0 ? 'Same Name' : `${['Zoë', 'anna', 'Bram', 'Émile', 'Lotte'][i % 5]} ${String(i).padStart(3, '0')}`;
    const email = `m${String(i).padStart(3, '0')}@many.test`;
    rows.push(`('${email}', '${name}', 'x', 'en', ${1700000000 + (i % 7) * DAY})`);
  }
  const sql = `INSERT INTO accounts (email, name, password_hash, lang, created_at) VALUES ${rows.join(', ')};
INSERT INTO memberships (org_id, account_id, roles, created_at)
  SELECT 1, id, 2, created_at FROM accounts WHERE email LIKE '%@many.test';`;
  const r = db.startsWith('sqlite:')
    ? spawnSync('sqlite3', [db.slice('sqlite:'.length)], { input: sql, encoding: 'utf8' })
    : spawnSync('psql', [db, '-q', '-v', 'ON_ERROR_STOP=1'], { input: sql, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

before(async () => {
  srv = await startServer();
  seed(srv.db);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
});
after(async () => { if (srv) await srv.stop(); });

const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

// The members shown on a page (e-mail, name, date), and its links.
function parse(html) {
  const list = html.split('<h2>Open invitations')[0];
  const body = (list.split('<tbody>')[1] || '').split('</tbody>')[0];
  const rows = [...body.matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g)]
    .map((m) => ({ name: unescape(m[1]), email: m[2], day: m[3] }));
  const link = (rel) => {
    const m = new RegExp(`<a href="([^"]+)" rel="${rel}">`).exec(html);
    return m ? unescape(m[1]) : null;
  };
  const summary = /<p role="status">([^<]*)<\/p>/.exec(html);
  return { rows, next: link('next'), prev: link('prev'), summary: summary && summary[1] };
}

async function walk(start) {
  const pages = [];
  let url = start;
  while (url) {
    const res = await alpha.get(url);
    assert.equal(res.status, 200, url);
    const p = parse(res.text);
    pages.push(p);
    url = p.next;
    assert.ok(pages.length < 10, 'the walk ends');
  }
  return pages;
}

test('every member once, 50 a page, in name order, forwards and backwards', async () => {
  const pages = await walk('/orgs/1/members');
  assert.deepEqual(pages.map((p) => p.rows.length), [50, 50, 21]);
  assert.equal(pages[0].summary, 'Showing 1–50 of 121');
  assert.equal(pages[1].summary, 'Showing 51–100 of 121');
  assert.equal(pages[2].summary, 'Showing 101–121 of 121');
  assert.equal(pages[0].prev, null);
  const all = pages.flatMap((p) => p.rows);
  const emails = all.map((r) => r.email);
  assert.equal(new Set(emails).size, 121, 'nothing repeated');
  for (let i = 0; i < N; i++) assert.ok(emails.includes(`m${String(i).padStart(3, '0')}@many.test`));
  assert.ok(emails.includes('admin@alpha.test'));
  // the order of the statement (the name by the Unicode root collation, then the id) is
  // kept across pages: anna before Bram, Émile with the E's, Zoë last
  const names = all.map((r) => r.name);
  const sorted = [...names].sort(new Intl.Collator('und').compare);
  assert.deepEqual(names, sorted);

  // back from the last page to the first, through Previous
  const back = [pages[2]];
  let url = pages[2].prev;
  while (url) {
    const p = parse((await alpha.get(url)).text);
    back.unshift(p);
    url = p.prev;
  }
  assert.equal(back.length, 3);
  assert.deepEqual(back.map((p) => p.rows.map((r) => r.email)), pages.map((p) => p.rows.map((r) => r.email)));
  assert.equal(back[0].summary, 'Showing 1–50 of 121');
  assert.equal(back[1].summary, 'Showing 51–100 of 121');
});

test('sorted by name descending and by date joined, newest first, still every member once', async () => {
  const first = (await alpha.get('/orgs/1/members')).text;
  assert.match(first, /<th scope="col" aria-sort="ascending"><a href="[^"]*sort=name&amp;dir=desc"/);
  assert.match(first, /<nav aria-label="Pages of the list" class="pager">/);
  const desc = (await walk('/orgs/1/members?sort=name&dir=desc')).flatMap((p) => p.rows);
  const asc = (await walk('/orgs/1/members?sort=name&dir=asc')).flatMap((p) => p.rows);
  assert.deepEqual(desc.map((r) => r.email), asc.map((r) => r.email).reverse());

  const joinedLink = /<a href="([^"]*sort=joined[^"]*)"/.exec(first);
  assert.ok(joinedLink);
  assert.match(unescape(joinedLink[1]), /dir=desc/, 'dates sort newest first on the first click');
  const pages = await walk(unescape(joinedLink[1]));
  const rows = pages.flatMap((p) => p.rows);
  assert.equal(new Set(rows.map((r) => r.email)).size, 121);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].day >= rows[i].day, 'newest first');
  const page = (await alpha.get(unescape(joinedLink[1]))).text;
  assert.match(page, /aria-sort="descending"/);
  // backwards in this order too
  let url = pages[pages.length - 1].prev;
  const back = [pages[pages.length - 1]];
  while (url) {
    const p = parse((await alpha.get(url)).text);
    back.unshift(p);
    url = p.prev;
  }
  assert.deepEqual(back.flatMap((p) => p.rows).map((r) => r.email), rows.map((r) => r.email));
});

test('search by name or e-mail address; the search stays while paging and sorting', async () => {
  let p = parse((await alpha.get('/orgs/1/members?q=same+name')).text);
  assert.equal(p.rows.length, 12);
  assert.ok(p.rows.every((r) => r.name === 'Same Name'));
  assert.equal(p.summary, 'Showing 1–12 of 12');
  p = parse((await alpha.get('/orgs/1/members?q=M07')).text); // m070..m079 by e-mail
  assert.deepEqual(p.rows.map((r) => r.email).sort(), Array.from({ length: 10 }, (_, i) => `m07${i}@many.test`));
  // 'anna' is in 24 names: two pages of one search? no, 24 fit on one; 'many.test' has 120
  const res = await alpha.get('/orgs/1/members?q=many.test&sort=joined&dir=asc');
  p = parse(res.text);
  assert.equal(p.summary, 'Showing 1–50 of 120');
  assert.match(res.text, /name="q" value="many.test"/);
  assert.match(p.next, /q=many.test/);
  assert.match(p.next, /sort=joined/);
  const p2 = parse((await alpha.get(p.next)).text);
  assert.equal(p2.summary, 'Showing 51–100 of 120');
  // LIKE's wildcards are searched for as themselves
  p = parse((await alpha.get('/orgs/1/members?q=%25')).text);
  assert.equal(p.rows.length, 0);
  assert.match(p.summary, /No results for “%”/);
  p = parse((await alpha.get('/orgs/1/members?q=m0_0')).text);
  assert.equal(p.rows.length, 0);
});

test('a tampered, foreign or stale cursor gives the first page and says so', async () => {
  const first = parse((await alpha.get('/orgs/1/members')).text);
  const at = new URL(first.next, srv.base).searchParams.get('at');
  const firstEmails = first.rows.map((r) => r.email);
  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  for (const bad of [flip(at, 3), flip(at, at.length - 2), 'garbage', `${at}x`, at.split('.')[0], '.']) {
    const res = await alpha.get(`/orgs/1/members?sort=name&dir=asc&at=${encodeURIComponent(bad)}`);
    assert.equal(res.status, 200);
    assert.match(res.text, /That page link is no longer valid/);
    assert.deepEqual(parse(res.text).rows.map((r) => r.email), firstEmails);
  }
  // a cursor of the name order used with the date order
  let res = await alpha.get(`/orgs/1/members?sort=joined&dir=asc&at=${encodeURIComponent(at)}`);
  assert.match(res.text, /That page link is no longer valid/);
  // another organisation's administrator with Alpha's cursor sees only their own members
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  res = await beta.get(`/orgs/2/members?sort=name&dir=asc&at=${encodeURIComponent(at)}`);
  assert.equal(res.status, 200);
  assert.match(res.text, /That page link is no longer valid/);
  assert.doesNotMatch(res.text, /many\.test/);
  // and cannot read Alpha's list at all
  assert.equal((await beta.get(`/orgs/1/members?at=${encodeURIComponent(at)}`)).status, 404);
  // the genuine cursor works
  res = await alpha.get(first.next);
  assert.doesNotMatch(res.text, /no longer valid/);
});

test('the list speaks the reader\'s language', async () => {
  const nl = new Client(srv.base, { lang: 'nl' });
  await nl.signIn('admin@alpha.test');
  await nl.submit('/account', { name: 'Admin of Alpha Training', lang: 'nl' }, '/account/profile');
  const res = await nl.get('/orgs/1/members');
  assert.match(res.text, /1–50 van 121/);
  assert.match(res.text, /rel="next">Volgende pagina</);
  await nl.submit('/account', { name: 'Admin of Alpha Training', lang: 'en' }, '/account/profile');
});

test('administrators see what was mailed for their organisation, and what failed', async () => {
  for (const who of ['out1@example.test', 'out2@example.test']) {
    const res = await alpha.submit('/orgs/1/members/invite', [['email', who], ['roles', 'staff'], ['lang', 'en']]);
    assert.equal(res.status, 303);
  }
  assert.match((await alpha.get('/orgs/1')).text, /href="\/orgs\/1\/outbox"/);
  // the mail worker delivers them; the list shows each with its state
  let text = '';
  for (let i = 0; i < 50 && !/out2@example\.test<\/td><td>[^<]*<\/td><td>Sent /.test(text); i++) {
    text = (await alpha.get('/orgs/1/outbox')).text;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(text, /out1@example\.test<\/td><td>Invitation to join Alpha Training on traject<\/td><td>Sent /);
  assert.match(text, /Showing 1–2 of 2/);
  assert.match(text, /aria-sort="descending"/, 'newest first');
  assert.ok(text.indexOf('out2@example.test') < text.indexOf('out1@example.test'));
  const one = (await alpha.get('/orgs/1/outbox?q=OUT1')).text;
  assert.match(one, /Showing 1–1 of 1/);
  // another organisation's administrator sees only their own mail
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const theirs = await beta.get('/orgs/2/outbox');
  assert.equal(theirs.status, 200);
  assert.doesNotMatch(theirs.text, /out1@example\.test/);
  assert.match(theirs.text, /No mail yet\./);
  assert.equal((await beta.get('/orgs/1/outbox')).status, 404);
});
