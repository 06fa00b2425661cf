// Partners on a 360 px phone in English, Dutch and French with axe-core: the staff's list of
// partners, a partner's page with what it gave and its cases, the form a contribution is
// recorded with (refused, then saved), the list of its contributions; the partner's own home
// and menu, its page at the training organisation and its contributions. The staff's and the
// partner's pages at 1280 px too. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { casesReady } from '../lib/cases.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, browser, partner;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  await casesReady(srv);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  partner = /<a href="\/orgs\/1\/partners\/(\d+)">Gamma<\/a>/.exec((await alpha.get('/orgs/1/partners')).text)[1];
  const page = `/orgs/1/partners/${partner}`;
  for (const c of [
    { kind: 'equipment', description: 'LoRaWAN IoT sensors lent to the students', value: '4500', quantity: '30', starts_on: '2027-01-04', ends_on: '2027-06-30', status: 'delivered' },
    { kind: 'internships', description: 'Internship places in the network team', value: '', quantity: '4', starts_on: '2027-05-01', ends_on: '', status: 'promised' },
    { kind: 'money', description: 'Sponsorship of the cohort', value: '15000', quantity: '', starts_on: '2027-01-04', ends_on: '', status: 'delivered' },
  ]) assert.equal((await alpha.submit(page, c, `${page}/contributions`)).status, 303);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { gave: 'What it gave', record: 'Record the contribution', bad: 'The last day cannot be before the first day.', mine: 'Our contributions' },
  nl: { gave: 'Wat de partner gaf', record: 'De bijdrage registreren', bad: 'De laatste dag kan niet voor de eerste dag liggen.', mine: 'Onze bijdragen' },
  fr: { gave: 'Ce que le partenaire a apporté', record: 'Enregistrer la contribution', bad: 'Le dernier jour ne peut pas précéder le premier jour.', mine: 'Nos contributions' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`staff keep a partner's contributions on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    for (const path of ['/orgs/1/partners', `/orgs/1/partners/${partner}/edit`, `/orgs/1/partners/${partner}/contributions`]) {
      await page.goto(srv.base + path);
      await checkPage(page, `staff ${path} ${lang}`);
    }
    await page.goto(`${srv.base}/orgs/1/partners/${partner}`);
    await checkPage(page, `staff partner ${lang}`);
    assert.match(await page.locator('main').textContent(), new RegExp(w.gave));
    await shot(page, `partners-staff-360-${lang}`);
    // a last day before the first: the form comes back with its message, nothing saved
    await page.locator('#f-kind').selectOption('training');
    await page.locator('#f-description').fill('A day on cloud networks');
    await page.locator('#f-starts_on').fill('2027-02-10');
    await page.locator('#f-ends_on').fill('2027-02-01');
    await page.getByRole('button', { name: w.record }).click();
    await page.waitForLoadState();
    await checkPage(page, `contribution refused ${lang}`);
    assert.equal(await page.locator('#e-ends_on').textContent(), w.bad);
    await shot(page, `partners-refused-360-${lang}`);
    const edit = await page.locator('a[href$="/edit"]').filter({ hasText: /IoT/ }).first().getAttribute('href');
    await page.goto(srv.base + edit);
    await checkPage(page, `contribution edit ${lang}`);
    await ctx.close();
  });

  test(`the partner's own home and page on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'pieter@gamma.test', PASSWORD, lang);
    await page.goto(`${srv.base}/orgs/3`);
    await checkPage(page, `partner home ${lang}`);
    assert.equal(await page.locator('header nav a[href="/orgs/3/partner-contributions"]').textContent(), w.mine);
    await shot(page, `partners-home-360-${lang}`);
    await page.goto(`${srv.base}/orgs/3/partner-of/${partner}`);
    await checkPage(page, `partner page ${lang}`);
    const main = await page.locator('main').textContent();
    assert.match(main, new RegExp(w.gave));
    assert.match(main, /Smart parking for Molenbeek/);
    await shot(page, `partners-own-360-${lang}`);
    await page.goto(`${srv.base}/orgs/3/partner-contributions`);
    await checkPage(page, `partner contributions ${lang}`);
    await ctx.close();
  });
}

test("the staff's and the partner's pages at 1280 px", async () => {
  for (const [email, path, name] of [['admin@alpha.test', `/orgs/1/partners/${partner}`, 'staff'], ['admin@alpha.test', '/orgs/1/partners', 'staff-list'], ['pieter@gamma.test', `/orgs/3/partner-of/${partner}`, 'own'], ['pieter@gamma.test', '/orgs/3', 'home']]) {
    const ctx = await context(browser, 1280);
    const page = await ctx.newPage();
    await signIn(page, srv.base, email, PASSWORD, 'en');
    await page.goto(srv.base + path);
    await checkPage(page, `${name} 1280`);
    await shot(page, `partners-${name}-1280`);
    await ctx.close();
  }
});
