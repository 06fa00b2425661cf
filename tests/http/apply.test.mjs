// Applying without an account: the organisation sets its questions; an applicant answers
// them on one page, in their language; bad answers are refused beside the field and
// nothing is saved; an applicant outside the programme's rules is told why, kindly, and
// pointed to programmes that fit; a confirmation mail in the applicant's language carries
// a personal link to follow the application, update the contact details or withdraw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

let srv, alpha, programme, pid, apply;
const answers = {};

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 5, 1, 10) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['title_fr', 'Développeur web'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'fr'], ['min_age', '18'], ['max_age', '25'], ['jobseekers_only', '1']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  await alpha.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2028-02-25'], ['capacity', '12']], `${programme}/cohorts`);
  apply = `/programmes/${pid}/apply`;
});
after(async () => { if (srv) await srv.stop(); });

test('staff set the questions of the application form', async () => {
  const qs = [
    { kind: 'long', label_en: 'Why do you want to become a developer?', label_fr: 'Pourquoi voulez-vous devenir développeur ?', required: '1', motivation: '1' },
    { kind: 'choice', label_en: 'How did you hear of us?', choices: 'A friend\nSocial media\nThe job centre', required: '1' },
    { kind: 'yesno', label_en: 'Do you have a laptop?', required: '1' },
    { kind: 'date', label_en: 'When could you start?', required: '' },
  ];
  for (const q of qs) assert.equal((await alpha.submit(programme, q, `${programme}/questions`)).status, 303, q.label_en);
  let r = await alpha.submit(programme, { kind: 'choice', label_en: 'One choice only', choices: 'Only', required: '1' }, `${programme}/questions`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Give at least two choices/);
  const page = await alpha.get(programme);
  assert.match(page.text, /Why do you want to become a developer\? <small>\(Long answer, required\)<\/small> <strong>Motivation<\/strong>/);
  const form = await new Client(srv.base).get(apply);
  assert.equal(form.status, 200);
  for (const [, name, label] of form.text.matchAll(/<label for="f-(q-\d+)">([^<]+)<\/label>/g)) answers[label] = name;
  for (const [, name, legend] of form.text.matchAll(/<fieldset id="f-(q-\d+)">\n<legend>([^<]+)<\/legend>/g)) answers[legend] = name;
  assert.equal(Object.keys(answers).length, 4, JSON.stringify(answers));
});

const person = (extra = {}) => ({
  name: 'Nadia <script>alert(1)</script> Amrani', email: 'nadia@applicant.test', phone: '0470 11 22 33',
  birth_date: '2005-03-01', municipality: 'Molenbeek', jobseeker: '1', ...extra,
});

function filled(extra = {}) {
  return {
    ...person(),
    [answers['Why do you want to become a developer?']]: 'I build websites for my family <b>already</b>.',
    [answers['How did you hear of us?']]: 'A friend',
    [answers['Do you have a laptop?']]: 'no',
    ...extra,
  };
}

test('bad answers are refused beside the field; nothing is sent', async () => {
  const c = new Client(srv.base);
  const cases = [
    [{ email: 'not-an-email' }, /E-mail address/],
    [{ birth_date: '2030-01-01' }, /The date of birth cannot be in the future/],
    [{ birth_date: '2005-02-30' }, /Enter a date that exists/],
    [{ [answers['Why do you want to become a developer?']]: '' }, /Why do you want to become a developer\?: an answer is needed/],
    [{ [answers['How did you hear of us?']]: 'The radio' }, /How did you hear of us\?: choose one of the options/],
    [{ [answers['Why do you want to become a developer?']]: 'x'.repeat(4001) }, /at most 4000 characters/],
    [{ [answers['When could you start? (optional)']]: '2027-13-01' }, /enter a date that exists/],
  ];
  for (const [extra, message] of cases) {
    const r = await c.submit(apply, filled(extra));
    assert.equal(r.status, 400, JSON.stringify(extra).slice(0, 80));
    assert.match(r.text, message);
  }
  assert.equal((await mails(srv.mailDir, 1, 300)).length, 0);
});

