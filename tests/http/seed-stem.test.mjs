// The STEM scenario of `traject demo`: STEM op Wielen vzw reached 5,000 distinct youngsters aged
// 10 to 18 in the five Flemish provinces through mobile workshops, summer camps and online
// lessons, on a grant of 100,000 EUR from the Vlaams STEM-fonds split into equipment, trainers
// and practical support. Every figure it publishes is read here from the pages and exports that
// compute it from the records: the organisation's impact, the proposal's and the grant's budget
// lines, the funder's funded impact and the public /impact. Loading the demo twice changes none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, runTraject, freshDb } from '../lib/server.mjs';

const NOW = String(Date.UTC(2026, 11, 1, 10) / 1000); // 1 December 2026: the school year is over
const PASSWORD = 'traject-demo-2026';
let srv, dir, db, stem, fund, org, funder;

// The rows of a report's table: label → [reached, trained, certified, placed] as shown.
function cells(html) {
  const out = {};
  for (const m of html.matchAll(/<tr(?: class="total")?><th scope="row">([^<]+)<\/th>((?:<td class="num">.*?<\/td>){4})<\/tr>/g))
    out[m[1]] = [...m[2].matchAll(/<td class="num">(?:<a [^>]*>)?([^<]+)(?:<\/a>)?<\/td>/g)].map((c) => c[1]);
  return out;
}

const BY_PROVINCE = {
  Antwerp: ['1,200', '1,186', '0', '0'],
  'East Flanders': ['1,100', '1,084', '0', '0'],
  'Flemish Brabant': ['900', '884', '0', '0'],
  Limburg: ['800', '786', '0', '0'],
  'West Flanders': ['1,000', '987', '0', '0'],
  All: ['5,000', '4,927', '0', '0'],
};
const BY_AGE = {
  '10 to 14': ['2,757', '2,723', '0', '0'],
  '15 to 17': ['1,903', '1,870', '0', '0'],
  '18 to 25': ['340', '334', '0', '0'], // the eighteen-year-olds
  All: ['5,000', '4,927', '0', '0'],
};
const BY_KIND = {
  'Workshop series': ['4,000', '4,000', '0', '0'],
  Camp: ['280', '267', '0', '0'], // those whose first activity was a camp
  'Online course': ['720', '660', '0', '0'],
  All: ['5,000', '4,927', '0', '0'],
};

function demo() {
  const r = runTraject(['demo', '--db', db], { env: { TRAJECT_NOW: NOW } });
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'traject-stem-'));
  db = freshDb(dir);
  const first = demo();
  assert.match(first, /demo STEM programme loaded: 5000 youngsters/);
  assert.match(first, /stem@demo\.traject\.test\s+STEM op Wielen vzw\s+admin,staff/);
  assert.match(first, /stemfund@demo\.traject\.test\s+Vlaams STEM-fonds\s+admin,funder/);
  // twice is harmless: nothing is loaded again
  assert.doesNotMatch(demo(), /loaded/);
  srv = await startServer({ from: { dir, db }, init: false, env: { TRAJECT_NOW: NOW } });
  stem = new Client(srv.base);
  await stem.signIn('stem@demo.traject.test', PASSWORD);
  org = /^\/orgs\/(\d+)$/.exec((await stem.get('/')).location)[1];
  fund = new Client(srv.base);
  await fund.signIn('stemfund@demo.traject.test', PASSWORD);
  funder = /^\/orgs\/(\d+)$/.exec((await fund.get('/')).location)[1];
});
after(async () => {
  if (srv) await srv.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the organisation reached 5,000 distinct youngsters in the five Flemish provinces', async () => {
  const page = await stem.get(`/orgs/${org}/impact?by=province`);
  assert.equal(page.status, 200);
  assert.deepEqual(cells(page.text), BY_PROVINCE);
  assert.match(page.text, /<dt>Reached<\/dt><dd>5,000 <small>Target: 5,000<\/small>/);
  assert.match(page.text, /These figures are public since Tuesday 1 September 2026/);
  const csv = await stem.get(`/orgs/${org}/impact.csv?by=province`);
  assert.equal(csv.status, 200);
  for (const line of ['"Antwerp",1200,1186,0,0', '"East Flanders",1100,1084,0,0', '"Flemish Brabant",900,884,0,0',
    '"Limburg",800,786,0,0', '"West Flanders",1000,987,0,0', '"All",5000,4927,0,0'])
    assert.ok(csv.text.includes(line), line);
});

