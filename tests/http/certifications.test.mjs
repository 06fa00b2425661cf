// Vendor certifications: the catalogue of an organisation (paged, searched, added, changed,
// archived), a programme's required set, exam attempts typed one by one or imported from a
// results file with a dry run, and the programme's "Certified" figure, which equals the
// learners who passed every required certification, still valid today. Bad input (a date in
// the future, a score out of range, an unknown learner or exam code, a certification of
// another organisation) is refused with a clear message and nothing is saved; another
// organisation sees and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

let srv, alpha, beta, programme, cohort;
const cert = {}; // exam code → id (Alpha's)
const person = {}; // name → id
let betaCert;

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 2000)}`);
  return res.location;
}

function grab(page, re, what) {
  const m = re.exec(page.text);
  assert.ok(m, `${what}: not found by ${re} in\n${page.text.slice(0, 3000)}`);
  return m[1];
}

async function addCert(c, org, name, vendor, code, months) {
  await ok(await c.submit(`/orgs/${org}/certifications/new`, { name, vendor, exam_code: code, validity_months: months },
    `/orgs/${org}/certifications`), `certification ${code}`);
  const list = await c.get(`/orgs/${org}/certifications?q=${encodeURIComponent(code)}`);
  return grab(list, new RegExp(`<td>${code.toUpperCase()}</td><td>[^<]*</td><td><a href="/orgs/${org}/certifications/(\\d+)/edit"`), code);
}

async function attempt(c, id, fields) {
  return c.submit(`/orgs/1/people/${id}/certifications`, fields, `/orgs/1/people/${id}/attempts`);
}

// Posts a results file (multipart) to the import page.
async function importFile(body, dry) {
  const form = await alpha.get('/orgs/1/certifications/import');
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(form.text));
  fd.set('dry_run', dry ? '1' : '0');
  fd.set('file', new Blob([body], { type: 'text/csv' }), 'results.csv');
  const res = await fetch(srv.base + '/orgs/1/certifications/import', { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

function problems(html) {
  return [...html.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [Number(m[1]), m[2], m[3]]);
}

async function attemptRows(id) {
  const page = await alpha.get(`/orgs/1/people/${id}/certifications`);
  return [...page.text.matchAll(/<tr><td>([^<]+)<\/td><td>[^<]+\(([^)]+)\)<\/td><td>(Passed|Failed)<\/td>/g)].map((m) => `${m[2]} ${m[3]}`);
}

async function figure() {
  const page = await alpha.get(programme);
  return grab(page, /<th scope="row">Certified<\/th><td>\d+<\/td><td>(?:<a href="[^"]+">)?([^<]+)/, 'certified figure');
}

async function certifiedNames() {
  const page = await alpha.get(`${programme}/learners?certified=1`);
  return [...page.text.matchAll(/\/certifications">([^<]+)<\/a><\/td><td>[^<]*<\/td><td>Yes<\/td>/g)].map((m) => m[1]).sort();
}

before(async () => {
  // today is 1 June 2027 in Brussels
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 5, 1, 10) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  programme = (await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Cybersecurity'], ['kind', 'certification'],
    ['status', 'open'], ['langs', 'en'], ['target_certified', '4']], '/orgs/1/programmes'), 'programme')).replace('?saved=1', '');
  cohort = (await ok(await alpha.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-01-04'],
    ['ends_on', '2027-06-30'], ['capacity', '10']], `${programme}/cohorts`), 'cohort')).replace('?saved=1', '');
  for (const [name, email] of [['Amal Benali', 'amal@x.be'], ['Bert Claes', 'bert@x.be'], ['Chloé Dubois', 'chloe@x.be'], ['Dirk Smet', 'dirk@x.be']])
    await ok(await alpha.submit(cohort, { name, email, birth_date: '2000-01-01', jobseeker: '1' }, `${cohort}/enrol`), name);
  const c = await alpha.get(cohort);
  for (const m of c.text.matchAll(/<tr><td>([^<]+)<\/td>[\s\S]*?action="\/orgs\/1\/people\/(\d+)\/invite"/g)) person[m[1]] = m[2];
  // someone of the organisation who is not enrolled in the programme
  betaCert = await addCert(beta, 2, 'Beta only', 'Beta Vendor', 'BETA-1', '12');
});
after(async () => { if (srv) await srv.stop(); });

test('the catalogue: added, listed, searched, changed, archived and brought back; one exam code once', async () => {
  cert.SEC = await addCert(alpha, 1, 'CompTIA Security+', 'CompTIA', 'sy0-701', '36');
  cert.NET = await addCert(alpha, 1, 'Cisco CCNA', 'Cisco', '200-301', '36');
  cert.LIN = await addCert(alpha, 1, 'Linux Essentials', 'LPI', '010-160', '');
  const list = await alpha.get('/orgs/1/certifications');
  assert.equal(list.status, 200);
  assert.match(list.text, /<td>CompTIA Security\+<\/td><td>CompTIA<\/td><td>SY0-701<\/td><td>36 months<\/td>/);
  assert.match(list.text, /<td>Linux Essentials<\/td><td>LPI<\/td><td>010-160<\/td><td>Does not expire<\/td>/);
  assert.match(list.text, /Showing 1–3 of 3/);
  assert.doesNotMatch(list.text, /Beta only/);
  const found = await alpha.get('/orgs/1/certifications?q=cisco');
  assert.match(found.text, /Cisco CCNA/);
  assert.doesNotMatch(found.text, /Security\+/);
  // the same exam code, in another case: refused, nothing added
  const dup = await alpha.submit('/orgs/1/certifications/new', { name: 'Again', vendor: 'CompTIA', exam_code: 'SY0-701', validity_months: '36' }, '/orgs/1/certifications');
  assert.equal(dup.status, 400);
  assert.match(dup.text, /Exam code SY0-701 is already in the catalogue, for CompTIA Security\+\./);
  const bad = await alpha.submit('/orgs/1/certifications/new', { name: 'Bad', vendor: 'X', exam_code: 'X-1', validity_months: '0' }, '/orgs/1/certifications');
  assert.equal(bad.status, 400);
  assert.match((await alpha.get('/orgs/1/certifications')).text, /Showing 1–3 of 3/);
  // changed
  await ok(await alpha.submit(`/orgs/1/certifications/${cert.NET}/edit`, { name: 'Cisco CCNA', vendor: 'Cisco', exam_code: '200-301', validity_months: '24' }, `/orgs/1/certifications/${cert.NET}`), 'edit');
  assert.match((await alpha.get('/orgs/1/certifications')).text, /<td>200-301<\/td><td>24 months<\/td>/);
  await ok(await alpha.submit(`/orgs/1/certifications/${cert.NET}/edit`, { name: 'Cisco CCNA', vendor: 'Cisco', exam_code: '200-301', validity_months: '36' }, `/orgs/1/certifications/${cert.NET}`), 'edit back');
  // archived, then brought back
  const arch = await addCert(alpha, 1, 'Old exam', 'Nobody', 'OLD-1', '12');
  await ok(await alpha.submit(`/orgs/1/certifications/${arch}/edit`, { archived: '1' }, `/orgs/1/certifications/${arch}/archive`), 'archive');
  assert.match((await alpha.get('/orgs/1/certifications')).text, /Old exam \(archived\)/);
  const edit = await alpha.get(`/orgs/1/certifications/${arch}/edit`);
  assert.match(edit.text, /Bring back to the catalogue/);
  cert.OLD = arch;
});

test('the catalogue is paged: 50 a page, with the next page and the total', async () => {
  for (let i = 1; i <= 52; i++) await addCert(beta, 2, `Beta exam ${String(i).padStart(2, '0')}`, 'Beta Vendor', `BX-${i}`, '12');
  const first = await beta.get('/orgs/2/certifications');
  assert.match(first.text, /Showing 1–50 of 53/);
  const next = grab(first, /<a href="([^"]+)" rel="next"/, 'next link').replace(/&amp;/g, '&');
  const second = await beta.get(next);
  assert.match(second.text, /Showing 51–53 of 53/);
  assert.doesNotMatch((await alpha.get('/orgs/1/certifications')).text, /Beta exam/);
});

test("a programme's required certifications: chosen from the catalogue, never another organisation's", async () => {
  const page = await alpha.get(programme);
  assert.match(page.text, /This programme requires no certification: nobody counts as certified\./);
  assert.match(page.text, /<th scope="row">Certified<\/th><td>4<\/td><td>Not recorded yet<\/td>/);
  // another organisation's certification: refused, nothing changed
  const other = await alpha.submit(programme, [['certs', cert.SEC], ['certs', betaCert]], `${programme}/certifications`);
  assert.equal(other.status, 400);
  assert.match(other.text, /One of the certifications chosen is not in your organisation&#39;s catalogue\./);
  assert.match((await alpha.get(programme)).text, /This programme requires no certification/);
  // an archived one cannot be newly required
  const old = await alpha.submit(programme, [['certs', cert.OLD]], `${programme}/certifications`);
  assert.equal(old.status, 400);
  assert.match(old.text, /Old exam is archived/);
  await ok(await alpha.submit(programme, [['certs', cert.SEC], ['certs', cert.NET]], `${programme}/certifications`), 'required');
  const after = await alpha.get(programme);
  assert.match(after.text, /<li>Cisco CCNA \(Cisco, 200-301\)<\/li>\n<li>CompTIA Security\+ \(CompTIA, SY0-701\)<\/li>/);
  assert.match(after.text, new RegExp(`name="certs" value="${cert.SEC}" checked`));
  assert.doesNotMatch(after.text, new RegExp(`name="certs" value="${cert.LIN}" checked`));
  // Beta cannot change Alpha's programme, nor require its own certification there
  const intrude = await beta.submit('/orgs/2/certifications', [['certs', betaCert]], `${programme}/certifications`);
  assert.ok([403, 404].includes(intrude.status), String(intrude.status));
  assert.equal((await beta.get(programme)).status === 200, false);
});

test('attempts typed one by one: a date in the future, a score out of range, another organisation refused', async () => {
  const amal = person['Amal Benali'];
  const future = await attempt(alpha, amal, { certification_id: cert.SEC, taken_on: '2027-06-02', result: 'passed', score: '800', place: 'test_centre' });
  assert.equal(future.status, 400);
  assert.match(future.text, /The exam date 2027-06-02 is in the future/);
  const high = await attempt(alpha, amal, { certification_id: cert.SEC, taken_on: '2027-05-02', result: 'passed', score: '1001', place: 'test_centre' });
  assert.equal(high.status, 400);
  assert.match(high.text, /Score/);
  const foreign = await attempt(alpha, amal, { certification_id: betaCert, taken_on: '2027-05-02', result: 'passed', score: '800', place: 'online' });
  assert.equal(foreign.status, 400);
  assert.match(foreign.text, /This certification is not in your organisation&#39;s catalogue\./);
  const archived = await attempt(alpha, amal, { certification_id: cert.OLD, taken_on: '2027-05-02', result: 'passed', place: 'online' });
  assert.equal(archived.status, 400);
  assert.deepEqual(await attemptRows(amal), []);
  // Dutch and French readers read the refusal in their language (then back to English)
  for (const [lang, re] of [['nl', /2027-07-01 ligt in de toekomst/], ['fr', /2027-07-01 est dans le futur/], ['en', /is in the future/]]) {
    const page = await alpha.get(`/orgs/1/people/${amal}/certifications`);
    const set = await alpha.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/orgs/1' });
    assert.equal(set.status, 303);
    const res = await attempt(alpha, amal, { certification_id: cert.SEC, taken_on: '2027-07-01', result: 'passed', place: 'online' });
    assert.equal(res.status, 400);
    assert.match(res.text, re);
  }
  // recorded
  await ok(await attempt(alpha, amal, { certification_id: cert.SEC, taken_on: '2027-03-10', result: 'passed', score: '812', place: 'test_centre' }), 'Amal Security+');
  await ok(await attempt(alpha, amal, { certification_id: cert.NET, taken_on: '2027-04-10', result: 'passed', score: '', place: 'online' }), 'Amal CCNA');
  assert.deepEqual(await attemptRows(amal), ['200-301 Passed', 'SY0-701 Passed']);
  const page = await alpha.get(`/orgs/1/people/${amal}/certifications`);
  assert.match(page.text, /812 \/ 1000/);
  assert.match(page.text, /Certified: every required certification passed and valid\./);
  // Bert passed Security+ and failed CCNA: CCNA missing
  const bert = person['Bert Claes'];
  await ok(await attempt(alpha, bert, { certification_id: cert.SEC, taken_on: '2027-02-01', result: 'passed', place: 'online' }), 'Bert Security+');
  await ok(await attempt(alpha, bert, { certification_id: cert.NET, taken_on: '2027-05-01', result: 'failed', score: '610', place: 'online' }), 'Bert CCNA');
  const bp = await alpha.get(`/orgs/1/people/${bert}/certifications`);
  assert.match(bp.text, /Missing 1 certification:<\/p>\n<ul>\n<li>Cisco CCNA \(200-301\)<\/li>/);
  // Chloé passed both, then failed a retake of CCNA: still certified
  const chloe = person['Chloé Dubois'];
  await ok(await attempt(alpha, chloe, { certification_id: cert.SEC, taken_on: '2026-12-01', result: 'passed', place: 'online' }), 'Chloé Security+');
  await ok(await attempt(alpha, chloe, { certification_id: cert.NET, taken_on: '2027-01-15', result: 'passed', place: 'online' }), 'Chloé CCNA');
  await ok(await attempt(alpha, chloe, { certification_id: cert.NET, taken_on: '2027-05-15', result: 'failed', place: 'online' }), 'Chloé CCNA retake');
  // Beta sees nothing of Alpha's learners and records nothing for them
  assert.notEqual((await beta.get(`/orgs/1/people/${amal}/certifications`)).status, 200);
  assert.equal((await beta.get(`/orgs/2/people/${amal}/certifications`)).status, 404);
  const intrude = await beta.submit('/orgs/2/certifications', { certification_id: betaCert, taken_on: '2027-05-01', result: 'passed', place: 'online' }, `/orgs/2/people/${amal}/attempts`);
  assert.equal(intrude.status, 404);
  assert.deepEqual(await attemptRows(amal), ['200-301 Passed', 'SY0-701 Passed']);
});

test('the dashboard: Certified against its target equals the learners who passed every required certification', async () => {
  assert.equal(await figure(), '2 of 4 (50%)');
  assert.deepEqual(await certifiedNames(), ['Amal Benali', 'Chloé Dubois']);
  const all = await alpha.get(`${programme}/learners`);
  assert.match(all.text, /Showing 1–4 of 4/);
  assert.match(all.text, /Bert Claes<\/a><\/td><td>bert@x.be<\/td><td>No<\/td>/);
  const only = await alpha.get(`${programme}/learners?certified=1`);
  assert.match(only.text, /Showing 1–2 of 2/);
  assert.doesNotMatch(only.text, /Bert Claes|Dirk Smet/);
});

test('a results file: the dry run lists every bad line and records nothing; then all are imported', async () => {
  const bert = person['Bert Claes'], dirk = person['Dirk Smet'];
  const bad = [
    'E-mailadres;Examencode;Datum;Resultaat;Score;Plaats',
    'bert@x.be;200-301;2027-05-20;geslaagd;790;testcentrum',
    'nobody@x.be;200-301;2027-05-20;geslaagd;790;online',
    'dirk@x.be;XX-999;2027-05-20;geslaagd;790;online',
    'dirk@x.be;SY0-701;2027-06-05;geslaagd;790;online',
    'dirk@x.be;SY0-701;2027-05-20;geslaagd;1200;online',
    'dirk@x.be;SY0-701;2027-05-20;misschien;700;online',
    `dirk@x.be;BETA-1;2027-05-20;geslaagd;700;online`,
    'dirk@x.be;XX-998;2027-06-09;geslaagd;700;online',
    'dirk@x.be;OLD-1;2027-05-20;geslaagd;;online',
  ].join('\n');
  const res = await importFile(bad, true);
  assert.equal(res.status, 400);
  assert.match(res.text, /Nothing was recorded/);
  const p = problems(res.text);
  assert.deepEqual(p.map(([l, f]) => [l, f]), [[3, 'email'], [4, 'exam_code'], [5, 'taken_on'], [6, 'score'], [7, 'result'],
    [8, 'exam_code'], [9, 'exam_code'], [9, 'taken_on'], [10, 'exam_code']]);
  assert.match(p[8][2], /Old exam is archived/);
  assert.match(p[0][2], /Nobody of your organisation has the e-mail address nobody@x\.be\./);
  assert.match(p[1][2], /No certification of your catalogue has the exam code XX-999\./);
  assert.match(p[2][2], /in the future/);
  // even with "import", a bad file records nothing
  const refused = await importFile(bad, false);
  assert.equal(refused.status, 400);
  assert.deepEqual(await attemptRows(bert), ['200-301 Failed', 'SY0-701 Passed']);
  assert.deepEqual(await attemptRows(dirk), []);

  const good = [
    'email,exam_code,taken_on,result,score,place',
    'bert@x.be,200-301,2027-05-20,pass,790,test centre',
    'DIRK@x.be,sy0-701,2027-05-21,fail,500,online',
  ].join('\n');
  const dry = await importFile(good, true);
  assert.equal(dry.status, 200);
  assert.match(dry.text, /2 lines checked and right: nothing has been recorded yet\./);
  assert.deepEqual(await attemptRows(bert), ['200-301 Failed', 'SY0-701 Passed']);
  const done = await importFile(good, false);
  assert.equal(done.status, 303, done.text.slice(0, 2000));
  assert.match((await alpha.get(done.location)).text, /Exam attempts recorded: 2\./);
  assert.deepEqual(await attemptRows(bert), ['200-301 Passed', '200-301 Failed', 'SY0-701 Passed']);
  assert.deepEqual(await attemptRows(dirk), ['SY0-701 Failed']);
  // Bert is certified now: the figure follows
  assert.equal(await figure(), '3 of 4 (75%)');
  assert.deepEqual(await certifiedNames(), ['Amal Benali', 'Bert Claes', 'Chloé Dubois']);
  // the template names the columns
  const t = await alpha.get('/orgs/1/certifications/results-template.csv');
  assert.equal(t.text, 'email,exam_code,taken_on,result,score,place\r\n');
});

test('validity counts from the exam date: a pass older than its validity no longer certifies', async () => {
  // Dirk passes CCNA (36 months) and a Security+ taken long ago (expired on 2027-03-10)
  const dirk = person['Dirk Smet'];
  await ok(await attempt(alpha, dirk, { certification_id: cert.SEC, taken_on: '2024-03-10', result: 'passed', place: 'online' }), 'old pass');
  await ok(await attempt(alpha, dirk, { certification_id: cert.NET, taken_on: '2027-05-25', result: 'passed', place: 'online' }), 'CCNA');
  const page = await alpha.get(`/orgs/1/people/${dirk}/certifications`);
  assert.match(page.text, /Missing 1 certification:<\/p>\n<ul>\n<li>CompTIA Security\+ \(SY0-701\)<\/li>/);
  assert.equal(await figure(), '3 of 4 (75%)');
});

test('the learners behind the figure are paged: 50 a page, Previous and Next, the total', async () => {
  const prog = (await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Linux basics'], ['kind', 'certification'],
    ['status', 'open'], ['langs', 'en'], ['target_certified', '60']], '/orgs/1/programmes'), 'programme')).replace('?saved=1', '');
  const co = (await ok(await alpha.submit(`${prog}/cohorts/new`, [['name', 'Big'], ['starts_on', '2027-01-04'],
    ['ends_on', '2027-06-30'], ['capacity', '60']], `${prog}/cohorts`), 'cohort')).replace('?saved=1', '');
  const names = Array.from({ length: 55 }, (_, i) => `Linux Learner ${String(i + 1).padStart(2, '0')}`);
  const list = names.map((n, i) => `${n};linux${i + 1}@x.be`).join('\n');
  const form = await alpha.get(`${co}/enrol-many`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(form.text));
  fd.set('list', list);
  const enrolled = await fetch(srv.base + `${co}/enrol-many`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
  assert.equal(enrolled.status, 303, await enrolled.text());
  await ok(await alpha.submit(prog, [['certs', cert.LIN]], `${prog}/certifications`), 'required');
  // 52 of the 55 pass Linux Essentials (no expiry), the last three fail it
  const rows = names.map((_, i) => `linux${i + 1}@x.be,010-160,2027-05-0${1 + (i % 9)},${i < 52 ? 'passed' : 'failed'},,online`);
  const done = await importFile(['email,exam_code,taken_on,result,score,place', ...rows].join('\n'), false);
  assert.equal(done.status, 303, done.text.slice(0, 2000));
  const dash = await alpha.get(prog);
  assert.match(dash.text, /<th scope="row">Certified<\/th><td>60<\/td><td><a href="[^"]+learners\?certified=1">52 of 60 \(86%\)<\/a>/);
  const first = await alpha.get(`${prog}/learners?certified=1`);
  assert.match(first.text, /Showing 1–50 of 52/);
  const firstNames = [...first.text.matchAll(/certifications">(Linux Learner \d+)<\/a>/g)].map((m) => m[1]);
  assert.deepEqual(firstNames, names.slice(0, 50));
  const next = grab(first, /<a href="([^"]+)" rel="next"/, 'next').replace(/&amp;/g, '&');
  assert.match(next, /certified=1/);
  const second = await alpha.get(next);
  assert.match(second.text, /Showing 51–52 of 52/);
  assert.deepEqual([...second.text.matchAll(/certifications">(Linux Learner \d+)<\/a>/g)].map((m) => m[1]), names.slice(50, 52));
  const prev = grab(second, /<a href="([^"]+)" rel="prev"/, 'previous').replace(/&amp;/g, '&');
  const back = await alpha.get(prev);
  assert.match(back.text, /Showing 1–50 of 52/);
  assert.deepEqual([...back.text.matchAll(/certifications">(Linux Learner \d+)<\/a>/g)].map((m) => m[1]), names.slice(0, 50));
  // every learner: 55, two pages; a search keeps the filter
  assert.match((await alpha.get(`${prog}/learners`)).text, /Showing 1–50 of 55/);
  const found = await alpha.get(`${prog}/learners?certified=1&q=learner%205`);
  assert.match(found.text, /Showing 1–3 of 3/); // 50, 51, 52 (53, 54, 55 failed)
});

test('another organisation sees none of it', async () => {
  for (const path of ['/orgs/1/certifications', programme, `${programme}/learners`, '/orgs/1/certifications/import'])
    assert.notEqual((await beta.get(path)).status, 200, path);
  const own = await beta.get('/orgs/2/certifications?q=security');
  assert.doesNotMatch(own.text, /CompTIA/);
  assert.equal((await beta.get(`/orgs/2/certifications/${cert.SEC}/edit`)).status, 404);
  const edit = await beta.submit('/orgs/2/certifications', { name: 'Hijacked', vendor: 'X', exam_code: 'HIJ', validity_months: '1' }, `/orgs/2/certifications/${cert.SEC}`);
  assert.equal(edit.status, 404);
  const arch = await beta.submit('/orgs/2/certifications', { archived: '1' }, `/orgs/2/certifications/${cert.SEC}/archive`);
  assert.equal(arch.status, 404);
  assert.match((await alpha.get('/orgs/1/certifications')).text, /<td>CompTIA Security\+<\/td>/);
});

test('a rule "on certification": becoming certified issues the achievement once, typed or imported; not certified issues nothing', async () => {
  const res = await alpha.submit('/orgs/1/achievements/new', { name: 'Certified cyber defender', description: 'Holds every certification the programme requires.', criteria: 'Passed Security+ and CCNA.', valid_months: '0' }, '/orgs/1/achievements');
  const ach = (await ok(res, 'achievement')).replace('?saved=1', '');
  let page = await alpha.get(ach);
  const progId = programme.split('/').pop();
  assert.match(page.text, /<select id="f-cert_programme_id" name="cert_programme_id"/);
  await ok(await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'certified', cert_programme_id: progId }), 'rule');
  const again = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'certified', cert_programme_id: progId });
  assert.equal(again.status, 409);
  assert.match(again.text, /already issued on certification in that programme/);
  page = await alpha.get(ach);
  assert.match(page.text, /Issued on becoming certified in the programme Cybersecurity\./);
  const issued = async (name) => ((await alpha.get(`/orgs/1/credentials?q=${encodeURIComponent(name)}`)).text.match(/<td>Certified cyber defender<\/td>/g) || []).length;
  const bert = person['Bert Claes'], dirk = person['Dirk Smet'];
  // Dirk's Security+ expired: a failed attempt leaves him uncertified, nothing is issued
  await ok(await attempt(alpha, dirk, { certification_id: cert.SEC, taken_on: '2027-05-30', result: 'failed', place: 'online' }), 'Dirk fails');
  assert.equal(await issued('Dirk'), 0);
  // Bert passes the CCNA he had failed: certified, issued
  const before = await issued('Bert');
  await ok(await attempt(alpha, bert, { certification_id: cert.NET, taken_on: '2027-05-31', result: 'passed', place: 'online' }), 'Bert passes');
  assert.equal(await issued('Bert'), before + 1);
  // another attempt: still one
  await ok(await attempt(alpha, bert, { certification_id: cert.SEC, taken_on: '2027-05-31', result: 'failed', place: 'online' }), 'Bert again');
  assert.equal(await issued('Bert'), before + 1);
  // Dirk renews Security+ through a results file: certified, issued once
  const imported = await importFile(['E-mailadres;Examencode;Datum;Resultaat;Score;Plaats', 'dirk@x.be;SY0-701;2027-05-31;geslaagd;800;online', 'dirk@x.be;200-301;2027-05-31;geslaagd;800;online'].join('\n'), false);
  assert.equal(imported.status, 303, imported.text.slice(0, 1000));
  assert.equal(await issued('Dirk'), 1);
  const list = await alpha.get('/orgs/1/credentials?q=dirk');
  const cred = grab(list, /href="(\/orgs\/1\/credentials\/\d+)">Dirk Smet<\/a><\/td><td>Certified cyber defender/, 'Dirk\'s credential');
  assert.match((await alpha.get(cred)).text, /On becoming certified/);
});