test('someone outside the rules is told why, kindly, and pointed to other programmes', async () => {
  const c = new Client(srv.base);
  let r = await c.submit(apply, filled({ birth_date: '1990-05-05' }));
  assert.equal(r.status, 200);
  assert.match(r.text, /This programme is for people aged 18 to 25 years on 2027-09-06; on that day you will be 37\./);
  assert.match(r.text, /href="\/programmes\?age=37"/);
  r = await c.submit(apply, filled({ jobseeker: '' }));
  assert.match(r.text, /This programme is for registered job-seekers/);
  assert.equal((await mails(srv.mailDir, 1, 300)).length, 0);
});

test('applying: a confirmation and a mail in the applicant language with a personal link', async () => {
  const c = new Client(srv.base, { lang: 'fr' });
  const form = await c.get(apply);
  assert.match(form.text, /<h1>Postuler : Développeur web<\/h1>/);
  const r = await c.submit(apply, filled());
  assert.equal(r.status, 303);
  assert.match(r.location, /^\/applications\/[A-Za-z0-9_-]{43}\?sent=1$/);
  const page = await c.get(r.location);
  assert.match(page.text, /Votre candidature est envoyée/);
  assert.doesNotMatch(page.text, /<script>alert/);
  const [mail] = await mails(srv.mailDir, 1);
  assert.equal(mail.to, 'nadia@applicant.test');
  assert.match(mail.subject, /Votre candidature pour Développeur web/);
  const link = linkIn(mail.body, '/applications/');
  assert.equal(link, r.location.replace('?sent=1', ''));
  // the personal link: update the contact details, then withdraw
  const anon = new Client(srv.base);
  let own = await anon.get(link);
  assert.equal(own.status, 200);
  let u = await anon.submit(link, { email: 'nope', municipality: 'Anderlecht' }, `${link}/contact`);
  assert.equal(u.status, 400);
  u = await anon.submit(link, { email: 'nadia.amrani@applicant.test', phone: '', municipality: 'Anderlecht' }, `${link}/contact`);
  assert.equal(u.status, 303);
  own = await anon.get(link);
  assert.match(own.text, /value="nadia.amrani@applicant.test"/);
  // withdrawing asks once more, saying what will happen; nothing changes until confirmed
  const ask = await anon.submit(link, {}, `${link}/withdraw`);
  assert.equal(ask.status, 200);
  assert.match(ask.text, /<h1>Withdraw your application to .+\?<\/h1>/);
  assert.match(ask.text, /will no longer consider your application to .+ This cannot be undone/);
  assert.match((await anon.get(link)).text, /Withdraw my application/);
  // the token of another visitor (another pre-session cookie) or none at all: asked again
  const other = new Client(srv.base);
  const otherPage = await other.get(link);
  const tokenOf = (t) => /name="confirm_token" value="([^"]+)"/.exec(t)[1];
  let replay = await other.post(`${link}/withdraw`, { csrf_token: csrfFrom(otherPage.text), confirm_token: tokenOf(ask.text) });
  assert.equal(replay.status, 200);
  assert.match(replay.text, /name="confirm_token"/);
  replay = await anon.post(`${link}/withdraw`, { csrf_token: csrfFrom(ask.text) });
  assert.equal(replay.status, 200);
  assert.match((await anon.get(link)).text, /Withdraw my application/);
  u = await anon.confirm(ask);
  assert.equal(u.status, 303);
  own = await anon.get(link);
  assert.match(own.text, /You withdrew this application/);
  assert.doesNotMatch(own.text, /Withdraw my application/);
  // a wrong or shortened token is simply not found
  assert.equal((await anon.get(link.slice(0, -1) + (link.endsWith('A') ? 'B' : 'A'))).status, 404);
  assert.equal((await anon.get('/applications/short')).status, 404);
});

test('drafts and closed programmes take no applications; another organisation cannot edit the form', async () => {
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Draft one'], ['kind', 'camp'], ['status', 'draft'], ['langs', 'en']], '/orgs/1/programmes');
  const draft = res.location.replace('?saved=1', '').split('/').pop();
  assert.equal((await new Client(srv.base).get(`/programmes/${draft}/apply`)).status, 404);
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const t = csrfFrom((await beta.get('/orgs/2')).text);
  assert.equal((await beta.post(`/orgs/2/programmes/${pid}/questions`, { csrf_token: t, kind: 'short', label_en: 'x' })).status, 404);
});

