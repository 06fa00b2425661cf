// Password reset by e-mail and a member's page, in Chromium, with axe-core on each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD, mails, linkIn } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.stop(); });

WIDTHS.forEach((width, i) => {
  test(`reset a forgotten password at ${width} px`, async () => {
    const ctx = await context(browser, width);
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/password-reset$/);
    await page.getByLabel('E-mail address').fill('not an address');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.locator('.error-summary').waitFor();
    await checkPage(page, 'reset request with an error');
    await page.getByLabel('E-mail address').fill('admin@beta.test');
    await page.getByRole('button', { name: 'Send the link' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Check your e-mail');
    await checkPage(page, 'check your e-mail');

    const mail = (await mails(srv.mailDir, i + 1))[i];
    assert.equal(mail.to, 'admin@beta.test');
    await page.goto(srv.base + linkIn(mail.body, '/password-reset/'));
    await checkPage(page, 'choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('brand-new-password');
    await page.getByLabel('New password again').fill('another-password');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.locator('#e-confirm').waitFor();
    await checkPage(page, 'new password with an error');
    await shot(page, `reset-errors-${width}`);
    const fresh = `brand-new-password-${i}`;
    await page.getByLabel('New password', { exact: true }).fill(fresh);
    await page.getByLabel('New password again').fill(fresh);
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.waitForURL(/\/sign-in\?reset=1$/);
    assert.match(await page.locator('main').textContent(), /password has been changed/);
    await checkPage(page, 'sign-in after a reset');
    await page.getByLabel('E-mail address').fill('admin@beta.test');
    await page.getByLabel('Password').fill(fresh);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/orgs\/2$/);
    await ctx.close();
  });
});

test('an administrator changes a member\'s roles', async () => {
  const ctx = await context(browser, 360);
  const page = await ctx.newPage();
  await page.goto(srv.base + '/sign-in');
  await page.getByLabel('E-mail address').fill('admin@alpha.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/orgs\/1$/);
  await page.goto(srv.base + '/orgs/1/members');
  await page.getByRole('link', { name: /Change/ }).first().click();
  await page.waitForURL(/\/orgs\/1\/members\/\d+$/);
  await checkPage(page, 'member page');
  // the only administrator cannot drop the role
  await page.getByLabel('Administrator').uncheck();
  await page.getByLabel('Staff').check();
  await page.getByRole('button', { name: 'Save the roles' }).click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.locator('.error-summary').textContent(), /at least one administrator/);
  await checkPage(page, 'member page with an error');
  await ctx.close();
});
