// Real cases from partners: a training organisation records its partners; a partner's own
// organisation (or staff on its behalf) submits a case with a brief, competences,
// deliverables, milestones and a contact; staff accept it into a cohort, form teams of the
// cohort's learners and give the case to a team; the team hands in deliverables (links or
// files) and marks milestones done from /learning; the partner sees the teams working on
// its cases, comments on and rates the hand-ins, and nothing else of the organisation (a
// crawl of every page it reaches). Bad input changes nothing and is answered in the
// reader's language. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
let srv, alpha, gamma, pieter, delta, nadia, lina;
let programme, cohort, cohortId, gammaPartner, deltaPartner, gammaCase, deltaCase, team, teamB;
const pid = {};

function cli(args) {
  const r = runTraject([...args, '--db', srv.db], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
}

// Accepts the invitation mailed to email and returns a signed-in client.
async function learnerAccount(email, name) {
  const all = await mails(srv.mailDir, 1);
  const mail = all.reverse().find((m) => m.to === email);
  const c = new Client(srv.base);
  const res = await c.submit(linkIn(mail.body, '/invitations/'), { name, password: 'learning-2027-x', confirm: 'learning-2027-x' });
  assert.equal(res.status, 303);
  return c;
}

// The case form's fields: rows of deliverables and milestones as repeated names.
function caseFields({ partner, title, deliverables = ['Prototype', 'Report'], milestones = [['Kick-off', '2027-02-01'], ['Demo', '2027-03-15']], competences = [] }) {
  const f = [['title', title], ['brief', `Build ${title} with us.`], ['contact_name', 'Greta Contact'], ['contact_email', 'greta@gamma.test']];
  if (partner) f.push(['partner_id', String(partner)]);
  for (const c of competences) f.push(['competences', String(c)]);
  deliverables.forEach((d, i) => f.push([`deliverable_${i + 1}`, d]));
  milestones.forEach(([m, d], i) => f.push([`milestone_${i + 1}`, m], [`due_on_${i + 1}`, d]));
  return f;
}

async function handIn(client, teamId, fields, file) {
  const page = await client.get(`/learning/teams/${teamId}`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.status === 200 ? page.text : (await client.get('/learning')).text));
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.set('file', new Blob([file.bytes]), file.name);
  return client.request('POST', `/learning/teams/${teamId}/handins`, { body: fd });
}

// Sets the language of the client's account (the account's choice comes first).
async function setLang(client, lang) {
  const page = await client.get('/account');
  const res = await client.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/account' });
  assert.equal(res.status, 303);
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
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  cohortId = cohort.split('/').pop();
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }, { name: 'Samir Bravo' }, { name: 'Lina Canary', email: 'lina.canary@learner.test' }]) {
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  }
  const page = await alpha.get(cohort);
  for (const m of page.text.matchAll(/action="(\/orgs\/1\/people\/(\d+)\/invite)"/g)) {
    assert.equal((await alpha.submit(cohort, { lang: 'en', back: cohort }, m[1])).status, 303);
  }
  // an application to another programme: intake that a partner must never see
  const open = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Open course'], ['kind', 'workshops'], ['status', 'open'], ['langs', 'en']], '/orgs/1/programmes');
  const openId = open.location.replace('?saved=1', '').split('/').pop();
  const applied = await new Client(srv.base).submit(`/programmes/${openId}/apply`, { name: 'Ada Applicant', email: 'ada@applicant.test', phone: '', birth_date: '2001-01-01', municipality: 'Ixelles' });
  assert.equal(applied.status, 303, applied.text.slice(0, 500));
  assert.match((await alpha.get('/orgs/1/applications')).text, /Ada Applicant/);
  await mails(srv.mailDir, 3);
  nadia = await learnerAccount('nadia@learner.test', 'Nadia A.');
  lina = await learnerAccount('lina.canary@learner.test', 'Lina C.');
});
after(async () => {
  if (srv) await srv.stop();
});

