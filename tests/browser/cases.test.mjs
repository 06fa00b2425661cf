// Real cases on a 360 px phone in English, Dutch and French with axe-core: the partner's case
// page (teams, milestones, hand-ins) and its rating form, the staff's case page and list, the
// team's page in the learner's space with its hand-in form; the partner's and the staff's
// views at 1280 px too. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD } from '../lib/server.mjs';
import { casesReady } from '../lib/cases.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, browser, ready;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  ready = await casesReady(srv);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { teams: 'Teams working on it', rate: 'Save the rating', rated: 'Rated 4 out of 5 by the partner.', hand: 'Hand in', bad: 'Give a rating from 1 to 5.' },
  nl: { teams: 'Teams die eraan werken', rate: 'De score opslaan', rated: 'Door de partner beoordeeld met 4 op 5.', hand: 'Inleveren', bad: 'Geef een score van 1 tot 5.' },
  fr: { teams: 'Équipes qui y travaillent', rate: 'Enregistrer la note', rated: 'Noté 4 sur 5 par le partenaire.', hand: 'Remettre', bad: 'Donnez une note de 1 à 5.' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`the partner rates a hand-in on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'pieter@gamma.test', PASSWORD, lang);
    await checkPage(page, `partner home ${lang}`);
    await shot(page, `cases-partner-home-360-${lang}`);
    await page.goto(`${srv.base}/orgs/3/partner-cases`);
    await checkPage(page, `partner cases ${lang}`);
    await page.goto(`${srv.base}/orgs/3/partner-cases/${ready.caseId}`);
    await checkPage(page, `partner case ${lang}`);
    assert.match(await page.locator('main').textContent(), new RegExp(w.teams));
    assert.match(await page.locator('section.team').textContent(), /Nadia Amrani, Omar Haddad/);
    await shot(page, `cases-partner-360-${lang}`);
    // a rating left empty: the form comes back with its message
    await page.locator('#f-comment').fill('Clear report, well done.');
    await page.getByRole('button', { name: w.rate }).click();
    await page.waitForLoadState();
    await checkPage(page, `partner rating refused ${lang}`);
    await page.locator('#f-handin_id').selectOption({ index: 0 });
    await page.locator('#f-rating').selectOption('4');
    await page.locator('#f-comment').fill('Clear report, well done.');
    await page.getByRole('button', { name: w.rate }).click();
    await page.waitForLoadState();
    await checkPage(page, `partner rated ${lang}`);
    assert.match(await page.locator('main').textContent(), new RegExp(w.rated));
    await ctx.close();
  });

  test(`staff and the learner see the case on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    for (const path of ['/orgs/1', '/orgs/1/cases', `/orgs/1/cases/${ready.caseId}`, '/orgs/1/partners', `/orgs/1/cohorts/${ready.cohortId}/teams`, '/orgs/1/cases/new']) {
      await page.goto(srv.base + path);
      await checkPage(page, `staff ${path} ${lang}`);
    }
    await page.goto(`${srv.base}/orgs/1/cases/${ready.caseId}`);
    await shot(page, `cases-staff-360-${lang}`);
    await ctx.close();
    const lctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const lp = await lctx.newPage();
    await signIn(lp, srv.base, 'nadia@learner.test', 'learning-2027-x', lang);
    await lp.goto(`${srv.base}/learning`);
    await checkPage(lp, `learning ${lang}`);
    await lp.goto(`${srv.base}/learning/teams/${ready.team}`);
    await checkPage(lp, `team ${lang}`);
    await lp.locator('#f-url').fill('not a link');
    await lp.getByRole('button', { name: w.hand, exact: true }).click();
    await lp.waitForLoadState();
    await checkPage(lp, `team hand-in refused ${lang}`);
    await shot(lp, `cases-learner-360-${lang}`);
    await lctx.close();
  });
}

test("the partner's and the staff's views at 1280 px", async () => {
  for (const [email, path, name] of [['pieter@gamma.test', `/orgs/3/partner-cases/${ready.caseId}`, 'partner'], ['admin@alpha.test', `/orgs/1/cases/${ready.caseId}`, 'staff'], ['admin@alpha.test', '/orgs/1/cases', 'staff-list']]) {
    const ctx = await context(browser, 1280);
    const page = await ctx.newPage();
    await signIn(page, srv.base, email, PASSWORD, 'en');
    await page.goto(srv.base + path);
    await checkPage(page, `${name} 1280`);
    await shot(page, `cases-${name}-1280`);
    await ctx.close();
  }
});
