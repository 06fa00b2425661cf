// Vendor certifications in a browser: on a 360 px phone, in English, Dutch and French, staff
// record a learner's exam attempt by clicking through the form (a refused date shows its
// message beside the field, then the attempt is saved and listed); the catalogue, the results
// import and the programme's "Certified" figure with the learners behind it pass axe with no
// sideways scrolling, at 360 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';
import { PASSWORD } from '../lib/server.mjs';

// 1 June 2027, 10:00 UTC
const NOW = Date.UTC(2027, 5, 1, 10) / 1000;
let srv, browser, programme;
const people = {}; // name → person id

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 1500)}`);
  return res.location;
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  programme = (await ok(await c.submit('/orgs/1/programmes/new', [['title_en', 'Cybersecurity analyst'],
    ['kind', 'certification'], ['status', 'open'], ['langs', 'en'], ['langs', 'nl'], ['langs', 'fr'],
    ['target_certified', '3']], '/orgs/1/programmes'), 'programme')).replace('?saved=1', '');
  const cohort = (await ok(await c.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-01-04'],
    ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`), 'cohort')).replace('?saved=1', '');
  for (const name of ['Amal Benali', 'Bert Claes', 'Chloé Dubois', 'Dirk Smet'])
    await ok(await c.submit(cohort, { name, email: `${name.split(' ')[0].toLowerCase()}@learners.test`, birth_date: '2001-03-04',
      jobseeker: '1' }, `${cohort}/enrol`), name);
  const page = await c.get(cohort);
  for (const m of page.text.matchAll(/<tr><td>([^<]+)<\/td>[\s\S]*?action="\/orgs\/1\/people\/(\d+)\/invite"/g)) people[m[1]] = m[2];
  assert.equal(Object.keys(people).length, 4, 'four learners on the roster');
  const certs = {};
  for (const [name, vendor, code] of [['CompTIA Security+', 'CompTIA', 'SY0-701'], ['Cisco CCNA', 'Cisco', '200-301']]) {
    await ok(await c.submit('/orgs/1/certifications/new', { name, vendor, exam_code: code, validity_months: '36' }, '/orgs/1/certifications'), code);
    const list = await c.get(`/orgs/1/certifications?q=${encodeURIComponent(code)}`);
    certs[code] = /\/orgs\/1\/certifications\/(\d+)\/edit/.exec(list.text)[1];
  }
  await ok(await c.submit(programme, [['certs', certs['SY0-701']], ['certs', certs['200-301']]], `${programme}/certifications`), 'required set');
  // Amal passed both: certified; Bert passed one
  for (const [who, code] of [['Amal Benali', 'SY0-701'], ['Amal Benali', '200-301'], ['Bert Claes', 'SY0-701']])
    await ok(await c.submit(`/orgs/1/people/${people[who]}/certifications`, { certification_id: certs[code], taken_on: '2027-04-12',
      result: 'passed', score: '790', place: 'test_centre' }, `/orgs/1/people/${people[who]}/attempts`), `${who} ${code}`);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { title: 'Certifications of Chloé Dubois', future: /is in the future/, saved: 'The attempt has been recorded.', passed: 'Passed', centre: 'Test centre' },
  nl: { title: 'Certificeringen van Chloé Dubois', future: /ligt in de toekomst/, saved: 'De poging is geregistreerd.', passed: 'Geslaagd', centre: 'Testcentrum' },
  fr: { title: 'Certifications de Chloé Dubois', future: /est dans le futur/, saved: 'La tentative a été enregistrée.', passed: 'Réussi', centre: "Centre d'examen" },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`staff record an exam attempt by clicking on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    await page.goto(`${srv.base}/orgs/1/people/${people['Chloé Dubois']}/certifications`);
    assert.equal(await page.locator('h1').textContent(), w.title);
    await checkPage(page, `attempts ${lang} 360`);
    const form = page.locator('main form[action$="/attempts"]');
    await form.locator('select[name=certification_id]').selectOption({ label: 'Cisco CCNA (Cisco, 200-301)' }).catch(async () => {
      // the option's text may carry only the name and code: pick by its text
      const value = await form.locator('select[name=certification_id] option', { hasText: '200-301' }).first().getAttribute('value');
      await form.locator('select[name=certification_id]').selectOption(value);
    });
    // a date after today: refused, said beside the field, nothing recorded
    await form.locator('input[name=taken_on]').fill('2027-06-20');
    await form.locator('select[name=result]').selectOption('passed');
    await form.locator('select[name=place]').selectOption('test_centre');
    await form.locator('button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').textContent(), w.future);
    assert.equal(await page.locator('main table tbody tr', { hasText: '200-301' }).count(), lang === 'en' ? 0 : lang === 'nl' ? 1 : 2);
    await checkPage(page, `attempt refused ${lang} 360`);
    // corrected and saved
    const again = page.locator('main form[action$="/attempts"]');
    await again.locator('input[name=taken_on]').fill('2027-05-0' + (lang === 'en' ? '2' : lang === 'nl' ? '3' : '4'));
    await again.locator('button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').textContent(), new RegExp(w.saved.replace('.', '\\.')));
    const row = page.locator('main table tbody tr', { hasText: '200-301' }).first();
    assert.match(await row.textContent(), new RegExp(`${w.passed}.*${w.centre}`));
    await checkPage(page, `attempt saved ${lang} 360`);
    await shot(page, `certifications-attempts-360-${lang}`);
    await ctx.close();
  });
}

for (const width of [360, 1280]) {
  test(`the catalogue, the import and the certified learners at ${width} px`, async () => {
    const ctx = await context(browser, width, width === 360 ? { hasTouch: true, isMobile: true } : {});
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, 'en');
    await page.goto(srv.base + '/orgs/1/certifications');
    await checkPage(page, `catalogue ${width}`);
    assert.match(await page.locator('main').textContent(), /Showing 1–2 of 2/);
    await shot(page, `certifications-catalogue-${width}`);
    await page.goto(srv.base + '/orgs/1/certifications/import');
    await checkPage(page, `import ${width}`);
    await page.goto(srv.base + programme);
    await checkPage(page, `programme ${width}`);
    // the figure: Amal only (Bert lacks CCNA; Chloé's CCNA alone does not make her certified)
    const figure = page.locator('main tr', { hasText: 'Certified' }).first();
    assert.match(await figure.textContent(), /Certified\s*3\s*1\b/);
    await figure.locator('a').first().click();
    await page.waitForLoadState();
    await checkPage(page, `certified learners ${width}`);
    const main = await page.locator('main').textContent();
    assert.match(main, /Amal Benali/);
    await shot(page, `certifications-certified-${width}`);
    await ctx.close();
  });
}
