// The ranking after the close, the decision form, and the grant pages of the funder and
// the grantee, at 360 and 1280 px in Dutch and English, with axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD, runTraject } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser, call, grant, received;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000) } });
  browser = await launch();
  runTraject(['user', 'grant', '--db', srv.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  let beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  call = (await beta.submit('/orgs/2/calls/new', { title_en: 'Digital inclusion 2027', budget: '600000', min_grant: '10000', max_grant: '100000', opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '3', scale_min: '0', scale_max: '10' }, '/orgs/2/calls')).location.replace('?saved=1', '');
  await beta.submit(call, { kind: 'eligibility', text_en: 'Non-profit', weight: '1' }, `${call}/items`);
  await beta.submit(call, { kind: 'criterion', text_en: 'Reach', weight: '1' }, `${call}/items`);
  await beta.submit(call, {}, `${call}/publish`);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const d = (await alpha.submit('/orgs/1/proposals', { call_id: call.split('/').pop(), title: 'Code club Molenbeek' }, '/orgs/1/proposals')).location;
  await alpha.submit(d, { title: 'Code club Molenbeek', summary: 'Weekly code clubs.', requested: '50000' }, d);
  await alpha.submit(d, { label: 'Trainers', amount: '30000' }, `${d}/budget-lines`);
  await alpha.submit(d, { label: 'Laptops', amount: '20000' }, `${d}/budget-lines`);
  assert.equal((await alpha.submit(d, {}, `${d}/submit`)).status, 303);
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(Date.UTC(2027, 1, 10, 10) / 1000) } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const sub = `/orgs/2/submissions/${d.split('/').pop()}`;
  const page = await beta.get(sub);
  const item = /name="(m-\d+)" value="1"/.exec(page.text)[1];
  await beta.submit(sub, { [item]: '1' }, `${sub}/screening`);
});
after(async () => { await browser?.close(); await srv?.stop(); });

async function signIn(page, email, lang) {
  await page.goto(srv.base + '/sign-in');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('main button[type=submit]').click();
  await page.waitForLoadState();
  const switcher = page.locator(`form.langs button[lang="${lang}"]`);
  if (await switcher.count()) {
    await switcher.click();
    await page.waitForLoadState();
  }
}

test('the funder decides by clicking; the grant pages of both sides', async () => {
  const ctx = await context(browser, 1280, { locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, 'admin@beta.test', 'en');
  await page.goto(`${srv.base}${call}/ranking`);
  await checkPage(page, 'ranking with the decision form');
  await page.getByRole('checkbox', { name: 'Select Code club Molenbeek' }).check();
  await page.getByLabel('Amount awarded to Code club Molenbeek').fill('40.000');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').textContent(), /Code club Molenbeek \(Alpha Training\): €40,000.00/);
  await checkPage(page, 'decision confirmation');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').textContent(), /1 proposal selected, €40,000.00 awarded/);
  await checkPage(page, 'ranking decided');
  await page.goto(`${srv.base}/orgs/2/grants`);
  await checkPage(page, 'grants awarded');
  await page.getByRole('link', { name: 'Code club Molenbeek' }).click();
  await page.waitForURL(/\/grants\/\d+$/);
  grant = new URL(page.url()).pathname;
  assert.match(await page.locator('main').textContent(), /€24,000.00/);
  await ctx.close();
});

for (const lang of ['nl', 'en']) {
  for (const width of WIDTHS) {
    test(`grant pages in ${lang} at ${width} px`, async () => {
      const ctx = await context(browser, width, { locale: `${lang}-BE` });
      const page = await ctx.newPage();
      await signIn(page, 'admin@beta.test', lang);
      await page.goto(srv.base + grant);
      await checkPage(page, `grant (funder, ${lang}, ${width})`);
      if (width === 360) await shot(page, `grant-funder-${lang}-360`);
      await ctx.close();
      const ctx2 = await context(browser, width, { locale: `${lang}-BE` });
      const p2 = await ctx2.newPage();
      await signIn(p2, 'admin@alpha.test', lang);
      await p2.goto(`${srv.base}/orgs/1/grants-received`);
      await checkPage(p2, `grants received (${lang}, ${width})`);
      await p2.locator('main table tbody a').first().click(); // the first grant (the head's links sort)
      await p2.waitForURL(/grants-received\/\d+$/);
      received = new URL(p2.url()).pathname;
      await checkPage(p2, `grant received (${lang}, ${width})`);
      await ctx2.close();
    });
  }
}
