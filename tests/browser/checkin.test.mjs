// A trainer shows a session's check-in code; the QR code decodes (zbarimg) to the link a
// learner then opens on a 360 px phone, in French: sign in, "Je suis là", and their own
// learning page. axe-core on every page. Clock: Wednesday 13 January 2027, 09:05.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startServer, Client, PASSWORD, mails, linkIn, ROOT } from '../lib/server.mjs';
import { launch, context, checkPage, shot } from './browser.mjs';

const NOW = String(Date.UTC(2027, 0, 13, 8, 5) / 1000);
let srv, browser, sessionId;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: NOW } });
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const p = await c.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['title_fr', 'Développeur web'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'fr']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const k = await c.submit(`${programme}/cohorts/new`, [['name', 'Groupe de janvier'], ['starts_on', '2027-01-11'], ['ends_on', '2027-01-22'], ['capacity', '12']], `${programme}/cohorts`);
  const cohort = k.location.replace('?saved=1', '');
  await c.submit(cohort, [['weekdays', '0'], ['weekdays', '1'], ['weekdays', '2'], ['weekdays', '3'], ['gen_start', '09:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  await c.submit(cohort, { name: 'Nadia Amrani', email: 'nadia@learner.test' }, `${cohort}/enrol`);
  const page = await c.get(cohort);
  const form = /action="(\/orgs\/1\/people\/\d+\/invite)"/.exec(page.text)[1];
  await c.submit(cohort, { lang: 'fr', back: cohort }, form);
  const [mail] = await mails(srv.mailDir, 1);
  const learner = new Client(srv.base, { lang: 'fr' });
  const res = await learner.submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia Amrani', password: PASSWORD, confirm: PASSWORD });
  assert.equal(res.status, 303);
  const sessions = [...(await c.get(cohort)).text.matchAll(/\/orgs\/1\/sessions\/(\d+)\/attendance/g)].map((m) => m[1]);
  sessionId = sessions[2]; // Wednesday the 13th
});
after(async () => { await browser?.close(); await srv?.stop(); });

test('the QR code decodes to the link, and a learner checks in on a 360 px phone in French', async () => {
  const staff = await context(browser, 1280);
  const tp = await staff.newPage();
  await tp.goto(srv.base + '/sign-in');
  await tp.getByLabel('E-mail address').fill('admin@alpha.test');
  await tp.getByLabel('Password').fill(PASSWORD);
  await tp.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await tp.waitForURL(/\/orgs\/1$/);
  await tp.goto(`${srv.base}/orgs/1/sessions/${sessionId}/attendance`);
  await tp.getByRole('link', { name: /Show the check-in code/ }).click();
  await checkPage(tp, 'check-in code');
  const png = join(ROOT, 'tests/out/screenshots/checkin-qr.png');
  await shot(tp, 'checkin-code-1280');
  await tp.locator('svg.qr').screenshot({ path: png });
  const decoded = execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim();
  const shown = await tp.locator('figure.checkin figcaption a').textContent();
  assert.equal(decoded, shown);
  assert.match(decoded, new RegExp(`/check-in/${sessionId}-[0-9a-f]{32}$`));
  await staff.close();

  const phone = await context(browser, 360, { hasTouch: true, isMobile: true, locale: 'fr-BE' });
  const page = await phone.newPage();
  await page.goto(srv.base + new URL(decoded).pathname);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel('Adresse e-mail').fill('nadia@learner.test');
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/check-in\//);
  await checkPage(page, 'check-in (fr)');
  const button = page.getByRole('button', { name: 'Je suis là' });
  const box = await button.boundingBox();
  assert.ok(box.height >= 60 && box.width >= 300, `a big button: ${box.width}x${box.height}`);
  await shot(page, 'checkin-360-fr');
  await button.click();
  await page.waitForURL(/\/check-in\//);
  assert.match(await page.locator('main').textContent(), /Vous avez signalé votre présence à 09:05\./);
  await checkPage(page, 'checked in (fr)');
  await page.getByRole('link', { name: 'Mon parcours' }).first().click();
  await page.waitForURL(/\/learning$/);
  await checkPage(page, 'my learning (fr)');
  const main = await page.locator('main').textContent();
  assert.match(main, /Développeur web/);
  assert.match(main, /mercredi 2027-01-13, 09:00–16:00/i);
  assert.match(main, /Présent/);
  await shot(page, 'learning-360-fr');
  await phone.close();
});

test('the learning page at 1280 px, in Dutch and English', async () => {
  for (const [locale, h1] of [['nl-BE', 'Mijn opleiding'], ['en-GB', 'My learning']]) {
    const ctx = await context(browser, 1280, { locale });
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    await page.locator('#f-email').fill('nadia@learner.test');
    await page.locator('#f-password').fill(PASSWORD);
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState();
    // the account's language is French: switch with the language switcher
    await page.goto(srv.base + '/learning');
    await page.locator(`form.langs button[lang="${locale.slice(0, 2)}"]`).click();
    await page.waitForURL(/\/learning$/);
    assert.equal(await page.locator('h1').textContent(), h1);
    await checkPage(page, `learning ${locale}`);
    await shot(page, `learning-1280-${locale}`);
    await ctx.close();
  }
});
