// Programmes and locations: create, validate, edit, and keep them to their organisation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

let srv, alpha, beta;
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
});
after(async () => { if (srv) await srv.stop(); });

const bootcamp = [
  ['title_en', 'Web developer bootcamp'], ['title_nl', 'Webontwikkelaar bootcamp'],
  ['description_en', 'Six months, Monday to Thursday.\nReal cases.'],
  ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'nl'], ['langs', 'fr'],
  ['min_age', '18'], ['max_age', '25'], ['jobseekers_only', '1'], ['region', 'brussels'],
  ['target_trained', '24'], ['target_certified', '0'], ['target_placed', '18'], ['target_reached', ''],
];

test('create a programme, read it back in each language, edit it', async () => {
  let res = await alpha.submit('/orgs/1/programmes/new', bootcamp, '/orgs/1/programmes');
  assert.equal(res.status, 303);
  const path = res.location.replace('?saved=1', '');
  assert.match(path, /^\/orgs\/1\/programmes\/\d+$/);
  const page = await alpha.get(path);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Web developer bootcamp<\/h1>/);
  assert.match(page.text, /18 to 25 years/);
  assert.match(page.text, /Nederlands, Français/);
  assert.match(page.text, /<tr><th scope="row">Trained<\/th><td>24<\/td><td>0 of 24 \(0%\)<\/td><\/tr>/);
  assert.match(page.text, /Six months, Monday to Thursday\.\nReal cases\./);
  await alpha.post('/language', { csrf_token: csrfFrom(page.text), lang: 'nl', next: '/' });
  assert.match((await alpha.get(path)).text, /<h1>Webontwikkelaar bootcamp<\/h1>/);
  await alpha.post('/language', { csrf_token: csrfFrom(page.text), lang: 'fr', next: '/' });
  assert.match((await alpha.get(path)).text, /<h1>Web developer bootcamp<\/h1>/, 'no French title: another one');
  await alpha.post('/language', { csrf_token: csrfFrom(page.text), lang: 'en', next: '/' });
  const list = await alpha.get('/orgs/1/programmes');
  assert.match(list.text, /Web developer bootcamp/);
  assert.match(list.text, /Open for enrolment/);
  // edit: only French now, status running
  const edited = bootcamp.filter(([k]) => !k.startsWith('title')).concat([['title_fr', 'Bootcamp développeur web']])
    .map(([k, v]) => (k === 'status' ? [k, 'running'] : [k, v]));
  res = await alpha.submit(path + '/edit', edited, path);
  assert.equal(res.status, 303);
  const after = await alpha.get(path);
  assert.match(after.text, /<h1>Bootcamp développeur web<\/h1>/); // the only title given
  assert.match(after.text, /Running/);
});

test('bad programme input: clear messages beside the fields, nothing saved', async () => {
  const before = (await alpha.get('/orgs/1/programmes')).text;
  const bad = [['title_en', ''], ['kind', 'circus'], ['status', 'open'], ['min_age', '30'], ['max_age', '12'],
    ['target_trained', '-4'], ['langs', 'de']];
  const res = await alpha.submit('/orgs/1/programmes/new', bad, '/orgs/1/programmes');
  assert.equal(res.status, 400);
  assert.match(res.text, /class="error-summary"/);
  assert.match(res.text, /title in at least one language/);
  assert.match(res.text, /Choose one of the options for Kind/);
  assert.match(res.text, /maximum age must not be below the minimum age/);
  assert.match(res.text, /Trained must be between 0 and 1000000/);
  assert.match(res.text, /at least one teaching language/);
  assert.match(res.text, /id="f-max_age"[^>]*aria-invalid="true"/);
  const ages = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'X'], ['kind', 'camp'], ['status', 'draft'], ['langs', 'en'], ['min_age', 'ten']], '/orgs/1/programmes');
  assert.equal(ages.status, 400);
  assert.match(ages.text, /whole number/);
  assert.equal((await alpha.get('/orgs/1/programmes')).text.match(/<tr>/g)?.length, before.match(/<tr>/g)?.length);
});

