// The public catalogue: open programmes of every organisation, filters alone and combined,
// invalid filters, ordering by next session, the public page of a programme, escaping,
// languages, and nothing private. The clock is fixed (TRAJECT_NOW) on Monday 2027-01-04.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

const NOW = 1799049600; // 2027-01-04 08:00 UTC
let srv, alpha, beta, anon;
const P = {}; // programme ids by key
const C = {}; // cohort ids by key

async function programme(client, org, key, fields) {
  const res = await client.submit(`/orgs/${org}/programmes/new`, fields, `/orgs/${org}/programmes`);
  assert.equal(res.status, 303, `programme ${key}: ${res.text.slice(0, 400)}`);
  P[key] = Number(/\/programmes\/(\d+)/.exec(res.location)[1]);
}

async function location(client, org, fields) {
  const res = await client.submit(`/orgs/${org}/locations/new`, fields, `/orgs/${org}/locations`);
  assert.equal(res.status, 303, `location ${fields.name}: ${res.text.slice(0, 400)}`);
  const list = await client.get(`/orgs/${org}/locations`);
  const m = new RegExp(`/orgs/${org}/locations/(\\d+)/edit">[^<]*<span class="sr"> ${fields.name}<`).exec(list.text);
  assert.ok(m, `location ${fields.name} listed`);
  return m[1];
}

async function cohort(client, org, key, programmeKey, fields, sessions = []) {
  const res = await client.submit(`/orgs/${org}/programmes/${P[programmeKey]}/cohorts/new`, fields,
    `/orgs/${org}/programmes/${P[programmeKey]}/cohorts`);
  assert.equal(res.status, 303, `cohort ${key}: ${res.text.slice(0, 400)}`);
  C[key] = Number(/\/cohorts\/(\d+)/.exec(res.location)[1]);
  for (const [date, start, end] of sessions) {
    const s = await client.submit(`/orgs/${org}/cohorts/${C[key]}`, { date, start, end }, `/orgs/${org}/cohorts/${C[key]}/sessions`);
    assert.equal(s.status, 303, `session ${date} of ${key}: ${s.text.slice(0, 400)}`);
  }
}

const prog = (fields) => Object.entries({ kind: 'bootcamp', status: 'open', target_trained: '10', ...fields })
  .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  anon = new Client(srv.base);

  // Alpha Training (organisation 1)
  const molenbeek = await location(alpha, 1, { name: 'Campus Molenbeek', postcode: '1080', municipality: 'Molenbeek-Saint-Jean', province: 'brussels' });
  const liege = await location(alpha, 1, { name: 'Espace Liège', postcode: '4000', municipality: 'Liège', province: 'liege' });
  const gentA = await location(alpha, 1, { name: 'Gent hall', postcode: '9000', municipality: 'Gent', province: 'east-flanders' });
  await programme(alpha, 1, 'web', prog({
    title_en: 'Web developer bootcamp', title_nl: 'Webontwikkelaar bootcamp',
    description_en: 'Six months, Monday to Thursday.\nReal cases from real customers.\n\nSelection on motivation alone.',
    kind: 'bootcamp', langs: ['nl', 'fr'], min_age: '18', max_age: '25', jobseekers_only: '1', region: 'brussels',
    target_trained: '24',
  }));
  await cohort(alpha, 1, 'web1', 'web', { name: 'Spring 2027', starts_on: '2027-02-01', ends_on: '2027-06-30', capacity: '2', location_id: molenbeek },
    [['2027-02-01', '09:00', '16:00'], ['2027-02-02', '09:00', '16:00']]);
  await cohort(alpha, 1, 'webOld', 'web', { name: 'Autumn 2026 group', starts_on: '2026-09-01', ends_on: '2026-12-18', capacity: '12', location_id: gentA });
  await programme(alpha, 1, 'cyber', prog({
    title_en: '<script>alert(1)</script> Cyber track', kind: 'certification', langs: ['en'], min_age: '16',
  }));
  await cohort(alpha, 1, 'cyber1', 'cyber', { name: 'Liège evening group', starts_on: '2027-01-18', ends_on: '2027-03-31', capacity: '20', location_id: liege },
    [['2027-01-20', '18:00', '21:00']]);
  await programme(alpha, 1, 'draftCamp', prog({ title_en: 'Alpha draft camp', kind: 'camp', status: 'draft', langs: ['en'] }));
  await cohort(alpha, 1, 'draft1', 'draftCamp', { name: 'Draft group', starts_on: '2027-07-01', ends_on: '2027-07-05', capacity: '30', location_id: gentA },
    [['2027-07-01', '10:00', '16:00']]);
  await programme(alpha, 1, 'closed', prog({ title_en: 'Alpha closed course', kind: 'online', status: 'closed', langs: ['en'] }));
  await programme(alpha, 1, 'running', prog({ title_en: 'Alpha running bootcamp', status: 'running', langs: ['en'] }));

  // Beta Fund (organisation 2)
  const hasselt = await location(beta, 2, { name: 'Science bus', postcode: '3500', municipality: 'Hasselt', province: 'limburg', mobile: '1' });
  const gentB = await location(beta, 2, { name: 'Beta Gent lab', postcode: '9000', municipality: 'Gent', province: 'east-flanders' });
  await programme(beta, 2, 'stem', prog({ title_nl: 'STEM-workshops voor jongeren', title_en: 'STEM workshops for youngsters', kind: 'workshops', langs: ['nl'], min_age: '10', max_age: '18' }));
  await cohort(beta, 2, 'stem1', 'stem', { name: 'Hasselt winter', starts_on: '2027-01-09', ends_on: '2027-03-27', capacity: '15', location_id: hasselt },
    [['2027-01-10', '10:00', '12:00']]);
  await cohort(beta, 2, 'stemOld', 'stem', { name: 'Gent summer 2026', starts_on: '2026-07-01', ends_on: '2026-07-31', capacity: '15', location_id: gentB });
  await programme(beta, 2, 'online', prog({ title_fr: 'Cours en ligne de Beta', title_en: 'Beta online course', kind: 'online', langs: ['fr', 'en'] }));
  await programme(beta, 2, 'betaDraft', prog({ title_en: 'Beta draft bootcamp', status: 'draft', langs: ['en'] }));
});
after(async () => { if (srv) await srv.stop(); });

