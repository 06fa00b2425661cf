// The talent pool: a learner writes and approves the profile partners see (a short text,
// availability, competences from their assessments, verified credentials), chooses to be
// seen by no partner (the default), all or some of the partners of the organisations where
// they learn, and changes it at any time; partners (their own members) search the learners
// who show them their profile, open one (the learner sees who did), export the search, and
// ask to meet through traject; the learner gets a mail in their language and accepts (only
// then does the partner see the name and e-mail address) or declines. A partner never sees
// a learner who has not consented to it: a learner who hides the profile is gone at once
// from every partner page and export. Fixed clock: Wednesday 13 January 2027, 10:00 Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, alpha, gamma, pieter, delta, nadia, lina;
let gammaPartner, deltaPartner, programming, browsing, credentialUid;
const person = {};

function cli(args) {
  const r = runTraject([...args, '--db', srv.db], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
}

function grab(page, re, what) {
  const m = re.exec(page.text);
  assert.ok(m, `${what}: not found by ${re} in\n${page.text.slice(0, 3000)}`);
  return m[1];
}

// Accepts the invitation mailed to email and returns a signed-in client.
async function learnerAccount(email, name) {
  const end = Date.now() + 15000;
  let mail;
  while (!(mail = (await mails(srv.mailDir, 0, 0)).find((m) => m.to === email)) && Date.now() < end)
    await new Promise((r) => setTimeout(r, 100));
  assert.ok(mail, `no invitation to ${email}`);
  const c = new Client(srv.base);
  const res = await c.submit(linkIn(mail.body, '/invitations/'), { name, password: 'learning-2027-x', confirm: 'learning-2027-x' });
  assert.equal(res.status, 303);
  return c;
}

// Waits for the first mail to `to` whose subject matches re, after the first `skip` mails.
async function mailTo(to, re, skip = 0) {
  const end = Date.now() + 15000;
  for (;;) {
    const m = (await mails(srv.mailDir, 0, 0)).slice(skip).find((x) => x.to === to && re.test(x.subject));
    if (m || Date.now() > end) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const mailCount = async () => (await mails(srv.mailDir, 0, 0)).length;

async function setLang(client, lang) {
  const page = await client.get('/account');
  const res = await client.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/account' });
  assert.equal(res.status, 303);
}

// Saves the learner's profile (fields: an array of pairs).
async function saveProfile(client, fields) {
  return client.submit('/learning/talent', fields);
}
async function show(client, visibility, partners = []) {
  return client.submit('/learning/talent', [['visibility', visibility], ...partners.map((p) => ['partners', p])], '/learning/talent/visibility');
}
const handleOf = async (client) => grab(await client.get('/learning/talent'), /(TP-[0-9A-Z]{4}-[0-9A-Z]{4})/, 'handle');

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  // two partners' own organisations (3 and 4), with a partner member at Gamma
  for (const name of ['Gamma', 'Delta'])
    cli(['init', '--org', `${name} Partner`, '--org-kind', 'partner', '--admin-email', `admin@${name.toLowerCase()}.test`, '--admin-name', `Admin of ${name}`, '--admin-password-file', '-']);
  cli(['user', 'add', '--org', '3', '--email', 'pieter@gamma.test', '--name', 'Pieter Partner', '--role', 'partner', '--password-file', '-']);
  [alpha, gamma, pieter, delta] = await Promise.all(['admin@alpha.test', 'admin@gamma.test', 'pieter@gamma.test', 'admin@delta.test'].map(async (email) => {
    const c = new Client(srv.base);
    await c.signIn(email);
    return c;
  }));
  for (const [name, org] of [['Gamma', 'Gamma Partner'], ['Delta', 'Delta Partner'], ['Offline Bakery', '']])
    assert.equal((await alpha.submit('/orgs/1/partners', { name, contact_name: `${name} contact`, contact_email: 'contact@partner.test', org_name: org })).status, 303);
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  const cohort = c.location.replace('?saved=1', '');
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Lina Canary', email: 'lina@learner.test' }])
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  const page = await alpha.get(cohort);
  for (const m of page.text.matchAll(/action="(\/orgs\/1\/people\/(\d+)\/invite)"/g))
    assert.equal((await alpha.submit(cohort, { lang: 'en', back: cohort }, m[1])).status, 303);
  nadia = await learnerAccount('nadia@learner.test', 'Nadia Amrani');
  lina = await learnerAccount('lina@learner.test', 'Lina Canary');
  // Nadia's person record: assessed in programming (5) and browsing (3); a credential
  for (const [, name, id] of page.text.matchAll(/<span class="sr"> ([^<]+)<\/span><\/summary>\n<form method="post" action="\/orgs\/1\/people\/(\d+)\/invite"/g))
    person[name.split(' ')[0]] = id;
  assert.ok(person.Nadia && person.Lina, `people: ${JSON.stringify(person)}`);
  const form = await alpha.get(`/orgs/1/people/${person.Nadia}/competences`);
  programming = grab(form, /<option value="(\d+)">[^<]*3\.4 Programming<\/option>/, 'programming');
  browsing = grab(form, /<option value="(\d+)">[^<]*1\.1 Browsing[^<]*<\/option>/, 'browsing');
  for (const [comp, level, on] of [[programming, '4', '2026-12-01'], [programming, '5', '2027-01-10'], [browsing, '3', '2027-01-11']]) {
    const fd = new FormData();
    for (const [k, v] of Object.entries({ csrf_token: csrfFrom(form.text), competence_id: comp, level, assessed_on: on })) fd.set(k, v);
    assert.equal((await alpha.request('POST', `/orgs/1/people/${person.Nadia}/assessments`, { body: fd })).status, 303);
  }
  const ach = await alpha.submit('/orgs/1/achievements/new', { name: 'Web developer badge', description: 'Builds web apps.', criteria: 'Passed the bootcamp.', valid_months: '0' }, '/orgs/1/achievements');
  const achievement = ach.location.split('?')[0];
  assert.equal((await alpha.submit(achievement, { person_id: person.Nadia }, `${achievement}/issue`)).status, 303);
  const issued = await alpha.get('/orgs/1/credentials');
  const credId = grab(issued, /href="\/orgs\/1\/credentials\/(\d+)"/, 'credential');
  credentialUid = grab(await alpha.get(`/orgs/1/credentials/${credId}`), /\/verify\/([\w-]+)/, 'credential uid');
  // Lina has a revoked credential: never shown
  assert.equal((await alpha.submit(achievement, { person_id: person.Lina }, `${achievement}/issue`)).status, 303);
  const linaCred = grab(await alpha.get('/orgs/1/credentials'), /href="\/orgs\/1\/credentials\/(\d+)"/, 'credential');
  assert.notEqual(linaCred, credId);
  await alpha.confirm(await alpha.submit(`/orgs/1/credentials/${linaCred}`, { reason: 'Issued by mistake' }, `/orgs/1/credentials/${linaCred}/revoke`));
});
after(async () => {
  if (srv) await srv.stop();
});

test('by default no partner sees a learner; the learner page explains and offers the choice', async () => {
  const mine = await nadia.get('/learning/talent');
  assert.equal(mine.status, 200);
  assert.match(mine.text, /No partner sees your profile\./);
  assert.match(mine.text, /<option value="none" selected>/);
  assert.match(mine.text, /Gamma Partner \(a partner of Alpha Training\)/);
  assert.match(mine.text, /Delta Partner \(a partner of Alpha Training\)/);
  assert.doesNotMatch(mine.text, /Offline Bakery/); // not in traject: it could see nothing
  gammaPartner = grab(mine, /value="(\d+)"> Gamma Partner \(a partner/, 'Gamma partner');
  deltaPartner = grab(mine, /value="(\d+)"> Delta Partner \(a partner/, 'Delta partner');
  assert.match(mine.text, /3\.4 Programming: Advanced 5/); // the latest level
  assert.match(mine.text, /Web developer badge · Alpha Training/);
  const home = await nadia.get('/learning');
  assert.match(home.text, /href="\/learning\/talent"/);
  const search = await gamma.get('/orgs/3/talent');
  assert.equal(search.status, 200);
  assert.match(search.text, /No learner shows you their profile yet\./);
  // Talent is in the partner's space, marked as the page the reader is on
  assert.match(search.text, /<a href="\/orgs\/3\/talent" aria-current="page">Talent<\/a>/);
});

test('bad input: a clear message beside the field, status 400, nothing saved', async () => {
  const early = await show(nadia, 'all');
  assert.equal(early.status, 400);
  assert.match(early.text, /Save your profile first: it is all that partners will see of you\./);
  const cases = [
    [[['summary', ''], ['contract', 'any']], /About you, in a few lines/],
    [[['summary', 'I build websites.'], ['contract', 'any'], ['hours', '99']], /Hours a week/],
    [[['summary', 'I build websites.'], ['contract', 'any'], ['available_from', '2027-02-30']], /Available from/],
    [[['summary', 'I build websites.'], ['contract', 'forever']], /Contract you look for/],
    [[['summary', 'I build websites.'], ['contract', 'any'], ['competences', '2']], /Choose among the competences you were assessed on\./],
    [[['summary', 'I build websites.'], ['contract', 'any'], ['credentials', '999']], /Choose among your credentials that are neither revoked nor expired\./],
  ];
  for (const [fields, re] of cases) {
    const res = await saveProfile(nadia, fields);
    assert.equal(res.status, 400, fields.join(';'));
    assert.match(res.text, re);
    assert.match(res.text, /aria-invalid="true"/);
  }
  const mine = await nadia.get('/learning/talent');
  assert.doesNotMatch(mine.text, /TP-[0-9A-Z]{4}-/); // no profile was made
  // Lina cannot show Nadia's credential either (a credential of hers only), nor a revoked one
  const lp = await lina.get('/learning/talent');
  assert.doesNotMatch(lp.text, /Web developer badge/);
  // in Dutch
  await setLang(nadia, 'nl');
  const nl = await saveProfile(nadia, [['summary', 'x'], ['contract', 'any'], ['competences', '2']]);
  assert.equal(nl.status, 400);
  assert.match(nl.text, /Kies uit de competenties waarop je beoordeeld bent\./);
  await setLang(nadia, 'en');
});

test('the learner approves a profile and chooses some partners: only those see it', async () => {
  const saved = await saveProfile(nadia, [['summary', 'I build accessible websites and love debugging.'], ['available_from', '2027-03-01'],
    ['hours', '20'], ['contract', 'internship'], ['competences', programming], ['credentials', '1']]);
  assert.equal(saved.status, 303, saved.text.slice(0, 1000));
  const handle = await handleOf(nadia);
  let mine = await nadia.get('/learning/talent');
  assert.match(mine.text, /What partners see/);
  assert.match(mine.text, /Available from Monday 1 March 2027 · 20 hours a week · An internship/);
  assert.match(mine.text, /No partner sees your profile\./); // approved, still hidden
  assert.equal((await gamma.get('/orgs/3/talent')).text.includes(handle), false);

  const none = await show(nadia, 'some');
  assert.equal(none.status, 400);
  assert.match(none.text, /Tick the partners who may see your profile, or choose another option\./);
  const other = await show(nadia, 'some', ['999999']);
  assert.equal(other.status, 400);
  assert.match(other.text, /Choose among the partners of the organisations where you learn\./);
  const ok = await show(nadia, 'some', [gammaPartner]);
  assert.equal(ok.status, 303);
  mine = await nadia.get('/learning/talent');
  assert.match(mine.text, /These partners see your profile now:<\/p>\n<ul>\n<li>Gamma Partner<\/li>/);

  const g = await pieter.get('/orgs/3/talent');
  assert.match(g.text, new RegExp(handle));
  assert.doesNotMatch(g.text, /Nadia|nadia@/);
  const d = await delta.get('/orgs/4/talent');
  assert.doesNotMatch(d.text, new RegExp(handle));
  assert.match(d.text, /No learner shows you their profile yet\./);
  assert.match((await pieter.get('/orgs/3')).text, /href="\/orgs\/3\/talent">1 learner shows you their profile</);
  assert.match((await delta.get('/orgs/4')).text, /href="\/orgs\/4\/talent">0 learners show you their profile</);
});

test('a partner opens a profile it sees: competences, verified credentials, never a name; the learner sees who opened it', async () => {
  const handle = await handleOf(nadia);
  const id = grab(await pieter.get('/orgs/3/talent'), /href="\/orgs\/3\/talent\/(\d+)"/, 'profile');
  const prof = await pieter.get(`/orgs/3/talent/${id}`);
  assert.equal(prof.status, 200);
  assert.match(prof.text, new RegExp(`<h1>${handle}</h1>`));
  assert.match(prof.text, /I build accessible websites/);
  assert.match(prof.text, /3\.4 Programming: Advanced 5/);
  assert.doesNotMatch(prof.text, /1\.1 Browsing/); // not chosen
  assert.match(prof.text, new RegExp(`href="/verify/${credentialUid}"`));
  assert.doesNotMatch(prof.text, /Nadia|Amrani|nadia@learner/);
  // Delta: not visible to it → 404, nothing noted; asking to meet is refused
  const before = await mailCount();
  const dp = await delta.get(`/orgs/4/talent/${id}`);
  assert.equal(dp.status, 404);
  assert.doesNotMatch(dp.text, new RegExp(handle));
  const form = await delta.get('/orgs/4/talent');
  const meet = await delta.post(`/orgs/4/talent/${id}/meet`, { csrf_token: csrfFrom(form.text), message: 'Hello' });
  assert.equal(meet.status, 404);
  // an id that is no profile at all: 404 too
  assert.equal((await pieter.get('/orgs/3/talent/999999')).status, 404);
  const mine = await nadia.get('/learning/talent');
  assert.match(mine.text, /<li>Gamma Partner · 1 time, the last on/);
  assert.doesNotMatch(mine.text, /Delta Partner ·/);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await mailCount(), before, 'no mail for a refused request');
  // a learner is no partner: the partner's routes are closed to them
  assert.equal((await nadia.get('/orgs/3/talent')).status, 404);
});

test('partners search by competence and level, availability and contract, and words (paged, exported)', async () => {
  const handle = await handleOf(nadia);
  const q = (s) => pieter.get(`/orgs/3/talent?${s}`);
  const has = async (s) => (await q(s)).text.includes(handle);
  assert.equal(await has(`competence=${programming}&level=5`), true);
  assert.equal(await has(`competence=${programming}&level=6`), false);
  assert.equal(await has(`competence=${browsing}&level=1`), false); // assessed, not shown
  assert.equal(await has('available_by=2027-03-01'), true);
  assert.equal(await has('available_by=2027-02-28'), false);
  assert.equal(await has('contract=internship'), true);
  assert.equal(await has('contract=permanent'), false);
  assert.equal(await has('q=debugging'), true);
  assert.equal(await has('q=web+developer+badge'), true);
  assert.equal(await has('q=nadia'), false); // never by name
  const level = await q(`competence=${programming}&level=2`);
  assert.match(level.text, /<td>5<\/td>/);
  const bad = await q('available_by=2027-13-01');
  assert.equal(bad.status, 200);
  assert.match(bad.text, /aria-invalid="true"/);
  const csv = await pieter.get(`/orgs/3/talent.csv?competence=${programming}&level=1`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.match(csv.text, new RegExp(`${handle},2027-03-01,20,"An internship",5,1,1,`));
  assert.doesNotMatch(csv.text, /Nadia|nadia@/);
  assert.doesNotMatch((await delta.get('/orgs/4/talent.csv')).text, new RegExp(handle));
});

test('a partner asks to meet; the learner gets a mail in their language; one request waits at a time', async () => {
  const handle = await handleOf(nadia);
  await setLang(nadia, 'fr');
  const id = grab(await pieter.get('/orgs/3/talent'), /href="\/orgs\/3\/talent\/(\d+)"/, 'profile');
  const prof = await pieter.get(`/orgs/3/talent/${id}`);
  const empty = await pieter.post(`/orgs/3/talent/${id}/meet`, { csrf_token: csrfFrom(prof.text), message: '' });
  assert.equal(empty.status, 400);
  assert.match(empty.text, /Your message/);
  const skip = await mailCount();
  const asked = await pieter.post(`/orgs/3/talent/${id}/meet`, { csrf_token: csrfFrom(prof.text), message: 'We look for an intern in our web team.' });
  assert.equal(asked.status, 303);
  const mail = await mailTo('nadia@learner.test', /Gamma Partner/, skip);
  assert.ok(mail, 'a mail to the learner');
  assert.match(mail.subject, /Gamma Partner aimerait vous rencontrer/);
  assert.match(mail.body, /We look for an intern in our web team\./);
  assert.match(mail.body, /\/learning\/talent/);
  assert.match(mail.body, new RegExp(handle));
  const again = await pieter.post(`/orgs/3/talent/${id}/meet`, { csrf_token: csrfFrom(prof.text), message: 'Again' });
  assert.equal(again.status, 409);
  assert.match(again.text, /You already asked to meet this person: wait for their answer\./);
  const page = await pieter.get(`/orgs/3/talent/${id}`);
  assert.match(page.text, /the learner has not answered yet/);
  const reqs = await pieter.get('/orgs/3/talent-requests');
  assert.match(reqs.text, new RegExp(handle));
  assert.match(reqs.text, /Waiting for an answer/);
  assert.doesNotMatch(reqs.text, /Nadia|nadia@/);
  await setLang(nadia, 'en');
  const mine = await nadia.get('/learning/talent');
  assert.match(mine.text, /We look for an intern in our web team\./);
  assert.match(mine.text, /\/learning\/talent\/requests\/\d+\/accept/);
});

// Every page and export of a partner where a learner could appear, as text.
async function partnerView(client, org, id) {
  const out = [];
  for (const path of [`/orgs/${org}/talent`, `/orgs/${org}/talent?q=web`, `/orgs/${org}/talent?competence=${programming}&level=1`,
    `/orgs/${org}/talent?sort=updated&dir=desc`, `/orgs/${org}/talent-requests`, `/orgs/${org}/talent.csv`, `/orgs/${org}/talent/${id}`, `/orgs/${org}`]) {
    const res = await client.get(path);
    out.push({ path, status: res.status, text: res.text });
  }
  return out;
}

test('consent withdrawn: the learner disappears from every partner page and export at once, and comes back when shown again', async () => {
  const handle = await handleOf(nadia);
  const id = grab(await pieter.get('/orgs/3/talent'), /href="\/orgs\/3\/talent\/(\d+)"/, 'profile');
  const seen = await partnerView(pieter, 3, id);
  assert.ok(seen.filter((p) => p.text.includes(handle)).length >= 6, 'visible before');
  // the learner hides the profile in one tap
  const mine = await nadia.get('/learning/talent');
  const opened = grab(mine, /<li>Gamma Partner · (\d+) times?,/, 'times opened');
  assert.match(mine.text, /Hide my profile from every partner now/);
  const hide = await nadia.post('/learning/talent/visibility', { csrf_token: csrfFrom(mine.text), visibility: 'none' });
  assert.equal(hide.status, 303);
  for (const client of [pieter, gamma]) {
    for (const p of await partnerView(client, 3, id)) {
      assert.ok(!p.text.includes(handle), `${p.path} still shows ${handle}`);
      assert.doesNotMatch(p.text, /Nadia|nadia@|I build accessible/, p.path);
      if (p.path.endsWith(`/talent/${id}`)) assert.equal(p.status, 404);
    }
  }
  // nothing is noted as seen, a request is refused, and the waiting one cannot be accepted
  const form = await pieter.get('/orgs/3/talent');
  assert.equal((await pieter.post(`/orgs/3/talent/${id}/meet`, { csrf_token: csrfFrom(form.text), message: 'Still there?' })).status, 404);
  const hidden = await nadia.get('/learning/talent');
  assert.equal(grab(hidden, /<li>Gamma Partner · (\d+) times?,/, 'times opened'), opened);
  const reqId = grab(hidden, /\/learning\/talent\/requests\/(\d+)\/accept/, 'request');
  const accept = await nadia.confirm(await nadia.post(`/learning/talent/requests/${reqId}/accept`, { csrf_token: csrfFrom(hidden.text) }));
  assert.equal(accept.status, 409);
  assert.match(accept.text, /You no longer show your profile to this partner: show it to them again before you accept\./);
  // "some" without Gamma hides it from Gamma too; shown to all, it is back
  assert.equal((await show(nadia, 'some', [deltaPartner])).status, 303);
  assert.equal((await pieter.get(`/orgs/3/talent/${id}`)).status, 404);
  assert.equal((await delta.get(`/orgs/4/talent/${id}`)).status, 200);
  assert.equal((await show(nadia, 'all')).status, 303);
  assert.ok((await partnerView(pieter, 3, id)).filter((p) => p.text.includes(handle)).length >= 6, 'visible again');
  assert.equal((await delta.get(`/orgs/4/talent/${id}`)).status, 200);
});

test('accepting (after a confirmation) reveals name and e-mail to the partner, by mail too; declining does not', async () => {
  const handle = await handleOf(nadia);
  const id = grab(await pieter.get('/orgs/3/talent'), new RegExp(`href="/orgs/3/talent/(\\d+)">${handle}`), 'profile');
  const mine = await nadia.get('/learning/talent');
  const reqId = grab(mine, /\/learning\/talent\/requests\/(\d+)\/accept/, 'request');
  const ask = await nadia.post(`/learning/talent/requests/${reqId}/accept`, { csrf_token: csrfFrom(mine.text) });
  assert.equal(ask.status, 200);
  assert.match(ask.text, /Gamma Partner will see your name \(Nadia Amrani\) and your e-mail address \(nadia@learner\.test\)/);
  assert.doesNotMatch((await pieter.get(`/orgs/3/talent/${id}`)).text, /Nadia/); // not yet
  const skip = await mailCount();
  const done = await nadia.confirm(ask);
  assert.equal(done.status, 303);
  const prof = await pieter.get(`/orgs/3/talent/${id}`);
  assert.match(prof.text, /The learner accepted to meet you/);
  assert.match(prof.text, /Nadia Amrani/);
  assert.match(prof.text, /mailto:nadia@learner\.test/);
  assert.match((await pieter.get('/orgs/3/talent-requests')).text, /Nadia Amrani<br><a href="mailto:nadia@learner\.test">/);
  const mail = await mailTo('pieter@gamma.test', /accepted/, skip);
  assert.ok(mail);
  assert.match(mail.body, /Name: Nadia Amrani\nE-mail address: nadia@learner\.test/);
  const twice = await nadia.post(`/learning/talent/requests/${reqId}/decline`, { csrf_token: csrfFrom(mine.text) });
  assert.equal(twice.status, 409);
  assert.match(twice.text, /You answered this request already\./);
  // withdrawn again: even the accepted request leaves the partner's view
  assert.equal((await show(nadia, 'none')).status, 303);
  for (const p of await partnerView(pieter, 3, id))
    assert.doesNotMatch(p.text, new RegExp(`${handle}|Nadia|nadia@`), p.path);
  assert.equal((await show(nadia, 'all')).status, 303);

  // Lina shows a profile to all; Delta asks, she declines: Delta never learns her name
  assert.equal((await saveProfile(lina, [['summary', 'Data entry and spreadsheets.'], ['contract', 'any']])).status, 303);
  assert.equal((await show(lina, 'all')).status, 303);
  const linaHandle = await handleOf(lina);
  const lid = grab(await delta.get('/orgs/4/talent'), new RegExp(`href="/orgs/4/talent/(\\d+)">${linaHandle}`), 'Lina');
  const dform = await delta.get(`/orgs/4/talent/${lid}`);
  assert.equal((await delta.post(`/orgs/4/talent/${lid}/meet`, { csrf_token: csrfFrom(dform.text), message: 'Join us?' })).status, 303);
  const lp = await lina.get('/learning/talent');
  const lreq = grab(lp, /\/learning\/talent\/requests\/(\d+)\/decline/, 'request');
  const declined = await lina.post(`/learning/talent/requests/${lreq}/decline`, { csrf_token: csrfFrom(lp.text) });
  assert.equal(declined.status, 303);
  const dv = await delta.get(`/orgs/4/talent/${lid}`);
  assert.match(dv.text, /The learner declined your last request\./);
  // a "no" is not worn down: Delta may ask again only 30 days after the answer
  assert.match(dv.text, /You may ask them again from Friday 12 February 2027\./);
  assert.doesNotMatch(dv.text, /action="\/orgs\/4\/talent\/\d+\/meet"/);
  const again = await delta.post(`/orgs/4/talent/${lid}/meet`, { csrf_token: csrfFrom(dform.text), message: 'Sure?' });
  assert.equal(again.status, 409);
  assert.match(again.text, /This learner declined your last request: you may ask again from Friday 12 February 2027\./);
  // and Gamma, whom Nadia accepted, has no reason to ask her again
  const gp = await pieter.get(`/orgs/3/talent/${id}`);
  assert.equal((await pieter.post(`/orgs/3/talent/${id}/meet`, { csrf_token: csrfFrom(gp.text), message: 'Again' })).status, 409);
  assert.doesNotMatch(dv.text, /Lina|lina@/);
  assert.doesNotMatch((await delta.get('/orgs/4/talent-requests')).text, /Lina|lina@/);
  // another learner's request is not Nadia's to answer
  const np = await nadia.get('/learning/talent');
  assert.equal((await nadia.post(`/learning/talent/requests/${lreq}/accept`, { csrf_token: csrfFrom(np.text) })).status, 404);
});

test('an anonymous visitor is sent to sign in and changes nothing', async () => {
  const anon = new Client(srv.base);
  for (const path of ['/learning/talent', '/orgs/3/talent', '/orgs/3/talent.csv', '/orgs/3/talent/1', '/orgs/3/talent-requests']) {
    const res = await anon.get(path);
    assert.equal(res.status, 303, path);
    assert.match(res.location, /\/sign-in/, path);
  }
  const form = await anon.get('/sign-in');
  for (const path of ['/learning/talent/visibility', '/orgs/3/talent/1/meet', '/learning/talent/requests/1/accept']) {
    const res = await anon.post(path, { csrf_token: csrfFrom(form.text), visibility: 'none', message: 'Hi' });
    assert.ok([303, 403].includes(res.status), `${path}: ${res.status}`);
  }
  assert.match((await pieter.get('/orgs/3/talent')).text, new RegExp(await handleOf(nadia)));
});
