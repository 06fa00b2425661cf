// The talent pool on a 360 px phone in English, Dutch and French with axe-core: the learner's
// profile for partners (who sees it, the profile form and its refusal, what partners see, a
// request to meet), and the partner's search, a profile with its request, and its requests;
// both at 1280 px too. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD } from '../lib/server.mjs';
import { talentReady, LEARNER } from '../lib/talent.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, browser, ready;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  ready = await talentReady(srv);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { save: 'Save and approve my profile', missing: 'About you, in a few lines', sees: 'Gamma Partner' },
  nl: { save: 'Mijn profiel opslaan en goedkeuren', missing: 'Over jou, in een paar regels', sees: 'Gamma Partner' },
  fr: { save: 'Enregistrer et approuver mon profil', missing: 'À propos de vous, en quelques lignes', sees: 'Gamma Partner' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`the learner's profile for partners on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, LEARNER.email, LEARNER.password, lang);
    await page.goto(`${srv.base}/learning/talent`);
    await checkPage(page, `learner talent ${lang}`);
    assert.match(await page.locator('#h-who + p + ul').textContent(), new RegExp(w.sees));
    await shot(page, `talent-learner-360-${lang}`);
    // the profile's text emptied: the form comes back with its message, nothing saved
    await page.locator('#f-summary').fill('');
    await page.getByRole('button', { name: w.save }).click();
    await page.waitForLoadState();
    await checkPage(page, `learner talent refused ${lang}`);
    assert.match(await page.locator('.error-summary, [role=alert]').first().textContent(), new RegExp(w.missing));
    await ctx.close();
  });

  test(`the partner searches and opens a profile on a 360 px phone in ${lang}`, async () => {
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'pieter@gamma.test', PASSWORD, lang);
    for (const path of ['/orgs/3', '/orgs/3/talent', `/orgs/3/talent/${ready.profile}`, '/orgs/3/talent-requests']) {
      await page.goto(srv.base + path);
      await checkPage(page, `partner ${path} ${lang}`);
      assert.doesNotMatch(await page.locator('main').textContent(), /Nadia|nadia@/);
      await shot(page, `talent-partner${path.replaceAll('/', '-')}-360-${lang}`);
    }
    await ctx.close();
  });
}

test("the learner's and the partner's pages at 1280 px", async () => {
  for (const [email, password, path, name] of [[LEARNER.email, LEARNER.password, '/learning/talent', 'learner'],
    ['pieter@gamma.test', PASSWORD, '/orgs/3/talent', 'search'], ['pieter@gamma.test', PASSWORD, `/orgs/3/talent/${ready.profile}`, 'profile']]) {
    const ctx = await context(browser, 1280);
    const page = await ctx.newPage();
    await signIn(page, srv.base, email, password, 'en');
    await page.goto(srv.base + path);
    await checkPage(page, `${name} 1280`);
    await shot(page, `talent-${name}-1280`);
    await ctx.close();
  }
});
