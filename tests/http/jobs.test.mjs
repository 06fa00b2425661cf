// Internships and jobs, placements and follow-ups: partners offer internships and jobs from
// their own organisation (or staff record them on their behalf); staff propose learners and
// learners apply from /learning; a partner sees a candidate only once the learner agreed
// (applying is agreeing), never another partner's offers or candidates; the partner moves
// candidates through the stages and a hired one gets a placement; staff record placements
// (never one that ends before it starts); a programme's "placed" figure equals the learners
// listed behind it; 3, 6 and 12 months after the cohort ends each former learner gets one
// mail in their language with a personal link, the answer is recorded and staff see who has
// not answered. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, invitedClient, PASSWORD } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
// the cohort runs from 4 January to 31 March 2027
const AT = {
  3: Date.UTC(2027, 5, 30, 9, 0) / 1000, // 30 June 2027: three months after the end
  6: Date.UTC(2027, 8, 30, 9, 0) / 1000,
  12: Date.UTC(2028, 2, 31, 9, 0) / 1000,
};
let srv, alpha, gamma, pieter, delta, nadia, lina;
let programme, cohort, gammaPartner, deltaPartner, gammaOffer, deltaOffer;
const pid = {};

function cli(args) {
  const r = runTraject([...args, '--db', srv.db], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
}

function offerFields({ partner, title, contract = 'internship', places = '2', closes_on = '2027-02-28', competences = [] }) {
  const f = [['title', title], ['description', `Join us as ${title}.`], ['contract', contract], ['places', places], ['closes_on', closes_on], ['workplace', 'Brussels']];
  if (partner) f.push(['partner_id', String(partner)]);
  for (const c of competences) f.push(['competences', String(c)]);
  return f;
}

// Restarts the server at the time t (seconds); the scheduler runs once at start.
async function restartAt(t) {
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(t) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
}

function followupMails(all, months) {
  return all.filter((m) => new RegExp(`/followup/`).test(m.body) && new RegExp(`\\b${months}\\b`).test(m.body));
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  for (const [org, email] of [['Gamma Partner', 'admin@gamma.test'], ['Delta Partner', 'admin@delta.test']]) {
    cli(['init', '--org', org, '--org-kind', 'partner', '--admin-email', email, '--admin-name', `Admin of ${org}`, '--admin-password-file', '-']);
  }
  cli(['user', 'add', '--org', '3', '--email', 'pieter@gamma.test', '--name', 'Pieter Partner', '--role', 'partner', '--password-file', '-']);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  gamma = new Client(srv.base);
  await gamma.signIn('admin@gamma.test');
  pieter = new Client(srv.base);
  await pieter.signIn('pieter@gamma.test');
  delta = new Client(srv.base);
  await delta.signIn('admin@delta.test');
  for (const [name, org] of [['Gamma', 'Gamma Partner'], ['Delta', 'Delta Partner']]) {
    const res = await alpha.submit('/orgs/1/partners', { name, contact_name: `${name} contact`, contact_email: 'contact@partner.test', org_name: org });
    assert.equal(res.status, 303);
  }
  const form = await alpha.get('/orgs/1/offers/new');
  gammaPartner = /<option value="(\d+)">Gamma<\/option>/.exec(form.text)[1];
  deltaPartner = /<option value="(\d+)">Delta<\/option>/.exec(form.text)[1];
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['title_nl', 'Webontwikkelaar'], ['title_fr', 'Développeur web'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en'], ['target_placed', '3']], '/orgs/1/programmes');
  programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-03-31'], ['capacity', '12']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }, { name: 'Lina Canary', email: 'lina@learner.test' }]) {
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  }
  const page = await alpha.get(cohort);
  for (const m of page.text.matchAll(/action="(\/orgs\/1\/people\/(\d+)\/invite)"/g)) {
    assert.equal((await alpha.submit(cohort, { lang: 'en', back: cohort }, m[1])).status, 303);
  }
  await mails(srv.mailDir, 2);
  nadia = await invitedClient(srv, 'nadia@learner.test', 'Nadia A.');
  lina = await invitedClient(srv, 'lina@learner.test', 'Lina C.');
  const learners = await alpha.get('/orgs/1/placements');
  for (const m of learners.text.matchAll(/<option value="(\d+)">([^<]+)<\/option>/g)) pid[m[2]] = m[1];
  assert.ok(pid['Nadia Amrani'] && pid['Omar Haddad'] && pid['Lina Canary']);
});
after(async () => {
  if (srv) await srv.stop();
});

