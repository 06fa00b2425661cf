// The applications pipeline, a page at a time: 120 applications imported from paper, every
// page walked forward and back (none missing, none repeated), sorted by date and by
// status in both directions, filtered by status and searched; names and a search by name only for
// admins, other staff find an application by its code. The import template's header cells
// that a spreadsheet would run as formulas come out neutralised.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

let srv, alpha, staff, programme, pid;
const N = 120;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 5, 1, 10) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Data analyst'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en'], ['min_age', '16'], ['max_age', '30']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'staff@alpha.test', '--name', 'Staff',
    '--role', 'staff', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
  staff = new Client(srv.base);
  await staff.signIn('staff@alpha.test');
});
after(async () => { if (srv) await srv.stop(); });

async function importCsv(body, action) {
  const page = await alpha.get(`${programme}/import`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  fd.set('action', action);
  fd.set('file', new Blob([body], { type: 'text/csv' }), 'paper.csv');
  const res = await fetch(srv.base + `${programme}/import`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

const rowRe = /<tr><td><a href="\/orgs\/1\/applications\/(\d+)">A-\d+<\/a><\/td><td>([^<]*)<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g;
const rowsOf = (html) => [...html.matchAll(rowRe)].map((m) => ({ id: Number(m[1]), name: m[2], status: m[3] }));
const linkOf = (html, rel) => {
  const m = html.match(new RegExp(`<a href="([^"]+)" rel="${rel}">`));
  return m ? m[1].replace(/&amp;/g, '&') : null;
};

// Walks the list from url by its "next" links; returns every row in order.
async function walk(client, url) {
  const all = [];
  let pages = 0;
  for (let next = url; next; pages++) {
    const page = await client.get(next);
    assert.equal(page.status, 200, next);
    const rows = rowsOf(page.text);
    assert.ok(rows.length <= 50, `${rows.length} rows on a page`);
    all.push(...rows);
    next = linkOf(page.text, 'next');
    assert.ok(pages < 10, 'the pages end');
  }
  return { all, pages };
}

test('the import template neutralises header cells a spreadsheet would run as formulas', async () => {
  for (const label of ['=HYPERLINK("x")', '+SUM(1)', '@cmd', '-2+3']) {
    const r = await alpha.submit(programme, { kind: 'short', label_en: label, required: '' }, `${programme}/questions`);
    assert.equal(r.status, 303, label);
  }
  const tpl = await alpha.get(`${programme}/import-template.csv`);
  assert.equal(tpl.status, 200);
  const header = tpl.text.replace(/^\uFEFF/, '').trim();
  // each formula-like cell starts with an apostrophe, so spreadsheets show it as text
  assert.match(header, /"'=HYPERLINK\(""x""\)"/);
  assert.match(header, /"'\+SUM\(1\)"/);
  assert.match(header, /"'@cmd"/);
  assert.match(header, /"'-2\+3"/);
  assert.doesNotMatch(header, /(^|,)"?=/);
});

test('120 applications imported; every page walked forward: none missing, none repeated', async () => {
  const header = 'name,email,phone,birth_date,municipality,jobseeker,lang';
  const lines = [header];
  for (let i = 1; i <= N; i++) {
    const n = String(i).padStart(3, '0');
    lines.push(`Person ${n} Zed,person${n}@applicant.test,+32 470 00 0${n},2001-01-${String(1 + (i % 28)).padStart(2, '0')},Gent,yes,en`);
  }
  const r = await importCsv(lines.join('\r\n'), 'import');
  assert.equal(r.status, 303, r.text.slice(0, 500));
  const first = await alpha.get(`/orgs/1/applications?programme=${pid}`);
  assert.match(first.text, /Showing 1–50 of 120/);
  const { all, pages } = await walk(alpha, `/orgs/1/applications?programme=${pid}`);
  assert.equal(pages, 3);
  assert.equal(all.length, N);
  assert.equal(new Set(all.map((x) => x.id)).size, N);
  // newest first: the import's lines were recorded in order, so ids fall
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].id > all[i].id, 'newest first');
  // the admin sees the names
  assert.ok(all.every((x) => /^Person \d{3} Zed$/.test(x.name)), JSON.stringify(all.slice(0, 3)));
  // backward from the last page: the same rows, page by page
  let page = await alpha.get(`/orgs/1/applications?programme=${pid}`);
  page = await alpha.get(linkOf(page.text, 'next'));
  page = await alpha.get(linkOf(page.text, 'next'));
  const last = rowsOf(page.text);
  assert.equal(last.length, 20);
  assert.equal(linkOf(page.text, 'next'), null);
  page = await alpha.get(linkOf(page.text, 'prev'));
  assert.deepEqual(rowsOf(page.text).map((x) => x.id), all.slice(50, 100).map((x) => x.id));
  page = await alpha.get(linkOf(page.text, 'prev'));
  assert.deepEqual(rowsOf(page.text).map((x) => x.id), all.slice(0, 50).map((x) => x.id));
  assert.equal(linkOf(page.text, 'prev'), null);
});

test('sorted oldest first and by status, both ways, still every row once', async () => {
  const { all: newest } = await walk(alpha, `/orgs/1/applications?programme=${pid}`);
  const { all: oldest } = await walk(alpha, `/orgs/1/applications?programme=${pid}&sort=received&dir=asc`);
  assert.deepEqual(oldest.map((x) => x.id), [...newest].reverse().map((x) => x.id));
  // three applicants withdraw through their personal links
  const sent = await mails(srv.mailDir, N, 10000);
  for (const who of ['person010', 'person050', 'person111']) {
    const mail = sent.find((m) => m.to === `${who}@applicant.test`);
    const link = linkIn(mail.body, '/applications/');
    const anon = new Client(srv.base);
    await anon.get(link);
    assert.equal((await anon.confirm(await anon.submit(link, {}, `${link}/withdraw`))).status, 303);
  }
  const byStatus = await walk(alpha, `/orgs/1/applications?programme=${pid}&sort=status&dir=asc`);
  assert.equal(byStatus.all.length, N);
  assert.equal(new Set(byStatus.all.map((x) => x.id)).size, N);
  // received ("submitted") before withdrawn
  assert.deepEqual(byStatus.all.slice(-3).map((x) => x.name).sort(), ['Person 010 Zed', 'Person 050 Zed', 'Person 111 Zed']);
  assert.ok(byStatus.all.slice(-3).every((x) => x.status === 'Withdrawn'));
  const byStatusDesc = await walk(alpha, `/orgs/1/applications?programme=${pid}&sort=status&dir=desc`);
  assert.deepEqual(byStatusDesc.all.map((x) => x.id), [...byStatus.all].reverse().map((x) => x.id));
  // the column headings link to the orders, and mark the current one
  const page = await alpha.get(`/orgs/1/applications?programme=${pid}&sort=status&dir=asc`);
  assert.match(page.text, /<th scope="col" aria-sort="ascending"><a href="[^"]*programme=\d+&amp;sort=status&amp;dir=desc">Status /);
  assert.match(page.text, /<th scope="col"><a href="[^"]*programme=\d+&amp;sort=received&amp;dir=desc">Received/);
  // a page link that does not check gives the first page, saying so
  const bad = await alpha.get(`/orgs/1/applications?programme=${pid}&at=forged`);
  assert.equal(bad.status, 200);
  assert.match(bad.text, /That page link is no longer valid/);
  for (const wrong of ['programme=x', 'status=lost']) {
    assert.equal((await alpha.get(`/orgs/1/applications?${wrong}`)).status, 400, wrong);
  }
});

test('a search by name or e-mail address for admins; by code for other staff, who never see names', async () => {
  let page = await alpha.get(`/orgs/1/applications?programme=${pid}&q=person%2007`);
  let rows = rowsOf(page.text);
  assert.deepEqual(rows.map((x) => x.name).sort(), ['Person 070 Zed', 'Person 071 Zed', 'Person 072 Zed', 'Person 073 Zed',
    'Person 074 Zed', 'Person 075 Zed', 'Person 076 Zed', 'Person 077 Zed', 'Person 078 Zed', 'Person 079 Zed']);
  page = await alpha.get(`/orgs/1/applications?programme=${pid}&q=PERSON101%40APPLICANT`);
  rows = rowsOf(page.text);
  assert.deepEqual(rows.map((x) => x.name), ['Person 101 Zed']);
  // a search that matches more than a page pages too
  const { all } = await walk(alpha, `/orgs/1/applications?programme=${pid}&q=zed`);
  assert.equal(all.length, N);
  // characters of the search pattern are taken literally
  page = await alpha.get(`/orgs/1/applications?programme=${pid}&q=%25`);
  assert.equal(rowsOf(page.text).length, 0);
  assert.match(page.text, /No results for “%”/);
  // by code
  const id = all[5].id;
  page = await alpha.get(`/orgs/1/applications?q=A-${id}`);
  assert.deepEqual(rowsOf(page.text).map((x) => x.id), [id]);

  // other staff: codes only, never a name, and a name typed in finds nothing
  const seen = await walk(staff, `/orgs/1/applications?programme=${pid}`);
  assert.equal(seen.all.length, N);
  assert.ok(seen.all.every((x) => x.name === '–'));
  for (const url of [`/orgs/1/applications?programme=${pid}`, `/orgs/1/applications?programme=${pid}&q=person`,
    `/orgs/1/applications?programme=${pid}&q=person001%40applicant.test`, `/orgs/1/applications?q=A-${id}`]) {
    const p = await staff.get(url);
    assert.equal(p.status, 200);
    // (the search box, the summary and the sorting links repeat what they typed)
    const shown = p.text.replace(/<input type="search"[^>]*>/, '').replace(/q=[^&"]*/g, '')
      .replace(/No results for “[^”]*”/, '').replace(/<input type="hidden" name="q"[^>]*>/, '');
    assert.doesNotMatch(shown, /Person \d|applicant\.test/, url);
  }
  assert.equal(rowsOf((await staff.get(`/orgs/1/applications?programme=${pid}&q=person`)).text).length, 0);
  assert.deepEqual(rowsOf((await staff.get(`/orgs/1/applications?q=A-${id}`)).text).map((x) => x.id), [id]);
  assert.match((await staff.get('/orgs/1/applications')).text, /Code \(A-123\)/);
  // another organisation's code is not found
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal(rowsOf((await beta.get(`/orgs/2/applications?q=A-${id}`)).text).length, 0);
});

test('a status filter pages through that status only, and the counts follow', async () => {
  const page = await alpha.get(`/orgs/1/applications?programme=${pid}&status=withdrawn`);
  assert.equal(page.status, 200);
  assert.deepEqual(rowsOf(page.text).map((x) => x.name).sort(), ['Person 010 Zed', 'Person 050 Zed', 'Person 111 Zed']);
  assert.match(page.text, /Showing 1–3 of 3/);
  assert.match(page.text, /Data analyst<\/a><\/th><td class="num">117<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">3<\/td>/);
  const received = await walk(alpha, `/orgs/1/applications?programme=${pid}&status=submitted`);
  assert.equal(received.all.length, N - 3);
  assert.ok(received.all.every((x) => x.status === 'Received'));
});
