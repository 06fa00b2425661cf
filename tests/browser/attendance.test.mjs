// Taking attendance on a phone (360 px): one screen, everyone present by default, large
// touch targets, with axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot } from './browser.mjs';

let srv, browser, roster, cohort;
before(async () => {
  srv = await startServer();
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const p = await c.submit('/orgs/1/programmes/new', [['title_en', 'STEM camp'], ['kind', 'camp'], ['status', 'running'], ['langs', 'nl']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const k = await c.submit(`${programme}/cohorts/new`, [['name', 'Summer camp Hasselt'], ['starts_on', '2026-07-06'], ['ends_on', '2026-07-10'], ['capacity', '30']], `${programme}/cohorts`);
  cohort = k.location.replace('?saved=1', '');
  await c.submit(cohort, [['weekdays', '0'], ['weekdays', '1'], ['weekdays', '2'], ['weekdays', '3'], ['weekdays', '4'], ['gen_start', '09:30'], ['gen_end', '15:30']], `${cohort}/schedule`);
  for (const name of ['Lotte Claes', 'Mohamed El Amrani', 'Noor Janssens', 'Yasmine Diallo']) await c.submit(cohort, { name }, `${cohort}/enrol`);
  roster = /\/orgs\/1\/sessions\/\d+\/attendance/.exec((await c.get(cohort)).text)[0];
});
after(async () => { await browser?.close(); await srv?.stop(); });

test('a trainer takes attendance on a 360 px phone', async () => {
  const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await page.goto(srv.base + '/sign-in');
  await page.getByLabel('E-mail address').fill('admin@alpha.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/orgs\/1$/);
  await page.goto(srv.base + roster);
  await checkPage(page, 'roster');
  // touch targets: every choice is at least 44 px high
  const heights = await page.locator('fieldset.roster label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  assert.ok(heights.length === 16 && heights.every((h) => h >= 44), `label heights ${heights}`);
  await page.getByRole('group', { name: 'Mohamed El Amrani' }).getByLabel('Absent').check();
  await page.getByRole('group', { name: 'Noor Janssens' }).getByLabel('Late').check();
  await shot(page, 'roster-360');
  await page.getByRole('button', { name: 'Save the attendance' }).click();
  await page.waitForURL(/attendance=1$/);
  assert.match(await page.locator('main').textContent(), /The attendance has been saved/);
  await checkPage(page, 'cohort after attendance');
  await page.goto(srv.base + roster);
  assert.ok(await page.getByRole('group', { name: 'Mohamed El Amrani' }).getByLabel('Absent').isChecked());
  assert.ok(await page.getByRole('group', { name: 'Lotte Claes' }).getByLabel('Present').isChecked());
  await ctx.close();
});