test('staff record partners; a partner in traject is named exactly, and only once', async () => {
  const bad = await alpha.submit('/orgs/1/partners', { name: 'Gamma', contact_name: 'Greta', contact_email: 'greta@gamma.test', org_name: 'Gamma Partners Ltd' });
  assert.equal(bad.status, 400);
  assert.match(bad.text, /No organisation in traject has that name/);
  const own = await alpha.submit('/orgs/1/partners', { name: 'Us', contact_name: 'A', contact_email: 'a@alpha.test', org_name: 'Alpha Training' });
  assert.equal(own.status, 400);
  assert.match(own.text, /An organisation cannot be its own partner\./);
  for (const [name, org] of [['Gamma', 'Gamma Partner'], ['Delta', 'Delta Partner'], ['Offline Bakery', '']]) {
    const res = await alpha.submit('/orgs/1/partners', { name, contact_name: `${name} contact`, contact_email: 'contact@partner.test', org_name: org });
    assert.equal(res.status, 303, res.text.slice(0, 500));
  }
  const again = await alpha.submit('/orgs/1/partners', { name: 'Gamma again', contact_name: 'G', contact_email: 'g@gamma.test', org_name: 'Gamma Partner' });
  assert.equal(again.status, 409);
  assert.match(again.text, /already one of your partners/);
  const list = await alpha.get('/orgs/1/partners');
  assert.equal((list.text.match(/<tr><td>/g) || []).length, 3);
  assert.doesNotMatch(list.text, /Gamma again|<td>Us<\/td>/);
  const form = await alpha.get('/orgs/1/cases/new');
  gammaPartner = /<option value="(\d+)">Gamma<\/option>/.exec(form.text)[1];
  deltaPartner = /<option value="(\d+)">Delta<\/option>/.exec(form.text)[1];
});