test('the pipeline: counts per programme and status, filters, duplicates flagged, names for admins only', async () => {
  const c = new Client(srv.base);
  for (const [name, email, phone, birth] of [
    ['Bram Peeters', 'bram@applicant.test', '0471 00 00 01', '2004-04-04'],
    ['Bram P.', 'BRAM@applicant.test', '', '2004-04-04'], // the same e-mail address
    ['Chloé Dubois', 'chloe@applicant.test', '0472 00 00 02', '2003-03-03'],
    ['C. Dubois', 'chloe.d@applicant.test', '0472 00 00 02', '2003-03-03'], // same phone and birth date
    ['Dina Unique', 'dina@applicant.test', '0473 00 00 03', '2002-02-02'],
  ]) {
    const r = await c.submit(apply, filled({ name, email, phone, birth_date: birth }));
    assert.equal(r.status, 303, name);
  }
  let page = await alpha.get('/orgs/1/applications');
  assert.equal(page.status, 200);
  // Nadia withdrew earlier; five received now
  assert.match(page.text, /<th scope="row"><a href="\?programme=\d+">Web developer<\/a><\/th><td class="num">5<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">1<\/td>/);
  const rows = [...page.text.matchAll(/<tr><td><a href="\/orgs\/1\/applications\/\d+">A-\d+<\/a><\/td><td>([^<]*)<\/td>[^]*?<\/tr>/g)].map((m) => [m[1], /Possible duplicate/.test(m[0])]);
  const flagged = Object.fromEntries(rows);
  assert.equal(flagged['Bram Peeters'], true);
  assert.equal(flagged['Bram P.'], true);
  assert.equal(flagged['Chloé Dubois'], true);
  assert.equal(flagged['C. Dubois'], true);
  assert.equal(flagged['Dina Unique'], false);
  page = await alpha.get('/orgs/1/applications?status=withdrawn');
  assert.equal([...page.text.matchAll(/<tr><td><a href="\/orgs\/1\/applications\/\d+">A-\d+<\/a><\/td>/g)].length, 1);
  assert.equal((await alpha.get('/orgs/1/applications?status=lost')).status, 400);
  assert.equal((await alpha.get('/orgs/1/applications?programme=abc')).status, 400);
  // a staff member who is not an admin works with codes, not names
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'staff@alpha.test', '--name', 'Staff', '--role', 'staff', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
  const staff = new Client(srv.base);
  await staff.signIn('staff@alpha.test');
  page = await staff.get('/orgs/1/applications');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /Bram|Chloé|Dina|Nadia|applicant\.test/);
  // another organisation sees nothing
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get('/orgs/1/applications')).status, 404);
  assert.doesNotMatch((await beta.get('/orgs/2/applications')).text, /Bram|Web developer/);
});

test('the form takes applications only in its window, and says when', async () => {
  let r = await alpha.submit(programme, { opens_at: '2027-06-10T09:00', closes_at: '2027-06-05T09:00', reviews_needed: '2', consent_age: '13' }, `${programme}/form`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Applications must close after they open/);
  r = await alpha.submit(programme, { opens_at: '', closes_at: '', reviews_needed: '0', consent_age: '13' }, `${programme}/form`);
  assert.equal(r.status, 400);
  r = await alpha.submit(programme, { opens_at: '2027-06-10T09:00', closes_at: '2027-06-30T17:00', reviews_needed: '3', consent_age: '16' }, `${programme}/form`);
  assert.equal(r.status, 303);
  assert.match((await alpha.get(programme)).text, /Takes applications from Thursday 2027-06-10 09:00 until Wednesday 2027-06-30 17:00\. 3 reviews per application; a guardian consents under 16\./);
  const c = new Client(srv.base);
  const early = await c.get(apply);
  assert.match(early.text, /Applications open on Thursday 2027-06-10 09:00\./);
  assert.match(early.text, /href="\/programmes"/);
  assert.doesNotMatch(early.text, /Send my application/);
  const before = (await mails(srv.mailDir, 99, 300)).length;
  const post = await c.post(apply, { ...filled({ email: 'early@applicant.test' }), csrf_token: csrfFrom(early.text) });
  assert.equal(post.status, 409);
  assert.equal((await mails(srv.mailDir, 99, 300)).length, before);
  r = await alpha.submit(programme, { opens_at: '2027-05-01T09:00', closes_at: '2027-05-31T17:00', reviews_needed: '2', consent_age: '13' }, `${programme}/form`);
  assert.equal(r.status, 303);
  assert.match((await c.get(apply)).text, /Applications closed on Monday 2027-05-31 17:00\./);
  r = await alpha.submit(programme, { opens_at: '', closes_at: '', reviews_needed: '2', consent_age: '13' }, `${programme}/form`);
  assert.equal(r.status, 303);
  assert.match((await c.get(apply)).text, /Send my application/);
});

