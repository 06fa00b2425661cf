// Competences: DigComp 2.2 shipped and shared (read-only), an organisation's own frameworks
// (add, change, archive), programmes' target competences, assessments by trainers with
// evidence (text, link, file) and history, the cohort's progress grid, the learner's own
// competences on /learning; bad input changes nothing; another organisation sees and uses
// nothing of them. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, alpha, beta, nadia, programme, programmeId, cohort, cohortId, nadiaPid, omarPid;
let web, webCompetence, programming, firstAssessment;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

// Posts an assessment of person pid as multipart/form-data, with a file when given.
async function assess(client, pid, fields, file) {
  const page = await client.get(`/orgs/1/people/${pid}/competences`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.set('file', new Blob([file.bytes], { type: file.type || 'application/octet-stream' }), file.name);
  return client.request('POST', `/orgs/1/people/${pid}/assessments`, { body: fd });
}

// Sets the language of the client's account (and cookie): the account's choice comes first.
async function setLang(client, lang) {
  const page = await client.get('/account');
  const res = await client.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/account' });
  assert.equal(res.status, 303);
}

function historyCount(html) {
  return (html.split('Competences and history')[1].match(/ · assessed by /g) || []).length;
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  programme = p.location.replace('?saved=1', '');
  programmeId = programme.split('/').pop();
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  cohortId = cohort.split('/').pop();
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }]) {
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  }
  const page = await alpha.get(cohort);
  const invite = /action="(\/orgs\/1\/people\/(\d+)\/invite)"/.exec(page.text);
  nadiaPid = invite[2];
  assert.equal((await alpha.submit(cohort, { lang: 'en', back: cohort }, invite[1])).status, 303);
  const [mail] = await mails(srv.mailDir, 1);
  nadia = new Client(srv.base);
  const acc = await nadia.submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia A.', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' });
  assert.equal(acc.status, 303);
});
after(async () => {
  if (srv) await srv.stop();
});