// The programme ids listed, in order.
function listed(html) {
  return [...html.matchAll(/<h3 lang="[a-z]{2}"><a href="\/programmes\/(\d+)">/g)].map((m) => Number(m[1]));
}
async function search(query, client = anon) {
  const res = await client.get('/programmes' + (query ? '?' + query : ''));
  assert.equal(res.status, 200, `${query}: ${res.status}`);
  return listed(res.text);
}

test('anonymous visitors see the open programmes of every organisation, by next session', async () => {
  const res = await anon.get('/programmes');
  assert.equal(res.status, 200);
  // next sessions: STEM 2027-01-10, cyber 01-20, web 02-01; the online course has none: last
  assert.deepEqual(listed(res.text), [P.stem, P.cyber, P.web, P.online]);
  assert.match(res.text, /Alpha Training/);
  assert.match(res.text, /Beta Fund/);
  for (const hidden of ['Alpha draft camp', 'Alpha closed course', 'Alpha running bootcamp', 'Beta draft bootcamp'])
    assert.doesNotMatch(res.text, new RegExp(hidden), hidden);
  assert.match(res.text, /4 programmes found/);
  assert.match(res.text, /Sunday 2027-01-10/); // STEM's next session
  assert.match(res.text, /Not planned yet/); // the online course
  assert.match(res.text, /18 to 25 years · Job-seekers only · Region: Brussels/);
  assert.match(res.text, /Nederlands, Français/);
  // a signed-in member of another organisation sees the same catalogue
  assert.deepEqual(listed((await beta.get('/programmes')).text), [P.stem, P.cyber, P.web, P.online]);
});

test('a title with markup is escaped, in the list and on its page', async () => {
  const list = await anon.get('/programmes');
  assert.doesNotMatch(list.text, /<script>alert/);
  assert.match(list.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt; Cyber track/);
  const page = await anon.get(`/programmes/${P.cyber}`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /<script>alert/);
  assert.match(page.text, /<h1 lang="en">&lt;script&gt;alert\(1\)&lt;\/script&gt; Cyber track<\/h1>/);
});

