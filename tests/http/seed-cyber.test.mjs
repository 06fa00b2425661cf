// Seed scenario 2 of `traject demo`: CyberSkills Brussels's cybersecurity certification
// programme. The demo is loaded into a fresh database (on the real clock, as `make run` does)
// and every figure it publishes is read back from the pages and exports that compute it: the
// programme's impact report and its CSV (reached 150, trained 132, certified 60, placed 43),
// its dashboard (certified against its target), the figures it publishes at /impact and their
// CSV. Loading twice adds nothing; loading it on another day, years later, gives the same
// figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTraject as run, freshDb, startServer, Client } from '../lib/server.mjs';

const PASSWORD = 'traject-demo-2026';
// reached, trained, certified, placed
const FIGURES = ['150', '132', '60', '43'];

let dir, db, srv, staff, org, programme;

// The rows of an impact table: label → [reached, trained, certified, placed] as shown.
function cells(html) {
  const out = {};
  for (const m of html.matchAll(/<tr(?: class="total")?><th scope="row">([^<]+)<\/th>((?:<td class="num">.*?<\/td>){4})<\/tr>/g))
    out[m[1]] = [...m[2].matchAll(/<td class="num">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/td>/g)].map((c) => c[1].replace(/&lt;/g, '<'));
  return out;
}

// The lines of a CSV export (without its byte-order mark), each split on commas.
function csv(text) {
  return text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'traject-seed-cyber-'));
  db = freshDb(dir);
  const started = Date.now();
  const r = run(['demo', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  console.log(`traject demo: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.match(r.stdout, /demo cybersecurity programme, 150 learners, exams and placements loaded/);
  assert.match(r.stdout, /cyber@demo\.traject\.test\s+CyberSkills Brussels\s+admin,staff/);
  srv = await startServer({ from: { dir, db }, init: false });
  staff = new Client(srv.base);
  await staff.signIn('cyber@demo.traject.test', PASSWORD);
  const pub = await new Client(srv.base).get('/impact');
  org = /<a href="\/impact\/(\d+)">CyberSkills Brussels<\/a>/.exec(pub.text)[1];
  const list = await staff.get(`/orgs/${org}/programmes`);
  assert.match(list.text, /Cybersecurity analyst: training and certification/);
  programme = new RegExp(`href="(/orgs/${org}/programmes/\\d+)"`).exec(list.text)[1];
});

after(async () => {
  if (srv) await srv.stop({ keep: true });
  rmSync(dir, { recursive: true, force: true });
});

test('the impact report of the programme: reached 150, trained 132, certified 60, placed 43, against its targets', async () => {
  const page = await staff.get(`${programme}/impact?by=year`);
  assert.equal(page.status, 200);
  const targets = /<dl class="figures">([\s\S]*?)<\/dl>/.exec(page.text)[1];
  const shown = [...targets.matchAll(/<dt>([^<]+)<\/dt><dd>([^ <]+)(?: <small>Target: ([^<]+)<\/small>)?<\/dd>/g)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(shown, [['Reached', '150', '150'], ['Trained', '132', '120'], ['Certified', '60', '60'], ['Placed', '43', '40']]);
  assert.deepEqual(cells(page.text).All, FIGURES);
  // every learner started in September, all at the three places in Brussels
  for (const by of ['quarter', 'province']) {
    const rows = cells((await staff.get(`${programme}/impact?by=${by}`)).text);
    assert.equal(Object.keys(rows).length, 2, by);
    assert.deepEqual(rows.All, FIGURES, by);
  }
  assert.match((await staff.get(`${programme}/impact?by=month`)).text, /<th scope="row">September \d{4}<\/th>(<td class="num">(?:<a [^>]*>)?(150|132|60|43)(?:<\/a>)?<\/td>){4}/);
  // the learners are adults of every age band, the total the same whatever the breakdown
  const ages = cells((await staff.get(`${programme}/impact?by=age`)).text);
  assert.deepEqual(ages.All, FIGURES);
  assert.ok(Object.keys(ages).length >= 4, Object.keys(ages).join());
  assert.ok(!ages['Under 10'] && !ages['10 to 14'], 'no child in the programme');
});

test('the impact CSV gives the same figures, each breakdown adding up to them; so do the dashboard and the lists behind it', async () => {
  for (const by of ['year', 'age', 'gender', 'language', 'municipality']) {
    const res = await staff.get(`${programme}/impact.csv?by=${by}`);
    assert.equal(res.status, 200, by);
    const lines = csv(res.text);
    assert.deepEqual(lines[0].slice(1), ['Reached', 'Trained', 'Certified', 'Placed'], by);
    assert.deepEqual(lines.at(-1), ['All', ...FIGURES], by);
    if (by === 'year') continue;
    // with no hidden cell in a column, its rows add up to the total
    for (let m = 1; m <= 4; m++) {
      const column = lines.slice(1, -1).map((l) => l[m]);
      if (column.every((c) => /^\d+$/.test(c)))
        assert.equal(column.reduce((s, c) => s + Number(c), 0), Number(FIGURES[m - 1]), `${by} ${m}`);
    }
  }
  // the dashboard: every target with what the records show
  const dashboard = await staff.get(programme);
  assert.match(dashboard.text, /<th scope="row">Certified<\/th><td>60<\/td><td><a href="[^"]+learners\?certified=1">60 of 60 \(100\s?%\)<\/a>/);
  assert.match(dashboard.text, /<th scope="row">Trained<\/th><td>120<\/td><td>132 of 120 \(110\s?%\)/);
  assert.match(dashboard.text, /<th scope="row">Placed in a job or internship<\/th><td>40<\/td><td><a href="[^"]+placed">43 of 40/);
  assert.match(dashboard.text, /<th scope="row">Reached<\/th><td>150<\/td><td>150 of 150/);
  // behind the figures: the sixty certified learners, the 43 placed
  assert.match((await staff.get(`${programme}/learners?certified=1`)).text, /<p role="status">Showing 1–50 of 60<\/p>/);
  assert.match((await staff.get(`${programme}/placed`)).text, /<p>43 learners placed\.<\/p>/);
});

test('the school publishes its figures at /impact: the same totals, for anyone, with the CSV', async () => {
  const anon = new Client(srv.base);
  const page = await anon.get(`/impact/${org}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Impact: CyberSkills Brussels/);
  assert.deepEqual(cells(page.text).All, FIGURES);
  const shown = [...page.text.matchAll(/<dt>([^<]+)<\/dt><dd>([^ <]+)/g)].map((m) => m[2]);
  assert.deepEqual(shown, FIGURES);
  assert.deepEqual(cells((await anon.get(`/impact/${org}?by=kind`)).text)['Certification track'], FIGURES);
  const res = await anon.get(`/impact/${org}/figures.csv?by=age`);
  assert.equal(res.status, 200);
  assert.deepEqual(csv(res.text).at(-1), ['All', ...FIGURES]);
  assert.doesNotMatch(page.text, /@mail\.demo\.test/); // never a person
});