test('DigComp 2.2 is shipped for every organisation, in three languages, and read-only', async () => {
  for (const client of [alpha, beta]) {
    const org = client === alpha ? 1 : 2;
    const list = await client.get(`/orgs/${org}/competences`);
    assert.equal(list.status, 200);
    assert.match(list.text, /<a href="\/orgs\/\d+\/competences\/(\d+)">DigComp 2\.2<\/a><\/td><td>Shipped with traject<\/td><td>21<\/td><td>In use<\/td>/);
  }
  const id = /href="\/orgs\/1\/competences\/(\d+)">DigComp 2\.2</.exec((await alpha.get('/orgs/1/competences')).text)[1];
  const page = await alpha.get(`/orgs/1/competences/${id}`);
  assert.equal(page.status, 200);
  assert.equal((page.text.match(/<h2>[1-5]\. /g) || []).length, 5, 'five areas');
  const competences = page.text.split('<h2>1. ')[1].match(/<li>\d\.\d [^<]+<\/li>/g);
  assert.equal(competences.length, 21);
  assert.match(page.text, /<li>1\.1 Browsing, searching and filtering data, information and digital content<\/li>/);
  assert.match(page.text, /<li>3\.4 Programming<\/li>/);
  assert.match(page.text, /<li>5\.4 Identifying digital competence gaps<\/li>/);
  const levels = page.text.split('<ol class="levels">')[1].split('</ol>')[0].match(/<li>/g);
  assert.equal(levels.length, 8);
  assert.match(page.text, /<li>Foundation 1<\/li>[\s\S]*<li>Highly specialised 8<\/li>/);
  assert.match(page.text, /nobody can change it/);
  assert.doesNotMatch(page.text, /Add an area|\/edit"|Archive the framework/);

  await setLang(alpha, 'nl');
  const pnl = await alpha.get(`/orgs/1/competences/${id}`);
  assert.match(pnl.text, /<h2>1\. Informatie- en datageletterdheid<\/h2>/);
  assert.match(pnl.text, /<li>3\.4 Programmeren<\/li>/);
  assert.match(pnl.text, /<li>Gemiddeld 3<\/li>/);
  await setLang(alpha, 'fr');
  const pfr = await alpha.get(`/orgs/1/competences/${id}`);
  await setLang(alpha, 'en');
  assert.match(pfr.text, /<h2>4\. Protection et sécurité<\/h2>/);
  assert.match(pfr.text, /<li>4\.2 Protéger les données personnelles et la vie privée<\/li>/);
  assert.match(pfr.text, /<li>Hautement spécialisé 8<\/li>/);

  // nobody changes a shipped framework
  const token = csrfFrom((await alpha.get('/orgs/1/competences')).text);
  for (const [path, body] of [[`/orgs/1/competences/${id}`, { title: 'Mine now', levels: 'a\nb' }],
    [`/orgs/1/competences/${id}/areas`, { area_title: 'Extra' }], [`/orgs/1/competences/${id}/archive`, {}]]) {
    const res = await alpha.post(path, { csrf_token: token, ...body });
    assert.equal(res.status, 404, path);
  }
  assert.equal((await alpha.get(`/orgs/1/competences/${id}/edit`)).status, 404);
  assert.match((await alpha.get(`/orgs/1/competences/${id}`)).text, /<h1>DigComp 2\.2<\/h1>/);
});

test('an organisation adds its own framework with a scale, areas and competences, and changes it', async () => {
  const bad = await alpha.submit('/orgs/1/competences/new', { title: 'Web development', levels: 'Only one' }, '/orgs/1/competences');
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Give at least two levels, one a line, lowest first\./);
  const long = await alpha.submit('/orgs/1/competences/new', { title: 'Web development', levels: Array.from({ length: 13 }, (_, i) => `L${i}`).join('\n') }, '/orgs/1/competences');
  assert.equal(long.status, 400);
  assert.match(long.text, /Give at most 12 levels, each of at most 100 characters\./);
  assert.doesNotMatch((await alpha.get('/orgs/1/competences')).text, /Web development/);

  const res = await alpha.submit('/orgs/1/competences/new', { title: 'Web development', levels: 'Novice\n  Practitioner  \n\nExpert\n' }, '/orgs/1/competences');
  assert.equal(res.status, 303);
  web = res.location.replace('?saved=1', '');
  const page = await alpha.get(web);
  assert.match(page.text, /<h1>Web development<\/h1>/);
  assert.match(page.text, /<ol class="levels">\n<li>Novice<\/li>\n<li>Practitioner<\/li>\n<li>Expert<\/li>\n<\/ol>/);
  assert.equal((await alpha.submit(web, { area_title: 'Front end' }, `${web}/areas`)).status, 303);
  const withArea = await alpha.get(web);
  const area = /<option value="(\d+)">Front end<\/option>/.exec(withArea.text)[1];
  const noTitle = await alpha.submit(web, { area_id: area, code: 'WD1', title: '' }, `${web}/items`);
  assert.equal(noTitle.status, 400);
  assert.equal((await alpha.submit(web, { area_id: area, code: 'WD1', title: 'Accessible HTML and CSS' }, `${web}/items`)).status, 303);
  const full = await alpha.get(web);
  assert.match(full.text, /<h2>Front end<\/h2>\n<ul>\n<li>WD1 Accessible HTML and CSS<\/li>/);

  const edit = await alpha.get(`${web}/edit`);
  assert.match(edit.text, />Novice\nPractitioner\nExpert\n<\/textarea>/);
  assert.equal((await alpha.submit(`${web}/edit`, { title: 'Web development (2027)', levels: 'Novice\nPractitioner\nExpert\nMentor' }, web)).status, 303);
  const after = await alpha.get(web);
  assert.match(after.text, /<h1>Web development \(2027\)<\/h1>/);
  assert.match(after.text, /<li>Mentor<\/li>/);
  const list = await alpha.get('/orgs/1/competences');
  assert.match(list.text, /Web development \(2027\)<\/a><\/td><td>Alpha Training<\/td><td>1<\/td><td>In use<\/td>/);
});