test('each filter alone', async () => {
  assert.deepEqual(await search('province=brussels'), [P.web]);
  assert.deepEqual(await search('province=liege'), [P.cyber]);
  assert.deepEqual(await search('province=limburg'), [P.stem]);
  // Gent: Alpha's cohort there ended, Beta's too, and the draft camp is not public
  assert.deepEqual(await search('province=east-flanders'), []);
  assert.deepEqual(await search('municipality=Gent'), []);
  assert.deepEqual(await search('municipality=hasselt'), [P.stem]);
  assert.deepEqual(await search('municipality=%20HASSELT%20'), [P.stem]);
  assert.deepEqual(await search('municipality=Molenbeek-Saint-Jean'), [P.web]);
  assert.deepEqual(await search('municipality=Hassel'), [], 'the whole name, not a part');
  assert.deepEqual(await search('age=20'), [P.cyber, P.web, P.online]);
  assert.deepEqual(await search('age=12'), [P.stem, P.online]);
  assert.deepEqual(await search('age=17'), [P.stem, P.cyber, P.online]);
  assert.deepEqual(await search('age=18'), [P.stem, P.cyber, P.web, P.online], 'bands include both ends');
  assert.deepEqual(await search('age=0'), [P.online]);
  assert.deepEqual(await search('lang=fr'), [P.web, P.online]);
  assert.deepEqual(await search('lang=nl'), [P.stem, P.web]);
  assert.deepEqual(await search('lang=en'), [P.cyber, P.online]);
  assert.deepEqual(await search('kind=workshops'), [P.stem]);
  assert.deepEqual(await search('kind=online'), [P.online]); // not the closed one
  assert.deepEqual(await search('kind=camp'), []); // only a draft
  assert.deepEqual(await search('kind=certification'), [P.cyber]);
  // empty values filter nothing
  assert.deepEqual(await search('province=&municipality=&age=&lang=&kind='), [P.stem, P.cyber, P.web, P.online]);
});

test('filters combined', async () => {
  assert.deepEqual(await search('lang=fr&age=20&kind=bootcamp'), [P.web]);
  assert.deepEqual(await search('province=brussels&age=30'), []);
  assert.deepEqual(await search('province=limburg&lang=nl&age=12&municipality=Hasselt&kind=workshops'), [P.stem]);
  assert.deepEqual(await search('province=limburg&lang=fr'), []);
  assert.deepEqual(await search('municipality=Hasselt&kind=bootcamp'), []);
  assert.deepEqual(await search('lang=en&age=40'), [P.cyber, P.online]);
  assert.deepEqual(await search('province=liege&municipality=li%C3%A8ge&age=16'), [P.cyber]);
});

test('the filters keep their values; no result says so kindly', async () => {
  const res = await anon.get('/programmes?province=limburg&municipality=Hasselt&age=40&lang=nl&kind=workshops');
  assert.equal(res.status, 200);
  assert.match(res.text, /<option value="limburg" selected>Limburg<\/option>/);
  assert.match(res.text, /<input type="text" id="f-municipality" name="municipality" value="Hasselt"/);
  assert.match(res.text, /<input type="number" id="f-age" name="age" value="40"/);
  assert.match(res.text, /<option value="nl" selected>Nederlands<\/option>/);
  assert.match(res.text, /<option value="workshops" selected>Workshop series<\/option>/);
  assert.match(res.text, /<form method="get" action="\/programmes"/);
  for (const f of ['province', 'municipality', 'age', 'lang', 'kind'])
    assert.match(res.text, new RegExp(`<label for="f-${f}">`), `label for ${f}`);
  assert.match(res.text, /No open programme matches these filters yet/);
  assert.match(res.text, /href="\/programmes">Clear the filters/);
  assert.deepEqual(listed(res.text), []);
});

test('invalid filters: 400 with a message beside the field, and no crash', async () => {
  const cases = [
    ['age=abc', 'age', /Age must be a whole number\./],
    ['age=300', 'age', /Age must be between 0 and 120\./],
    ['age=-1', 'age', /Age must be between 0 and 120\./],
    ['age=99999999999999999999999', 'age', /Age must be a whole number\./],
    ['province=mars', 'province', /Choose one of the options for Province\./],
    ['kind=circus', 'kind', /Choose one of the options for Kind\./],
    ['lang=de', 'lang', /Choose one of the options for Teaching language\./],
    ['municipality=' + 'x'.repeat(101), 'municipality', /Municipality can be at most 100 characters\./],
    ['municipality=a%01b', 'municipality', /Municipality contains characters that are not allowed\./],
  ];
  for (const [query, field, message] of cases) {
    const res = await anon.get('/programmes?' + query);
    assert.equal(res.status, 400, query);
    assert.match(res.text, new RegExp(`<small id="e-${field}" class="field-error">${message.source}</small>`), query);
    assert.match(res.text, new RegExp(`id="f-${field}"[^>]*aria-invalid="true" aria-describedby="e-${field}"`), query);
    assert.match(res.text, /class="error-summary"/, query);
    assert.deepEqual(listed(res.text), [], query);
  }
  // the value sent stays in the field to be corrected
  const bad = await anon.get('/programmes?age=abc&municipality=Hasselt');
  assert.match(bad.text, /name="age" value="abc"/);
  assert.match(bad.text, /name="municipality" value="Hasselt"/);
  // and the server is still fine
  assert.deepEqual(await search(''), [P.stem, P.cyber, P.web, P.online]);
  // in French
  const fr = await new Client(srv.base, { lang: 'fr' }).get('/programmes?age=abc&province=mars');
  assert.equal(fr.status, 400);
  assert.match(fr.text, /Âge doit être un nombre entier\./);
  assert.match(fr.text, /Choisissez une des options pour Province\./);
});

