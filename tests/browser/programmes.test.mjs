// Programmes and locations in Chromium at 360 and 1280 px, with axe-core on each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.stop(); });

WIDTHS.forEach((width, i) => {
  test(`create a programme and a location at ${width} px`, async () => {
    const ctx = await context(browser, width);
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    await page.getByLabel('E-mail address').fill('admin@alpha.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/orgs\/1$/);
    await page.getByRole('link', { name: 'Programmes' }).click();
    await checkPage(page, 'programmes (empty)');
    await page.getByRole('button', { name: 'New programme' }).click();
    await checkPage(page, 'new programme');
    await page.getByLabel('Minimum age on the start date').fill('30');
    await page.getByLabel('Maximum age on the start date').fill('12');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.locator('.error-summary').waitFor();
    await checkPage(page, 'new programme with errors');
    await shot(page, `programme-errors-${width}`);
    await page.getByLabel('Title in English').fill(`Cyber security track ${i}`);
    await page.getByLabel('Description in English').fill('150 learners from September.\nEvery required certification.');
    await page.getByLabel('Kind').selectOption('certification');
    await page.getByLabel('Status').selectOption('open');
    await page.getByLabel('Nederlands').check();
    await page.getByLabel('Minimum age on the start date').fill('18');
    await page.getByLabel('Maximum age on the start date').fill('');
    await page.getByLabel('Trained').fill('150');
    await page.getByLabel('Certified').fill('60');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.waitForURL(/\/programmes\/\d+\?saved=1$/);
    assert.equal(await page.locator('h1').textContent(), `Cyber security track ${i}`);
    assert.match(await page.locator('main').textContent(), /From 18 years/);
    await checkPage(page, 'programme');
    await shot(page, `programme-${width}`);

    await page.goto(srv.base + '/orgs/1/locations/new');
    await checkPage(page, 'new location');
    await page.getByLabel('Name', { exact: true }).fill(`Mobile lab ${i}`);
    await page.getByLabel('Postcode').fill('3500');
    await page.getByLabel('Municipality').fill('Hasselt');
    await page.getByLabel('Province').selectOption('antwerp');
    await page.getByRole('button', { name: 'Add the location' }).click();
    await page.locator('#e-postcode').waitFor();
    assert.match(await page.locator('#e-postcode').textContent(), /Limburg/);
    await checkPage(page, 'new location with an error');
    await page.getByLabel('Province').selectOption('limburg');
    await page.getByLabel('Mobile (a bus, a library, a school visit)').check();
    await page.getByRole('button', { name: 'Add the location' }).click();
    await page.waitForURL(/\/locations\?saved=1$/);
    await checkPage(page, 'locations');
    await page.goto(srv.base + '/orgs/1/programmes');
    await checkPage(page, 'programmes');
    await ctx.close();
  });
});