test('another organisation neither sees nor uses an organisation\'s own framework', async () => {
  const webId = web.split('/').pop();
  assert.doesNotMatch((await beta.get('/orgs/2/competences')).text, /Web development/);
  assert.equal((await beta.get(`/orgs/2/competences/${webId}`)).status, 404);
  assert.equal((await beta.get(`/orgs/2/competences/${webId}/edit`)).status, 404);
  const token = csrfFrom((await beta.get('/orgs/2/competences')).text);
  assert.equal((await beta.post(`/orgs/2/competences/${webId}`, { csrf_token: token, title: 'Taken', levels: 'a\nb' })).status, 404);
  assert.equal((await beta.post(`/orgs/2/competences/${webId}/areas`, { csrf_token: token, area_title: 'Intruder' })).status, 404);
  assert.equal((await beta.post(`/orgs/2/competences/${webId}/archive`, { csrf_token: token })).status, 404);
  // the pages of organisation 1 stay closed to beta's admin
  const shut = await beta.get(`/orgs/1/competences/${webId}`);
  assert.ok([403, 404].includes(shut.status));
  assert.doesNotMatch((await alpha.get(web)).text, /Intruder|Taken/);
});

test('a programme aims at competences of DigComp and of the own framework; a level off the scale is refused', async () => {
  const page = await alpha.get(`${programme}/competences`);
  assert.equal(page.status, 200);
  assert.match(page.text, /No target competences yet\./);
  programming = /<option value="(\d+)">DigComp 2\.2 · 3\.4 Programming<\/option>/.exec(page.text)[1];
  webCompetence = /<option value="(\d+)">Web development \(2027\) · WD1 Accessible HTML and CSS<\/option>/.exec(page.text)[1];
  const off = await alpha.submit(`${programme}/competences`, { competence_id: webCompetence, level: '5' });
  assert.equal(off.status, 400);
  assert.match(off.text, /Level 5 is not on the scale of this competence&#39;s framework\./);
  const off8 = await alpha.submit(`${programme}/competences`, { competence_id: programming, level: '9' });
  assert.equal(off8.status, 400);
  assert.match((await alpha.get(`${programme}/competences`)).text, /No target competences yet\./);
  assert.equal((await alpha.submit(`${programme}/competences`, { competence_id: programming, level: '5' })).status, 303);
  assert.equal((await alpha.submit(`${programme}/competences`, { competence_id: webCompetence, level: '3' })).status, 303);
  const set = await alpha.get(`${programme}/competences`);
  assert.match(set.text, /<tr><td>3\.4 Programming<\/td><td>Advanced 5<\/td>/);
  assert.match(set.text, /<tr><td>WD1 Accessible HTML and CSS<\/td><td>Expert<\/td>/);
  assert.match((await alpha.get(programme)).text, /href="\/orgs\/1\/programmes\/\d+\/competences">Target competences</);

  // beta cannot aim its programmes at alpha's competence: not offered, and refused when forged
  const bp = await beta.submit('/orgs/2/programmes/new', [['title_en', 'Beta course'], ['kind', 'online'], ['status', 'draft'], ['langs', 'en']], '/orgs/2/programmes');
  assert.equal(bp.status, 303);
  const betaProgramme = bp.location.replace('?saved=1', '');
  const choices = await beta.get(`${betaProgramme}/competences`);
  assert.match(choices.text, /DigComp 2\.2 · 3\.4 Programming/);
  assert.doesNotMatch(choices.text, /Web development|WD1/);
  const forged = await beta.submit(`${betaProgramme}/competences`, { competence_id: webCompetence, level: '1' });
  assert.equal(forged.status, 400);
  assert.match(forged.text, /Choose one of the options for Competence\./);
  assert.match((await beta.get(`${betaProgramme}/competences`)).text, /No target competences yet\./);
  // nor change alpha's programme's targets
  const tok = csrfFrom(choices.text);
  assert.equal((await beta.post(`/orgs/2/programmes/${programmeId}/competences`, { csrf_token: tok, competence_id: programming, level: '1' })).status, 404);
  // a scale cannot lose a level that a target uses
  const shrink = await alpha.submit(`${web}/edit`, { title: 'Web development (2027)', levels: 'Novice\nPractitioner' }, web);
  assert.equal(shrink.status, 400);
  assert.match(shrink.text, /Level 3 is in use: the scale cannot be shorter than that\./);
});

test('a trainer records assessments with evidence; a later one supersedes, both are kept', async () => {
  const first = await assess(alpha, nadiaPid, { competence_id: programming, level: '2', assessed_on: '2027-01-05', evidence_text: 'Wrote a loop that sums a list.', evidence_url: 'https://git.example.org/nadia/sum' });
  assert.equal(first.status, 303, first.text.slice(0, 400));
  assert.equal(first.location, `/orgs/1/people/${nadiaPid}/competences?saved=1`);
  const second = await assess(alpha, nadiaPid, { competence_id: programming, level: '4', assessed_on: '2027-01-12', evidence_text: 'Built a REST API with tests.' }, { name: 'api-review.pdf', bytes: PDF, type: 'application/pdf' });
  assert.equal(second.status, 303, second.text.slice(0, 400));
  const web1 = await assess(alpha, nadiaPid, { competence_id: webCompetence, level: '3', assessed_on: '2027-01-13' });
  assert.equal(web1.status, 303);

  const page = await alpha.get(`/orgs/1/people/${nadiaPid}/competences`);
  assert.match(page.text, /<h1>Competences of Nadia Amrani<\/h1>/);
  const prog = page.text.split('<h3>3.4 Programming</h3>')[1].split('</li>\n<li>')[0];
  assert.match(prog, /Current level: <strong>Intermediate 4<\/strong> · Tuesday 12 January 2027 · assessed by /);
  assert.match(prog, /Built a REST API with tests\./);
  assert.match(prog, /<a href="\/orgs\/1\/assessments\/(\d+)\/evidence">api-review\.pdf<\/a> \(1 KB\)/);
  assert.match(prog, /<summary>1 earlier assessment<\/summary>/);
  assert.match(prog, /<li><strong>Foundation 2<\/strong> · Tuesday 5 January 2027/);
  assert.match(prog, /<a href="https:\/\/git\.example\.org\/nadia\/sum" rel="noopener noreferrer">/);
  assert.match(page.text, /<h3>WD1 Accessible HTML and CSS<\/h3>\n<p>Current level: <strong>Expert<\/strong>/);
  assert.equal(historyCount(page.text), 3);

  const fileId = /\/orgs\/1\/assessments\/(\d+)\/evidence/.exec(prog)[1];
  firstAssessment = fileId;
  const file = await alpha.getBytes(`/orgs/1/assessments/${fileId}/evidence`);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  assert.deepEqual(file.body, PDF);
  const other = await beta.getBytes(`/orgs/2/assessments/${fileId}/evidence`);
  assert.equal(other.status, 404);
  assert.equal((await beta.get(`/orgs/2/people/${nadiaPid}/competences`)).status, 404);
});

test('bad assessments are refused with a clear message and nothing is saved', async () => {
  const cases = [
    [{ competence_id: programming, level: '9', assessed_on: '2027-01-10' }, null, /Level 9 is not on the scale of this competence&#39;s framework\./],
    [{ competence_id: webCompetence, level: '5', assessed_on: '2027-01-10' }, null, /Level 5 is not on the scale/],
    [{ competence_id: programming, level: '3', assessed_on: '2027-01-14' }, null, /The date of an assessment cannot be in the future\./],
    [{ competence_id: programming, level: '3', assessed_on: '2027-02-30' }, null, /aria-invalid="true" aria-describedby="e-assessed_on"/],
    [{ competence_id: programming, level: '3', assessed_on: '2027-01-10', evidence_url: 'javascript:alert(1)' }, null, /Give a web address that starts with https:\/\/ or http:\/\/\./],
    [{ competence_id: programming, level: '3', assessed_on: '2027-01-10' }, { name: 'notes.txt', bytes: Buffer.from('plain text') }, /notes\.txt is not a PDF, PNG or JPEG file\./],
    [{ competence_id: programming, level: '3', assessed_on: '2027-01-10' }, { name: 'fake.pdf', bytes: Buffer.from('MZ not a pdf') }, /fake\.pdf is not a PDF, PNG or JPEG file\./],
    [{ competence_id: programming, level: '3', assessed_on: '2027-01-10' }, { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]) }, /big\.pdf is 6\.0 MB: the limit is 5 MB\./],
    [{ competence_id: '999999', level: '3', assessed_on: '2027-01-10' }, null, /Choose one of the options for Competence\./],
  ];
  for (const [fields, file, message] of cases) {
    const res = await assess(alpha, nadiaPid, fields, file);
    assert.equal(res.status, 400, JSON.stringify(fields));
    assert.match(res.text, message);
    assert.match(res.text, /role="alert"|There is a problem|error-summary/i);
  }
  const page = await alpha.get(`/orgs/1/people/${nadiaPid}/competences`);
  assert.equal(historyCount(page.text), 3);
  // a PNG and a JPEG are accepted
  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64)]);
  assert.equal((await assess(alpha, omarPidFrom(await alpha.get(`/orgs/1/cohorts/${cohortId}/competences`)), { competence_id: webCompetence, level: '1', assessed_on: '2027-01-11' }, { name: 'screen.png', bytes: png })).status, 303);
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
  assert.equal((await assess(alpha, omarPid, { competence_id: webCompetence, level: '2', assessed_on: '2027-01-12' }, { name: 'photo.JPG', bytes: jpeg })).status, 303);
});

