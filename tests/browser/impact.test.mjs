// The impact of a programme in a browser: on a 360 px phone in English, Dutch and French, staff
// open it from the programme's dashboard, break the figures down by age band with the form
// (no JavaScript needed), read the chart and its table (small counts shown as "< 10"), and open
// the people behind a visible figure; every page passes axe with no sideways scrolling, at 360
// and at 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 20, 10) / 1000;
let srv, browser, programme;

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 1500)}`);
  return res.location;
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  programme = (await ok(await c.submit('/orgs/1/programmes/new', [['title_en', 'Code for all'], ['title_nl', 'Code voor iedereen'],
    ['title_fr', 'Du code pour tous'], ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'en'], ['langs', 'nl'], ['langs', 'fr'],
    ['target_reached', '20']], '/orgs/1/programmes'), 'programme')).replace('?saved=1', '');
  const cohort = (await ok(await c.submit(`${programme}/cohorts/new`, [['name', 'Winter'], ['starts_on', '2027-01-04'],
    ['ends_on', '2027-06-30'], ['capacity', '30']], `${programme}/cohorts`), 'cohort')).replace('?saved=1', '');
  const people = [];
  for (let i = 0; i < 12; i++) people.push([`Amira Haddad ${i}`, '2002-02-1' + (i % 9), 'Molenbeek-Saint-Jean']);
  for (let i = 0; i < 3; i++) people.push([`Lotte Peeters ${i}`, '2013-06-01', 'Leuven']);
  // the smallest group above 9, hidden with the pupils' so that the total gives neither away
  for (let i = 0; i < 11; i++) people.push([`Jean Dubois ${i}`, '1985-09-0' + ((i % 9) + 1), 'Schaerbeek']);
  for (const [name, birth_date, municipality] of people)
    await ok(await c.submit(cohort, { name, birth_date, municipality }, `${cohort}/enrol`), name);
  // Alpha publishes its figures at /impact
  await ok(await c.submit('/orgs/1/impact', { on: '1' }, '/orgs/1/impact/publish'), 'publish');
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { link: 'Impact: these figures by period', by: 'Age band', young: '10 to 14', adults: '18 to 25', older: '35 to 49', hidden: 'hidden' },
  nl: { link: 'Impact: deze cijfers per periode', by: 'Leeftijdsgroep', young: '10 tot 14', adults: '18 tot 25', older: '35 tot 49', hidden: 'verborgen' },
  fr: { link: 'Impact : ces chiffres par période', by: "Tranche d'âge", young: '10 à 14 ans', adults: '18 à 25 ans', older: '35 à 49 ans', hidden: 'masqué' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`staff read a programme's impact by age band on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    await page.goto(srv.base + programme);
    await page.locator('main a', { hasText: w.link }).click();
    await page.waitForLoadState();
    await checkPage(page, `impact ${lang} 360`);
    // the form: break down by age band
    await page.locator('main form.filters select[name=by]').selectOption('age');
    await page.locator('main form.filters button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(page.url(), /by=age/);
    await checkPage(page, `impact by age ${lang} 360`);
    const young = page.locator('main table tbody tr', { hasText: w.young });
    assert.match(await young.textContent(), /<\s*10/, 'three pupils: "< 10"');
    const adults = page.locator('main table tbody tr', { hasText: w.adults });
    assert.match(await adults.textContent(), /12/);
    assert.match(await page.locator('main table tbody tr', { hasText: w.older }).textContent(), new RegExp(w.hidden));
    assert.equal(await page.locator('main figure.chart svg[role=img]').count(), 1);
    assert.match(await page.locator('main h2', { hasText: w.by }).textContent(), new RegExp(w.by));
    await shot(page, `impact-age-360-${lang}`);
    // the people behind the visible figure
    await adults.locator('a').first().click();
    await page.waitForLoadState();
    await checkPage(page, `impact people ${lang} 360`);
    assert.equal(await page.locator('main table tbody tr').count(), 12);
    assert.equal(await page.locator('main', { hasText: 'Lotte Peeters' }).count(), 0);
    assert.equal(await page.locator('main', { hasText: 'Jean Dubois' }).count(), 0);
    await ctx.close();
  });
}

test('the impact page at 1280 px', async () => {
  const ctx = await context(browser, 1280);
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, 'en');
  await page.goto(`${srv.base}${programme}/impact?by=municipality`);
  await checkPage(page, 'impact by municipality 1280');
  assert.match(await page.locator('main table tbody tr', { hasText: 'Molenbeek-Saint-Jean' }).textContent(), /12/);
  await shot(page, 'impact-municipality-1280');
  await ctx.close();
});

for (const lang of ['en', 'nl', 'fr']) {
  test(`anyone reads the published figures on a 360 px phone in ${lang}, no names`, async () => {
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(srv.base + '/');
    const switcher = page.locator(`form.langs button[lang="${lang}"]`);
    if (await switcher.count()) {
      await switcher.click();
      await page.waitForLoadState();
    }
    await page.goto(srv.base + '/impact');
    await checkPage(page, `public impact ${lang} 360`);
    await page.locator('main a', { hasText: 'Alpha Training' }).click();
    await page.waitForLoadState();
    await page.locator('main form.filters select[name=by]').selectOption('age');
    await page.locator('main form.filters button[type=submit]').click();
    await page.waitForLoadState();
    await checkPage(page, `public impact by age ${lang} 360`);
    const main = await page.locator('main').textContent();
    assert.match(main, /26/);
    assert.doesNotMatch(main, /Amira|Lotte|Jean Dubois/);
    await shot(page, `impact-public-360-${lang}`);
    await ctx.close();
  });
}