test("a partner's member posts an offer from its own organisation; bad input saves nothing", async () => {
  const home = await pieter.get('/orgs/3');
  assert.match(home.text, /href="\/orgs\/3\/partner-offers">/);
  const list = await pieter.get('/orgs/3/partner-offers');
  assert.match(list.text, new RegExp(`href="/orgs/3/partner-offers/new\\?partner=${gammaPartner}">Offer an internship or a job at Alpha Training<`));
  const form = await pieter.get(`/orgs/3/partner-offers/new?partner=${gammaPartner}`);
  assert.equal(form.status, 200);
  assert.match(form.text, /<h1>Offer an internship or a job at Alpha Training<\/h1>/);
  const programming = /<input type="checkbox" name="competences" value="(\d+)"> DigComp 2\.2 · 3\.4 Programming</.exec(form.text)[1];
  const token = csrfFrom(form.text);
  const post = (fields) => pieter.post('/orgs/3/partner-offers', [['csrf_token', token], ...fields]);
  const nopartner = await post(offerFields({ title: 'IoT intern' }));
  assert.equal(nopartner.status, 400);
  assert.match(nopartner.text, /An offer comes from a partner: choose the partner that makes it\./);
  const notours = await post(offerFields({ partner: deltaPartner, title: 'IoT intern' }));
  assert.equal(notours.status, 400);
  assert.match(notours.text, /An offer comes from a partner/);
  const contract = await post(offerFields({ partner: gammaPartner, title: 'IoT intern', contract: 'forever' }));
  assert.equal(contract.status, 400);
  assert.match(contract.text, /Choose one of the options for Contract\./);
  const past = await post(offerFields({ partner: gammaPartner, title: 'IoT intern', closes_on: '2027-01-12' }));
  assert.equal(past.status, 400);
  assert.match(past.text, /The closing date cannot be in the past\./);
  const places = await post(offerFields({ partner: gammaPartner, title: 'IoT intern', places: '0' }));
  assert.equal(places.status, 400);
  const badcomp = await post(offerFields({ partner: gammaPartner, title: 'IoT intern', competences: [999999] }));
  assert.equal(badcomp.status, 400);
  await pieter.setLanguage('nl');
  const nl = await post(offerFields({ partner: gammaPartner, title: 'IoT stage', closes_on: '2026-12-01' }));
  await pieter.setLanguage('en');
  assert.equal(nl.status, 400);
  assert.match(nl.text, /De sluitingsdatum mag niet in het verleden liggen\./);
  assert.doesNotMatch((await alpha.get('/orgs/1/offers')).text, /IoT intern|IoT stage/, 'nothing saved');

  const ok = await post(offerFields({ partner: gammaPartner, title: 'IoT intern', competences: [programming] }));
  assert.equal(ok.status, 303, ok.text.slice(0, 800));
  gammaOffer = /\/orgs\/3\/partner-offers\/(\d+)\?saved=1/.exec(ok.location)[1];
  const page = await pieter.get(`/orgs/3/partner-offers/${gammaOffer}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>IoT intern<\/h1>/);
  assert.match(page.text, /<dd>Internship<\/dd>/);
  assert.match(page.text, /<li>3\.4 Programming<\/li>/);
  assert.match(page.text, /No candidate has agreed to be seen yet\./);
});

test('staff record an offer for a partner and see every offer a page at a time; a partner only its own', async () => {
  const none = await alpha.submit('/orgs/1/offers/new', offerFields({ title: 'Delta canary job' }), '/orgs/1/offers');
  assert.equal(none.status, 400);
  const res = await alpha.submit('/orgs/1/offers/new', offerFields({ partner: deltaPartner, title: 'Delta canary job', contract: 'permanent' }), '/orgs/1/offers');
  assert.equal(res.status, 303, res.text.slice(0, 800));
  deltaOffer = /\/orgs\/1\/offers\/(\d+)/.exec(res.location)[1];
  const token = csrfFrom((await alpha.get('/orgs/1/offers/new')).text);
  for (let i = 0; i < 50; i++) {
    const r = await alpha.post('/orgs/1/offers', [['csrf_token', token], ...offerFields({ partner: deltaPartner, title: `Filler ${String(i).padStart(2, '0')}` })]);
    assert.equal(r.status, 303);
  }
  const list = await alpha.get('/orgs/1/offers');
  assert.match(list.text, /Showing 1–50 of 52/);
  const next = /href="([^"]*)" rel="next"/.exec(list.text);
  assert.ok(next, 'a Next link');
  assert.match((await alpha.get(next[1].replace(/&amp;/g, '&'))).text, /Showing 51–52 of 52/);
  assert.match((await alpha.get('/orgs/1/offers?q=iot')).text, /IoT intern/);
  // each partner sees its own offers, never another's
  const mine = await pieter.get('/orgs/3/partner-offers');
  assert.match(mine.text, /IoT intern/);
  assert.doesNotMatch(mine.text, /Filler|Delta canary/);
  const theirs = await delta.get('/orgs/4/partner-offers');
  assert.match(theirs.text, /Delta canary job/);
  assert.doesNotMatch(theirs.text, /IoT intern/);
  assert.equal((await delta.get(`/orgs/4/partner-offers/${gammaOffer}`)).status, 404);
  assert.equal((await pieter.get(`/orgs/3/partner-offers/${deltaOffer}`)).status, 404);
  assert.equal((await pieter.get(`/orgs/4/partner-offers/${deltaOffer}`)).status, 404);
});

test('staff propose learners; the partner sees only those who agreed, and learners who applied', async () => {
  const path = `/orgs/1/offers/${gammaOffer}`;
  const bad = await alpha.submit(path, { person_id: '999999' }, `${path}/propose`);
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Choose one of the options for Learner\./);
  for (const who of ['Nadia Amrani', 'Omar Haddad'])
    assert.equal((await alpha.submit(path, { person_id: pid[who] }, `${path}/propose`)).status, 303);
  const again = await alpha.submit(path, { person_id: pid['Nadia Amrani'] }, `${path}/propose`);
  assert.equal(again.status, 409);
  assert.match(again.text, /This learner is already a candidate for this offer\./);
  // the learner is told by mail; Omar has no address
  let told;
  for (let i = 0; i < 50 && !told; i++) {
    told = (await mails(srv.mailDir, 1)).find((m) => m.to === 'nadia@learner.test' && /proposed/.test(m.subject));
    if (!told) await new Promise((res) => setTimeout(res, 100));
  }
  assert.ok(told, 'a mail to Nadia');
  assert.equal(told.subject, 'You are proposed for IoT intern');
  assert.match(told.body, /Alpha Training proposes you for "IoT intern" at Gamma\. Gamma sees your name only once you agree\./);
  assert.match(told.body, /\/learning\/jobs\n/);
  const staff = await alpha.get(path);
  assert.match(staff.text, /Nadia Amrani<\/strong> · Proposed by staff · Proposed · <em>waiting for the learner&#39;s agreement<\/em>/);
  // the partner sees neither yet
  const before = await pieter.get(`/orgs/3/partner-offers/${gammaOffer}`);
  assert.doesNotMatch(before.text, /Nadia|Omar/);

  // Lina applies from her space: seen at once
  const space = await lina.get('/learning');
  assert.match(space.text, /href="\/learning\/jobs"/);
  const jobs = await lina.get('/learning/jobs');
  assert.match(jobs.text, new RegExp(`href="/learning/jobs/${gammaOffer}">IoT intern</a>`));
  assert.match(jobs.text, /Delta canary job/);
  const offer = await lina.get(`/learning/jobs/${gammaOffer}`);
  assert.equal(offer.status, 200);
  const applied = await lina.submit(`/learning/jobs/${gammaOffer}`, { motivation: 'I love sensors.' }, `/learning/jobs/${gammaOffer}/apply`);
  assert.equal(applied.status, 303);
  const twice = await lina.submit(`/learning/jobs/${gammaOffer}`, { motivation: 'Again' }, `/learning/jobs/${gammaOffer}/apply`);
  assert.equal(twice.status, 409);
  assert.match(twice.text, /You are already a candidate for this offer/);
  // an offer of an organisation one does not learn at, or unknown: 404
  assert.equal((await new Client(srv.base).get('/learning/jobs')).status, 303);
  assert.equal((await lina.get('/learning/jobs/999999')).status, 404);

  // Nadia sees the proposal and agrees, after a confirmation
  const n = await nadia.get('/learning');
  assert.match(n.text, /1 proposal waits for your agreement\./);
  const np = await nadia.get('/learning/jobs');
  const action = new RegExp(`action="(/learning/candidacies/(\\d+)/agree)"`).exec(np.text);
  assert.ok(action, 'an agree button');
  assert.equal((await lina.post(action[1], { csrf_token: csrfFrom((await lina.get('/learning/jobs')).text) })).status, 404, "not Lina's to agree to");
  const ask = await nadia.post(action[1], { csrf_token: csrfFrom(np.text) });
  assert.match(ask.text, /<h1>Agree to be proposed\?<\/h1>/);
  assert.doesNotMatch((await pieter.get(`/orgs/3/partner-offers/${gammaOffer}`)).text, /Nadia/);
  assert.equal((await nadia.confirm(ask)).status, 303);

  const seen = await pieter.get(`/orgs/3/partner-offers/${gammaOffer}`);
  assert.match(seen.text, /<strong>Lina Canary<\/strong> · Applied · Proposed/);
  assert.match(seen.text, /I love sensors\./);
  assert.match(seen.text, /<strong>Nadia Amrani<\/strong>/);
  assert.doesNotMatch(seen.text, /Omar/, 'Omar has not agreed');
  assert.match(seen.text, /Showing 1–2 of 2/);
  // the candidates are a list a page at a time, with a search by name
  const all = await alpha.get(`/orgs/1/offers/${gammaOffer}`);
  assert.match(all.text, /Showing 1–3 of 3/);
  const found = await alpha.get(`/orgs/1/offers/${gammaOffer}?q=nadia`);
  assert.match(found.text, /<strong>Nadia Amrani<\/strong>/);
  assert.doesNotMatch(found.text, /<strong>(Lina|Omar)/);
  assert.doesNotMatch((await pieter.get(`/orgs/3/partner-offers/${gammaOffer}?q=omar`)).text, /<strong>Omar/);
  assert.match((await pieter.get('/orgs/3/partner-offers')).text, /<td>2<\/td><\/tr>/);
  // Delta sees none of them anywhere
  for (const p of ['/orgs/4/partner-offers', `/orgs/4/partner-offers/${deltaOffer}`])
    assert.doesNotMatch((await delta.get(p)).text, /Lina|Nadia|Omar|IoT intern/);
});

test('the partner moves candidates forward through the stages; hired records a placement', async () => {
  const page = await pieter.get(`/orgs/3/partner-offers/${gammaOffer}`);
  const token = csrfFrom(page.text);
  const lc = /action="\/orgs\/3\/partner-candidates\/(\d+)\/stage"[\s\S]*?Next stage for Lina Canary/.exec(page.text)[1];
  const staff = await alpha.get(`/orgs/1/offers/${gammaOffer}`);
  const names = [...staff.text.matchAll(/<li><strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
  assert.deepEqual(names, ['Lina Canary', 'Nadia Amrani', 'Omar Haddad']);
  assert.equal((staff.text.match(/action="\/orgs\/1\/candidates\/\d+\/stage"/g) || []).length, 2, 'no stage form for Omar, who has not agreed');
  const stage = (c, s) => pieter.post(`/orgs/3/partner-candidates/${c}/stage`, { csrf_token: token, stage: s });
  assert.equal((await stage(lc, 'interview')).status, 303);
  const back = await stage(lc, 'proposed');
  assert.equal(back.status, 400);
  assert.match(back.text, /A candidate at the stage &quot;Interview&quot; cannot move to &quot;Proposed&quot;\./);
  const unknown = await stage(lc, 'promoted');
  assert.equal(unknown.status, 400);
  // Delta cannot move Gamma's candidate
  const dtoken = csrfFrom((await delta.get('/orgs/4/partner-offers')).text);
  assert.equal((await delta.post(`/orgs/4/partner-candidates/${lc}/stage`, { csrf_token: dtoken, stage: 'hired' })).status, 404);
  // Lina sees where she stands
  assert.match((await lina.get('/learning/jobs')).text, /<td>IoT intern<\/td><td>Gamma<\/td><td>Interview<\/td>/);
  // hiring cannot be undone: a confirmation first
  const ask = await stage(lc, 'hired');
  assert.equal(ask.status, 200);
  assert.match(ask.text, /<h1>Move Lina Canary to &quot;Hired&quot;\?<\/h1>/);
  assert.match((await lina.get('/learning/jobs')).text, /<td>Interview<\/td>/);
  assert.equal((await pieter.confirm(ask)).status, 303);
  assert.match((await lina.get('/learning/jobs')).text, /<td>IoT intern<\/td><td>Gamma<\/td><td>Hired<\/td>/);
  const final = await stage(lc, 'not_retained');
  assert.equal(final.status, 400);
  assert.match(final.text, /A candidate at the stage &quot;Hired&quot; cannot move to &quot;Not retained&quot;\./);
  const placements = await alpha.get('/orgs/1/placements');
  assert.match(placements.text, /<tr><td>Lina Canary<\/td><td>An internship<\/td><td>Gamma<\/td><td>2027-01-13<\/td><td>–<\/td><td>Internship<\/td>/);
  // staff move a candidate on the partner's behalf
  const nc = /action="\/orgs\/1\/candidates\/(\d+)\/stage"/.exec((await alpha.get(`/orgs/1/offers/${gammaOffer}`)).text)[1];
  const nr = await alpha.confirm(await alpha.post(`/orgs/1/candidates/${nc}/stage`, { csrf_token: csrfFrom(staff.text), stage: 'not_retained' }));
  assert.equal(nr.status, 303);
  assert.match((await nadia.get('/learning/jobs')).text, /<td>Not retained<\/td>/);
});

test("the partner's page counts the interns taken and the hires, for staff and for the partner", async () => {
  const staff = await alpha.get(`/orgs/1/partners/${gammaPartner}`);
  assert.equal(staff.status, 200);
  assert.match(staff.text, /<h2 id="h-jobs">Interns taken and hires<\/h2>\n<p>1 intern taken · 0 hires<\/p>/);
  assert.match(staff.text, new RegExp(`<a href="/orgs/1/offers/${gammaOffer}">IoT intern</a>`));
  assert.doesNotMatch(staff.text, /Delta canary/);
  const own = await pieter.get(`/orgs/3/partner-of/${gammaPartner}`);
  assert.equal(own.status, 200);
  assert.match(own.text, new RegExp(`<a href="/orgs/3/partner-offers/${gammaOffer}">IoT intern</a>`));
  assert.match(own.text, /1 intern taken · 0 hires/);
  assert.match(own.text, /href="\/orgs\/3\/partner-offers"[^>]*>Our internships and jobs</);
  assert.doesNotMatch(own.text, /Delta canary|Lina|Nadia|Omar/);
  const d = await alpha.get(`/orgs/1/partners/${deltaPartner}`);
  assert.match(d.text, /Delta canary job/);
  assert.doesNotMatch(d.text, /IoT intern/);
  assert.equal((await delta.get(`/orgs/4/partner-of/${gammaPartner}`)).status, 404);
});

test('staff record placements; one that ends before it starts is refused; placed counts within six months', async () => {
  const post = (f) => alpha.submit('/orgs/1/placements', f);
  const base = { person_id: pid['Omar Haddad'], kind: 'job', employer: 'Omar Fix-it', starts_on: '2027-05-01', ends_on: '', contract: 'permanent', hours: '38' };
  const before = await post({ ...base, ends_on: '2027-04-30' });
  assert.equal(before.status, 400);
  assert.match(before.text, /A placement cannot end before it starts\./);
  const kind = await post({ ...base, kind: 'holiday' });
  assert.equal(kind.status, 400);
  const stranger = await post({ ...base, person_id: '999999' });
  assert.equal(stranger.status, 400);
  const date = await post({ ...base, starts_on: '2027-02-30' });
  assert.equal(date.status, 400);
  await alpha.setLanguage('fr');
  const fr = await post({ ...base, ends_on: '2027-01-01' });
  await alpha.setLanguage('en');
  assert.match(fr.text, /Un placement ne peut pas se terminer avant de commencer\./);
  assert.doesNotMatch((await alpha.get('/orgs/1/placements')).text, /Omar Fix-it/, 'nothing saved');
  assert.equal((await post(base)).status, 303);
  // Nadia's own start-up begins more than six months after the end: not placed
  assert.equal((await post({ ...base, person_id: pid['Nadia Amrani'], kind: 'own_business', employer: 'Nadia Apps', starts_on: '2027-10-01', contract: '', hours: '' })).status, 303);
  const list = await alpha.get('/orgs/1/placements');
  assert.match(list.text, /Showing 1–3 of 3/);
  assert.match(list.text, /<td>Omar Haddad<\/td><td>A job<\/td><td>Omar Fix-it<\/td><td>2027-05-01<\/td><td>–<\/td><td>Permanent contract<\/td><td>38<\/td>/);
  // the figure on the programme's dashboard equals the learners listed behind it
  const dash = await alpha.get(programme);
  const figure = new RegExp(`<th scope="row">Placed in a job or internship</th><td>3</td><td><a href="(${programme}/placed)">([^<]+)</a>`).exec(dash.text);
  assert.ok(figure, dash.text.slice(dash.text.indexOf('Placed in a job'), dash.text.indexOf('Placed in a job') + 300));
  assert.equal(figure[2], '2 of 3 (66%)');
  const placed = await alpha.get(figure[1]);
  assert.equal(placed.status, 200);
  const names = [...placed.text.matchAll(/<tr><td>([^<]+)<\/td><td>Winter group<\/td>/g)].map((m) => m[1]);
  assert.deepEqual(names, ['Lina Canary', 'Omar Haddad']);
  assert.match(placed.text, /2 learners placed\./);
});

test('follow-ups at 3, 6 and 12 months, once each, in the learner\'s language; the answer is recorded', async () => {
  await nadia.setLanguage('nl');
  await lina.setLanguage('fr');
  const count0 = (await mails(srv.mailDir, 1)).length;
  // nothing is due before three months
  await restartAt(AT[3] - 86400);
  assert.doesNotMatch((await alpha.get('/orgs/1/followups')).text, /Nadia|Lina/);
  await restartAt(AT[3]);
  let all = await mails(srv.mailDir, count0 + 2);
  const three = all.slice(count0);
  assert.equal(three.length, 2, three.map((m) => m.to).join());
  const nl = three.find((m) => m.to === 'nadia@learner.test');
  const fr = three.find((m) => m.to === 'lina@learner.test');
  assert.equal(nl.subject, 'Hoe gaat het met je sinds Webontwikkelaar?');
  assert.equal(fr.subject, 'Comment allez-vous depuis Développeur web ?');
  assert.match(nl.body, /3 maanden geleden/);
  assert.match(fr.body, /Il y a 3 mois/);
  // sent once: another start at the same time sends nothing
  await restartAt(AT[3] + 3600);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await mails(srv.mailDir, 1)).length, count0 + 2);
  const staff = await alpha.get('/orgs/1/followups');
  assert.match(staff.text, /Showing 1–2 of 2/);
  assert.equal((staff.text.match(/<strong>Not answered<\/strong>/g) || []).length, 2);

  // Lina answers through her link, without signing in; bad input first
  const link = linkIn(fr.body, '/followup/').replace(/^https?:\/\/[^/]+/, '');
  const anon = new Client(srv.base, { lang: 'fr' });
  const form = await anon.get(link);
  assert.equal(form.status, 200);
  const missing = await anon.post(link, { csrf_token: csrfFrom(form.text), still_there: 'yes', situation: '', may_count: 'yes' });
  assert.equal(missing.status, 400);
  const wrong = await anon.post(link, { csrf_token: csrfFrom(form.text), still_there: 'yes', situation: 'astronaut', may_count: 'yes' });
  assert.equal(wrong.status, 400);
  assert.equal((await anon.get('/followup/not-a-token')).status, 404);
  assert.match((await alpha.get('/orgs/1/followups')).text, /<strong>Not answered<\/strong>[\s\S]*<strong>Not answered<\/strong>/);
  const ok = await anon.post(link, { csrf_token: csrfFrom(form.text), still_there: 'yes', situation: 'internship', may_count: 'yes' });
  assert.equal(ok.status, 303);
  const answered = await alpha.get('/orgs/1/followups');
  assert.match(answered.text, /<td>Lina Canary<\/td><td>Winter group<\/td><td>3 months<\/td><td>[^<]+<\/td><td>Still there · I am doing an internship · may be counted<\/td>/);
  const open = await alpha.get('/orgs/1/followups?show=unanswered');
  assert.match(open.text, /Nadia Amrani/);
  assert.doesNotMatch(open.text, /Lina Canary/);

  // six and twelve months: one more mail each
  await restartAt(AT[6]);
  all = await mails(srv.mailDir, count0 + 4);
  assert.equal(all.length, count0 + 4);
  assert.equal(followupMails(all.slice(count0 + 2), 6).length, 2);
  assert.match(all.slice(count0 + 2).find((m) => m.to === 'nadia@learner.test').body, /6 maanden geleden/);
  await restartAt(AT[12]);
  all = await mails(srv.mailDir, count0 + 6);
  assert.equal(all.length, count0 + 6);
  assert.match(all.slice(count0 + 4).find((m) => m.to === 'lina@learner.test').body, /Il y a 12 mois/);
  assert.match((await alpha.get('/orgs/1/followups')).text, /Showing 1–6 of 6/);
});
