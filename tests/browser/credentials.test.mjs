// Credentials in a browser: staff issue an achievement and revoke a credential; anyone checks
// one on the verify pages, on a 360 px phone in English, Dutch and French, and a pasted token
// that is not signed is refused in plain words. axe-core finds no violation on any of these
// pages, nothing scrolls sideways, and each has one h1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';
import { PASSWORD } from '../lib/server.mjs';

let srv, browser, achievement, credential, uid;

before(async () => {
  srv = await startServer();
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  const cohort = c.location.replace('?saved=1', '');
  assert.equal((await alpha.submit(cohort, { name: 'Nadia Amrani', email: 'nadia@learner.test' }, `${cohort}/enrol`)).status, 303);
  // Nadia becomes a learner with an account of her own
  const invite = /action="(\/orgs\/1\/people\/\d+\/invite)"/.exec((await alpha.get(cohort)).text)[1];
  assert.equal((await alpha.submit(cohort, { lang: 'fr', back: cohort }, invite)).status, 303);
  const [mail] = await mails(srv.mailDir, 1);
  const accepted = await new Client(srv.base).submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia Amrani', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' });
  assert.equal(accepted.status, 303);
  const a = await alpha.submit('/orgs/1/achievements/new', { name: 'Accessible web developer', description: 'Builds web applications everyone can use.', criteria: 'Completed the bootcamp.', competences: 'Web accessibility', valid_months: '36' }, '/orgs/1/achievements');
  achievement = a.location.replace('?saved=1', '');
  const page = await alpha.get(achievement);
  const person = /<option value="(\d+)">Nadia Amrani<\/option>/.exec(page.text)[1];
  const issued = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(page.text), person_id: person });
  credential = issued.location.replace('?issued=1', '');
  uid = /\/verify\/([0-9a-f]{32})/.exec((await alpha.get(credential)).text)[1];
  browser = await launch();
});
after(async () => { await browser?.close(); await srv?.stop(); });

test('staff read their achievements and credentials on a 360 px phone, and revoke one', async () => {
  const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, 'en');
  for (const path of ['/orgs/1/credentials', achievement, '/orgs/1/achievements/new', credential, '/orgs/1/signing-keys']) {
    await page.goto(srv.base + path);
    await checkPage(page, path);
  }
  await page.goto(srv.base + credential);
  await page.getByLabel('Reason').fill('Issued by mistake');
  await page.getByRole('button', { name: 'Revoke the credential' }).click();
  await page.waitForLoadState();
  await checkPage(page, 'revoke: confirmation');
  await page.locator('main form button[type=submit]').first().click();
  await page.waitForURL(/revoked=1/);
  await checkPage(page, 'revoked');
  await shot(page, 'credential-revoked-360');
  await ctx.close();
});

test('the learner finds her credential and its downloads on her page, on a phone in French', async () => {
  const ctx = await context(browser, 360, { locale: 'fr-BE', hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'nadia@learner.test', 'nadia-learns-2027', 'fr');
  await page.goto(srv.base + '/learning');
  const main = await page.locator('main').textContent();
  assert.match(main, /Mes certificats/);
  assert.match(main, /Accessible web developer/);
  assert.equal(await page.getByRole('link', { name: /Attestation \(PDF\)/ }).count(), 1);
  await checkPage(page, 'learning (fr)');
  await shot(page, 'learning-credentials-360-fr');
  await ctx.close();
});

test('anyone checks a credential on a 360 px phone in English, Dutch and French', async () => {
  for (const [locale, said] of [['en-GB', /was revoked by its issuer/], ['nl-BE', /ingetrokken door de uitgever/], ['fr-BE', /révoqué par son émetteur/]]) {
    const ctx = await context(browser, 360, { locale, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(`${srv.base}/verify/${uid}`);
    assert.match(await page.locator('main').textContent(), said);
    await checkPage(page, `verify (${locale})`);
    await page.goto(`${srv.base}/verify`);
    await checkPage(page, `verify form (${locale})`);
    await page.locator('#f-credential').fill('eyJhbGciOiJub25lIiwidHlwIjoidmMrand0In0.eyJuYW1lIjoiRm9yZ2VkIn0.AAAA');
    await page.locator('main form button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(await page.locator('main').textContent(), /none/);
    await checkPage(page, `verify: unsigned (${locale})`);
    await shot(page, `verify-unsigned-360-${locale}`);
    await ctx.close();
  }
});