function omarPidFrom(res) {
  omarPid = /href="\/orgs\/1\/people\/(\d+)\/competences">Omar Haddad</.exec(res.text)[1];
  return omarPid;
}

test('the cohort grid shows every learner against the programme\'s aims, in three languages', async () => {
  const res = await alpha.get(`/orgs/1/cohorts/${cohortId}/competences`);
  assert.equal(res.status, 200);
  assert.match(res.text, /<h1>Progress of Winter group<\/h1>/);
  const cards = res.text.split('<ul class="grid-cards">')[1].split('</ul>')[0];
  const nadiaCard = cards.split('Nadia Amrani')[1].split('</li>')[0];
  assert.match(nadiaCard, /<dt>3\.4 Programming<\/dt><dd>4 \/ 5 <span class="warn">Below the aim<\/span><\/dd>/);
  assert.match(nadiaCard, /<dt>WD1 Accessible HTML and CSS<\/dt><dd>3 \/ 3 <span class="ok">Aim reached<\/span><\/dd>/);
  const omarCard = cards.split('Omar Haddad')[1].split('</li>')[0];
  assert.match(omarCard, /<dt>3\.4 Programming<\/dt><dd><span class="none">Not assessed<\/span><\/dd>/);
  assert.match(omarCard, /<dd>2 \/ 3 <span class="warn">Below the aim<\/span><\/dd>/);
  const table = res.text.split('<div class="grid-table">')[1];
  assert.match(table, /<th scope="row"><a href="\/orgs\/1\/people\/\d+\/competences">Nadia Amrani<\/a><\/th><td>4 \/ 5 /);
  assert.match(res.text, /Showing 1–2 of 2|Showing 1-2 of 2|2 /);
  assert.match((await alpha.get(cohort)).text, /href="\/orgs\/1\/cohorts\/\d+\/competences">Progress on competences</);

  await setLang(alpha, 'nl');
  const rnl = await alpha.get(`/orgs/1/cohorts/${cohortId}/competences`);
  assert.match(rnl.text, /<dt>3\.4 Programmeren<\/dt><dd>4 \/ 5 <span class="warn">Onder het doel<\/span>/);
  await setLang(alpha, 'fr');
  const rfr = await alpha.get(`/orgs/1/cohorts/${cohortId}/competences`);
  await setLang(alpha, 'en');
  assert.match(rfr.text, /<dt>3\.4 Programmer<\/dt><dd>4 \/ 5 <span class="warn">Sous l’objectif<\/span>/);
  assert.match(rfr.text, /Non évalué/);

  // another organisation: no grid, no search across
  assert.equal((await beta.get(`/orgs/2/cohorts/${cohortId}/competences`)).status, 404);
});