test('locations: the postcode must lie in the province; mobile places', async () => {
  let res = await alpha.submit('/orgs/1/locations/new', { name: 'Library bus', postcode: '9000', municipality: 'Gent', province: 'antwerp', mobile: '1' }, '/orgs/1/locations');
  assert.equal(res.status, 400);
  assert.match(res.text, /Postcode 9000 is in East Flanders/);
  res = await alpha.submit('/orgs/1/locations/new', { name: 'X', postcode: '123', municipality: '', province: 'mars' }, '/orgs/1/locations');
  assert.equal(res.status, 400);
  assert.match(res.text, /four digits/);
  assert.match(res.text, /Municipality is required/);
  assert.match(res.text, /Choose one of the options for Province/);
  res = await alpha.submit('/orgs/1/locations/new', { name: 'Library bus', postcode: '9000', municipality: 'Gent', province: 'east-flanders', mobile: '1' }, '/orgs/1/locations');
  assert.equal(res.status, 303);
  res = await alpha.submit('/orgs/1/locations/new', { name: 'Campus Molenbeek', address: 'Rue Ransfort 1', postcode: '1080', municipality: 'Molenbeek-Saint-Jean', province: 'brussels' }, '/orgs/1/locations');
  assert.equal(res.status, 303);
  const list = await alpha.get('/orgs/1/locations');
  assert.match(list.text, /Library bus<\/td><td>9000 Gent<\/td><td>East Flanders<\/td><td>Mobile/);
  assert.match(list.text, /Campus Molenbeek<\/td><td>1080 Molenbeek-Saint-Jean<\/td><td>Brussels-Capital Region<\/td><td>Fixed/);
  await alpha.post('/language', { csrf_token: csrfFrom(list.text), lang: 'nl', next: '/' });
  const nlList = await alpha.get('/orgs/1/locations');
  assert.match(nlList.text, /Library bus<\/td><td>9000 Gent<\/td><td>Oost-Vlaanderen<\/td><td>Mobiel/);
  await alpha.post('/language', { csrf_token: csrfFrom(list.text), lang: 'en', next: '/' });
  const edit = /href="(\/orgs\/1\/locations\/\d+\/edit)">Change<span class="sr"> Library bus/.exec(list.text)[1];
  res = await alpha.submit(edit, { name: 'Library bus Ghent', postcode: '9000', municipality: 'Gent', province: 'east-flanders' }, edit.replace('/edit', ''));
  assert.equal(res.status, 303);
  assert.match((await alpha.get('/orgs/1/locations')).text, /Library bus Ghent<\/td><td>9000 Gent<\/td><td>East Flanders<\/td><td>Fixed/);
});

test("another organisation's programmes and locations are 404, and its lists stay empty", async () => {
  const list = await alpha.get('/orgs/1/programmes');
  const id = /\/orgs\/1\/programmes\/(\d+)"/.exec(list.text)[1];
  // Beta asks for Alpha's programme under its own organisation: the statement filters by org
  assert.equal((await beta.get(`/orgs/2/programmes/${id}`)).status, 404);
  assert.equal((await beta.get(`/orgs/2/programmes/${id}/edit`)).status, 404);
  const token = csrfFrom((await beta.get('/orgs/2/programmes')).text);
  const res = await beta.post(`/orgs/2/programmes/${id}`, [['csrf_token', token], ...bootcamp.map(([k, v]) => [k, k === 'title_en' ? 'Hijacked' : v])]);
  assert.equal(res.status, 404);
  assert.doesNotMatch((await alpha.get(`/orgs/1/programmes/${id}`)).text, /Hijacked/);
  const loc = /\/orgs\/1\/locations\/(\d+)\/edit/.exec((await alpha.get('/orgs/1/locations')).text)[1];
  assert.equal((await beta.get(`/orgs/2/locations/${loc}/edit`)).status, 404);
  const bl = await beta.get('/orgs/2/programmes');
  assert.match(bl.text, /No programmes yet/);
  assert.doesNotMatch(bl.text, /bootcamp/i);
  assert.match((await beta.get('/orgs/2/locations')).text, /No locations yet/);
});