test("a partner's member submits a case from its own organisation; bad input saves nothing", async () => {
  const home = await pieter.get('/orgs/3');
  assert.equal(home.status, 200);
  assert.match(home.text, new RegExp(`href="/orgs/3/partner-cases/new\\?partner=${gammaPartner}">Submit a case to Alpha Training<`));
  const form = await pieter.get(`/orgs/3/partner-cases/new?partner=${gammaPartner}`);
  assert.equal(form.status, 200);
  assert.match(form.text, /<h1>Submit a case to Alpha Training<\/h1>/);
  const programming = /<input type="checkbox" name="competences" value="(\d+)"> DigComp 2\.2 · 3\.4 Programming</.exec(form.text)[1];
  // another organisation's partner record is no partner of Gamma's: the form offers nothing
  const other = await pieter.get(`/orgs/3/partner-cases/new?partner=${deltaPartner}`);
  assert.doesNotMatch(other.text, /Submit a case to Alpha Training<\/h1>|name="competences"/);

  const token = csrfFrom(form.text);
  const post = (fields) => pieter.post('/orgs/3/partner-cases', [['csrf_token', token], ...fields]);
  const nopartner = await post(caseFields({ title: 'Smart parking' }));
  assert.equal(nopartner.status, 400);
  assert.match(nopartner.text, /A case comes from a partner: choose the partner that submits it\./);
  const notours = await post(caseFields({ partner: deltaPartner, title: 'Smart parking' }));
  assert.equal(notours.status, 400);
  assert.match(notours.text, /A case comes from a partner/);
  const order = await post(caseFields({ partner: gammaPartner, title: 'Smart parking', milestones: [['Demo', '2027-03-15'], ['Kick-off', '2027-02-01']] }));
  assert.equal(order.status, 400);
  assert.match(order.text, /The milestones must be in the order of their dates: milestone 2 comes before milestone 1\./);
  const nodate = await post(caseFields({ partner: gammaPartner, title: 'Smart parking', milestones: [['Kick-off', '']] }));
  assert.match(nodate.text, /Milestone 1 needs a title and a date/);
  const nodeliv = await post(caseFields({ partner: gammaPartner, title: 'Smart parking', deliverables: ['', ' '] }));
  assert.match(nodeliv.text, /Give at least one deliverable\./);
  const badcomp = await post(caseFields({ partner: gammaPartner, title: 'Smart parking', competences: [999999] }));
  assert.equal(badcomp.status, 400);
  // in the reader's language
  await setLang(pieter, 'nl');
  const nlres = await post(caseFields({ title: 'Parkeren' }));
  await setLang(pieter, 'en');
  assert.equal(nlres.status, 400);
  assert.match(nlres.text, /Een case komt van een partner/);
  assert.doesNotMatch((await alpha.get('/orgs/1/cases')).text, /Smart parking|Parkeren/, 'nothing saved');

  const ok = await post(caseFields({ partner: gammaPartner, title: 'Smart parking', competences: [programming] }));
  assert.equal(ok.status, 303, ok.text.slice(0, 800));
  gammaCase = /\/orgs\/3\/partner-cases\/(\d+)\?saved=1/.exec(ok.location)[1];
  const page = await pieter.get(`/orgs/3/partner-cases/${gammaCase}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Smart parking<\/h1>/);
  assert.match(page.text, /<li>3\.4 Programming<\/li>/);
  assert.match(page.text, /<li>Kick-off · Monday 1 February 2027<\/li>/);
  assert.match(page.text, /No team works on it yet\./);
});

test('staff submit a case on a partner\'s behalf, and see every case a page at a time', async () => {
  const nopartner = await alpha.submit('/orgs/1/cases/new', caseFields({ title: 'Bakery shop' }), '/orgs/1/cases');
  assert.equal(nopartner.status, 400);
  assert.match(nopartner.text, /A case comes from a partner: choose the partner that submits it\./);
  const res = await alpha.submit('/orgs/1/cases/new', caseFields({ partner: deltaPartner, title: 'Delta canary case', milestones: [['Start', '2027-02-01']] }), '/orgs/1/cases');
  assert.equal(res.status, 303);
  deltaCase = /\/orgs\/1\/cases\/(\d+)/.exec(res.location)[1];
  const token = csrfFrom((await alpha.get('/orgs/1/cases/new')).text);
  for (let i = 0; i < 52; i++) {
    const r = await alpha.post('/orgs/1/cases', [['csrf_token', token], ...caseFields({ partner: deltaPartner, title: `Filler ${String(i).padStart(2, '0')}` })]);
    assert.equal(r.status, 303);
  }
  const list = await alpha.get('/orgs/1/cases');
  assert.equal(list.status, 200);
  assert.match(list.text, /Showing 1–50 of 54/);
  const next = /href="([^"]*)" rel="next"/.exec(list.text);
  assert.ok(next, 'a Next link');
  const two = await alpha.get(next[1].replace(/&amp;/g, '&'));
  assert.match(two.text, /Showing 51–54 of 54/);
  const search = await alpha.get('/orgs/1/cases?q=parking');
  assert.match(search.text, /Smart parking/);
  assert.doesNotMatch(search.text, /Filler/);
  // Gamma's own list: its case only
  const mine = await pieter.get('/orgs/3/partner-cases');
  assert.match(mine.text, /Smart parking/);
  assert.doesNotMatch(mine.text, /Filler|Delta canary/);
  assert.match(mine.text, /Showing 1–1 of 1|Smart parking/);
  // staff's home says what waits
  assert.match((await alpha.get('/orgs/1')).text, /54 cases from partners to accept/);
});

test('staff accept a case into a cohort whose dates hold its milestones, once', async () => {
  const other = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Spring group'], ['starts_on', '2027-03-01'], ['ends_on', '2027-05-30'], ['capacity', '10']], `${programme}/cohorts`);
  assert.equal(other.status, 303);
  const spring = other.location.replace('?saved=1', '').split('/').pop();
  const page = await alpha.get(`/orgs/1/cases/${gammaCase}`);
  assert.match(page.text, /Accept the case/);
  const token = csrfFrom(page.text);
  // accepting cannot be undone: a confirmation first, and nothing until it is answered
  const ask = await alpha.post(`/orgs/1/cases/${gammaCase}/accept`, { csrf_token: token, cohort_id: spring });
  assert.equal(ask.status, 200);
  assert.match(ask.text, /<h1>Accept this case\?<\/h1>/);
  assert.match((await alpha.get(`/orgs/1/cases/${gammaCase}`)).text, /<dd>Waiting to be accepted<\/dd>/);
  const outside = await alpha.confirm(ask);
  assert.equal(outside.status, 400);
  assert.match(outside.text, /The milestone &quot;Kick-off&quot; falls outside the cohort&#39;s dates \(Monday 1 March 2027 to Sunday 30 May 2027\)/);
  assert.match((await alpha.get(`/orgs/1/cases/${gammaCase}`)).text, /<dd>Waiting to be accepted<\/dd>/);
  const ok = await alpha.confirm(await alpha.post(`/orgs/1/cases/${gammaCase}/accept`, { csrf_token: token, cohort_id: cohortId }));
  assert.equal(ok.status, 303);
  const again = await alpha.confirm(await alpha.post(`/orgs/1/cases/${gammaCase}/accept`, { csrf_token: token, cohort_id: cohortId }));
  assert.equal(again.status, 409);
  const accepted = await alpha.get(`/orgs/1/cases/${gammaCase}`);
  assert.match(accepted.text, /<dd>Accepted into a cohort<\/dd>/);
  assert.match(accepted.text, /<dd>Winter group<\/dd>/);
  assert.equal((await alpha.confirm(await alpha.post(`/orgs/1/cases/${deltaCase}/accept`, { csrf_token: token, cohort_id: cohortId }))).status, 303);
});

test('staff form teams of enrolled learners and give each a case', async () => {
  const path = `/orgs/1/cohorts/${cohortId}/teams`;
  assert.match((await alpha.get(cohort)).text, new RegExp(`href="${path}">Teams and their cases<`));
  const page = await alpha.get(path);
  assert.equal(page.status, 200);
  for (const m of page.text.matchAll(/name="people" value="(\d+)"> ([^<]+)</g)) pid[m[2]] = m[1];
  assert.equal(Object.keys(pid).length, 4);
  const token = csrfFrom(page.text);
  const none = await alpha.post(path, { csrf_token: token, name: 'Empty' });
  assert.equal(none.status, 400);
  const stranger = await alpha.post(path, [['csrf_token', token], ['name', 'Stranger'], ['people', '999999']]);
  assert.equal(stranger.status, 400);
  assert.match(stranger.text, /Choose one or more learners enrolled in this cohort\./);
  const a = await alpha.post(path, [['csrf_token', token], ['name', 'Team Parking'], ['people', pid['Nadia Amrani']], ['people', pid['Omar Haddad']]]);
  assert.equal(a.status, 303);
  const b = await alpha.post(path, [['csrf_token', token], ['name', 'Team Bakery'], ['people', pid['Samir Bravo']]]);
  assert.equal(b.status, 303);
  const teams = await alpha.get(path);
  assert.doesNotMatch(teams.text, /Empty|Stranger/);
  const casePage = await alpha.get(`/orgs/1/cases/${gammaCase}`);
  team = /<option value="(\d+)">Team Parking</.exec(casePage.text)[1];
  teamB = /<option value="(\d+)">Team Bakery</.exec(casePage.text)[1];
  const ctoken = csrfFrom(casePage.text);
  // a team of another cohort, or none: refused
  const wrong = await alpha.confirm(await alpha.post(`/orgs/1/cases/${gammaCase}/teams`, { csrf_token: ctoken, team_id: '999999' }));
  assert.equal(wrong.status, 400);
  assert.match(wrong.text, /Choose a team of the cohort the case was accepted into\./);
  const give = await alpha.post(`/orgs/1/cases/${gammaCase}/teams`, { csrf_token: ctoken, team_id: team });
  assert.match(give.text, /<h1>Give this case to the team\?<\/h1>/);
  assert.equal((await alpha.confirm(give)).status, 303);
  assert.equal((await alpha.confirm(await alpha.post(`/orgs/1/cases/${deltaCase}/teams`, { csrf_token: ctoken, team_id: teamB }))).status, 303);
  const after = await alpha.get(`/orgs/1/cases/${gammaCase}`);
  assert.match(after.text, /<h3>Team Parking<\/h3>\n<p>Nadia Amrani, Omar Haddad<\/p>/);
});

test('the team hands in deliverables and marks milestones from /learning; others cannot', async () => {
  const learning = await nadia.get('/learning');
  assert.match(learning.text, new RegExp(`<a href="/learning/teams/${team}">Smart parking</a><br>A case from Gamma, worked on at Alpha Training in the team Team Parking</li>`));
  const page = await nadia.get(`/learning/teams/${team}`);
  assert.equal(page.status, 200);
  const prototype = /<option value="(\d+)">Prototype</.exec(page.text)[1];
  const report = /<option value="(\d+)">Report</.exec(page.text)[1];
  // bad input: nothing, a bad link, a file that is not a PDF, one too large
  let res = await handIn(nadia, team, { item_id: prototype });
  assert.equal(res.status, 400);
  assert.match(res.text, /Give a link to the work or choose a file\./);
  res = await handIn(nadia, team, { item_id: prototype, url: 'javascript:alert(1)' });
  assert.match(res.text, /Give a web address that starts with https:\/\/ or http:\/\//);
  res = await handIn(nadia, team, { item_id: prototype }, { name: 'notes.pdf', bytes: Buffer.from('just text') });
  assert.equal(res.status, 400);
  assert.match(res.text, /notes\.pdf is not a PDF, PNG or JPEG file\./);
  const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
  res = await handIn(nadia, team, { item_id: prototype }, { name: 'big.pdf', bytes: big });
  assert.equal(res.status, 400);
  assert.match(res.text, /big\.pdf is 5[.,]0 MB: the limit is 5 MB\./);
  // a learner outside the team: a clear message, nothing saved
  assert.equal((await lina.get(`/learning/teams/${team}`)).status, 404);
  res = await handIn(lina, team, { item_id: prototype, url: 'https://lina.example/hack' });
  assert.equal(res.status, 403);
  assert.match(res.text, /You are not a member of this team/);
  const done = await lina.post(`/learning/teams/${team}/milestones/1/done`, { csrf_token: csrfFrom((await lina.get('/learning')).text) });
  assert.equal(done.status, 403);
  assert.doesNotMatch((await nadia.get(`/learning/teams/${team}`)).text, /lina\.example|href="https:\/\/|\.pdf</);

  res = await handIn(nadia, team, { item_id: prototype, url: 'https://parking.example/demo' });
  assert.equal(res.status, 303);
  res = await handIn(nadia, team, { item_id: report }, { name: 'report.pdf', bytes: PDF });
  assert.equal(res.status, 303);
  const now = await nadia.get(`/learning/teams/${team}`);
  const kickoff = new RegExp(`action="/learning/teams/${team}/milestones/(\\d+)/done"`).exec(now.text)[1];
  const mark = await nadia.post(`/learning/teams/${team}/milestones/${kickoff}/done`, { csrf_token: csrfFrom(now.text) });
  assert.equal(mark.status, 303);
  const final = await nadia.get(`/learning/teams/${team}`);
  assert.match(final.text, /Kick-off · Monday 1 February 2027 · <strong>Done on [^<]+ by Nadia Amrani<\/strong>/);
  assert.match(final.text, /<a href="https:\/\/parking\.example\/demo" rel="noopener noreferrer">/);
  const file = /href="(\/learning\/handins\/\d+\/file)">report\.pdf</.exec(final.text)[1];
  const dl = await nadia.getBytes(file);
  assert.equal(dl.status, 200);
  assert.deepEqual(dl.body, PDF);
  assert.equal((await lina.get(file)).status, 404);
});

test("the case is in the learner's record, and its shared link names the case, not the work", async () => {
  const record = await nadia.get('/learning/record');
  assert.equal(record.status, 200);
  assert.match(record.text, new RegExp(`<h2 id="record-cases">Real cases</h2>\\n<ul>\\n<li><a href="/learning/teams/${team}">Smart parking</a><br>A case from Gamma, worked on at Alpha Training in the team Team Parking</li>`));
  const shared = await nadia.post('/learning/record/share', { csrf_token: csrfFrom(record.text) });
  const link = new URL(/<p class="share-link"><a href="([^"]+)"/.exec(shared.text)[1]).pathname;
  const pub = await new Client(srv.base).get(link);
  assert.equal(pub.status, 200);
  assert.match(pub.text, /<li><strong>Smart parking<\/strong><br>A case from Gamma, worked on at Alpha Training in the team Team Parking<\/li>/);
  assert.doesNotMatch(pub.text, /\/learning\/teams|Omar Haddad|report\.pdf|parking\.example/);
  assert.doesNotMatch((await lina.get('/learning/record')).text, /Smart parking/);
});

test('the partner sees the team at work, downloads, comments and rates (1 to 5)', async () => {
  const page = await pieter.get(`/orgs/3/partner-cases/${gammaCase}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h3>Team Parking<\/h3>\n<p>Nadia Amrani, Omar Haddad<\/p>/);
  assert.match(page.text, /Done on [^<]+ by Nadia Amrani/);
  const file = /href="(\/orgs\/3\/partner-handins\/\d+\/file)">report\.pdf</.exec(page.text)[1];
  const dl = await pieter.getBytes(file);
  assert.equal(dl.status, 200);
  assert.deepEqual(dl.body, PDF);
  const handin = /<option value="(\d+)">Team Parking · Report · /.exec(page.text)[1];
  const token = csrfFrom(page.text);
  for (const rating of ['0', '6', '7']) {
    const bad = await pieter.post(`/orgs/3/partner-cases/${gammaCase}/review`, { csrf_token: token, handin_id: handin, rating, comment: 'Never saved' });
    assert.equal(bad.status, 400, rating);
    assert.match(bad.text, /Give a rating from 1 to 5\./);
  }
  await setLang(pieter, 'fr');
  const frbad = await pieter.post(`/orgs/3/partner-cases/${gammaCase}/review`, { csrf_token: token, handin_id: handin, rating: '9' });
  await setLang(pieter, 'en');
  assert.match(frbad.text, /Donnez une note de 1 à 5\./);
  assert.doesNotMatch((await alpha.get(`/orgs/1/cases/${gammaCase}`)).text, /Never saved/);
  const ok = await pieter.post(`/orgs/3/partner-cases/${gammaCase}/review`, { csrf_token: token, handin_id: handin, rating: '4', comment: 'Clear report, well done.' });
  assert.equal(ok.status, 303);
  for (const [client, path] of [[alpha, `/orgs/1/cases/${gammaCase}`], [nadia, `/learning/teams/${team}`], [pieter, `/orgs/3/partner-cases/${gammaCase}`]]) {
    const p = await client.get(path);
    assert.match(p.text, /Rated 4 out of 5 by the partner\.<br><q>Clear report, well done\.<\/q>/, path);
  }
});

