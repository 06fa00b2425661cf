// The impact of a programme, computed from its records: reached (ever enrolled), trained
// (completed) and certified, against its targets, broken down by the period people started
// in, their age band, their municipality and the province they were trained in. Counts from
// 1 to k-1 show as "< k" and a second count of a list is hidden wherever its total would
// give a small one away, on the page, in the CSV and behind the links to the people; the
// totals are the dashboard's figures; a hidden figure opens no list; bad input is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';

let srv, alpha, beta, programme, programmeId;

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 2000)}`);
  return res.location;
}

// The cells of the report's table: label → [reached, trained, certified] as shown.
function cells(html) {
  const out = {};
  for (const m of html.matchAll(/<tr(?: class="total")?><th scope="row">([^<]+)<\/th>((?:<td class="num">.*?<\/td>){4})<\/tr>/g))
    out[m[1]] = [...m[2].matchAll(/<td class="num">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/td>/g)].map((c) => c[1].replace(/&lt;/g, '<'));
  return out;
}

// Learners: [name, birth date, municipality, completed, gender as they gave it]
const learners = [];
for (let i = 0; i < 12; i++)
  learners.push([`Young Adult ${i}`, '2001-03-0' + ((i % 9) + 1), 'Anderlecht', i < 8, i < 6 ? 'woman' : i < 11 ? 'man' : 'rather_not_say']);
for (let i = 0; i < 3; i++) learners.push([`Pupil ${i}`, '2012-05-10', 'Gent', i < 2, '']);
for (let i = 0; i < 11; i++) learners.push([`Returner ${i}`, '1990-10-1' + (i % 9), 'Schaerbeek', i < 6, i < 10 ? 'woman' : 'another']);
learners.push(['Nobody Knows', '', '', false, '']);

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  programme = (await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Code for all'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en'], ['target_reached', '30'], ['target_trained', '20']], '/orgs/1/programmes'), 'programme')).replace('?saved=1', '');
  programmeId = programme.split('/').pop();
  await ok(await alpha.submit('/orgs/1/locations/new', { name: 'Antwerp hub', municipality: 'Antwerpen', postcode: '2000', province: 'antwerp' },
    '/orgs/1/locations'), 'location');
  const locs = await alpha.get('/orgs/1/locations');
  const loc = /\/orgs\/1\/locations\/(\d+)\/edit/.exec(locs.text)[1];
  const cohort = (await ok(await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter'], ['starts_on', '2027-01-04'],
    ['ends_on', '2027-06-30'], ['capacity', '40'], ['location_id', loc]], `${programme}/cohorts`), 'cohort')).replace('?saved=1', '');
  for (const [name, birth, municipality, , gender] of learners) {
    const fields = { name, email: `${name.replace(/ /g, '.').toLowerCase()}@x.be`, gender };
    if (birth) fields.birth_date = birth;
    if (municipality) fields.municipality = municipality;
    await ok(await alpha.submit(cohort, fields, `${cohort}/enrol`), name);
  }
  const ids = {};
  for (let path = cohort; path;) { // the participants, a page at a time
    const page = await alpha.get(path);
    for (const m of page.text.matchAll(/<span class="sr"> ([^<]+)<\/span><\/summary>\s*<form method="post" action="\/orgs\/1\/enrolments\/(\d+)\/end"/g)) ids[m[1]] = m[2];
    const next = /href="([^"]+\?pafter=\d+)#participants"/.exec(page.text);
    path = next ? next[1].replace(/&amp;/g, '&') : null;
  }
  for (const [name, , , completed] of learners) {
    if (!completed) continue;
    assert.ok(ids[name], `enrolment of ${name}`);
    const form = await alpha.get(cohort);
    const token = /name="csrf_token" value="([^"]+)"/.exec(form.text)[1];
    let res = await alpha.post(`/orgs/1/enrolments/${ids[name]}/end`, { csrf_token: token, status: 'completed', ended_on: '2027-01-19' });
    if (res.status === 200 && /confirm_token/.test(res.text)) res = await alpha.confirm(res);
    assert.equal(res.status, 303, `${name} completed: ${res.status} ${res.text.slice(0, 500)}`);
  }
});
after(async () => { if (srv) await srv.stop(); });

// A second programme of Alpha: ten youngsters in workshops, for the report across programmes.
async function workshops() {
  const second = (await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Robots at school'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'en'], ['target_reached', '100'], ['audience', 'youth']], '/orgs/1/programmes'), 'workshops')).replace('?saved=1', '');
  const cohort = (await ok(await alpha.submit(`${second}/cohorts/new`, [['name', 'Spring school'], ['starts_on', '2027-01-11'],
    ['ends_on', '2027-03-31'], ['capacity', '20']], `${second}/cohorts`), 'workshop cohort')).replace('?saved=1', '');
  for (let i = 0; i < 10; i++)
    await ok(await alpha.submit(cohort, { name: `Workshop Kid ${i}`, birth_date: '2014-04-04', municipality: 'Gent' }, `${cohort}/enrol`), `kid ${i}`);
}

test('by age band: small counts show as "< 10"; the totals are the dashboard\'s', async () => {
  const page = await alpha.get(`${programme}/impact?by=age`);
  assert.equal(page.status, 200);
  const c = cells(page.text);
  assert.deepEqual(c['10 to 14'], ['< 10', '< 10', '0', '0']);
  assert.deepEqual(c['18 to 25'], ['12', '< 10', '0', '0']);
  assert.deepEqual(c['35 to 49'], ['11', '< 10', '0', '0']);
  assert.deepEqual(c['Not known'], ['< 10', '0', '0', '0']);
  assert.deepEqual(c['All'], ['27', '16', '0', '0']);
  // reached: 27 - 12 - 11 = 4 for two hidden counts, neither of which it gives away
  assert.match(page.text, /Of 27 people reached, 16 completed their training, 0 are certified and 0 found work, an internship or further training within six months of the end\./);
  assert.match(page.text, /<dt>Reached<\/dt><dd>27 <small>Target: 30<\/small>/);
  const dash = await alpha.get(programme);
  assert.match(dash.text, /<th scope="row">Reached<\/th><td>30<\/td><td>27\b/);
  assert.match(dash.text, /<th scope="row">Trained<\/th><td>20<\/td><td>16\b/);
  assert.match(dash.text, new RegExp(`href="/orgs/1/programmes/${programmeId}/impact"`));
  // the chart carries the same figures and no bar for a hidden one
  assert.match(page.text, /<svg viewBox="[^"]+" role="img" aria-labelledby="chart-title"/);
  assert.equal((page.text.match(/<rect /g) || []).length, 2, 'bars: 18 to 25 reached, and no other visible non-zero count');
});

test('by municipality, by province and by quarter; every total is the same', async () => {
  const m = cells((await alpha.get(`${programme}/impact?by=municipality`)).text);
  assert.deepEqual(m.Anderlecht, ['12', '< 10', '0', '0']);
  assert.deepEqual(m.Gent, ['< 10', '< 10', '0', '0']);
  assert.deepEqual(m.Schaerbeek, ['11', '< 10', '0', '0']);
  assert.deepEqual(m.All, ['27', '16', '0', '0']);
  const p = cells((await alpha.get(`${programme}/impact?by=province`)).text);
  assert.deepEqual(p.Antwerp, ['27', '16', '0', '0']);
  assert.deepEqual(p.All, ['27', '16', '0', '0']);
  const q = cells((await alpha.get(`${programme}/impact?by=quarter`)).text);
  assert.deepEqual(q['Q1 2027'], ['27', '16', '0', '0']);
  const later = await alpha.get(`${programme}/impact?by=year&from=2027-02-01`);
  assert.equal(later.status, 200);
  assert.match(later.text, /Nobody started in this period\./);
  assert.match(later.text, /Of 0 people reached, 0 completed their training, 0 are certified and 0 found work, an internship or further training within six months of the end\./);
  const nl = await alpha.get(`${programme}/impact?by=quarter`, { headers: { 'accept-language': 'nl' } });
  assert.equal(nl.status, 200);
});

test('the CSV holds the page\'s cells, hidden ones as on the page', async () => {
  const res = await alpha.get(`${programme}/impact.csv?by=age`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /text\/csv/);
  const lines = res.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(lines[0], '"Age band","Reached","Trained","Certified","Placed"');
  assert.ok(lines.includes('"10 to 14","< 10","< 10",0,0'), lines.join('\n'));
  assert.ok(lines.includes('"35 to 49",11,"< 10",0,0'), lines.join('\n'));
  assert.ok(lines.includes('"All",27,16,0,0'), lines.join('\n'));
});

test('a visible figure lists the people behind it; a hidden one lists nobody', async () => {
  const list = await alpha.get(`${programme}/impact/people?by=age&from=&to=&key=18-25&measure=reached`);
  assert.equal(list.status, 200);
  const names = [...list.text.matchAll(/<tr><td>(Young Adult \d+)<\/td><td>Winter<\/td><\/tr>/g)].map((x) => x[1]);
  assert.equal(names.length, 12);
  assert.doesNotMatch(list.text, /Returner|Pupil/);
  const all = await alpha.get(`${programme}/impact/people?by=age&key=*&measure=trained`);
  assert.equal([...all.text.matchAll(/<tr><td>[^<]+<\/td><td>Winter<\/td><\/tr>/g)].length, 16);
  for (const [key, measure] of [['10-14', 'reached'], ['18-25', 'trained'], ['35-49', 'trained']]) {
    const hidden = await alpha.get(`${programme}/impact/people?by=age&key=${key}&measure=${measure}`);
    assert.equal(hidden.status, 403, `${key} ${measure}`);
    assert.match(hidden.text, /This figure is hidden to protect the people it counts/);
    assert.doesNotMatch(hidden.text, /Returner|Pupil|Young Adult/);
  }
  assert.equal((await alpha.get(`${programme}/impact/people?by=age&key=99-100&measure=reached`)).status, 404);
  assert.equal((await alpha.get(`${programme}/impact/people?by=age&key=18-25&measure=famous`)).status, 400);
});

test('bad input: a period that ends before it starts, an unknown breakdown; another organisation sees nothing', async () => {
  const bad = await alpha.get(`${programme}/impact?by=age&from=2027-03-01&to=2027-01-01`);
  assert.equal(bad.status, 400);
  assert.match(bad.text, /The end of the period is before its start\./);
  const fr = await alpha.get(`${programme}/impact?by=age&from=2027-03-01&to=2027-01-01`, { headers: { 'accept-language': 'fr' } });
  assert.equal(fr.status, 400);
  const unknown = await alpha.get(`${programme}/impact?by=shoe-size`);
  assert.equal(unknown.status, 400);
  assert.equal((await alpha.get(`${programme}/impact.csv?by=age&from=2027-03-01&to=2027-01-01`)).status, 400);
  for (const path of [`/orgs/2/programmes/${programmeId}/impact`, `/orgs/2/programmes/${programmeId}/impact.csv`,
    `/orgs/2/programmes/${programmeId}/impact/people?key=*&measure=reached`])
    assert.equal((await beta.get(path)).status, 404, path);
  assert.equal((await beta.get(`/orgs/1/programmes/${programmeId}/impact`)).status, 404);
});

test('k is set per installation and never below 5; a lone small count takes the smallest other one with it', async () => {
  const k5 = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000), TRAJECT_IMPACT_K: '5' }, from: srv });
  try {
    const c = new Client(k5.base);
    await c.signIn('admin@alpha.test');
    const age = cells((await c.get(`${programme}/impact?by=age`)).text);
    assert.deepEqual(age['10 to 14'], ['< 5', '< 5', '0', '0']);
    assert.deepEqual(age['18 to 25'], ['12', '8', '0', '0']);
    assert.deepEqual(age['35 to 49'], ['11', 'hidden', '0', '0']);
    assert.deepEqual(age['Not known'], ['< 5', '0', '0', '0']);
  } finally {
    await k5.stop({ keep: true });
  }
  const bin = process.env.TRAJECT_BIN || './traject-test';
  assert.throws(() => execFileSync(bin, ['serve', '--impact-k', '4', '0'], { stdio: 'pipe', timeout: 5000 }),
    (e) => /not a whole number >= 5/.test(String(e.stderr)));
});

// Runs LibreOffice headless, each run with a profile of its own.
// (run aside, not blocking: the kept-alive connections of the test's clients stay in order)
async function sheetsOf(xlsx) {
  const dir = mkdtempSync(join(tmpdir(), 'impact-xlsx-'));
  try {
    const file = join(dir, 'impact.xlsx');
    writeFileSync(file, xlsx);
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120000 });
    const out = {};
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv')))
      out[f.replace(/^impact-/, '').replace(/\.csv$/, '')] = readFileSync(join(dir, f), 'utf8').trim().split(/\r?\n/);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The CSV export's lines without quotes, as LibreOffice writes the sheet's.
async function csvLines(by) {
  const res = await alpha.get(`${programme}/impact.csv?by=${by}`);
  assert.equal(res.status, 200);
  return res.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.replace(/"/g, ''));
}

test('the XLSX opens in LibreOffice with a sheet per breakdown, the same numbers as the CSV', { timeout: 180000 }, async () => {
  const res = await alpha.getBytes(`${programme}/impact.xlsx`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /spreadsheetml/);
  const sheets = await sheetsOf(res.body);
  assert.deepEqual(Object.keys(sheets).sort(), ['Age band', 'Gender', 'Language', 'Month they started',
    'Municipality they live in', 'Province they were trained in', 'Quarter they started', 'Year they started']);
  for (const [name, by] of [['Age band', 'age'], ['Municipality they live in', 'municipality'], ['Quarter they started', 'quarter']])
    assert.deepEqual(sheets[name], await csvLines(by), name);
});

test('the PDF for a funder renders, with the figures, the hidden ones and the rule', async () => {
  const res = await alpha.getBytes(`${programme}/impact.pdf`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  const dir = mkdtempSync(join(tmpdir(), 'impact-pdf-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), res.body);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' }))[1]);
    assert.equal(pages, 9, 'a title page and a page per breakdown');
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    assert.match(text, /Impact: Code for all/);
    assert.match(text, /Counts from 1 to 9 are shown as "< 10"/);
    assert.match(text.replace(/\s+/g, ' '), /Of 27 people reached, 16 completed their training, 0 are certified and 0 found work, an internship or further training within six months of the end\./);
    assert.match(text, /18 to 25\s+12\s+< 10\s+0\s+0/);
    assert.match(text, /All\s+27\s+16\s+0\s+0/);
    assert.doesNotMatch(text, /Young Adult|Returner|Pupil/, 'no names in a report');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('traject report impact writes the same files from the command line; bad words are refused', async () => {
  const bin = process.env.TRAJECT_BIN || './traject-test';
  const env = { ...process.env, TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000) };
  const csv = execFileSync(bin, ['report', 'impact', '--db', srv.db, '--programme', programmeId, '--format', 'csv', '--by', 'age'],
    { encoding: 'utf8', env });
  assert.deepEqual(csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.replace(/"/g, '')), await csvLines('age'));
  const nl = execFileSync(bin, ['report', 'impact', '--db', srv.db, '--programme', programmeId, '--org', '1', '--format', 'csv',
    '--by', 'age', '--lang', 'nl'], { encoding: 'utf8', env });
  assert.match(nl, /"Leeftijdsgroep","Bereikt"/);
  const dir = mkdtempSync(join(tmpdir(), 'impact-cli-'));
  try {
    execFileSync(bin, ['report', 'impact', '--db', srv.db, '--programme', programmeId, '--format', 'pdf', '--output', join(dir, 'r.pdf')], { env });
    assert.match(execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }), /Impact: Code for all/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const [args, said] of [
    [['--programme', programmeId, '--format', 'doc'], /--format is csv, xlsx or pdf/],
    [['--programme', programmeId, '--format', 'csv', '--from', '2027-03-01', '--to', '2027-01-01'], /The end of the period is before its start/],
    [['--programme', programmeId, '--org', '2', '--format', 'csv'], /no programme \d+ in that organisation/],
    [['--programme', '999999', '--format', 'csv'], /no programme 999999/],
    [['--programme', programmeId, '--format', 'csv', '--by', 'shoe'], /--by is quarter/],
  ]) {
    assert.throws(() => execFileSync(bin, ['report', 'impact', '--db', srv.db, ...args], { stdio: 'pipe', env }),
      (e) => said.test(String(e.stderr)), args.join(' '));
  }
});

test('across the programmes of the organisation: by kind and by programme, each person once; the same from the command line', async () => {
  await workshops();
  const kind = await alpha.get('/orgs/1/impact?by=kind');
  assert.equal(kind.status, 200);
  assert.match(kind.text, /<h1>Impact: Alpha/);
  const k = cells(kind.text);
  assert.deepEqual(k.Bootcamp, ['27', '16', '0', '0']);
  assert.deepEqual(k['Workshop series'], ['10', '0', '0', '0']);
  assert.deepEqual(k.All, ['37', '16', '0', '0']);
  assert.match(kind.text, /<dt>Reached<\/dt><dd>37 <small>Target: 130<\/small>/, 'the targets of the programmes, added');
  const byProgramme = cells((await alpha.get('/orgs/1/impact?by=programme')).text);
  assert.deepEqual(byProgramme['Code for all'], ['27', '16', '0', '0']);
  assert.deepEqual(byProgramme['Robots at school'], ['10', '0', '0', '0']);
  const age = cells((await alpha.get('/orgs/1/impact?by=age')).text);
  assert.deepEqual(age['10 to 14'], ['13', '< 10', '0', '0']);
  // by the group each programme is mainly for (the first has none)
  const groups = cells((await alpha.get('/orgs/1/impact?by=target_group')).text);
  assert.deepEqual(groups['Young people'], ['10', '0', '0', '0']);
  assert.deepEqual(groups['No particular group'], ['27', '16', '0', '0']);
  assert.deepEqual(groups.All, ['37', '16', '0', '0']);
  assert.equal((await alpha.get(`${programme}/impact?by=target_group`)).status, 400, 'one programme: one group');
  const people = await alpha.get('/orgs/1/impact/people?by=kind&key=workshops&measure=reached');
  assert.equal(people.status, 200);
  assert.equal([...people.text.matchAll(/<tr><td>Workshop Kid \d<\/td><td>Spring school<\/td><\/tr>/g)].length, 10);
  // a programme's own page offers no breakdown by kind or programme
  assert.equal((await alpha.get(`${programme}/impact?by=kind`)).status, 400);
  const bin = process.env.TRAJECT_BIN || './traject-test';
  const env = { ...process.env, TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000) };
  const csv = execFileSync(bin, ['report', 'impact', '--db', srv.db, '--org', '1', '--format', 'csv', '--by', 'kind'], { encoding: 'utf8', env });
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.deepEqual(lines, ['"Kind of programme","Reached","Trained","Certified","Placed"', '"Bootcamp",27,16,0,0', '"Workshop series",10,0,0,0', '"All",37,16,0,0']);
  const nl = execFileSync(bin, ['report', 'impact', '--db', srv.db, '--org', '1', '--format', 'csv', '--by', 'target_group', '--lang', 'nl'], { encoding: 'utf8', env });
  assert.deepEqual(nl.replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1),
    ['"Jongeren",10,0,0,0', '"Geen bepaalde groep",27,16,0,0', '"Alle",37,16,0,0']);
  assert.throws(() => execFileSync(bin, ['report', 'impact', '--db', srv.db, '--programme', programmeId, '--format', 'csv', '--by', 'kind'],
    { stdio: 'pipe', env }), (e) => /is for a report across programmes/.test(String(e.stderr)));
  assert.throws(() => execFileSync(bin, ['report', 'impact', '--db', srv.db, '--format', 'csv'], { stdio: 'pipe', env }),
    (e) => /say which programme/.test(String(e.stderr)));
  assert.equal((await beta.get('/orgs/1/impact')).status, 404);
});

test('an administrator publishes the figures at /impact, for anyone, small counts hidden, no people; and withdraws them', async () => {
  const anyone = new Client(srv.base);
  assert.equal((await anyone.get('/impact/1')).status, 404, 'not published yet');
  assert.match((await anyone.get('/impact')).text, /No organisation publishes its figures yet\./);
  const page = await alpha.get('/orgs/1/impact');
  assert.match(page.text, /These figures are not public\./);
  // another organisation cannot publish Alpha's
  const token = /name="csrf_token" value="([^"]+)"/.exec(page.text)[1];
  const betaPage = await beta.get('/orgs/2/members');
  const betaToken = /name="csrf_token" value="([^"]+)"/.exec(betaPage.text)[1];
  assert.equal((await beta.post('/orgs/1/impact/publish', { csrf_token: betaToken, on: '1' })).status, 404);
  assert.equal((await anyone.get('/impact/1')).status, 404);
  const res = await alpha.post('/orgs/1/impact/publish', { csrf_token: token, on: '1' });
  assert.equal(res.status, 303);
  assert.match(res.location, /published=1/);
  assert.match((await alpha.get(res.location)).text, /The figures are now public\./);
  const list = await anyone.get('/impact');
  assert.match(list.text, /<a href="\/impact\/1">Alpha Training<\/a>/);
  assert.doesNotMatch(list.text, /Beta/);
  const pub = await anyone.get('/impact/1?by=kind');
  assert.equal(pub.status, 200);
  const k = cells(pub.text);
  assert.deepEqual(k.Bootcamp, ['27', '16', '0', '0']);
  assert.deepEqual(k['Workshop series'], ['10', '0', '0', '0']);
  const age = cells((await anyone.get('/impact/1?by=age')).text);
  assert.deepEqual(age['10 to 14'], ['13', '< 10', '0', '0']);
  assert.deepEqual(age['Not known'], ['< 10', '0', '0', '0']);
  const groups = cells((await anyone.get('/impact/1?by=target_group')).text);
  assert.deepEqual(groups['Young people'], ['10', '0', '0', '0']);
  assert.doesNotMatch(pub.text, /people\?|Young Adult|Workshop Kid/, 'no list of people, no names');
  for (const by of ['municipality', 'month', 'programme', 'shoe'])
    assert.equal((await anyone.get(`/impact/1?by=${by}`)).status, 400, by);
  const csv = await anyone.get('/impact/1/figures.csv?by=kind');
  assert.equal(csv.status, 200);
  assert.ok(csv.text.includes('"All",37,16,0,0'), csv.text);
  assert.equal((await anyone.get('/impact/2')).status, 404, 'Beta publishes nothing');
  // withdrawn: gone at once
  const again = /name="csrf_token" value="([^"]+)"/.exec((await alpha.get('/orgs/1/impact')).text)[1];
  assert.equal((await alpha.post('/orgs/1/impact/publish', { csrf_token: again, on: '0' })).status, 303);
  assert.equal((await anyone.get('/impact/1')).status, 404);
  assert.doesNotMatch((await anyone.get('/impact')).text, /Alpha Training/);
});

test('by gender, as people gave it where they were enrolled (never required); a gender not in the list is refused', async () => {
  const g = cells((await alpha.get(`${programme}/impact?by=gender`)).text);
  assert.deepEqual(g.Woman, ['16', '12', '0', '0']);
  assert.deepEqual(g.Man, ['< 10', '< 10', '0', '0']);
  assert.deepEqual(g['Another gender'], ['< 10', '0', '0', '0']);
  assert.deepEqual(g['Rather not say'], ['< 10', '0', '0', '0']);
  assert.deepEqual(g['Not known'], ['< 10', '< 10', '0', '0']);
  assert.deepEqual(g.All, ['27', '16', '0', '0']);
  const l = cells((await alpha.get(`${programme}/impact?by=language`)).text);
  assert.deepEqual(l['Not known'], ['27', '16', '0', '0'], 'walk-ins have no language on record');
  // the walk-in form offers it, optional; a value not in the list is refused and nobody is enrolled
  const cohortPage = (await alpha.get(programme)).text;
  const cohort = /href="(\/orgs\/1\/cohorts\/\d+)"/.exec(cohortPage)[1];
  const form = await alpha.get(cohort);
  assert.match(form.text, /<select id="f-gender" name="gender">\n<option value="">Not given<\/option>\n<option value="woman">Woman<\/option>\n<option value="man">Man<\/option>\n<option value="another">Another gender<\/option>\n<option value="rather_not_say">Rather not say<\/option>\n<\/select>/);
  const bad = await alpha.submit(cohort, { name: 'Odd Value', gender: 'robot' }, `${cohort}/enrol`);
  assert.equal(bad.status, 400);
  assert.doesNotMatch((await alpha.get(`${programme}/impact?by=gender`)).text, /Odd Value/);
  assert.deepEqual(cells((await alpha.get(`${programme}/impact?by=gender`)).text).All, ['27', '16', '0', '0']);
});

test('placed: a job, an internship, further training or a start-up within six months of the end', async () => {
  const list = await alpha.get(`${programme}/learners?q=young`);
  const ids = {};
  for (const m of list.text.matchAll(/people\/(\d+)\/certifications">(Young Adult \d+)</g)) ids[m[2]] = m[1];
  assert.equal(Object.keys(ids).length, 12);
  for (let i = 0; i < 10; i++) {
    const res = await alpha.submit('/orgs/1/placements', { person_id: ids[`Young Adult ${i}`], kind: i < 8 ? 'job' : 'own_business',
      employer: `Employer ${i}`, starts_on: '2027-07-15', contract: i < 8 ? 'permanent' : '' }, '/orgs/1/placements');
    assert.equal(res.status, 303, `placement ${i}: ${res.status} ${res.text.slice(0, 600)}`);
  }
  // one more, long after the end: it does not count
  await alpha.submit('/orgs/1/placements', { person_id: ids['Young Adult 10'], kind: 'job', employer: 'Later', starts_on: '2028-06-01' }, '/orgs/1/placements');
  const c = cells((await alpha.get(`${programme}/impact?by=age`)).text);
  assert.deepEqual(c['18 to 25'], ['12', '< 10', '0', '10']);
  assert.deepEqual(c.All, ['27', '16', '0', '10']);
  const people = await alpha.get(`${programme}/impact/people?by=age&key=18-25&measure=placed`);
  assert.equal([...people.text.matchAll(/<tr><td>Young Adult \d+<\/td>/g)].length, 10);
  assert.doesNotMatch(people.text, /Young Adult 10</);
});