test('the public page of an open programme: facts, paragraphs, cohorts that have not ended', async () => {
  const res = await anon.get(`/programmes/${P.web}`);
  assert.equal(res.status, 200);
  const t = res.text;
  assert.match(t, /<h1 lang="en">Web developer bootcamp<\/h1>/);
  assert.match(t, /<p class="prose" lang="en">Six months, Monday to Thursday\.\nReal cases from real customers\.<\/p>\n<p class="prose" lang="en">Selection on motivation alone\.<\/p>/);
  assert.match(t, /<dt>Organisation<\/dt><dd>Alpha Training<\/dd>/);
  assert.match(t, /<dt>Kind<\/dt><dd>Bootcamp<\/dd>/);
  assert.match(t, /<dt>Ages<\/dt><dd>18 to 25 years<\/dd>/);
  assert.match(t, /<dt>Only for job-seekers<\/dt><dd>Yes<\/dd>/);
  assert.match(t, /<dt>Region where participants live<\/dt><dd>Brussels<\/dd>/);
  assert.match(t, /<dt>Teaching languages<\/dt><dd>Nederlands, Français<\/dd>/);
  assert.match(t, /<h3>Spring 2027<\/h3>/);
  assert.match(t, /2027-02-01 – 2027-06-30/);
  assert.match(t, /Campus Molenbeek, Molenbeek-Saint-Jean \(Brussels-Capital Region\)/);
  assert.match(t, /<dt>Places left<\/dt><dd>2<\/dd>/);
  assert.match(t, /Monday 2027-02-01, 09:00–16:00/);
  assert.doesNotMatch(t, /Autumn 2026 group|Gent hall/, 'a cohort that ended is not shown');
  assert.doesNotMatch(t, /Target|To train|>24</, 'no targets');
  // the programme without cohorts
  const online = await anon.get(`/programmes/${P.online}`);
  assert.equal(online.status, 200);
  assert.match(online.text, /No group is planned yet/);
  assert.match(online.text, /<dt>Ages<\/dt><dd>Any age<\/dd>/);
  assert.match(online.text, /<dt>Region where participants live<\/dt><dd>Any region<\/dd>/);
});

test('places left, then "Full"; learners never shown', async () => {
  const cohortPage = `/orgs/1/cohorts/${C.web1}`;
  for (const name of ['Learner Canary One', 'Learner Canary Two']) {
    const res = await alpha.submit(cohortPage, { name, birth_date: '2005-03-01', jobseeker: '1', email: `${name.split(' ')[2]}@canary.test` }, `${cohortPage}/enrol`);
    assert.equal(res.status, 303, res.text.slice(0, 400));
  }
  const res = await anon.get(`/programmes/${P.web}`);
  assert.match(res.text, /<dt>Places left<\/dt><dd><strong class="full">Full<\/strong><\/dd>/);
  assert.doesNotMatch(res.text, /Canary|canary\.test|Admin of Alpha/);
  assert.doesNotMatch((await anon.get('/programmes')).text, /Canary|canary\.test|Admin of Alpha/);
});

test('draft, closed, unknown and malformed ids are 404; a running programme is public', async () => {
  for (const key of ['draftCamp', 'closed', 'betaDraft']) {
    const res = await anon.get(`/programmes/${P[key]}`);
    assert.equal(res.status, 404, key);
    assert.doesNotMatch(res.text, /Alpha draft camp|Alpha closed course|Beta draft bootcamp/);
    assert.equal((await alpha.get(`/programmes/${P[key]}`)).status, 404, `${key}, signed in`);
  }
  for (const path of ['/programmes/999999', '/programmes/abc', '/programmes/0', '/programmes/-1', '/programmes/1e3', '/programmes/99999999999999999999999'])
    assert.equal((await anon.get(path)).status, 404, path);
  const running = await anon.get(`/programmes/${P.running}`);
  assert.equal(running.status, 200);
  assert.match(running.text, /<h1 lang="en">Alpha running bootcamp<\/h1>/);
});

