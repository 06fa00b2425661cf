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
  // a second applicant, whose administrator reads French
  const init = runTraject(['init', '--db', srv.db, '--org', 'Gamma Coding', '--org-kind', 'training', '--admin-email', 'admin@gamma.test', '--admin-name', 'Admin of Gamma', '--admin-password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(init.code, 0, init.stderr);
  const gamma = new Client(srv.base);
  await gamma.signIn('admin@gamma.test');
  await gamma.submit('/account', { name: 'Admin of Gamma', lang: 'fr' }, '/account/profile');
  const g = (await gamma.submit('/orgs/3/proposals', { call_id: call.split('/').pop(), title: 'Atelier numérique' }, '/orgs/3/proposals')).location;
  await gamma.submit(g, { title: 'Atelier numérique', summary: 'Des ateliers.', requested: '20000' }, g);
  await gamma.submit(g, { label: 'Formateurs', amount: '20000' }, `${g}/budget-lines`);
  assert.equal((await gamma.submit(g, {}, `${g}/submit`)).status, 303);
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(Date.UTC(2027, 1, 10, 10) / 1000) } });
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  for (const p of [d, g]) {
    const sub = `/orgs/2/submissions/${p.split('/').pop()}`;
    const page = await beta.get(sub);
    const item = /name="(m-\d+)" value="1"/.exec(page.text)[1];
    await beta.submit(sub, { [item]: '1' }, `${sub}/screening`);
  }
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

test('the decision form and its confirmation page read well at 360 px in Dutch and French (nothing recorded)', async () => {
  for (const lang of ['nl', 'fr']) {
    const ctx = await context(browser, 360, { locale: `${lang}-BE` });
    const page = await ctx.newPage();
    await signIn(page, 'admin@beta.test', lang);
    await page.goto(`${srv.base}${call}/ranking`);
    await checkPage(page, `ranking with the decision form (${lang})`);
    await page.locator('main input[name="sel"]').first().check();
    await page.locator('main input[inputmode="decimal"]').first().fill('40000');
    await page.locator('main input[name^="ok-"]').first().check();
    await page.locator(`main form[action="${call}/decision"] button[type="submit"]`).first().click();
    await page.waitForLoadState();
    assert.equal(await page.locator('main input[name="confirm_token"]').count(), 1, 'a confirmation page');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await checkPage(page, `decision confirmation (${lang})`);
    await shot(page, `decision-confirmation-${lang}-360`);
    await ctx.close();
  }
});

test('the funder decides by clicking at 360 px, through the confirmation page; each applicant finds its letter in its outbox, in its language; the grant pages of both sides', async () => {
  const ctx = await context(browser, 360, { locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, 'admin@beta.test', 'en');
  await page.goto(`${srv.base}${call}/ranking`);
  await checkPage(page, 'ranking with the decision form');
  await page.getByRole('checkbox', { name: 'Select Code club Molenbeek' }).check();
  await page.getByLabel('Amount awarded to Code club Molenbeek').fill('40.000');
  // no review yet: flagged, and selected only with a tick
  assert.match(await page.locator('main').textContent(), /Fewer reviews than asked/);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').textContent(), /Code club Molenbeek has 0 of the 3 reviews the call asks for/);
  await page.getByRole('checkbox', { name: 'Select Code club Molenbeek' }).check();
  await page.getByLabel('Select it with fewer reviews (Code club Molenbeek)').check();
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').textContent(), /Code club Molenbeek \(Alpha Training\): €40,000.00/);
  assert.match(await page.locator('main').textContent(), /Each of the 2 applicant organisations gets a letter by mail/);
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
  // each applicant organisation finds its letter in its outbox, in its language
  for (const [email, org, lang, subject, body] of [
    ['admin@alpha.test', 1, 'en', 'Decision on your proposal "Code club Molenbeek"', /selected, with €40,000.00 awarded/],
    ['admin@gamma.test', 3, 'fr', 'Décision sur votre proposition « Atelier numérique »', /non retenue/]]) {
    const c = await context(browser, 360, { locale: `${lang}-BE` });
    const p = await c.newPage();
    await signIn(p, email, lang);
    await p.goto(`${srv.base}/orgs/${org}/outbox`);
    await checkPage(p, `outbox of the applicant in ${lang}`);
    assert.ok((await p.locator('main').textContent()).includes(subject), `${email}: ${subject}`);
    await c.close();
    const { mails } = await import('../lib/server.mjs');
    const m = (await mails(srv.mailDir, 0, 3000)).find((x) => x.to === email && x.subject === subject);
    assert.ok(m, `${email} received the letter`);
    assert.match(m.body, body);
  }
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