test('the learner sees their own competences on /learning, and only theirs', async () => {
  const page = await nadia.get('/learning');
  assert.equal(page.status, 200);
  const mine = page.text.split('id="my-competences"')[1];
  assert.match(mine, /<h3>3\.4 Programming<\/h3>\n<p>Alpha Training<\/p>\n<p>Current level: <strong>Intermediate 4<\/strong>/);
  assert.match(mine, /1 earlier assessment/);
  assert.doesNotMatch(page.text, /Omar Haddad|photo\.JPG|screen\.png/);
  const link = /href="(\/learning\/assessments\/\d+\/evidence)">api-review\.pdf/.exec(mine)[1];
  const file = await nadia.getBytes(link);
  assert.equal(file.status, 200);
  assert.deepEqual(file.body, PDF);
  // Omar's evidence is not Nadia's to read; staff pages stay closed to her
  const omarPage = await alpha.get(`/orgs/1/people/${omarPid}/competences`);
  const omarFile = /\/orgs\/1\/assessments\/(\d+)\/evidence">photo\.JPG/.exec(omarPage.text)[1];
  assert.equal((await nadia.getBytes(`/learning/assessments/${omarFile}/evidence`)).status, 404);
  assert.ok([403, 404].includes((await nadia.get(`/orgs/1/people/${nadiaPid}/competences`)).status));
  assert.ok([403, 404].includes((await nadia.get(`/orgs/1/cohorts/${cohortId}/competences`)).status));
  const anon = new Client(srv.base);
  const a = await anon.get(`/orgs/1/competences`);
  assert.ok([302, 303, 401, 403].includes(a.status));
});