test('loading the demo again adds nothing; loaded on another day it gives the same figures', async () => {
  const again = run(['demo', '--db', db]);
  assert.equal(again.code, 0, again.stderr);
  assert.doesNotMatch(again.stdout, /loaded/);
  assert.deepEqual(cells((await staff.get(`${programme}/impact?by=year`)).text).All, FIGURES);
  const id = programme.split('/').pop();
  const csvOf = (url, env) => {
    const r = run(['report', 'impact', '--db', url, '--org', org, '--programme', id, '--format', 'csv', '--by', 'year'], { env });
    assert.equal(r.code, 0, r.stderr);
    return csv(r.stdout).at(-1);
  };
  const orgCsv = (url, env) => {
    const r = run(['report', 'impact', '--db', url, '--org', org, '--format', 'csv', '--by', 'kind'], { env });
    assert.equal(r.code, 0, r.stderr);
    return csv(r.stdout).slice(1);
  };
  assert.deepEqual(csvOf(db), ['All', ...FIGURES]);
  assert.deepEqual(orgCsv(db), [['Certification track', ...FIGURES], ['All', ...FIGURES]]);
  // another day, in another school year (in spring: the programme of two Septembers before)
  const later = mkdtempSync(join(tmpdir(), 'traject-seed-cyber-'));
  try {
    const other = freshDb(later);
    const env = { TRAJECT_NOW: String(Date.UTC(2028, 2, 20, 9) / 1000) };
    const r = run(['demo', '--db', other], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(csvOf(other, env), ['All', ...FIGURES]);
    assert.deepEqual(orgCsv(other, env), [['Certification track', ...FIGURES], ['All', ...FIGURES]]);
  } finally {
    rmSync(later, { recursive: true, force: true });
  }
});
