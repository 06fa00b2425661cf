// Records of another organisation, generated from the route table (`traject routes`): for
// every route under /orgs/{org}/ that names a record ({id}, {member}, {file}), the admin of
// Alpha (holding every role) asks for a record of Beta of the right kind under Alpha's own
// path, and gets 404; POSTs carry a valid CSRF token and plausible fields so that they reach
// the handler; nothing is written (every table compared before and after). Beta's records
// are made through the pages, as its people would; Beta's own admin opens each GET route
// with the same ids (200), which shows the ids are real records of the right kind.
// A new route whose parameter kind is not known here fails the test: teach KINDS below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { startServer, Client, csrfFrom, runTraject, PASSWORD, mails, linkIn } from '../lib/server.mjs';

const OPEN = String(Date.UTC(2027, 0, 20, 10) / 1000); // the calls are open
const CLOSED = String(Date.UTC(2027, 1, 10, 10) / 1000); // and now closed
const B = {}; // kind → id of one of Beta's records
let srv, alpha, beta;

function cli(args, input) {
  const r = runTraject([...args, '--db', srv.db], input ? { input } : {});
  assert.equal(r.code, 0, `traject ${args.join(' ')}: ${r.stderr}`);
}

function grab(page, re, what) {
  const m = re.exec(page.text);
  assert.ok(m, `${what}: not found by ${re} in\n${page.text.slice(0, 3000)}`);
  return m[1];
}

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 2000)}`);
  return res.location.split('?')[0];
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

// Uploads a PDF as the file of the draft's first attachment; returns the file's id.
async function upload(c, draft) {
  const page = await c.get(draft);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  fd.set('item_id', grab(page, /name="item_id" value="(\d+)"/, 'attachment item'));
  fd.set('file', new Blob([PDF], { type: 'application/pdf' }), 'budget.pdf');
  const res = await fetch(srv.base + `${draft}/files`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: c.cookieHeader() } });
  assert.equal(res.status, 303, await res.text());
  return grab(await c.get(draft), new RegExp(`href="${draft}/files/(\\d+)"`), 'uploaded file');
}

// A published call of org with an eligibility item, a criterion and a PDF attachment.
async function publishedCall(c, org) {
  const call = await ok(await c.submit(`/orgs/${org}/calls/new`, {
    title_en: `Call of organisation ${org}`, budget: '600000', min_grant: '10000', max_grant: '100000',
    opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '1', scale_min: '0', scale_max: '10',
  }, `/orgs/${org}/calls`), 'call');
  for (const [kind, text] of [['eligibility', 'Non-profit'], ['criterion', 'Reach'], ['attachment', 'Budget (PDF)']])
    await ok(await c.submit(call, { kind, text_en: text, weight: '1' }, `${call}/items`), kind);
  const item = grab(await c.get(call), /action="\/orgs\/\d+\/call-items\/(\d+)\/delete"/, 'call item');
  await ok(await c.submit(call, {}, `${call}/publish`), 'publish');
  return { call, id: call.split('/').pop(), item };
}

// A submitted proposal of org to a call: returns its id, its budget line and its file.
async function submittedProposal(c, org, callId, title) {
  const d = await ok(await c.submit(`/orgs/${org}/proposals`, { call_id: callId, title }, `/orgs/${org}/proposals`), 'proposal');
  await ok(await c.submit(d, { title, summary: 'Code clubs.', requested: '20000' }, d), 'draft');
  await ok(await c.submit(d, { label: 'All costs', amount: '20000' }, `${d}/budget-lines`), 'budget line');
  const line = grab(await c.get(d), /action="\/orgs\/\d+\/budget-lines\/(\d+)\/delete"/, 'budget line');
  const file = await upload(c, d);
  await ok(await c.submit(d, {}, `${d}/submit`), 'submit');
  return { id: d.split('/').pop(), line, file };
}

// Screens the submission eligible.
async function screen(c, org, proposalId) {
  const sub = `/orgs/${org}/submissions/${proposalId}`;
  const item = grab(await c.get(sub), /name="(m-\d+)" value="1"/, 'eligibility item');
  await ok(await c.submit(sub, { [item]: '1' }, `${sub}/screening`), 'screening');
}

// Selects the proposal with 20,000 EUR (knowing it has no review); returns the grant's id.
async function award(c, org, call, proposalId) {
  await ok(await c.confirm(await c.submit(`${call}/ranking`, [['sel', proposalId], [`a-${proposalId}`, '20000'], [`ok-${proposalId}`, '1']], `${call}/decision`)), 'decision');
  return grab(await c.get(`/orgs/${org}/grants`), /href="\/orgs\/\d+\/grants\/(\d+)"/, 'grant');
}

// A learner account for the person enrolled in cohort of org (invited, then accepted).
async function learnerOf(c, org, cohort, person, email) {
  const before = (await mails(srv.mailDir, 0, 0)).length;
  await ok(await c.submit(cohort, { lang: 'en', back: cohort }, `/orgs/${org}/people/${person}/invite`), 'learner invite');
  // the invitation, not merely the next mail: another one may still be on its way
  const end = Date.now() + 15000;
  let mail;
  while (!(mail = (await mails(srv.mailDir, 0, 0)).slice(before).find((m) => m.to === email)) && Date.now() < end)
    await new Promise((r) => setTimeout(r, 100));
  assert.ok(mail, `no invitation mail to ${email}`);
  const l = new Client(srv.base);
  await ok(await l.submit(linkIn(mail.body, '/invitations/'), { name: email, password: 'learning-2027-x', confirm: 'learning-2027-x' }), 'learner account');
  return l;
}

// A case of the partner partnerId of org (submitted by c, through path), accepted into cohort,
// given to a team of person, who hands in a PDF: returns the case's and the hand-in's ids.
async function workedCase(staff, org, cohort, person, learner, submitter, newPath, partnerId) {
  const form = await submitter.get(newPath);
  const sub = await submitter.post(newPath.replace(/\/new.*$/, ''), [['csrf_token', csrfFrom(form.text)], ['partner_id', partnerId], ['title', 'A real case'],
    ['brief', 'Build it.'], ['deliverable_1', 'Report'], ['milestone_1', 'Start'], ['due_on_1', '2027-03-15'], ['contact_name', 'C'], ['contact_email', 'c@partner.test']]);
  const id = (await ok(sub, 'case')).split('/').pop();
  const staffCase = `/orgs/${org}/cases/${id}`;
  await ok(await staff.confirm(await staff.submit(staffCase, { cohort_id: cohort }, `${staffCase}/accept`)), 'accept');
  await ok(await staff.submit(`/orgs/${org}/cohorts/${cohort}/teams`, [['name', 'Team'], ['people', person]]), 'team');
  const team = grab(await staff.get(staffCase), /<option value="(\d+)">Team</, 'team');
  await ok(await staff.confirm(await staff.submit(staffCase, { team_id: team }, `${staffCase}/teams`)), 'assign');
  const mine = await learner.get(`/learning/teams/${team}`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(mine.text));
  fd.set('item_id', grab(mine, /<option value="(\d+)">Report</, 'deliverable'));
  fd.set('file', new Blob([PDF], { type: 'application/pdf' }), 'report.pdf');
  await ok(await learner.request('POST', `/learning/teams/${team}/handins`, { body: fd }), 'hand-in');
  return { id, handin: grab(await staff.get(staffCase), new RegExp(`/orgs/${org}/handins/(\\d+)/file`), 'hand-in') };
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: OPEN } });
  const every = 'admin,staff,reviewer,funder,jury,partner';
  cli(['user', 'grant', '--org', '1', '--email', 'admin@alpha.test', '--role', every]);
  cli(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', every]);
  cli(['init', '--org', 'Gamma Coding', '--org-kind', 'training', '--admin-email', 'admin@gamma.test', '--admin-name', 'Admin of Gamma', '--admin-password-file', '-'], PASSWORD + '\n');
  cli(['user', 'grant', '--org', 'Gamma Coding', '--email', 'admin@gamma.test', '--role', 'admin,funder']);
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const gamma = new Client(srv.base);
  await gamma.signIn('admin@gamma.test');

  // Beta trains: a location, a programme with a question and a criterion, a cohort with a
  // session and a learner, an application reviewed by Beta's admin, an invitation
  const loc = await ok(await beta.submit('/orgs/2/locations/new', { name: 'Campus Beta', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/2/locations'), 'location');
  B.location = grab(await beta.get('/orgs/2/locations'), /href="\/orgs\/2\/locations\/(\d+)\/edit"/, 'location');
  assert.ok(loc);
  const programme = await ok(await beta.submit('/orgs/2/programmes/new', [['title_en', 'Beta code club'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'en'], ['min_age', '10'], ['max_age', '60']], '/orgs/2/programmes'), 'programme');
  B.programme = programme.split('/').pop();
  await ok(await beta.submit(programme, { kind: 'long', label_en: 'Why?', required: '1', motivation: '1' }, `${programme}/questions`), 'question');
  B.question = grab(await beta.get(programme), /action="\/orgs\/2\/questions\/(\d+)\/delete"/, 'question');
  await ok(await beta.submit(`${programme}/selection`, { label_en: 'Motivation', weight: '1' }, `${programme}/criteria`), 'criterion');
  B.criterion = grab(await beta.get(`${programme}/selection`), /action="\/orgs\/2\/criteria\/(\d+)\/delete"/, 'criterion');
  const cohort = await ok(await beta.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-03-01'], ['ends_on', '2027-06-30'], ['capacity', '10']], `${programme}/cohorts`), 'cohort');
  B.cohort = cohort.split('/').pop();
  await ok(await beta.submit(cohort, { date: '2027-03-02', start: '09:00', end: '12:00' }, `${cohort}/sessions`), 'session');
  await ok(await beta.submit(cohort, { name: 'Lina Learner', email: 'lina@learner.test', birth_date: '2001-01-01', jobseeker: '1' }, `${cohort}/enrol`), 'enrolment');
  let page = await beta.get(cohort);
  B.session = grab(page, /\/orgs\/2\/sessions\/(\d+)\//, 'session');
  B.enrolment = grab(page, /action="\/orgs\/2\/enrolments\/(\d+)\/end"/, 'enrolment');
  B.person = grab(page, /action="\/orgs\/2\/people\/(\d+)\/invite"/, 'person');
  // an achievement issued by hand to that learner, and issued on completing the programme
  const ach = await ok(await beta.submit('/orgs/2/achievements/new', { name: 'Beta badge', description: 'Code club.', criteria: 'Came.', valid_months: '0' }, '/orgs/2/achievements'), 'achievement');
  B.achievement = ach.split('/').pop();
  B.credential = (await ok(await beta.submit(ach, { person_id: B.person }, `${ach}/issue`), 'credential')).split('/').pop();
  await ok(await beta.submit(ach, { programme_id: B.programme }, `${ach}/rules`), 'rule');
  B.rule = grab(await beta.get(ach), /\/orgs\/2\/achievements\/\d+\/rules\/(\d+)\/delete/, 'rule');
  // a certification of the catalogue, required by the programme, with an attempt of the learner
  await ok(await beta.submit('/orgs/2/certifications/new', { name: 'Beta cert', vendor: 'Beta', exam_code: 'B-1', validity_months: '12' }, '/orgs/2/certifications'), 'certification');
  B.certification = grab(await beta.get('/orgs/2/certifications'), /href="\/orgs\/2\/certifications\/(\d+)\/edit"/, 'certification');
  await ok(await beta.submit(programme, [['certs', B.certification]], `${programme}/certifications`), 'required certifications');
  await ok(await beta.submit(`/orgs/2/people/${B.person}/certifications`, { certification_id: B.certification, taken_on: '2027-01-10', result: 'passed', place: 'online' }, `/orgs/2/people/${B.person}/attempts`), 'attempt');
  const apply = `/programmes/${B.programme}/apply`;
  const form = await new Client(srv.base).get(apply);
  const why = grab(form, /<label for="f-(q-\d+)">Why\?/, 'question field');
  await ok(await new Client(srv.base).submit(apply, { name: 'Ada Applicant', email: 'ada@applicant.test', phone: '', birth_date: '2001-01-01', municipality: 'Ixelles', [why]: 'I want to learn.' }), 'application');
  B.application = grab(await beta.get('/orgs/2/applications'), /href="\/orgs\/2\/applications\/(\d+)"/, 'application');
  await ok(await beta.submit(`${programme}/selection`, [['reviewer', '2']], `${programme}/reviewers`), 'reviewers');
  B.review = grab(await beta.get('/orgs/2/reviews'), /href="\/orgs\/2\/reviews\/(\d+)"/, 'review');
  await ok(await beta.submit('/orgs/2/members/invite', [['email', 'new@beta.test'], ['roles', 'staff'], ['lang', 'en']]), 'invitation');
  B.invitation = grab(await beta.get('/orgs/2/members'), /action="\/orgs\/2\/invitations\/(\d+)\/revoke"/, 'invitation');
  B.member = grab(await beta.get('/orgs/2/members'), /href="\/orgs\/2\/members\/(\d+)"/, 'member');
  // Beta's own competence framework, aimed at by its programme, and an assessment with a file
  const fw = await ok(await beta.submit('/orgs/2/competences/new', { title: 'Beta skills', levels: 'Starting\nConfident' }, '/orgs/2/competences'), 'framework');
  B.framework = fw.split('/').pop();
  await ok(await beta.submit(fw, { area_title: 'Coding' }, `${fw}/areas`), 'area');
  const area = grab(await beta.get(fw), /<option value="(\d+)">Coding<\/option>/, 'area');
  await ok(await beta.submit(fw, { area_id: area, title: 'Loops' }, `${fw}/items`), 'competence');
  B.targetCompetence = grab(await beta.get(`${programme}/competences`), /<option value="(\d+)">Beta skills · Loops<\/option>/, 'competence');
  await ok(await beta.submit(`${programme}/competences`, { competence_id: B.targetCompetence, level: '2' }), 'target');
  const assessed = await beta.get(`/orgs/2/people/${B.person}/competences`);
  const afd = new FormData();
  for (const [k, v] of Object.entries({ csrf_token: csrfFrom(assessed.text), competence_id: B.targetCompetence, level: '1', assessed_on: '2027-01-18' })) afd.set(k, v);
  afd.set('file', new Blob([PDF], { type: 'application/pdf' }), 'loops.pdf');
  await ok(await beta.request('POST', `/orgs/2/people/${B.person}/assessments`, { body: afd }), 'assessment');
  B.assessment = grab(await beta.get(`/orgs/2/people/${B.person}/competences`), /\/orgs\/2\/assessments\/(\d+)\/evidence/, 'assessment');
  // a learning resource of Beta's library, for its members only, with its file
  const rform = await beta.get('/orgs/2/resources/new');
  const rfd = new FormData();
  for (const [k, v] of Object.entries({ csrf_token: csrfFrom(rform.text), kind: 'worksheet', title: 'Beta worksheet', audience: 'teachers', lang: 'en', age_band: 'all', visibility: 'members' })) rfd.set(k, v);
  rfd.set('file', new Blob([PDF], { type: 'application/pdf' }), 'sheet.pdf');
  B.resource = (await ok(await beta.request('POST', '/orgs/2/resources', { body: rfd }), 'resource')).split('/').pop();

  // Beta's case from a partner of its own, worked on by Lina's team; and Beta, as the partner
  // of Gamma (a training organisation too), submits a case that Gamma's learner works on
  const lina = await learnerOf(beta, 2, cohort, B.person, 'lina@learner.test');
  await ok(await beta.submit('/orgs/2/partners', { name: 'Beta partner', contact_name: 'P', contact_email: 'p@partner.test' }), 'partner');
  const bp = grab(await beta.get('/orgs/2/cases/new'), /<option value="(\d+)">Beta partner</, 'partner');
  B.partner = bp;
  await ok(await beta.submit(`/orgs/2/partners/${bp}`, { kind: 'equipment', description: 'Laptops', value: '100', starts_on: '2027-01-20' }, `/orgs/2/partners/${bp}/contributions`), 'contribution');
  B.contribution = grab(await beta.get(`/orgs/2/partners/${bp}/contributions`), /\/orgs\/2\/contributions\/(\d+)\/edit/, 'contribution');
  ({ id: B.case, handin: B.handin } = await workedCase(beta, 2, B.cohort, B.person, lina, beta, '/orgs/2/cases/new', bp));
  // Beta's equipment, lent by its partner and out with Lina
  await ok(await beta.submit('/orgs/2/equipment/new', { kind: 'tablet', label: 'Beta tablet', serial: 'B-1', condition: 'good', partner_id: bp, location_id: '' }, '/orgs/2/equipment'), 'equipment');
  B.equipment = grab(await beta.get('/orgs/2/equipment'), /href="\/orgs\/2\/equipment\/(\d+)"/, 'equipment');
  await ok(await beta.submit(`/orgs/2/equipment/${B.equipment}`, { borrower: `person-${B.person}`, lent_on: '2027-01-20', due_on: '2027-12-31' }, `/orgs/2/equipment/${B.equipment}/lend`), 'loan');
  await ok(await gamma.submit('/orgs/3/partners', { name: 'Beta', contact_name: 'B', contact_email: 'b@beta.test', org_name: 'Beta Fund' }), 'Beta as a partner');
  const gp = await ok(await gamma.submit('/orgs/3/programmes/new', [['title_en', 'Gamma course'], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/3/programmes'), 'Gamma programme');
  const gco = await ok(await gamma.submit(`${gp}/cohorts/new`, [['name', 'Gamma group'], ['starts_on', '2027-03-01'], ['ends_on', '2027-06-30'], ['capacity', '10']], `${gp}/cohorts`), 'Gamma cohort');
  await ok(await gamma.submit(gco, { name: 'Gina Learner', email: 'gina@learner.test' }, `${gco}/enrol`), 'Gamma enrolment');
  const gina = grab(await gamma.get(gco), /action="\/orgs\/3\/people\/(\d+)\/invite"/, 'Gamma person');
  const ginaClient = await learnerOf(gamma, 3, gco, gina, 'gina@learner.test');
  const bpart = grab(await beta.get('/orgs/2/partner-cases'), /partner-cases\/new\?partner=(\d+)/, 'partnership');
  B.partnership = bpart;
  ({ id: B.partnerCase, handin: B.partnerHandin } = await workedCase(gamma, 3, gco.split('/').pop(), gina, ginaClient, beta, `/orgs/2/partner-cases/new?partner=${bpart}`, bpart));
  // Gina shows her profile to every partner of Gamma: Beta, a partner, finds it in its talent pool
  await ok(await ginaClient.submit('/learning/talent', { summary: 'I test web apps.', contract: 'any' }), 'talent profile');
  await ok(await ginaClient.submit('/learning/talent', { visibility: 'all' }, '/learning/talent/visibility'), 'talent shown');
  B.talent = grab(await beta.get('/orgs/2/talent'), /href="\/orgs\/2\/talent\/(\d+)"/, 'talent profile');

  // internships and jobs: Beta's offer for its partner with its learner proposed; Beta, as
  // Gamma's partner, offers an internship that Gamma's learner applies to
  const offerFields = { title: 'Beta internship', description: 'Sensors.', contract: 'internship', places: '1', closes_on: '2027-12-31', workplace: 'Brussels' };
  B.offer = (await ok(await beta.submit('/orgs/2/offers/new', { ...offerFields, partner_id: bp }, '/orgs/2/offers'), 'offer')).split('/').pop();
  await ok(await beta.submit(`/orgs/2/offers/${B.offer}`, { person_id: B.person }, `/orgs/2/offers/${B.offer}/propose`), 'proposal');
  const lp = await lina.get('/learning/jobs');
  const agree = grab(lp, /action="(\/learning\/candidacies\/\d+\/agree)"/, 'agree');
  await ok(await lina.confirm(await lina.post(agree, { csrf_token: csrfFrom(lp.text) })), 'agree');
  B.candidate = grab(await beta.get(`/orgs/2/offers/${B.offer}`), /action="\/orgs\/2\/candidates\/(\d+)\/stage"/, 'candidate');
  B.partnerOffer = (await ok(await beta.submit(`/orgs/2/partner-offers/new?partner=${bpart}`, { ...offerFields, partner_id: bpart }, '/orgs/2/partner-offers'), 'partner offer')).split('/').pop();
  await ok(await ginaClient.submit(`/learning/jobs/${B.partnerOffer}`, { motivation: 'Me' }, `/learning/jobs/${B.partnerOffer}/apply`), 'application');
  B.partnerCandidate = grab(await beta.get(`/orgs/2/partner-offers/${B.partnerOffer}`), /action="\/orgs\/2\/partner-candidates\/(\d+)\/stage"/, 'partner candidate');
  // Beta holds an event at its location; someone registers from its public page
  const bev = await ok(await beta.submit('/orgs/2/events/new', {
    kind: 'hackathon', title: 'Beta hackathon', description: '', location_id: B.location, starts_at: '2027-03-10T09:00',
    ends_at: '2027-03-10T18:00', capacity: '10', min_age: '', max_age: '', consent_age: '13', access: 'public',
  }, '/orgs/2/events'), 'event');
  B.event = bev.split('/').pop();
  await ok(await new Client(srv.base).submit(`/events/${B.event}`, { name: 'Bea Guest', email: 'bea@guest.test', lang: 'en' }), 'registration');
  B.eventRegistration = grab(await beta.get(`${bev}/registrations`), /href="\/orgs\/2\/event-registrations\/(\d+)"/, 'event registration');
  // its hackathon: a challenge from Beta's partner, a team, a file the team submitted
  await ok(await beta.submit(`${bev}/hackathon`, { partner_id: bp, title: 'Beta challenge', brief: '' }, `${bev}/challenges`), 'challenge');
  const bch = grab(await beta.get(`${bev}/hackathon`), /name="challenge_id"[^>]*>\s*<option value="(\d+)"/, 'challenge');
  await ok(await beta.submit(`${bev}/hackathon`, [['name', 'Beta team'], ['challenge_id', bch], ['members', B.eventRegistration]], `${bev}/teams`), 'team');
  B.eventTeam = grab(await beta.get(`${bev}/hackathon`), /href="\/orgs\/2\/event-teams\/(\d+)"/, 'event team');
  const sfd = new FormData();
  sfd.set('csrf_token', csrfFrom((await beta.get(`/orgs/2/event-teams/${B.eventTeam}`)).text));
  sfd.set('url', '');
  sfd.set('file', new Blob([PDF], { type: 'application/pdf' }), 'pitch.pdf');
  assert.equal((await fetch(srv.base + `/orgs/2/event-teams/${B.eventTeam}/submissions`, { method: 'POST', body: sfd, redirect: 'manual', headers: { cookie: beta.cookieHeader() } })).status, 303);
  B.eventSubmission = grab(await beta.get(`/orgs/2/event-teams/${B.eventTeam}`), /href="\/orgs\/2\/event-submissions\/(\d+)\/file"/, 'event submission');

  // Beta funds: a target group, a published call with a jury; Gamma applies to it. Beta
  // applies to Gamma's call.
  await ok(await beta.submit('/orgs/2/target-groups', { text_en: 'Seniors' }), 'target group');
  B.targetGroup = grab(await beta.get('/orgs/2/target-groups'), /action="\/orgs\/2\/target-groups\/(\d+)\/archive"/, 'target group');
  const bc = await publishedCall(beta, 2);
  B.call = bc.id;
  B.callItem = bc.item;
  B.juryMember = grab(await beta.get(bc.call), /<option value="(\d+)">Admin of Beta/, 'jury member');
  await ok(await beta.submit(bc.call, { account_id: B.juryMember }, `${bc.call}/jury`), 'jury');
  const gc = await publishedCall(gamma, 3);
  const toJury = await submittedProposal(gamma, 3, B.call, 'Gamma to Beta, with the jury');
  B.juryProposal = B.submission = toJury.id;
  B.juryFile = B.submissionFile = toJury.file;
  const bc2 = await publishedCall(beta, 2); // decided: a grant
  const toBeta = await submittedProposal(gamma, 3, bc2.id, 'Gamma to Beta, selected');
  const fromBeta = await submittedProposal(beta, 2, gc.id, 'Beta to Gamma');
  B.proposal = fromBeta.id;
  B.budgetLine = fromBeta.line;
  B.proposalFile = fromBeta.file;

  // the calls close: each funder awards the other's proposal
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: CLOSED } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const gamma2 = new Client(srv.base);
  await gamma2.signIn('admin@gamma.test');
  await screen(beta, 2, B.juryProposal);
  await ok(await beta.submit(bc.call, {}, `${bc.call}/assign`), 'jury assignment');
  await screen(beta, 2, toBeta.id);
  B.grant = await award(beta, 2, bc2.call, toBeta.id);
  B.tranche = grab(await beta.get(`/orgs/2/grants/${B.grant}`), /action="\/orgs\/2\/tranches\/(\d+)\/pay"/, 'tranche');
  await screen(gamma2, 3, B.proposal);
  await award(gamma2, 3, gc.call, B.proposal);
  B.grantReceived = grab(await beta.get('/orgs/2/grants-received'), /href="\/orgs\/2\/grants-received\/(\d+)"/, 'grant received');
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  await alpha.get('/orgs/1'); // the session's organisation is Alpha from here on
}, { timeout: 600000 }); // slow on the sanitizer build
after(async () => { if (srv) await srv.stop(); });

// The kind of record each parameter names, from the path segments before it.
const KINDS = {
  'members/{id}': 'member', 'invitations/{id}': 'invitation', 'programmes/{id}': 'programme',
  'applications/{id}': 'application', 'criteria/{id}': 'criterion', 'reviews/{id}': 'review',
  'questions/{id}': 'question', 'cohorts/{id}': 'cohort', 'people/{id}': 'person',
  'enrolments/{id}': 'enrolment', 'sessions/{id}': 'session', 'calls/{id}': 'call',
  'call-items/{id}': 'callItem', 'grants/{id}': 'grant', 'tranches/{id}': 'tranche',
  'grants-received/{id}': 'grantReceived', 'jury/proposals/{id}': 'juryProposal',
  'target-groups/{id}': 'targetGroup', 'submissions/{id}': 'submission', 'proposals/{id}': 'proposal',
  'budget-lines/{id}': 'budgetLine', 'locations/{id}': 'location',
  'competences/{id}': 'framework', 'competences/{competence}': 'targetCompetence',
  'assessments/{id}': 'assessment',
  'calls/{id}/jury/{member}': 'juryMember',
  'proposals/{id}/files/{file}': 'proposalFile', 'submissions/{id}/files/{file}': 'submissionFile',
  'jury/proposals/{id}/files/{file}': 'juryFile',
  'certifications/{id}': 'certification',
  'achievements/{id}': 'achievement', 'achievements/{id}/rules/{rule}': 'rule', 'credentials/{id}': 'credential',
  'resources/{id}': 'resource',
  'cases/{id}': 'case', 'handins/{id}': 'handin', 'partner-cases/{id}': 'partnerCase', 'partner-handins/{id}': 'partnerHandin',
  'partners/{id}': 'partner', 'contributions/{id}': 'contribution', 'partner-of/{id}': 'partnership',
  'offers/{id}': 'offer', 'candidates/{id}': 'candidate', 'partner-offers/{id}': 'partnerOffer',
  'partner-candidates/{id}': 'partnerCandidate',
  'equipment/{id}': 'equipment',
  'events/{id}': 'event', 'event-registrations/{id}': 'eventRegistration',
  'talent/{id}': 'talent',
  'event-teams/{id}': 'eventTeam', 'event-submissions/{id}': 'eventSubmission',
};

// The path with each record parameter replaced by Beta's record of its kind, or throws.
function withBetaRecords(path, org) {
  const segs = path.split('/');
  const out = segs.map((s, i) => {
    if (s === '{org}') return String(org);
    if (!/^\{\w+\}$/.test(s)) return s;
    // the longest known pattern ending at this parameter
    for (let from = Math.max(0, i - 4); from < i; from++) {
      const key = segs.slice(from, i + 1).join('/');
      if (KINDS[key]) {
        const id = B[KINDS[key]];
        if (!id) throw new Error(`no record of kind ${KINDS[key]} was made for ${path}`);
        return id;
      }
    }
    throw new Error(`${path}: the kind of ${s} is not known to this test; add it to KINDS and make such a record of Beta in before()`);
  });
  return out.join('/');
}

const routes = runTraject(['routes']).stdout.trim().split('\n').map((l) => {
  const [method, path] = l.trim().split(/\s+/);
  return { method, path };
}).filter((r) => r.path.startsWith('/orgs/{org}/') && /\{(?!org\})\w+\}/.test(r.path));

// Fields a form of these routes may read, with values that would pass its checks.
const FIELDS = [
  ['title', 'Hijacked'], ['title_en', 'Hijacked'], ['name', 'Hijacked'], ['label', 'Hijacked'],
  ['label_en', 'Hijacked'], ['text_en', 'Hijacked'], ['summary', 'Hijacked'], ['description', 'Hijacked'],
  ['email', 'intruder@alpha.test'], ['roles', 'admin'], ['lang', 'en'], ['kind', 'criterion'],
  ['weight', '1'], ['amount', '1000'], ['requested', '20000'], ['status', 'withdrawn'],
  ['ended_on', '2027-03-10'], ['reason', 'Hijacked'], ['date', '2027-03-03'], ['start', '09:00'],
  ['end', '10:00'], ['starts_on', '2027-03-01'], ['ends_on', '2027-06-30'], ['capacity', '5'],
  ['postcode', '1000'], ['municipality', 'Brussels'], ['province', 'brussels'], ['paid_on', '2027-02-15'],
  ['spent_on', '2027-02-15'], ['action', 'submit'], ['comment', 'Hijacked'], ['account_id', '1'],
  ['reviewer', '1'], ['weekdays', '1'], ['first', '2027-03-01'], ['last', '2027-03-31'],
  ['reviews_needed', '1'], ['consent_age', '16'], ['disagree_pct', '30'],
];
// Where a route reads a field of the same name differently.
const OVERRIDES = { '/orgs/{org}/programmes/{id}/questions': { kind: 'long' } };

function fieldsFor(route) {
  const o = OVERRIDES[route.path] || {};
  return [...FIELDS.map(([k, v]) => [k, k in o ? o[k] : v]), ['cohort', B.cohort]];
}

function sql(q) {
  const r = srv.db.startsWith('postgres')
    ? spawnSync('psql', [srv.db, '-Atq', '-c', q], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync('sqlite3', ['-readonly', srv.db.replace(/^sqlite:/, ''), q], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

// Waits (up to 30 s on a busy machine) until the mail worker has sent every mail of the
// setup, decision letters included (it writes to the outbox).
async function mailsSent() {
  for (let i = 0; i < 300 && sql('SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL').trim() !== '0'; i++)
    await new Promise((r) => setTimeout(r, 100));
}

// Every table's rows, hashed; sessions without their last-seen time.
function snapshot() {
  const pg = srv.db.startsWith('postgres');
  const tables = sql(pg
    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1").trim().split('\n');
  // one client run for every table (a run per table is slow enough on PostgreSQL to outlast
  // the server's keep-alive deadline between two requests of the test)
  const query = tables.map((t) => {
    const cols = t === 'sessions' ? 'id, token_hash, account_id, current_org, created_at' : '*';
    return `SELECT '@@table ${t}'; SELECT ${cols} FROM ${t};`;
  }).join('\n');
  const out = {};
  for (const part of sql(query).split('@@table ').slice(1)) {
    const [t, ...rows] = part.split('\n');
    out[t] = createHash('sha256').update(rows.sort().join('\n')).digest('hex');
  }
  return out;
}

test('the route table has record routes under /orgs/{org}/, each of a known kind', () => {
  assert.ok(routes.length >= 70, `${routes.length} routes`);
  for (const r of routes) assert.doesNotThrow(() => withBetaRecords(r.path, 1), `${r.method} ${r.path}`);
});

test("Beta's ids are its records: Beta's admin opens every GET route with them", async () => {
  for (const r of routes.filter((x) => x.method === 'GET')) {
    const path = withBetaRecords(r.path, 2);
    const res = await beta.get(path);
    // the people behind a figure too small to show: found, and not shown
    const found = r.path.endsWith('/impact/people') ? [200, 403] : [200];
    assert.ok(found.includes(res.status), `${r.path} → ${path}: ${res.status}`);
  }
});

test("Alpha's admin gets 404 for each of Beta's records under Alpha's path, and nothing is written", { timeout: 600000 }, async () => {
  await mailsSent();
  const before = snapshot();
  const token = csrfFrom((await alpha.get('/orgs/1/members')).text);
  const wrong = [];
  for (const r of routes) {
    const path = withBetaRecords(r.path, 1);
    const res = r.method === 'GET' ? await alpha.get(path) : await alpha.post(path, [['csrf_token', token], ...fieldsFor(r)]);
    if (res.status !== 404) wrong.push(`${r.method} ${r.path} → ${path}: ${res.status}`);
    else assert.doesNotMatch(res.text, /Beta|Gamma/, `${r.method} ${path} shows another organisation`);
  }
  const after = snapshot();
  const written = Object.keys(after).filter((t) => after[t] !== before[t]);
  assert.deepEqual({ wrong, written }, { wrong: [], written: [] });
  // the comparison sees a write: Alpha adds a location of its own
  assert.ok(Object.keys(after).length >= 40, `${Object.keys(after).length} tables`);
  await ok(await alpha.submit('/orgs/1/locations/new', { name: 'Campus Alpha', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations'), 'location');
  const later = snapshot();
  assert.deepEqual(Object.keys(later).filter((t) => later[t] !== after[t]), ['locations']);
});
