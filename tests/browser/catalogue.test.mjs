// The public catalogue in Chromium at 360 and 1280 px, in English, Dutch and French: no
// sign-in, axe-core on every page, no sideways scrolling, the filter form used by clicking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

const NOW = 1799049600; // Monday 2027-01-04 08:00 UTC
let srv, browser, web;

async function add(client, org, path, fields, action) {
  const res = await client.submit(`/orgs/${org}/${path}`, fields, action ? `/orgs/${org}/${action}` : undefined);
  assert.equal(res.status, 303, `${path}: ${res.text.slice(0, 300)}`);
  return res.location.replace(/\?.*$/, '');
}

async function locationId(client, org, name) {
  const list = await client.get(`/orgs/${org}/locations`);
  return new RegExp(`/orgs/${org}/locations/(\\d+)/edit">[^<]*<span class="sr"> ${name}<`).exec(list.text)[1];
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  await add(alpha, 1, 'locations/new', { name: 'Campus Molenbeek', postcode: '1080', municipality: 'Molenbeek-Saint-Jean', province: 'brussels' }, 'locations');
  await add(beta, 2, 'locations/new', { name: 'Science bus', postcode: '3500', municipality: 'Hasselt', province: 'limburg', mobile: '1' }, 'locations');
  web = await add(alpha, 1, 'programmes/new', [['title_en', 'Web developer bootcamp for job-seekers'], ['title_nl', 'Webontwikkelaarsbootcamp voor werkzoekenden'],
    ['title_fr', 'Bootcamp développeur web pour demandeurs d\'emploi'],
    ['description_en', 'Six months, Monday to Thursday, in teams on real cases from customers, administrations and companies.\n\nSelection on motivation alone: no diploma needed.'],
    ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'nl'], ['langs', 'fr'], ['min_age', '18'], ['max_age', '25'],
    ['jobseekers_only', '1'], ['region', 'brussels']], 'programmes');
  const spring = await add(alpha, 1, `programmes/${web.split('/').pop()}/cohorts/new`, { name: 'Spring 2027', starts_on: '2027-02-01', ends_on: '2027-07-30', capacity: '24',
    location_id: await locationId(alpha, 1, 'Campus Molenbeek') }, `programmes/${web.split('/').pop()}/cohorts`);
  await alpha.submit(spring, { date: '2027-02-01', start: '09:00', end: '16:00' }, `${spring}/sessions`);
  await add(alpha, 1, `programmes/${web.split('/').pop()}/cohorts/new`, { name: 'Autumn 2027', starts_on: '2027-09-06', ends_on: '2028-02-25', capacity: '0' },
    `programmes/${web.split('/').pop()}/cohorts`);
  await add(alpha, 1, 'programmes/new', [['title_en', 'Cybersecurity certification track'], ['kind', 'certification'], ['status', 'open'],
    ['langs', 'en'], ['langs', 'fr'], ['min_age', '18']], 'programmes');
  const stem = await add(beta, 2, 'programmes/new', [['title_en', 'STEM workshops in the Flemish provinces'], ['title_nl', 'STEM-workshops in de Vlaamse provincies'],
    ['kind', 'workshops'], ['status', 'open'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '18']], 'programmes');
  const bus = await add(beta, 2, `programmes/${stem.split('/').pop()}/cohorts/new`, { name: 'Hasselt winter', starts_on: '2027-01-09', ends_on: '2027-03-27', capacity: '15',
    location_id: await locationId(beta, 2, 'Science bus') }, `programmes/${stem.split('/').pop()}/cohorts`);
  await beta.submit(bus, { date: '2027-01-10', start: '10:00', end: '12:00' }, `${bus}/sessions`);
  await add(beta, 2, 'programmes/new', [['title_en', 'Summer coding camp'], ['kind', 'camp'], ['status', 'open'], ['langs', 'fr'], ['langs', 'en'],
    ['min_age', '12'], ['max_age', '16']], 'programmes');
  await add(beta, 2, 'programmes/new', [['title_en', 'Hidden draft'], ['kind', 'online'], ['status', 'draft'], ['langs', 'en']], 'programmes');
});
after(async () => { await browser?.close(); await srv?.stop(); });