test("the partner reaches nothing else: a crawl of its pages, and other partners' cases answer 404", async () => {
  // Delta's team hands in too, so that there is something to leak
  const samirTeamCase = await alpha.get(`/orgs/1/cases/${deltaCase}`);
  assert.match(samirTeamCase.text, /Team Bakery/);
  const canaries = [/Ada Applicant/, /ada@applicant\.test/, /Lina Canary/, /Samir Bravo/, /Team Bakery/, /Delta canary case/, /Filler \d\d/, /nadia@learner\.test/, /lina\.canary@learner\.test/, /Offline Bakery/, /Spring group/];
  for (const client of [pieter, gamma]) {
    const seen = new Set();
    const queue = ['/orgs/3', '/orgs'];
    let pages = 0;
    while (queue.length) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await client.get(path);
      if (res.status === 303) { queue.push(res.location); continue; }
      assert.ok([200].includes(res.status), `${path}: ${res.status}`);
      pages++;
      if (!/text\/html/.test(res.headers.get('content-type') || '')) continue;
      for (const c of canaries) assert.doesNotMatch(res.text, c, `${path} shows ${c}`);
      for (const m of res.text.matchAll(/href="(\/[^"#]*)"/g)) {
        const link = m[1].replace(/&amp;/g, '&');
        if (/^\/(assets|sign-out)/.test(link) || link.startsWith('//')) continue;
        if (!seen.has(link)) queue.push(link);
      }
    }
    assert.ok(pages >= 5, `crawled ${pages} pages`);
    assert.ok(seen.has(`/orgs/3/partner-cases/${gammaCase}`));
    assert.ok(![...seen].some((p) => p.startsWith('/orgs/1/')), 'no link into the training organisation');
  }
  // another partner's case, its files, its review: 404; the training organisation's pages: 404
  assert.equal((await pieter.get(`/orgs/3/partner-cases/${deltaCase}`)).status, 404);
  const token = csrfFrom((await pieter.get('/orgs/3')).text);
  assert.equal((await pieter.post(`/orgs/3/partner-cases/${deltaCase}/review`, { csrf_token: token, handin_id: '1', rating: '1' })).status, 404);
  for (const p of ['/orgs/1/cases', `/orgs/1/cases/${gammaCase}`, '/orgs/1/partners', `/orgs/1/cohorts/${cohortId}/teams`, '/orgs/1/handins/1/file']) {
    assert.equal((await pieter.get(p)).status, 404, p);
  }
  // Delta sees its own case and none of Gamma's
  assert.equal((await delta.get(`/orgs/4/partner-cases/${gammaCase}`)).status, 404);
  const d = await delta.get(`/orgs/4/partner-cases/${deltaCase}`);
  assert.equal(d.status, 200);
  assert.match(d.text, /<h3>Team Bakery<\/h3>\n<p>Samir Bravo<\/p>/);
  assert.doesNotMatch(d.text, /Nadia|Smart parking/);
  const handins = await pieter.get(`/orgs/3/partner-cases/${gammaCase}`);
  const hid = /<option value="(\d+)">Team Parking · Report/.exec(handins.text)[1];
  assert.equal((await delta.get(`/orgs/4/partner-handins/${hid}/file`)).status, 404);
  assert.equal((await delta.post(`/orgs/4/partner-cases/${gammaCase}/review`, { csrf_token: csrfFrom(d.text), handin_id: hid, rating: '1' })).status, 404);
});
