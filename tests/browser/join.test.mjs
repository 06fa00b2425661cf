// An organisation that is not on traject answers a public call from a phone (360 px), in
// English, Dutch and French: it asks to join, an operator approves, its administrator
// accepts the invitation and submits a proposal from the public call page, with axe-core
// on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject, mails, linkIn, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

// Brussels is UTC+1 in January
const NOW = String(Date.UTC(2027, 0, 16, 9, 0) / 1000);
const OP_PW = 'operator-password-1';
let srv, browser, callId, sent = 0;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: NOW } });
  browser = await launch();
  let g = runTraject(['user', 'grant', '--db', srv.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  assert.equal(g.code, 0, g.stderr);
  g = runTraject(['user', 'add', '--db', srv.db, '--email', 'op@traject.test', '--name', 'Olga Operator', '--password-file', '-'], { input: OP_PW + '\n' });
  assert.equal(g.code, 0, g.stderr);
  g = runTraject(['user', 'grant', '--db', srv.db, '--email', 'op@traject.test', '--role', 'operator']);
  assert.equal(g.code, 0, g.stderr);
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  let r = await beta.submit('/orgs/2/calls/new', {
    title_en: 'Digital inclusion 2027', title_nl: 'Digitale inclusie 2027', title_fr: 'Inclusion numérique 2027',
    budget: '600.000', min_grant: '10.000', max_grant: '100.000',
    opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '2', scale_min: '0', scale_max: '10',
  }, '/orgs/2/calls');
  assert.equal(r.status, 303);
  const call = r.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  r = await beta.submit(call, { kind: 'criterion', text_en: 'Reach', text_nl: 'Bereik', text_fr: 'Portée', weight: '1' }, `${call}/items`);
  assert.equal(r.status, 303);
  assert.equal((await beta.submit(call, {}, `${call}/publish`)).status, 303);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const ORGS = {
  en: { name: 'Code Club Anderlecht', email: 'amina@anderlecht.test', contact: 'Amina Haddad' },
  nl: { name: 'Vzw Digitaal Gent', email: 'pieter@gent.test', contact: 'Pieter De Smet' },
  fr: { name: 'Maison des jeunes de Forest', email: 'samira@forest.test', contact: 'Samira El Idrissi' },
};

for (const [lang, o] of Object.entries(ORGS)) {
  test(`an organisation asks to join from a public call, is approved and submits a proposal (${lang}, 360 px)`, async () => {
    const opts = { hasTouch: true, isMobile: true, locale: lang, extraHTTPHeaders: { 'accept-language': lang } };
    const ctx = await context(browser, 360, opts);
    const page = await ctx.newPage();
    // the public call: how to answer it
    await page.goto(`${srv.base}/calls/${callId}`);
    await checkPage(page, `public call (${lang})`);
    await page.locator(`main a[href="/join?call=${callId}"]`).click();
    await page.waitForURL(/\/join\?call=/);
    await checkPage(page, `join form (${lang})`);
    await page.locator('#f-name').fill(o.name);
    await page.locator('#f-kind').selectOption('training');
    await page.locator('#f-contact').fill(o.contact);
    await page.locator('#f-email').fill(o.email);
    await page.locator('#f-about').fill('Workshops for young people of the neighbourhood.');
    await page.locator('#f-lang').selectOption(lang);
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/join$/);
    assert.match(await page.locator('main').textContent(), new RegExp(o.email.replace('.', '\\.')));
    await checkPage(page, `request sent (${lang})`);
    sent += 2; // the receipt and the operator's notice

    // the operator approves, on a phone too
    const octx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const op = await octx.newPage();
    await signIn(op, srv.base, 'op@traject.test', OP_PW, 'en');
    await op.goto(`${srv.base}/operator/requests`);
    await checkPage(op, 'operator requests');
    await op.locator('main a', { hasText: o.name }).click();
    await op.waitForURL(/\/operator\/requests\/\d+$/);
    await checkPage(op, 'operator request');
    await op.locator('main form[action$="/approve"] button').click();
    await op.waitForURL(/approved=1$/);
    await octx.close();
    sent += 1; // the invitation

    // the administrator accepts the invitation, then answers the call
    const all = await mails(srv.mailDir, sent);
    const invite = all.filter((m) => m.to === o.email && /\/invitations\//.test(m.body)).pop();
    assert.ok(invite, 'an invitation');
    await page.goto(srv.base + linkIn(invite.body, '/invitations/'));
    await checkPage(page, `accept invitation (${lang})`);
    await page.locator('#f-name').fill(o.contact);
    await page.locator('#f-password').fill(PASSWORD);
    await page.locator('#f-confirm').fill(PASSWORD);
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/orgs\/\d+$/);
    const org = page.url().split('/').pop();
    assert.match(await page.locator('h1').textContent(), new RegExp(o.name));
    await page.goto(`${srv.base}/calls/${callId}`);
    await page.locator(`main form[action="/orgs/${org}/proposals"] input[name="title"]`).fill(`Proposal of ${o.name}`);
    await page.locator(`main form[action="/orgs/${org}/proposals"] button`).click();
    await page.waitForURL(/\/proposals\/\d+/);
    await page.locator('#f-summary').fill('Coding clubs every week.');
    await page.locator('#f-requested').fill('40000');
    await page.locator('main form button[type=submit]').first().click();
    await page.waitForURL(/saved=1$/);
    await page.locator('#f-label').fill('Trainers');
    await page.locator('#f-amount').fill('40000');
    await page.locator('main form[action$="/budget-lines"] button').click();
    await page.waitForURL(/saved=1$/);
    await page.locator('main form[action$="/submit"] button').click();
    await page.waitForURL(/submitted=1$/);
    await checkPage(page, `submitted proposal (${lang})`);
    await shot(page, `joined-and-submitted-${lang}-360`);
    sent += 1; // the receipt of the proposal
    await ctx.close();
  });
}
