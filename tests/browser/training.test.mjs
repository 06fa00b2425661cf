// The staff pages of the training offer in English, Dutch and French, at 360 and 1280 px,
// with axe-core: a programme's dashboard, a cohort, enrolling many from a list (with a
// line in error, then corrected), a session's check-in code, the roster.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser, programme, cohort, session;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 13, 9) / 1000) } });
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const p = await c.submit('/orgs/1/programmes/new', [['title_en', 'Cyber security track'], ['title_nl', 'Traject cyberveiligheid'],
    ['title_fr', 'Parcours cybersécurité'], ['kind', 'certification'], ['status', 'running'], ['langs', 'nl'], ['langs', 'fr'],
    ['target_trained', '150'], ['target_certified', '60'], ['target_reached', '200']], '/orgs/1/programmes');
  programme = p.location.replace('?saved=1', '');
  const k = await c.submit(`${programme}/cohorts/new`, [['name', 'Evening group'], ['starts_on', '2027-01-11'], ['ends_on', '2027-03-26'], ['capacity', '20']], `${programme}/cohorts`);
  cohort = k.location.replace('?saved=1', '');
  await c.submit(cohort, [['weekdays', '1'], ['weekdays', '3'], ['gen_start', '18:00'], ['gen_end', '21:00']], `${cohort}/schedule`);
  for (const name of ['Lotte Claes', 'Mohamed El Amrani', 'Noor Janssens']) await c.submit(cohort, { name }, `${cohort}/enrol`);
  session = /\/orgs\/1\/sessions\/\d+/.exec((await c.get(cohort)).text)[0];
});
after(async () => { await browser?.close(); await srv?.stop(); });

for (const [lang, labels] of Object.entries({
  en: { email: 'E-mail address', password: 'Password', signIn: 'Sign in', enrol: 'Check and enrol', list: 'Learners, one per line' },
  nl: { email: 'E-mailadres', password: 'Wachtwoord', signIn: 'Aanmelden', enrol: 'Controleren en inschrijven', list: 'Deelnemers, één per regel' },
  fr: { email: 'Adresse e-mail', password: 'Mot de passe', signIn: 'Se connecter', enrol: 'Vérifier et inscrire', list: 'Apprenants, un par ligne' },
})) {
  for (const width of WIDTHS) {
    test(`staff pages in ${lang} at ${width} px`, async () => {
      const ctx = await context(browser, width, { locale: lang === 'en' ? 'en-GB' : `${lang}-BE` });
      const page = await ctx.newPage();
      await page.goto(srv.base + '/sign-in');
      await page.getByLabel(labels.email).fill('admin@alpha.test');
      await page.getByLabel(labels.password).fill(PASSWORD);
      await page.getByRole('main').getByRole('button', { name: labels.signIn }).click();
      await page.waitForURL(/\/orgs\/1$/);
      // the account's language wins over the browser's: choose it with the switcher
      const switcher = page.locator(`form.langs button[lang="${lang}"]`);
      if (await switcher.count()) {
        await switcher.click();
        await page.waitForLoadState();
      }
      for (const path of [programme, cohort, `${session}/attendance`, `${session}/edit`, `${session}/check-in`, `${cohort}/enrol-many`]) {
        await page.goto(srv.base + path);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        await checkPage(page, `${path} (${lang}, ${width})`);
      }
      if (width === 360) await shot(page, `enrol-many-${lang}-360`);
      // a list with one bad line: the problems, in this language, then nothing enrolled
      await page.getByLabel(labels.list).fill(`Amal Benali; amal-${lang}-${width}@x.be\nBram; not-an-email`);
      await page.getByRole('button', { name: labels.enrol }).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('#problems tbody tr').count(), 1);
      await checkPage(page, `enrol-many errors (${lang}, ${width})`);
      await page.getByLabel(labels.list).fill(`Amal Benali ${lang} ${width}; amal-${lang}-${width}@x.be`);
      await page.getByRole('button', { name: labels.enrol }).click();
      await page.waitForURL(/bulk=1$/);
      await checkPage(page, `cohort after bulk (${lang}, ${width})`);
      if (width === 1280) {
        await page.goto(srv.base + programme);
        await shot(page, `dashboard-${lang}-1280`);
      }
      await ctx.close();
    });
  }
}
