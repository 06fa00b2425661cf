// An accepted applicant on a 360 px phone, in English, Dutch and French: their page gives
// the cohort, its dates and place, the first session and what to bring, and their schedule
// for a calendar app; declining the place asks once more, on a page that says what happens.
// axe-core finds no violation on any of these pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { reviewedCohort } from '../lib/intake.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const T0 = Date.UTC(2027, 5, 1, 10) / 1000; // Tuesday 2027-06-01 12:00 in Brussels
const LOCALE = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };
const TEXT = {
  en: { place: 'Your place', bring: 'A laptop and your ID card.', calendar: 'Add the sessions to your calendar', decline: 'Decline the place', title: /Decline your place in Web basics\?/ },
  nl: { place: 'Je plaats', bring: 'Een laptop en je identiteitskaart.', calendar: 'De sessies aan je agenda toevoegen', decline: 'De plaats weigeren', title: /Je plaats in Webbasis weigeren\?/ },
  fr: { place: 'Votre place', bring: "Un ordinateur portable et votre carte d'identité.", calendar: 'Ajouter les séances à votre agenda', decline: 'Refuser la place', title: /Refuser votre place à Bases du web \?/ },
};
let srv, browser, admin, programme, apps;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(T0) } });
  browser = await launch();
  admin = new Client(srv.base);
  await admin.signIn('admin@alpha.test');
  ({ programme, apps } = await reviewedCohort(srv, admin, 3));
  assert.equal((await admin.submit(programme, { bring_en: TEXT.en.bring, bring_nl: TEXT.nl.bring, bring_fr: TEXT.fr.bring }, `${programme}/bring`)).status, 303);
  const sel = `${programme}/selection`;
  const ranked = await admin.get(sel);
  const cohortId = /name="cohort" value="(\d+)"/.exec(ranked.text)[1];
  const fields = [['cohort', cohortId], ...Object.values(apps).map((a) => [`o-${a.id}`, 'accept'])];
  assert.equal((await admin.confirm(await admin.submit(sel, fields, `${programme}/decisions`))).status, 303);
});
after(async () => { await browser?.close(); await srv?.stop(); });

for (const [name, lang] of [['Ana Silva', 'en'], ['Bram Peeters', 'nl'], ['Céline Dubois', 'fr']]) {
  test(`an accepted applicant reads their place and declines it on a 360 px phone in ${lang}`, async () => {
    const t = TEXT[lang];
    const ctx = await context(browser, 360, { locale: LOCALE[lang], hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(srv.base + apps[name].link);
    await checkPage(page, `accepted applicant (${lang})`);
    const main = await page.locator('main').textContent();
    assert.match(main, new RegExp(t.place));
    assert.ok(main.includes(t.bring), `${lang}: what to bring is shown`);
    assert.match(main, /Canal hub, Rue du Canal 4, 1000 Brussels/);
    const calendar = page.getByRole('link', { name: t.calendar });
    const ics = await page.request.get(srv.base + await calendar.getAttribute('href'));
    assert.equal(ics.status(), 200);
    assert.match(await ics.text(), /BEGIN:VEVENT/);
    await shot(page, `accepted-360-${lang}`);
    await page.getByRole('button', { name: t.decline }).click();
    await page.waitForLoadState();
    assert.match(await page.locator('h1').textContent(), t.title);
    await checkPage(page, `decline the place, confirmation (${lang})`);
    await page.locator('main form button[type=submit]').click();
    await page.waitForLoadState();
    assert.doesNotMatch(await page.locator('main').textContent(), new RegExp(t.calendar));
    await checkPage(page, `place declined (${lang})`);
    await ctx.close();
  });
}
