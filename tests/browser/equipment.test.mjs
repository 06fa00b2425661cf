// Equipment on a 360 px phone in English, Dutch and French with axe-core: staff open an
// item's page (as its QR label does), find the borrower, lend it with one tap on the big
// button, then record its return with one more; the inventory, the item form and what is out
// (the overdue first) too, and the inventory and what is out at 1280 px. Fixed clock:
// Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { casesReady } from '../lib/cases.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, browser, partner, items = {};

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  await casesReady(srv); // a cohort with Nadia Amrani and Omar Haddad, Team Parking, partner Gamma
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  partner = /<option value="(\d+)">Gamma<\/option>/.exec((await alpha.get('/orgs/1/equipment/new')).text)[1];
  for (const [lang, label] of [['en', 'Phone 1'], ['nl', 'Telefoon 2'], ['fr', 'Téléphone 3'], ['late', 'IoT sensor kit 9']]) {
    const res = await alpha.submit('/orgs/1/equipment/new', { kind: 'phone', label, serial: `PH-${lang}`, condition: 'good', partner_id: partner, location_id: '' }, '/orgs/1/equipment');
    assert.equal(res.status, 303, res.text.slice(0, 500));
    items[lang] = res.location.split('?')[0].split('/').pop();
  }
  // one item out since last week and overdue, for the list of what is out
  const page = await alpha.get(`/orgs/1/equipment/${items.late}`);
  const omar = /<option value="(person-\d+)">Omar Haddad/.exec(page.text)[1];
  assert.equal((await alpha.submit(`/orgs/1/equipment/${items.late}`, { borrower: omar, lent_on: '2027-01-04', due_on: '2027-01-11' }, `/orgs/1/equipment/${items.late}/lend`)).status, 303);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { find: 'Find', learner: 'Nadia Amrani (learner)', lend: 'Lend it', lent: 'The loan has been recorded.', out: 'Out: with Nadia Amrani (learner)', back: 'It is back', returned: 'The return has been recorded.', overdue: 'overdue' },
  nl: { find: 'Zoeken', learner: 'Nadia Amrani (deelnemer)', lend: 'Uitlenen', lent: 'De uitlening is geregistreerd.', out: 'Uitgeleend: aan Nadia Amrani (deelnemer)', back: 'Het is terug', returned: 'De terugkeer is geregistreerd.', overdue: 'te laat' },
  fr: { find: 'Chercher', learner: 'Nadia Amrani (apprenant)', lend: 'Le prêter', lent: 'Le prêt a été enregistré.', out: 'Prêté : à Nadia Amrani (apprenant)', back: 'Il est revenu', returned: 'Le retour a été enregistré.', overdue: 'en retard' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`lending and returning with one tap each on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    // the page the QR label opens
    await page.goto(`${srv.base}/orgs/1/equipment/${items[lang]}`);
    await checkPage(page, `item ${lang}`);
    await shot(page, `equipment-item-360-${lang}`);
    // find the borrower, choose her, one tap
    await page.locator('#who').fill('nadia');
    await Promise.all([page.waitForURL(/who=nadia/), page.getByRole('button', { name: w.find, exact: true }).click()]);
    await checkPage(page, `item search ${lang}`);
    await page.locator('#f-borrower').selectOption({ label: w.learner });
    await Promise.all([page.waitForURL(/lent=1/), page.getByRole('button', { name: w.lend, exact: true }).tap()]);
    await checkPage(page, `item lent ${lang}`);
    const main = await page.locator('main').textContent();
    assert.match(main, new RegExp(w.lent));
    assert.match(main, new RegExp(w.out.replace(/[()]/g, '\\$&')));
    await shot(page, `equipment-lent-360-${lang}`);
    // back: one tap, today and its condition filled in
    await Promise.all([page.waitForURL(/back=1/), page.getByRole('button', { name: w.back, exact: true }).tap()]);
    await checkPage(page, `item returned ${lang}`);
    assert.match(await page.locator('main').textContent(), new RegExp(w.returned));
    assert.equal(await page.getByRole('button', { name: w.lend, exact: true }).count(), 1);
    // what is out: the overdue first
    await page.goto(`${srv.base}/orgs/1/equipment/out`);
    await checkPage(page, `out ${lang}`);
    assert.match(await page.locator('tbody tr').first().textContent(), new RegExp(`IoT sensor kit 9.*${w.overdue}`));
    await shot(page, `equipment-out-360-${lang}`);
    for (const path of ['/orgs/1/equipment', '/orgs/1/equipment/new', `/orgs/1/equipment/${items.late}`, `/orgs/1/equipment/${items[lang]}/edit`, `/orgs/1/partners/${partner}`]) {
      await page.goto(srv.base + path);
      await checkPage(page, `${path} ${lang}`);
    }
    await shot(page, `equipment-partner-360-${lang}`);
    // a return before the loan: the message beside the field
    await page.goto(`${srv.base}/orgs/1/equipment/${items.late}`);
    await page.locator('#f-returned_on').fill('2027-01-03');
    await Promise.all([page.waitForURL(/\/return$/), page.getByRole('button', { name: w.back, exact: true }).tap()]);
    await checkPage(page, `return refused ${lang}`);
    assert.equal(await page.locator('#f-returned_on[aria-invalid="true"]').count(), 1);
    await ctx.close();
  });
}

test('the inventory and what is out at 1280 px', async () => {
  const ctx = await context(browser, 1280);
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, 'en');
  for (const [path, name] of [['/orgs/1/equipment', 'list'], ['/orgs/1/equipment/out', 'out'], [`/orgs/1/equipment/${items.en}`, 'item']]) {
    await page.goto(srv.base + path);
    await checkPage(page, `${name} 1280`);
    await shot(page, `equipment-${name}-1280`);
  }
  await ctx.close();
});
