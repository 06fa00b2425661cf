// A trainer's day starts on the home page: from signing in to today's roster in two taps
// on a 360 px phone, in English, Dutch and French, with axe-core on each page; a funder's
// home shows the calls in progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot } from './browser.mjs';

// Wednesday 2026-10-07, 10:00 in Brussels
const NOW = String(Date.UTC(2026, 9, 7, 8, 0) / 1000);
const PW = 'trainer-password-1';
let srv, browser;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: NOW } });
  browser = await launch();
  const add = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'tarik@alpha.test', '--name', 'Tarik Benali', '--role', 'staff', '--password-file', '-'], { input: PW + '\n' });
  assert.equal(add.code, 0, add.stderr);
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const p = await c.submit('/orgs/1/programmes/new', [['title_en', 'Coding school'], ['title_nl', 'Codeerschool'], ['title_fr', 'École de code'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const form = await c.get(`${programme}/cohorts/new`);
  const tid = /value="(\d+)"[^>]*>\s*Tarik Benali/.exec(form.text)[1];
  const k = await c.submit(`${programme}/cohorts/new`, [['name', 'Cohort 12'], ['starts_on', '2026-09-28'], ['ends_on', '2026-10-30'], ['capacity', '12'], ['trainers', tid]], `${programme}/cohorts`);
  const cohort = k.location.replace('?saved=1', '');
  await c.submit(cohort, [['weekdays', '0'], ['weekdays', '2'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  for (const name of ['Lotte Claes', 'Mohamed El Amrani', 'Noor Janssens']) await c.submit(cohort, { name }, `${cohort}/enrol`);
});
after(async () => { await browser?.close(); await srv?.stop(); });

for (const lang of ['en', 'nl', 'fr']) {
  test(`a trainer goes from signing in to today's roster in two taps (${lang}, 360 px)`, async () => {
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true, locale: lang, extraHTTPHeaders: { 'accept-language': lang } });
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    await page.locator('#f-email').fill('tarik@alpha.test');
    await page.locator('#f-password').fill(PW);
    // tap 1: sign in, and the home page is there
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/orgs\/1$/);
    if (lang !== 'en') { // the account keeps English until it chooses: switch once
      await page.locator(`form.langs button[lang="${lang}"]`).click();
      await page.waitForURL(/\/orgs\/1$/);
    }
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    const today = page.locator('section[aria-labelledby="h-today"]');
    assert.match(await today.textContent(), /2026-10-07/);
    await checkPage(page, `trainer home (${lang})`);
    await shot(page, `trainer-home-${lang}-360`);
    // tap 2: the roster of today's session
    await today.locator('a[role="button"][href$="/attendance"]').click();
    await page.waitForURL(/\/sessions\/\d+\/attendance$/);
    assert.match(await page.locator('main').textContent(), /Lotte Claes/);
    assert.match(await page.locator('main').textContent(), /2026-10-07/);
    await checkPage(page, `today's roster (${lang})`);
    await ctx.close();
  });
}

test("the cohort page's sessions read as cards by month on a phone", async () => {
  const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await page.goto(srv.base + '/sign-in');
  await page.locator('#f-email').fill('admin@alpha.test');
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('main button[type=submit]').click();
  await page.waitForURL(/\/orgs\/1$/);
  await page.goto(srv.base + '/orgs/1/cohorts/1');
  const months = await page.locator('#sessions ~ h3').allTextContents();
  assert.ok(months.includes('October 2026'), months.join(', '));
  assert.equal(await page.locator('#next-session strong').first().textContent(), 'Wednesday 2026-10-07, 14:00–16:00');
  await checkPage(page, 'cohort page');
  await shot(page, 'cohort-sessions-360');
  await ctx.close();
});