test('staff page links to the public page only when it is public; visitors find the catalogue', async () => {
  const open = await alpha.get(`/orgs/1/programmes/${P.web}`);
  assert.match(open.text, new RegExp(`<a href="/programmes/${P.web}">See the public page</a>`));
  const running = await alpha.get(`/orgs/1/programmes/${P.running}`);
  assert.match(running.text, new RegExp(`<a href="/programmes/${P.running}">See the public page</a>`));
  for (const key of ['draftCamp', 'closed'])
    assert.doesNotMatch((await alpha.get(`/orgs/1/programmes/${P[key]}`)).text, /See the public page/, key);
  const signIn = await anon.get('/sign-in');
  assert.match(signIn.text, /<nav aria-label="Main">[\s\S]*<a href="\/programmes">Find a training<\/a>/);
  assert.match((await anon.get('/programmes')).text, /<a href="\/programmes" aria-current="page">Find a training<\/a>/);
});

test('in French and Dutch, from Accept-Language', async () => {
  const fr = new Client(srv.base, { lang: 'fr-BE,fr;q=0.9' });
  let res = await fr.get('/programmes');
  assert.equal(res.status, 200);
  assert.match(res.text, /<html lang="fr">/);
  assert.match(res.text, /<h1>Trouver une formation<\/h1>/);
  assert.match(res.text, /<label for="f-province">Province<\/label>/);
  assert.match(res.text, /<option value="east-flanders">Flandre-Orientale<\/option>/);
  assert.match(res.text, /4 formations trouvées/);
  assert.match(res.text, /Cours en ligne de Beta/); // the French title
  // no French title: another one, marked as English for screen readers
  assert.match(res.text, new RegExp(`<h3 lang="en"><a href="/programmes/${P.web}">Web developer bootcamp</a>`));
  assert.match(res.text, new RegExp(`<h3 lang="fr"><a href="/programmes/${P.online}">Cours en ligne de Beta</a>`));
  assert.match(res.text, /dimanche 2027-01-10|Dimanche 2027-01-10/);
  res = await fr.get(`/programmes/${P.web}`);
  assert.match(res.text, /<dt>Places restantes<\/dt>/);
  assert.match(res.text, /<p class="prose" lang="en">Six months/);
  assert.match(res.text, /Groupes et dates/);

  const nl = new Client(srv.base, { lang: 'nl' });
  res = await nl.get('/programmes?province=limburg');
  assert.match(res.text, /<html lang="nl">/);
  assert.match(res.text, /<h1>Een opleiding zoeken<\/h1>/);
  assert.match(res.text, /STEM-workshops voor jongeren/);
  assert.match(res.text, /Eén opleiding gevonden/);
  res = await nl.get('/programmes?kind=camp');
  assert.match(res.text, /Geen open opleiding/);
  res = await nl.get('/programmes?age=abc');
  assert.equal(res.status, 400);
  assert.match(res.text, /Leeftijd moet een geheel getal zijn\./);
  res = await nl.get(`/programmes/${P.web}`);
  assert.match(res.text, /<h1 lang="nl">Webontwikkelaar bootcamp<\/h1>/);
  assert.match(res.text, /<dt>Vrije plaatsen<\/dt><dd><strong class="full">Volzet<\/strong>/);
});

test('switching the language keeps the filters', async () => {
  const c = new Client(srv.base);
  const page = await c.get('/programmes?province=brussels&municipality=Saint-Gilles%20%26%20co&age=20');
  assert.match(page.text, /name="next" value="\/programmes\?province=brussels&amp;municipality=Saint-Gilles%20%26%20co&amp;age=20"/);
  const res = await c.post('/language', { csrf_token: csrfFrom(page.text), lang: 'fr', next: '/programmes?province=brussels&age=20' });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/programmes?province=brussels&age=20');
  // never elsewhere
  const away = await c.post('/language', { csrf_token: csrfFrom(page.text), lang: 'fr', next: '//evil.example/x' });
  assert.equal(away.location, '/');
});
