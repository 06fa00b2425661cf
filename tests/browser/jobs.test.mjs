// Internships and jobs in a browser, on the demo data: TelcoLab's member follows its offer on
// a 360 px phone in the three languages and moves the demo learner to the next stage by
// tapping; the learner sees where she stands on her phone; staff read the offers, an offer,
// the placements, the follow-ups and the learners behind a programme's "placed" figure at 360
// and 1280 px. axe-core finds no violation on any of these pages, and nothing is wider than
// the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn, WIDTHS } from './browser.mjs';

const DEMO_PASSWORD = 'traject-demo-2026';
let srv, browser, telco, offer, bootcamp;

before(async () => {
  srv = await startServer({ init: false });
  const r = runTraject(['demo', '--db', srv.db]);
  assert.equal(r.code, 0, r.stderr);
  browser = await launch();
  const partner = new Client(srv.base);
  await partner.signIn('partner@demo.traject.test', DEMO_PASSWORD);
  const home = await partner.get('/');
  telco = /\/orgs\/(\d+)/.exec(home.location || home.text)[1];
  // the offer open now (the demo's others were after cohorts 10 and 11)
  offer = new RegExp(`href="/orgs/${telco}/partner-offers/(\\d+)">IoT intern: sensors on the market square<`).exec((await partner.get(`/orgs/${telco}/partner-offers`)).text)[1];
  const admin = new Client(srv.base);
  await admin.signIn('admin@demo.traject.test', DEMO_PASSWORD);
  bootcamp = /href="(\/orgs\/1\/programmes\/\d+)">Web developer bootcamp/.exec((await admin.get('/orgs/1/programmes')).text)[1];
});
after(async () => { await browser?.close(); await srv?.stop(); });

test("the partner follows its offer on a phone in three languages and moves a candidate", async () => {
  for (const lang of ['en', 'nl', 'fr']) {
    const ctx = await context(browser, 360, { locale: lang, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'partner@demo.traject.test', DEMO_PASSWORD, lang);
    await page.goto(`${srv.base}/orgs/${telco}/partner-offers`);
    await checkPage(page, `partner offers (${lang})`);
    await page.goto(`${srv.base}/orgs/${telco}/partner-offers/${offer}`);
    await checkPage(page, `partner offer (${lang})`);
    assert.match(await page.content(), /Sara Haddad/);
    await shot(page, `jobs-partner-offer-360-${lang}`);
    await page.goto(`${srv.base}/orgs/${telco}/partner-offers/new`);
    await checkPage(page, `offer form (${lang})`);
    await ctx.close();
  }
  const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'partner@demo.traject.test', DEMO_PASSWORD, 'en');
  await page.goto(`${srv.base}/orgs/${telco}/partner-offers/${offer}`);
  await page.getByLabel('Next stage for Sara Haddad').selectOption('offer');
  await page.getByRole('button', { name: 'Move' }).first().click();
  await page.waitForLoadState();
  assert.match(await page.content(), /Sara Haddad<\/strong> · Applied · Job offer made/);
  await ctx.close();
});

test('the learner sees where she stands on her phone', async () => {
  for (const lang of ['en', 'nl', 'fr']) {
    const ctx = await context(browser, 360, { locale: lang, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'learner@demo.traject.test', DEMO_PASSWORD, lang);
    await page.goto(`${srv.base}/learning/jobs`);
    await checkPage(page, `learner's jobs (${lang})`);
    await shot(page, `jobs-learner-360-${lang}`);
    await page.goto(`${srv.base}/learning/jobs/${offer}`);
    await checkPage(page, `learner's offer (${lang})`);
    await ctx.close();
  }
});

test('staff read offers, placements, follow-ups and the placed learners at 360 and 1280 px', async () => {
  for (const width of WIDTHS) {
    const ctx = await context(browser, width);
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@demo.traject.test', DEMO_PASSWORD, width === 360 ? 'nl' : 'en');
    for (const [path, label] of [['/orgs/1/offers', 'offers'], [`/orgs/1/offers/${offer}`, 'offer'], ['/orgs/1/offers/new', 'offer form'],
      ['/orgs/1/placements', 'placements'], ['/orgs/1/followups', 'follow-ups'], [`${bootcamp}/placed`, 'placed'], [bootcamp, 'programme']]) {
      await page.goto(srv.base + path);
      await checkPage(page, `${label} at ${width}`);
      await shot(page, `jobs-staff-${label.replace(/ /g, '-')}-${width}`);
    }
    await ctx.close();
  }
});
