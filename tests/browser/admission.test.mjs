// Name-blind selection in a browser, on the demo data: a reviewer scores an application on a
// 360 px phone in French by clicking and never sees a name; staff read the selection page and
// an application at 360 and 1280 px in Dutch; a guardian gives consent on a phone, in the three
// languages. axe-core finds no violation on any of these pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, mails, linkIn, runTraject } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const DEMO_PASSWORD = 'traject-demo-2026';
const DEMO_NAMES = ['Yasmine', 'El Idrissi', 'Verhaegen', 'Grace Mensah', 'Bouzid', 'Lotte', 'Diallo', 'applicant.demo.test'];
let srv, browser, bootcamp, camp;

before(async () => {
  srv = await startServer({ init: false });
  const r = runTraject(['demo', '--db', srv.db]);
  assert.equal(r.code, 0, r.stderr);
  browser = await launch();
  const admin = new Client(srv.base);
  await admin.signIn('admin@demo.traject.test', DEMO_PASSWORD);
  bootcamp = /href="(\/orgs\/1\/programmes\/\d+)">Web developer bootcamp/.exec((await admin.get('/orgs/1/programmes')).text)[1];
  // a summer camp for children, whose guardians consent
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Summer code camp'], ['title_nl', 'Zomercodekamp'], ['title_fr', 'Camp de code d\'été'],
    ['kind', 'camp'], ['status', 'open'], ['langs', 'nl'], ['langs', 'fr'], ['min_age', '10'], ['max_age', '14']], '/orgs/1/programmes');
  camp = res.location.replace('?saved=1', '');
  await admin.submit(`${camp}/cohorts/new`, [['name', 'July'], ['starts_on', '2027-07-05'], ['ends_on', '2027-07-09'], ['capacity', '20']], `${camp}/cohorts`);
});
after(async () => { await browser?.close(); await srv?.stop(); });

test('a reviewer scores an application on a 360 px phone in French, under a code', async () => {
  const ctx = await context(browser, 360, { locale: 'fr-BE', hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'reviewer@demo.traject.test', DEMO_PASSWORD, 'fr');
  await page.goto(srv.base + '/orgs/1/reviews');
  await checkPage(page, 'reviews (fr)');
  await page.locator('main ul').first().getByRole('link').first().click();
  await page.waitForURL(/\/orgs\/1\/reviews\/\d+$/);
  await checkPage(page, 'review form (fr)');
  for (const text of DEMO_NAMES) assert.doesNotMatch(await page.content(), new RegExp(text));
  await page.getByRole('group', { name: /Motivation/ }).getByLabel('4', { exact: true }).check();
  await page.getByRole('group', { name: /Persévérance/ }).getByLabel('3', { exact: true }).check();
  await page.getByLabel('Commentaire').fill('Réponse sincère et concrète.');
  await shot(page, 'review-360-fr');
  await page.getByRole('button', { name: "Déposer l'évaluation" }).click();
  await page.waitForURL(/submitted=1/);
  assert.match(await page.locator('main').textContent(), /Réponse sincère et concrète/);
  await checkPage(page, 'review submitted (fr)');
  await ctx.close();
});

test('staff: the selection page and an application at 360 and 1280 px in Dutch', async () => {
  for (const width of [360, 1280]) {
    const ctx = await context(browser, width, { locale: 'nl-BE' });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@demo.traject.test', DEMO_PASSWORD, 'nl');
    await page.goto(`${srv.base}${bootcamp}/selection`);
    await checkPage(page, `selection (${width})`);
    assert.ok(await page.locator('tbody tr').count() >= 2);
    await shot(page, `selection-${width}-nl`);
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/orgs\/1\/applications\/\d+$/);
    await checkPage(page, `application (${width})`);
    await ctx.close();
  }
});

for (const lang of ['en', 'nl', 'fr']) {
  test(`a guardian answers on a 360 px phone in ${lang}`, async () => {
    const pid = camp.split('/').pop();
    const child = new Client(srv.base, { lang });
    const form = await child.get(`/programmes/${pid}/apply`);
    const q = /name="(q-\d+)"/.exec(form.text);
    const guardian = `guardian-${lang}@example.org`;
    const fields = { name: `Kid ${lang}`, email: `kid-${lang}@example.org`, phone: '', birth_date: '2015-05-05', municipality: 'Etterbeek', guardian_name: `Parent ${lang}`, guardian_email: guardian };
    if (q) fields[q[1]] = 'Games!';
    const r = await child.submit(`/programmes/${pid}/apply`, fields);
    assert.equal(r.status, 303, r.text.slice(0, 1000));
    let mail;
    for (let i = 0; i < 50 && !mail; i++) {
      mail = (await mails(srv.mailDir, 0, 0)).find((m) => m.to === guardian);
      if (!mail) await new Promise((res) => setTimeout(res, 100));
    }
    assert.ok(mail);
    const ctx = await context(browser, 360, { locale: lang === 'en' ? 'en-GB' : `${lang}-BE`, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(srv.base + linkIn(mail.body, '/consent/'));
    await checkPage(page, `consent (${lang})`);
    await page.getByRole('button', { name: { en: 'I agree', nl: 'Ik geef toestemming', fr: 'Je donne mon accord' }[lang] }).click();
    await page.waitForURL(/saved=1/);
    assert.match(await page.locator('main').textContent(), new RegExp(`Parent ${lang}`));
    await checkPage(page, `consent given (${lang})`);
    await shot(page, `consent-360-${lang}`);
    await ctx.close();
  });
}