async function importCsv(body, action) {
  const page = await alpha.get(`${programme}/import`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  fd.set('action', action);
  fd.set('file', new Blob([body], { type: 'text/csv' }), 'paper.csv');
  const res = await fetch(srv.base + `${programme}/import`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

test('paper forms: a CSV template, a dry run listing every bad line, nothing imported while any is wrong', async () => {
  const tpl = await alpha.get(`${programme}/import-template.csv`);
  assert.equal(tpl.status, 200);
  const header = tpl.text.replace(/^\uFEFF/, '').trim();
  assert.equal(header, 'name,email,phone,birth_date,municipality,jobseeker,lang,guardian_name,guardian_email,"Why do you want to become a developer?","How did you hear of us?","Do you have a laptop?","When could you start?"');
  const good = (n, email) => `Paper ${n},${email},+32 470 00 00 0${n},2004-01-0${n},Schaerbeek,yes,nl,,,"Ik wil leren, echt.",A friend,yes,`;
  const bad = [
    header,
    good(1, 'paper1@applicant.test'),
    '=HYPERLINK("http://evil"),paper2@applicant.test,,2004-01-02,Schaerbeek,yes,fr,,,Because,A friend,no,',
    `Paper 3,not-an-email,,2004-01-03,Schaerbeek,yes,en,,,Because,The radio,no,`,
    `Paper 4,paper4@applicant.test,,1980-01-04,Schaerbeek,yes,en,,,Because,A friend,no,`,
  ].join('\r\n');
  let r = await importCsv(bad, 'check');
  assert.equal(r.status, 400);
  const lines = [...r.text.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [Number(m[1]), m[2]]);
  assert.ok(lines.some(([l, m]) => l === 3 && /looks like a spreadsheet formula/.test(m)), JSON.stringify(lines));
  assert.ok(lines.some(([l, m]) => l === 4 && /E-mail address|e-mail/i.test(m)));
  assert.ok(lines.some(([l, m]) => l === 4 && /How did you hear of us\?: choose one of the options/.test(m)));
  assert.ok(lines.some(([l, m]) => l === 5 && /aged 18 to 25 years/.test(m)));
  assert.ok(!lines.some(([l]) => l === 2));
  const before = (await alpha.get('/orgs/1/applications')).text.match(/<tr><td><a href="\/orgs\/1\/applications\/\d+">A-\d+<\/a><\/td>/g).length;
  r = await importCsv(bad, 'import');
  assert.equal(r.status, 400);
  assert.match(r.text, /Nothing was imported/);
  assert.equal((await alpha.get('/orgs/1/applications')).text.match(/<tr><td><a href="\/orgs\/1\/applications\/\d+">A-\d+<\/a><\/td>/g).length, before);
  const fine = [header, good(1, 'paper1@applicant.test'), good(2, 'paper2@applicant.test')].join('\r\n');
  r = await importCsv(fine, 'check');
  assert.equal(r.status, 200);
  assert.match(r.text, /All 2 lines are valid/);
  assert.equal((await alpha.get('/orgs/1/applications')).text.match(/<tr><td><a href="\/orgs\/1\/applications\/\d+">A-\d+<\/a><\/td>/g).length, before);
  r = await importCsv(fine, 'import');
  assert.equal(r.status, 303);
  const list = await alpha.get(r.location);
  assert.match(list.text, /2 applications imported/);
  assert.match(list.text, /Paper 1/);
  // each one gets its personal link, in the language of its line
  const all = await mails(srv.mailDir, 99, 500);
  const paper = all.find((m) => m.to === 'paper1@applicant.test');
  assert.match(paper.subject, /Je kandidatuur voor/);
  // not for another organisation
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get(`/orgs/2/programmes/${pid}/import`)).status, 404);
});