const LANGS = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };
const TEXT = {
  en: { h1: 'Find a training', show: 'Show programmes', full: 'Full' },
  nl: { h1: 'Een opleiding zoeken', show: 'Opleidingen tonen', full: 'Volzet' },
  fr: { h1: 'Trouver une formation', show: 'Afficher les formations', full: 'Complet' },
};

for (const width of WIDTHS) {
  test(`a visitor filters the catalogue by clicking, at ${width} px`, async () => {
    const ctx = await context(browser, width, { locale: LANGS.en });
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find a training' }).click();
    await page.waitForURL(/\/programmes$/);
    assert.equal(await page.locator('article.programme').count(), 4);
    assert.doesNotMatch(await page.locator('main').textContent(), /Hidden draft/);
    await checkPage(page, `catalogue at ${width}`);
    await shot(page, `catalogue-${width}`);

    await page.getByLabel('Province').selectOption('limburg');
    await page.getByLabel('Age', { exact: true }).fill('12');
    await page.getByLabel('Teaching language').selectOption('nl');
    await page.getByRole('button', { name: 'Show programmes' }).click();
    await page.waitForURL(/province=limburg/);
    assert.equal(await page.locator('article.programme').count(), 1);
    assert.match(await page.locator('article.programme h3').textContent(), /STEM workshops/);
    assert.equal(await page.getByLabel('Province').inputValue(), 'limburg', 'the filter keeps its value');
    assert.equal(await page.getByLabel('Age', { exact: true }).inputValue(), '12');
    await checkPage(page, `catalogue filtered at ${width}`);

    await page.getByLabel('Kind').selectOption('bootcamp');
    await page.getByRole('button', { name: 'Show programmes' }).click();
    await page.waitForURL(/kind=bootcamp/);
    assert.equal(await page.locator('article.programme').count(), 0);
    assert.match(await page.locator('main').textContent(), /No open programme matches these filters/);
    await checkPage(page, `catalogue without results at ${width}`);

    await page.getByLabel('Age', { exact: true }).fill('300');
    await page.getByRole('button', { name: 'Show programmes' }).click();
    await page.locator('#e-age').waitFor();
    assert.match(await page.locator('#e-age').textContent(), /Age must be between 0 and 120/);
    await checkPage(page, `catalogue with an invalid filter at ${width}`);
    await shot(page, `catalogue-error-${width}`);

    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await page.waitForURL(/\/programmes$/);
    await page.getByRole('link', { name: 'Web developer bootcamp for job-seekers' }).click();
    await page.waitForURL(/\/programmes\/\d+$/);
    const main = await page.locator('main').textContent();
    assert.match(main, /Monday 2027-02-01, 09:00–16:00/);
    assert.match(main, /Molenbeek-Saint-Jean/);
    assert.match(main, /Full/); // Autumn 2027 has no places
    await checkPage(page, `programme page at ${width}`);
    await shot(page, `catalogue-programme-${width}`);
    await ctx.close();
  });
}

for (const [lang, locale] of Object.entries(LANGS)) {
  test(`catalogue and programme page in ${lang} at 360 and 1280 px`, async () => {
    for (const width of WIDTHS) {
      const ctx = await context(browser, width, { locale });
      const page = await ctx.newPage();
      await page.goto(srv.base + '/programmes');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('h1').textContent(), TEXT[lang].h1);
      assert.equal(await page.locator('article.programme').count(), 4);
      await checkPage(page, `catalogue in ${lang} at ${width}`);
      await page.goto(srv.base + '/programmes?age=300&province=mars');
      assert.equal(await page.locator('.field-error').count(), 2);
      await checkPage(page, `catalogue with errors in ${lang} at ${width}`);
      await page.goto(srv.base + web.replace('/orgs/1', ''));
      assert.match(await page.locator('main').textContent(), new RegExp(TEXT[lang].full));
      await checkPage(page, `programme page in ${lang} at ${width}`);
      if (lang !== 'en') await shot(page, `catalogue-programme-${lang}-${width}`);
      await ctx.close();
    }
  });
}
