// The teachers' library on a 360 px phone in English, Dutch and French with axe-core: a
// teacher (not signed in) filters the public catalogue with its form (no JavaScript needed),
// opens a lesson plan and downloads it, which staff then see counted; staff's list, form
// (with its errors) and a resource's page at 360 px; the catalogue at 1280 px too.
// Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { resourcesReady } from '../lib/resources.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, browser, ready, alpha;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  ready = await resourcesReady(srv, alpha);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { show: 'Show the resources', title: 'Library of learning resources', facts: /Lesson plan · Teachers · French/, save: 'Save the resource', missing: 'Give the resource a title.' },
  nl: { show: 'De leermiddelen tonen', title: 'Bibliotheek met leermiddelen', facts: /Lesvoorbereiding · Leerkrachten · Frans/, save: 'Het leermiddel opslaan', missing: 'Geef het leermiddel een titel.' },
  fr: { show: 'Afficher les ressources', title: 'Bibliothèque de ressources pédagogiques', facts: /Plan de cours · Enseignants · Français/, save: 'Enregistrer la ressource', missing: 'Donnez un titre à la ressource.' },
};

async function downloads(id) {
  const page = await alpha.get(`/orgs/1/resources/${id}`);
  // in the admin's language of the moment (the staff's test switches it)
  const m = page.text.match(/Downloaded or opened (\d+) times\.|(\d+) keer gedownload of geopend\.|ouverte (\d+) fois\./);
  return Number(m[1] ?? m[2] ?? m[3]);
}

for (const lang of ['en', 'nl', 'fr']) {
  test(`a teacher filters the library, opens a lesson plan and downloads it on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true, locale: lang, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${srv.base}/resources`);
    await checkPage(page, `library ${lang}`);
    assert.equal(await page.locator('h1').textContent(), w.title);
    await shot(page, `resources-library-360-${lang}`);
    // filters: French lesson plans for teachers
    await page.locator('#f-kind').selectOption('lesson_plan');
    await page.locator('#f-lang').selectOption('fr');
    await page.locator('#f-audience').selectOption('teachers');
    await page.getByRole('button', { name: w.show }).click();
    await page.waitForLoadState();
    await checkPage(page, `library filtered ${lang}`);
    assert.match(page.url(), /kind=lesson_plan/);
    const main = await page.locator('main').textContent();
    assert.match(main, /Plan de cours : robots/);
    assert.doesNotMatch(main, /Werkblad sensoren|line-following/);
    await shot(page, `resources-filtered-360-${lang}`);
    // the resource's page
    await page.getByRole('link', { name: 'Plan de cours : robots' }).click();
    await page.waitForLoadState();
    await checkPage(page, `resource ${lang}`);
    assert.match(await page.locator('main').textContent(), w.facts);
    await shot(page, `resources-resource-360-${lang}`);
    // the download, counted
    const before = await downloads(ready.plan);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href="/resources/${ready.plan}/file"]`).click()]);
    assert.equal(download.suggestedFilename(), 'robots.pdf');
    assert.equal(await downloads(ready.plan), before + 1);
    await ctx.close();
  });

  test(`staff keep the library on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    for (const path of ['/orgs/1/resources', '/orgs/1/resources/new', `/orgs/1/resources/${ready.programme}`, '/orgs/1']) {
      await page.goto(srv.base + path);
      await checkPage(page, `staff ${path} ${lang}`);
    }
    await page.goto(`${srv.base}/orgs/1/resources/new`);
    await page.locator('#f-kind').selectOption('video');
    await page.locator('#f-url').fill('javascript:alert(1)');
    await page.getByRole('button', { name: w.save }).click();
    await page.waitForLoadState();
    await checkPage(page, `staff form refused ${lang}`);
    assert.match(await page.locator('#e-title').textContent(), new RegExp(w.missing));
    await shot(page, `resources-staff-form-360-${lang}`);
    await page.goto(`${srv.base}/orgs/1/resources`);
    await shot(page, `resources-staff-list-360-${lang}`);
    await ctx.close();
    const lctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const lp = await lctx.newPage();
    await signIn(lp, srv.base, 'nadia@learner.test', 'learning-2027-x', lang);
    await lp.goto(`${srv.base}/learning`);
    await checkPage(lp, `learning ${lang}`);
    await lp.goto(`${srv.base}/resources/${ready.programme}`);
    await checkPage(lp, `programme resource ${lang}`);
    await lctx.close();
  });
}

test('the library at 1280 px', async () => {
  const ctx = await context(browser, 1280);
  const page = await ctx.newPage();
  await page.goto(`${srv.base}/resources`);
  await checkPage(page, 'library 1280');
  await shot(page, 'resources-library-1280');
  await page.goto(`${srv.base}/resources/${ready.video}`);
  await checkPage(page, 'video 1280');
  await ctx.close();
});