test("a rule on a level of the organisation's own framework: off its scale refused; a lower level issues nothing, the level issues once", async () => {
  const made = await alpha.submit('/orgs/1/achievements/new', { name: 'Accessible front end', description: 'Writes accessible HTML and CSS.', criteria: 'Assessed Expert in WD1.', valid_months: '0' }, '/orgs/1/achievements');
  assert.equal(made.status, 303);
  const ach = made.location.replace('?saved=1', '');
  let page = await alpha.get(ach);
  assert.match(page.text, new RegExp(`<option value="${webCompetence}">Web development \\(2027\\) · WD1 Accessible HTML and CSS</option>`));
  // the scale has four levels (Novice, Practitioner, Expert, Mentor)
  let res = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'level', competence_id: webCompetence, min_level: '5' });
  assert.equal(res.status, 400);
  assert.match((await alpha.get(ach)).text, /Only by hand, for now\./);
  res = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'level', competence_id: webCompetence, min_level: '3' });
  assert.equal(res.status, 303);
  page = await alpha.get(ach);
  assert.match(page.text, /Issued on reaching Expert or higher in WD1 Accessible HTML and CSS\./);
  const issued = async () => ((await alpha.get('/orgs/1/credentials?q=omar')).text.match(/<td>Accessible front end<\/td>/g) || []).length;
  assert.equal((await assess(alpha, omarPid, { competence_id: webCompetence, level: '2', assessed_on: '2027-01-12' })).status, 303);
  assert.equal(await issued(), 0, 'Practitioner is below Expert');
  assert.equal((await assess(alpha, omarPid, { competence_id: webCompetence, level: '4', assessed_on: '2027-01-13' })).status, 303);
  assert.equal(await issued(), 1, 'Mentor is above Expert');
  assert.equal((await assess(alpha, omarPid, { competence_id: webCompetence, level: '3', assessed_on: '2027-01-13' })).status, 303);
  assert.equal(await issued(), 1, 'once per learner');
  // a refused assessment issues nothing
  assert.equal((await assess(alpha, omarPid, { competence_id: webCompetence, level: '9', assessed_on: '2027-01-13' })).status, 400);
  assert.equal(await issued(), 1);
});

test('an archived framework keeps its assessments and is no longer offered', async () => {
  const ask = await alpha.submit(web, {}, `${web}/archive`);
  assert.equal(ask.status, 200);
  assert.match(ask.text, /Archive Web development \(2027\)\?/);
  assert.match((await alpha.get('/orgs/1/competences')).text, /Web development \(2027\)<\/a><\/td><td>Alpha Training<\/td><td>1<\/td><td>In use<\/td>/);
  const res = await alpha.confirm(ask);
  assert.equal(res.status, 303);
  const list = await alpha.get('/orgs/1/competences');
  assert.match(list.text, /Web development \(2027\)<\/a><\/td><td>Alpha Training<\/td><td>1<\/td><td>Archived<\/td>/);
  const page = await alpha.get(web);
  assert.match(page.text, /Archived: kept with its assessments/);
  assert.doesNotMatch(page.text, /Add an area/);
  const token = csrfFrom(list.text);
  assert.equal((await alpha.post(`${web}/areas`, { csrf_token: token, area_title: 'Back end' })).status, 404);
  assert.doesNotMatch((await alpha.get(`${programme}/competences`)).text, /<option value="\d+">Web development/);
  const stale = await assess(alpha, nadiaPid, { competence_id: webCompetence, level: '2', assessed_on: '2027-01-13' });
  assert.equal(stale.status, 400);
  assert.match((await alpha.get(`/orgs/1/people/${nadiaPid}/competences`)).text, /<h3>WD1 Accessible HTML and CSS<\/h3>\n<p>Current level: <strong>Expert<\/strong>/);
});