test('they were aged 10 to 18, most in workshops, some in a summer camp or online lessons', async () => {
  assert.deepEqual(cells((await stem.get(`/orgs/${org}/impact?by=age`)).text), BY_AGE);
  assert.deepEqual(cells((await stem.get(`/orgs/${org}/impact?by=kind`)).text), BY_KIND);
  assert.deepEqual(cells((await stem.get(`/orgs/${org}/impact?by=target_group`)).text),
    { 'Young people': ['5,000', '4,927', '0', '0'], All: ['5,000', '4,927', '0', '0'] });
  const gender = cells((await stem.get(`/orgs/${org}/impact?by=gender`)).text);
  assert.ok(Number(gender['Not known'][0].replace(',', '')) < 500, 'most said their gender');
  const lang = cells((await stem.get(`/orgs/${org}/impact?by=language`)).text);
  assert.ok(Number(lang.Dutch[0].replace(',', '')) > 4000, 'most read Dutch');
  // each programme counts its own youngsters: 120 of the workshops' came back to a camp
  const list = (await stem.get(`/orgs/${org}/programmes`)).text;
  const programme = (title) => new RegExp(`href="(/orgs/${org}/programmes/\\d+)">${title}<`).exec(list)[1];
  const own = async (title) => cells((await stem.get(`${programme(title)}/impact?by=year`)).text).All;
  assert.deepEqual(await own('Mobile STEM workshops'), ['4,000', '4,000', '0', '0']);
  assert.deepEqual(await own('STEM summer camps'), ['400', '380', '0', '0']);
  assert.deepEqual(await own('Online STEM lessons'), ['720', '660', '0', '0']);
});

test('the proposal and the grant split 100,000 EUR into equipment, trainers and practical support', async () => {
  const proposals = await stem.get(`/orgs/${org}/proposals`);
  const path = new RegExp(`href="(/orgs/${org}/proposals/\\d+)">STEM op Wielen: the lab comes to you<`).exec(proposals.text)[1];
  const p = (await stem.get(path)).text;
  assert.match(p, /Selected/);
  assert.match(p, /<dt>Requested<\/dt><dd>€100,000\.00<\/dd>/);
  assert.match(p, /<tr><td>Equipment<\/td><td class="num">€30,000\.00<\/td>/);
  assert.match(p, /<tr><td>Trainers<\/td><td class="num">€55,000\.00<\/td>/);
  assert.match(p, /<tr><td>Practical support<\/td><td class="num">€15,000\.00<\/td>/);
  assert.match(p, /<tfoot><tr><th scope="row">Total<\/th><td class="num">€100,000\.00<\/td>/);
  const grants = await fund.get(`/orgs/${funder}/grants`);
  assert.match(grants.text, /STEM op Wielen vzw<\/td><td class="num">€100,000\.00<\/td>/);
  const grant = (await fund.get(/href="(\/orgs\/\d+\/grants\/\d+)"/.exec(grants.text)[1])).text;
  assert.match(grant, /<dt>Amount awarded<\/dt><dd>€100,000\.00<\/dd>/);
  for (const [line, amount] of [['Equipment', '30,000'], ['Trainers', '55,000'], ['Practical support', '15,000']])
    assert.match(grant, new RegExp(`<tr><td>${line}</td><td class="num">€${amount}\\.00</td><td class="num">€${amount}\\.00</td><td class="num">100%</td>`));
  for (const title of ['Mobile STEM workshops', 'STEM summer camps', 'Online STEM lessons'])
    assert.match(grant, new RegExp(`<li>${title}</li>`));
});

test('the funder reads the 5,000 reached with what it funds, against what the proposal planned', async () => {
  const page = await fund.get(`/orgs/${funder}/funded-impact?by=province`);
  assert.equal(page.status, 200);
  assert.deepEqual(cells(page.text), BY_PROVINCE);
  assert.match(page.text, /<dt>Reached<\/dt><dd>5,000 <small>Target: 5,000<\/small>/);
  assert.doesNotMatch(page.text, /people\?/, 'counts only, no lists of people');
  const csv = await fund.get(`/orgs/${funder}/funded-impact.csv?by=age`);
  assert.ok(csv.text.includes('"All",5000,4927,0,0'));
});

test('anyone reads the published figures at /impact', async () => {
  const anyone = new Client(srv.base);
  const list = await anyone.get('/impact');
  assert.match(list.text, new RegExp(`<a href="/impact/${org}">STEM op Wielen vzw</a>`));
  const byProvince = await anyone.get(`/impact/${org}?by=province`);
  assert.equal(byProvince.status, 200);
  assert.deepEqual(cells(byProvince.text), BY_PROVINCE);
  assert.deepEqual(cells((await anyone.get(`/impact/${org}?by=age`)).text), BY_AGE);
  assert.deepEqual(cells((await anyone.get(`/impact/${org}?by=kind`)).text), BY_KIND);
  const csv = await anyone.get(`/impact/${org}/figures.csv?by=province`);
  assert.ok(csv.text.includes('"All",5000,4927,0,0'));
  assert.doesNotMatch(byProvince.text, /people\?/);
});
