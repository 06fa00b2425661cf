// The public forms of intake: an applicant the programme's rules leave out gets the form
// back with every answer still filled in, and is pointed to the organisation's programmes
// that fit the rule that refused them (the age band, or job-seekers only); every public
// form (the application form, the applicant's own page, a guardian's consent page) shows
// the organisation's privacy notice in the reader's language, written by its
// administrators in English, Dutch and French, with a default text in each when they wrote
// none; a notice over the length limit is refused with a clear message and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

let srv, alpha;
const ids = {};
const answers = {};

async function programme(title, fields) {
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', title], ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'en'], ...fields], '/orgs/1/programmes');
  assert.equal(res.status, 303, title);
  return res.location.replace('?saved=1', '').split('/').pop();
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 5, 1, 10) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  ids.web = await programme('Web developer', [['min_age', '18'], ['max_age', '25'], ['jobseekers_only', '1']]);
  ids.data = await programme('Data analyst', [['min_age', '30'], ['max_age', '45']]);
  ids.coach = await programme('Job coaching', [['min_age', '30'], ['max_age', '45'], ['jobseekers_only', '1']]);
  ids.club = await programme('Coding club', [['min_age', '16'], ['max_age', '30']]);
  ids.camp = await programme('Youth camp', [['min_age', '10'], ['max_age', '17']]);
  const web = `/orgs/1/programmes/${ids.web}`;
  await alpha.submit(`${web}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2028-02-25'], ['capacity', '12']], `${web}/cohorts`);
  for (const q of [
    { kind: 'long', label_en: 'Why do you want to become a developer?', required: '1', motivation: '1' },
    { kind: 'choice', label_en: 'How did you hear of us?', choices: 'A friend\nSocial media\nThe job centre', required: '1' },
    { kind: 'yesno', label_en: 'Do you have a laptop?', required: '1' },
    { kind: 'date', label_en: 'When could you start?', required: '' },
    { kind: 'short', label_en: 'Your favourite language?', required: '' },
  ]) assert.equal((await alpha.submit(web, q, `${web}/questions`)).status, 303, q.label_en);
  const form = await new Client(srv.base).get(`/programmes/${ids.web}/apply`);
  for (const [, name, label] of form.text.matchAll(/<label for="f-(q-\d+)">([^<]+)<\/label>/g)) answers[label] = name;
  for (const [, name, legend] of form.text.matchAll(/<fieldset id="f-(q-\d+)">\n<legend>([^<]+)<\/legend>/g)) answers[legend] = name;
  assert.equal(Object.keys(answers).length, 5, JSON.stringify(answers));
});
after(async () => { if (srv) await srv.stop(); });

const typed = (extra = {}) => ({
  name: 'Yusuf "Joe" <b>Demir</b>', email: 'yusuf@applicant.test', phone: '0470 99 88 77',
  birth_date: '1990-05-05', municipality: 'Sint-Jans-Molenbeek', jobseeker: '1',
  [answers['Why do you want to become a developer?']]: 'Line one & more\nLine two <i>here</i>',
  [answers['How did you hear of us?']]: 'Social media',
  [answers['Do you have a laptop?']]: 'no',
  [answers['When could you start? (optional)']]: '2027-10-01',
  [answers['Your favourite language? (optional)']]: 'C, "of course"',
  ...extra,
});

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test('refused for age: the form comes back with every answer filled in, and the programmes that fit', async () => {
  const c = new Client(srv.base);
  const apply = `/programmes/${ids.web}/apply`;
  const r = await c.submit(apply, typed());
  assert.equal(r.status, 200);
  assert.match(r.text, /This programme is for people aged 18 to 25 years on 2027-09-06; on that day you will be 37\./);
  // every answer, as typed (escaped), in its field
  const f = typed();
  for (const name of ['name', 'email', 'phone', 'birth_date', 'municipality']) {
    assert.ok(r.text.includes(`name="${name}" value="${esc(f[name])}"`), `${name} kept`);
  }
  assert.match(r.text, /<input type="checkbox" name="jobseeker" value="1" checked>/);
  const why = answers['Why do you want to become a developer?'];
  assert.ok(r.text.includes(`name="${why}" rows="5">${esc(f[why])}</textarea>`), 'long answer kept');
  const hear = answers['How did you hear of us?'];
  assert.ok(r.text.includes(`name="${hear}" value="Social media" checked>`), 'choice kept');
  assert.ok(!r.text.includes(`name="${hear}" value="A friend" checked>`));
  const laptop = answers['Do you have a laptop?'];
  assert.ok(r.text.includes(`name="${laptop}" value="no" checked>`), 'yes/no kept');
  assert.ok(!r.text.includes(`name="${laptop}" value="yes" checked>`));
  const start = answers['When could you start? (optional)'];
  assert.ok(r.text.includes(`name="${start}" value="2027-10-01"`), 'date kept');
  const lang = answers['Your favourite language? (optional)'];
  assert.ok(r.text.includes(`name="${lang}" value="${esc(f[lang])}"`), 'short answer kept');
  assert.match(r.text, /Send my application/);
  // the organisation's open programmes for a 37-year-old job-seeker, and the catalogue by age
  assert.ok(r.text.includes(`href="/programmes/${ids.data}/apply">Data analyst</a> · 30 to 45 years`), r.text);
  assert.ok(r.text.includes(`href="/programmes/${ids.coach}/apply">Job coaching</a>`));
  assert.ok(!r.text.includes(`href="/programmes/${ids.club}/apply"`));
  assert.ok(!r.text.includes(`href="/programmes/${ids.camp}/apply"`));
  assert.match(r.text, /href="\/programmes\?age=37">See the programmes open to your age</);
  assert.doesNotMatch(r.text, /<b>Demir<\/b>/);
  assert.equal((await mails(srv.mailDir, 1, 300)).length, 0);
});

test('refused as not a job-seeker: pointed to programmes that do not ask for it, not "to your age"', async () => {
  const c = new Client(srv.base);
  const r = await c.submit(`/programmes/${ids.web}/apply`, typed({ birth_date: '2007-01-01', jobseeker: '' }));
  assert.equal(r.status, 200);
  assert.match(r.text, /This programme is for registered job-seekers/);
  assert.ok(r.text.includes('name="birth_date" value="2007-01-01"'));
  assert.match(r.text, /<input type="checkbox" name="jobseeker" value="1">/);
  // 20 on the first day, not a job-seeker: the coding club (16 to 30) fits; job coaching asks
  // for job-seekers, the others for another age
  assert.ok(r.text.includes(`href="/programmes/${ids.club}/apply">Coding club</a>`), r.text);
  for (const other of [ids.coach, ids.data, ids.camp]) assert.ok(!r.text.includes(`href="/programmes/${other}/apply"`));
  assert.doesNotMatch(r.text, /open to your age/);
  assert.match(r.text, /href="\/programmes">See the programmes open now</);
  // in French too
  const fr = await new Client(srv.base, { lang: 'fr' }).submit(`/programmes/${ids.web}/apply`, typed({ birth_date: '2007-01-01', jobseeker: '' }));
  assert.match(fr.text, /Les programmes de Alpha[^<]* qui vous conviennent/);
  assert.equal((await mails(srv.mailDir, 1, 300)).length, 0);
});

test('a bad answer beside a refusal-to-be: the answers stay too', async () => {
  const r = await new Client(srv.base).submit(`/programmes/${ids.web}/apply`, typed({ email: 'not-an-email' }));
  assert.equal(r.status, 400);
  assert.ok(r.text.includes('name="email" value="not-an-email"'));
  assert.ok(r.text.includes('name="municipality" value="Sint-Jans-Molenbeek"'));
  assert.doesNotMatch(r.text, /This programme does not fit/);
});

test('the default privacy notice, in the reader language, on the application form', async () => {
  const apply = `/programmes/${ids.club}/apply`;
  const en = await new Client(srv.base).get(apply);
  assert.match(en.text, /<h2 id="privacy">Your personal details<\/h2>/);
  assert.match(en.text, /keeps the details you give here to handle your application/);
  assert.match(en.text, /to see, correct or erase everything it keeps about you/);
  const nl = await new Client(srv.base, { lang: 'nl' }).get(apply);
  assert.match(nl.text, /<h2 id="privacy">Je persoonsgegevens<\/h2>/);
  assert.match(nl.text, /bewaart de gegevens die je hier invult/);
  const fr = await new Client(srv.base, { lang: 'fr' }).get(apply);
  assert.match(fr.text, /<h2 id="privacy">Vos données personnelles<\/h2>/);
  assert.match(fr.text, /conserve les données que vous indiquez ici/);
});

test('administrators write the notice in three languages; a notice too long changes nothing', async () => {
  const page = await alpha.get('/orgs/1/privacy');
  assert.equal(page.status, 200);
  assert.match(page.text, /keeps the details you give here/); // the default, shown as a start
  let r = await alpha.submit('/orgs/1/privacy', {
    privacy_en: 'Alpha keeps your details for two years.\nWrite to privacy@alpha.test to see, correct or erase them.',
    privacy_nl: 'Alpha bewaart je gegevens twee jaar. Schrijf naar privacy@alpha.test.',
    privacy_fr: 'Alpha conserve vos données deux ans. Écrivez à privacy@alpha.test.',
  });
  assert.equal(r.status, 303);
  assert.equal(r.location, '/orgs/1/privacy?saved=1');
  const apply = `/programmes/${ids.club}/apply`;
  assert.match((await new Client(srv.base).get(apply)).text, /Alpha keeps your details for two years\.\nWrite to privacy@alpha\.test/);
  const nl = (await new Client(srv.base, { lang: 'nl' }).get(apply)).text;
  assert.match(nl, /Alpha bewaart je gegevens twee jaar/);
  assert.doesNotMatch(nl, /Alpha keeps your details/);
  assert.match((await new Client(srv.base, { lang: 'fr' }).get(apply)).text, /Alpha conserve vos données deux ans/);
  // over the limit: a clear message beside the field, in the reader's language; nothing saved
  r = await alpha.submit('/orgs/1/privacy', { privacy_en: 'x'.repeat(4001), privacy_nl: 'Korter.', privacy_fr: '' });
  assert.equal(r.status, 400);
  assert.match(r.text, /Privacy notice in English can be at most 4000 characters/);
  assert.match(r.text, /href="#f-privacy_en"/);
  assert.match((await alpha.get('/orgs/1/privacy')).text, /Alpha bewaart je gegevens twee jaar/);
  assert.match((await new Client(srv.base).get(apply)).text, /Alpha keeps your details for two years/);
  // in the administrator's language
  assert.equal((await alpha.submit('/orgs/1/privacy', { lang: 'nl', next: '/orgs/1/privacy' }, '/language')).status, 303);
  r = await alpha.submit('/orgs/1/privacy', { privacy_en: 'x'.repeat(4001) });
  assert.equal(r.status, 400);
  assert.match(r.text, /Privacyverklaring in het Engels mag hoogstens 4000 tekens bevatten/);
  assert.equal((await alpha.submit('/orgs/1/privacy', { lang: 'en', next: '/orgs/1/privacy' }, '/language')).status, 303);
  // a language left empty shows the default text in that language
  r = await alpha.submit('/orgs/1/privacy', { privacy_en: 'Alpha keeps your details for two years.', privacy_nl: '', privacy_fr: '' });
  assert.equal(r.status, 303);
  const frText = (await new Client(srv.base, { lang: 'fr' }).get(apply)).text;
  assert.match(frText, /conserve les données que vous indiquez ici/);
  assert.doesNotMatch(frText, /Alpha keeps your details/);
  // only administrators; not another organisation's
  const add = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'staff@alpha.test', '--name', 'Staff', '--role', 'staff', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(add.code, 0, add.stderr);
  const staff = new Client(srv.base);
  await staff.signIn('staff@alpha.test');
  assert.equal((await staff.get('/orgs/1/privacy')).status, 403);
  const t = csrfFrom((await staff.get('/orgs/1')).text);
  assert.equal((await staff.post('/orgs/1/privacy', { csrf_token: t, privacy_en: 'Staff wrote this.' })).status, 403);
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get('/orgs/1/privacy')).status, 404);
  assert.match((await new Client(srv.base).get(apply)).text, /Alpha keeps your details for two years\./);
  assert.doesNotMatch((await new Client(srv.base).get(`/programmes/${ids.club}/apply`)).text, /Staff wrote this/);
});

test('the applicant page and a guardian consent page show the notice too', async () => {
  await alpha.submit('/orgs/1/privacy', { privacy_en: 'Alpha keeps your details for two years.', privacy_nl: 'Alpha bewaart je gegevens twee jaar.', privacy_fr: '' });
  const c = new Client(srv.base, { lang: 'nl' });
  const r = await c.submit(`/programmes/${ids.camp}/apply`, {
    name: 'Mila Jansen', email: 'mila@applicant.test', birth_date: '2015-03-03', municipality: 'Gent',
    guardian_name: 'Eva Jansen', guardian_email: 'eva@guardian.test',
  });
  assert.equal(r.status, 303, r.text.slice(0, 2000));
  assert.match((await c.get(r.location)).text, /Alpha bewaart je gegevens twee jaar/);
  const all = await mails(srv.mailDir, 2);
  const g = all.find((m) => m.to === 'eva@guardian.test');
  const consent = linkIn(g.body, '/consent/');
  const nl = await new Client(srv.base, { lang: 'nl' }).get(consent);
  assert.equal(nl.status, 200);
  assert.match(nl.text, /Alpha bewaart je gegevens twee jaar/);
  // no French written: the default text in French
  const fr = await new Client(srv.base, { lang: 'fr' }).get(consent);
  assert.match(fr.text, /<h2 id="privacy">Vos données personnelles<\/h2>/);
  assert.match(fr.text, /conserve les données que vous indiquez ici/);
  // a name too long comes back as typed, with the notice
  const long = 'G'.repeat(121);
  const bad = await new Client(srv.base).submit(consent, { by_name: long, action: 'give' });
  assert.equal(bad.status, 400);
  assert.ok(bad.text.includes(`value="${long}"`));
  assert.match(bad.text, /Alpha keeps your details for two years/);
});

test('paper forms: the job-seeker column takes yes or no in our three languages, and refuses anything else', async () => {
  const prog = `/orgs/1/programmes/${ids.club}`;
  const upload = async (body) => {
    const page = await alpha.get(`${prog}/import`);
    const fd = new FormData();
    fd.set('csrf_token', csrfFrom(page.text));
    fd.set('action', 'check');
    fd.set('file', new Blob([body], { type: 'text/csv' }), 'paper.csv');
    const res = await fetch(srv.base + `${prog}/import`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
    return { status: res.status, text: await res.text() };
  };
  const header = 'name,email,phone,birth_date,municipality,jobseeker,lang,guardian_name,guardian_email';
  const line = (n, js) => `Paper ${n},paper${n}@applicant.test,,2004-01-0${n},Gent,${js},nl,,`;
  let r = await upload([header, line(1, 'ja'), line(2, 'oui'), line(3, 'nee'), line(4, '')].join('\r\n'));
  assert.equal(r.status, 200, r.text.slice(0, 3000));
  assert.match(r.text, /All 4 lines are valid/);
  r = await upload([header, line(1, 'yes'), line(2, 'maybe')].join('\r\n'));
  assert.equal(r.status, 400);
  assert.match(r.text, /<tr><td>3<\/td><td>Registered job-seeker: answer yes or no\.<\/td><\/tr>/);
});
