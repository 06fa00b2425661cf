// Invite a member and accept the invitation from the e-mail, in Chromium, with axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD, mails, linkIn } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.stop(); });

async function signIn(page, email, password = PASSWORD) {
  await page.goto(srv.base + '/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/orgs\/\d+$/);
}

WIDTHS.forEach((width, i) => {
  test(`invite and accept at ${width} px`, async () => {
    const admin = await context(browser, width);
    const page = await admin.newPage();
    await signIn(page, 'admin@alpha.test');
    await page.goto(srv.base + '/orgs/1/members');
    await page.getByRole('main').getByRole('button', { name: 'Invite a member' }).or(page.getByRole('main').getByRole('link', { name: 'Invite a member' })).first().click();
    await page.waitForURL(/\/members\/invite$/);
    await checkPage(page, 'invite form');

    // empty: the summary at the top links to the fields, messages beside the fields
    await page.getByLabel('E-mail address').fill('');
    await page.getByLabel('Staff').uncheck();
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.ok(await summary.getByRole('link').count() >= 2);
    assert.equal(await page.locator('#f-email').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#e-email').textContent(), /is required/);
    await checkPage(page, 'invite form with errors');
    await shot(page, `invite-errors-${width}`);

    const email = `newcomer${i}@example.test`;
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Staff').check();
    await page.getByLabel('Language of the invitation').selectOption('nl');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.waitForURL(/\/members\?invited=1$/);
    assert.match(await page.locator('main').textContent(), new RegExp(email));
    await checkPage(page, 'members with an open invitation');

    const mail = (await mails(srv.mailDir, i + 1)).find((m) => m.to === email);
    assert.ok(mail, 'the invitation e-mail');
    assert.match(mail.subject, /Uitnodiging/); // in the chosen language
    const link = linkIn(mail.body, '/invitations/');

    const guest = await context(browser, width);
    const g = await guest.newPage();
    await g.goto(srv.base + link);
    await checkPage(g, 'accept invitation');
    await g.getByLabel('Your name').fill(`New Comer ${i}`);
    await g.getByLabel('Password', { exact: true }).fill('newcomer-password');
    await g.getByLabel('Password again').fill('newcomer-password');
    await g.getByRole('button', { name: 'Create the account and join' }).click();
    await g.waitForURL(/\/orgs\/1$/);
    assert.equal(await g.locator('h1').textContent(), 'Alpha Training');
    assert.match(await g.locator('main').textContent(), /Staff/);
    await checkPage(g, 'home of the new member');
    await g.goto(srv.base + link);
    assert.match(await g.locator('h1').textContent(), /Invitation not valid/);
    await checkPage(g, 'used invitation');

    await page.reload();
    assert.match(await page.locator('main').textContent(), new RegExp(`New Comer ${i}`));
    await guest.close();
    await admin.close();
  });
});
