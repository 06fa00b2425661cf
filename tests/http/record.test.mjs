// The learner's record: competences (the current level of each, when, by whom),
// certifications (each pass, valid or expired) and credentials (downloads, verify pages) on
// one page, across every organisation the learner's account is linked to; a share link
// (only its hash is kept) opens the same record read-only, without e-mail address, birth
// date, assessors or revoked credentials, and says noindex; replaced or switched off, it
// answers 404 with a kind page; another learner's record is never reached.
// Runs on SQLite and on PostgreSQL. Fixed clock: Tuesday 1 June 2027, 12:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 5, 1, 10) / 1000;
let srv, alpha, gamma, nadia, omar, anon;
const pid = {}; // Alpha's people: name → id
let gammaNadia, link;

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 1500)}`);
  return res.location;
}

// A programme with a cohort in organisation org, and people enrolled in it.
async function cohortWith(client, org, people) {
  const p = await ok(await client.submit(`/orgs/${org}/programmes/new`, [['title_en', `Bootcamp ${org}`], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], `/orgs/${org}/programmes`), 'programme');
  const programme = p.replace('?saved=1', '');
  const c = await ok(await client.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-03-01'], ['ends_on', '2027-08-31'], ['capacity', '12']], `${programme}/cohorts`), 'cohort');
  const cohort = c.replace('?saved=1', '');
  for (const f of people) await ok(await client.submit(cohort, f, `${cohort}/enrol`), f.name);
  return cohort;
}

// Invites the person named in the cohort; the learner (a Client) accepts, creating an
// account (password given) or signed in already.
async function invite(client, cohort, org, name, learner, account) {
  const page = await client.get(cohort);
  const m = new RegExp(`<span class="sr"> ${name}</span></summary>\\n<form method="post" action="(/orgs/${org}/people/(\\d+)/invite)"`).exec(page.text);
  assert.ok(m, `invite form of ${name}`);
  const before = (await mails(srv.mailDir, 0)).length;
  await ok(await client.submit(cohort, { lang: 'en', back: cohort }, m[1]), `invite ${name}`);
  const all = await mails(srv.mailDir, before + 1);
  const mail = all.slice(before).find((x) => /invitations\//.test(x.body));
  const path = linkIn(mail.body, '/invitations/');
  await ok(await learner.submit(path, account || {}, path), `accept ${name}`);
  return m[2];
}

async function issue(client, org, person, name) {
  const a = await ok(await client.submit(`/orgs/${org}/achievements/new`, { name, description: `${name}: recognised.`, criteria: 'Did the work.', valid_months: '0' }, `/orgs/${org}/achievements`), name);
  const ach = a.replace('?saved=1', '');
  const page = await client.get(ach);
  const res = await client.post(`${ach}/issue`, { csrf_token: csrfFrom(page.text), person_id: person });
  return (await ok(res, `issue ${name}`)).replace('?issued=1', '');
}

async function share(client) {
  const page = await client.get('/learning/record');
  const res = await client.post('/learning/record/share', { csrf_token: csrfFrom(page.text) });
  assert.equal(res.status, 200);
  const m = /<p class="share-link"><a href="([^"]+)">/.exec(res.text);
  assert.ok(m, 'the new link is shown');
  return m[1].replace(srv.base, '');
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  const init = runTraject(['init', '--db', srv.db, '--org', 'Gamma School', '--org-kind', 'training', '--admin-email', 'admin@gamma.test', '--admin-name', 'Admin of Gamma', '--admin-password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(init.code, 0, init.stderr);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  gamma = new Client(srv.base);
  await gamma.signIn('admin@gamma.test');
  anon = new Client(srv.base);
  nadia = new Client(srv.base);
  omar = new Client(srv.base);
  const cohort = await cohortWith(alpha, 1, [
    { name: 'Nadia Amrani', email: 'nadia@learner.test', birth_date: '2001-02-03' },
    { name: 'Omar Haddad', email: 'omar@learner.test', birth_date: '1999-09-09' },
  ]);
  pid.nadia = await invite(alpha, cohort, 1, 'Nadia Amrani', nadia, { name: 'Nadia A.', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' });
  pid.omar = await invite(alpha, cohort, 1, 'Omar Haddad', omar, { name: 'Omar H.', password: 'omar-learns-2027', confirm: 'omar-learns-2027' });
  // Gamma School enrols Nadia too; signed in, she accepts: one account, two people records
  const gc = await cohortWith(gamma, 3, [{ name: 'Nadia Amrani', email: 'nadia@learner.test', birth_date: '2001-02-03' }]);
  gammaNadia = await invite(gamma, gc, 3, 'Nadia Amrani', nadia);

  // Alpha assesses Nadia on DigComp 3.4 twice (level 5 supersedes 3), and Omar once
  const framework = await alpha.get('/orgs/1/competences');
  void framework;
  const assessPage = await alpha.get(`/orgs/1/people/${pid.nadia}/competences`);
  const programming = /<option value="(\d+)">DigComp 2\.2 · 3\.4 Programming<\/option>/.exec(assessPage.text)[1];
  for (const [who, level, on] of [[pid.nadia, '3', '2027-04-01'], [pid.nadia, '5', '2027-05-20'], [pid.omar, '2', '2027-05-20']]) {
    const page = await alpha.get(`/orgs/1/people/${who}/competences`);
    await ok(await alpha.post(`/orgs/1/people/${who}/assessments`, { csrf_token: csrfFrom(page.text), competence_id: programming, level, assessed_on: on, evidence_text: 'A secret note on the work.' }), 'assessment');
  }
  // certifications: one valid pass, one expired
  for (const [name, code, months] of [['CompTIA Security+', 'SY0-701', '36'], ['Old Linux', 'LX-100', '12']])
    await ok(await alpha.submit('/orgs/1/certifications/new', { name, vendor: 'Vendor', exam_code: code, validity_months: months }, '/orgs/1/certifications'), code);
  const catalogue = await alpha.get('/orgs/1/certifications');
  const certId = (code) => new RegExp(`<td>${code}</td><td>[^<]*</td><td><a href="/orgs/1/certifications/(\\d+)/edit"`).exec(catalogue.text)[1];
  for (const [code, on] of [['SY0-701', '2027-05-01'], ['LX-100', '2025-01-10']])
    await ok(await alpha.submit(`/orgs/1/people/${pid.nadia}/certifications`, { certification_id: certId(code), taken_on: on, result: 'passed', place: 'online' }, `/orgs/1/people/${pid.nadia}/attempts`), code);
  // credentials: one of Alpha, one of Gamma, one of Alpha revoked, one of Omar
  await issue(alpha, 1, pid.nadia, 'Accessible web developer');
  await issue(gamma, 3, gammaNadia, 'Gamma team player');
  const revoked = await issue(alpha, 1, pid.nadia, 'Withdrawn badge');
  const rp = await alpha.get(revoked);
  let res = await alpha.post(`${revoked}/revoke`, { csrf_token: csrfFrom(rp.text), reason: 'Issued by mistake.' });
  if (res.status === 200 && /confirm_token/.test(res.text)) res = await alpha.confirm(res);
  await ok(res, 'revoke');
  await issue(alpha, 1, pid.omar, 'Omar only badge');
});
after(async () => { if (srv) await srv.stop(); });

test("the learner's record: competences, certifications and credentials of both organisations on one page", async () => {
  const learning = await nadia.get('/learning');
  assert.match(learning.text, /href="\/learning\/record"/);
  const page = await nadia.get('/learning/record');
  assert.equal(page.status, 200);
  const t = page.text;
  assert.match(t, /<h1>My record<\/h1>/);
  // the current level only, with its day, organisation and assessor
  const comp = t.split('id="record-competences"')[1].split('</section>')[0];
  assert.match(comp, /3\.4 Programming<\/strong><br>[^<]*5[^<]* · Thursday 20 May 2027 · Alpha Training · assessed by Admin of Alpha Training/);
  assert.equal((comp.match(/3\.4 Programming/g) || []).length, 1, 'one line per competence');
  const certs = t.split('id="record-certifications"')[1].split('</section>')[0];
  assert.match(certs, /CompTIA Security\+<\/strong> \(Vendor, SY0-701\)<br>Passed on Saturday 1 May 2027 · Alpha Training · Valid until Tuesday 30 April 2030/);
  assert.match(certs, /Old Linux<\/strong> \(Vendor, LX-100\)<br>Passed on Friday 10 January 2025 · Alpha Training · <strong>Expired on Saturday 10 January 2026<\/strong>/);
  const creds = t.split('id="record-credentials"')[1].split('</section>')[0];
  assert.match(creds, /Accessible web developer<\/strong> — Alpha Training/);
  assert.match(creds, /Gamma team player<\/strong> — Gamma School/);
  assert.match(creds, /Withdrawn badge<\/strong> — Alpha Training, [^<]*Revoked/);
  assert.doesNotMatch(t, /Omar/);
  // each credential downloads as PDF, JWT and JSON; Gamma's verifies against Gamma's keys
  const ids = [...creds.matchAll(/\/learning\/credentials\/(\d+)\/jwt/g)].map((m) => m[1]);
  assert.equal(ids.length, 3);
  for (const id of ids) {
    assert.equal((await nadia.getBytes(`/learning/credentials/${id}/pdf`)).status, 200);
    assert.equal((await nadia.get(`/learning/credentials/${id}/json`)).status, 200);
  }
  const gammaId = /\/learning\/credentials\/(\d+)\/jwt"[^\n]*Gamma team player|Gamma team player[\s\S]*?\/learning\/credentials\/(\d+)\/jwt/.exec(creds);
  const token = (await nadia.get(`/learning/credentials/${gammaId[1] || gammaId[2]}/jwt`)).text.trim();
  const keys = JSON.parse((await anon.get('/issuers/3/jwks.json')).text);
  const { payload } = await jwtVerify(token, createLocalJWKSet(keys), { algorithms: ['EdDSA'], typ: 'vc+jwt', currentDate: new Date(NOW * 1000) });
  assert.equal(payload.credentialSubject.achievement.name, 'Gamma team player');
  assert.equal(payload.issuer.name, 'Gamma School');
  // signed out: to sign in
  const out = await anon.get('/learning/record');
  assert.equal(out.status, 303);
  assert.match(out.location, /sign-in/);
});

test('the share link opens the record read-only: no e-mail, birth date, assessor or revoked credential; noindex', async () => {
  let page = await nadia.get('/learning/record');
  assert.match(page.text, /Your record is not shared\./);
  link = await share(nadia);
  assert.match(link, /^\/record\/[A-Za-z0-9_-]{43}$/);
  page = await nadia.get('/learning/record');
  assert.match(page.text, /Your record is shared by a link made on/);
  assert.doesNotMatch(page.text, new RegExp(link.split('/').pop()), 'the link is shown once only');
  const pub = await anon.get(link);
  assert.equal(pub.status, 200);
  const t = pub.text;
  assert.match(t, /<meta name="robots" content="noindex">/);
  assert.match(t, /<meta name="referrer" content="no-referrer">/, 'the token is not sent on to the verify pages');
  assert.match(t, /<h1>Nadia A\.<\/h1>/);
  assert.match(t, /3\.4 Programming/);
  assert.match(t, /CompTIA Security\+/);
  assert.match(t, /Accessible web developer/);
  assert.match(t, /Gamma team player/);
  assert.match(t, /href="\/verify\/[0-9a-f]{32}"/);
  assert.equal((t.match(/href="\/verify\/[0-9a-f]{32}"/g) || []).length, 2, 'two credentials, each with its verify page');
  for (const secret of ['nadia@learner.test', '2001-02-03', '2001', 'Withdrawn badge', 'assessed by', 'Admin of Alpha', 'A secret note', '/learning/credentials/', 'Omar'])
    assert.ok(!t.includes(secret), `the public record does not show ${secret}`);
  // each verify page answers
  for (const m of t.matchAll(/href="(\/verify\/[0-9a-f]{32})"/g)) assert.match((await anon.get(m[1])).text, /This credential is valid\./);
  // in Dutch and French
  assert.match((await new Client(srv.base, { lang: 'nl' }).get(link)).text, /<h2 id="record-competences">Competenties<\/h2>/);
  assert.match((await new Client(srv.base, { lang: 'fr' }).get(link)).text, /<h2 id="record-certifications">Certifications<\/h2>/);
});

test('a replaced link is 404, the new one works; switched off, it is 404 with a kind page', async () => {
  const old = link;
  link = await share(nadia);
  assert.notEqual(link, old);
  let res = await anon.get(old);
  assert.equal(res.status, 404);
  assert.match(res.text, /This record is not shared/);
  assert.match(res.text, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(res.text, /Nadia/);
  assert.equal((await anon.get(link)).status, 200);
  const page = await nadia.get('/learning/record');
  res = await nadia.post('/learning/record/share/off', { csrf_token: csrfFrom(page.text) });
  assert.equal(res.status, 303);
  assert.match((await nadia.get(res.location)).text, /Your link is switched off/);
  res = await anon.get(link);
  assert.equal(res.status, 404);
  assert.match(res.text, /Ask them for their current link\./);
  assert.match((await nadia.get('/learning/record')).text, /Your record is not shared\./);
  // unknown, malformed
  assert.equal((await anon.get(`/record/${'A'.repeat(43)}`)).status, 404);
  assert.equal((await anon.get('/record/short')).status, 404);
  // a new link after switching off works again
  link = await share(nadia);
  assert.equal((await anon.get(link)).status, 200);
});

test("another learner's record is never reached: Omar sees only his, his link opens only his", async () => {
  const mine = await omar.get('/learning/record');
  assert.equal(mine.status, 200);
  assert.match(mine.text, /Omar only badge/);
  for (const s of ['Nadia', 'Accessible web developer', 'Gamma', 'CompTIA']) assert.ok(!mine.text.includes(s), s);
  const his = await share(omar);
  const pub = await anon.get(his);
  assert.match(pub.text, /<h1>Omar H\.<\/h1>/);
  assert.doesNotMatch(pub.text, /Nadia|Accessible web developer|Gamma team player/);
  // Omar switching his link off leaves Nadia's on
  const page = await omar.get('/learning/record');
  await ok(await omar.post('/learning/record/share/off', { csrf_token: csrfFrom(page.text) }), 'off');
  assert.equal((await anon.get(his)).status, 404);
  assert.equal((await anon.get(link)).status, 200);
  // staff of an organisation see no learner's record through these routes
  assert.doesNotMatch((await alpha.get('/learning/record')).text, /Nadia|Omar/);
});
