// Sign in, the organisation home, members, account, errors and sign out, in Chromium at
// 360 and 1280 px, with axe-core on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.stop(); });

for (const width of WIDTHS) {
  test(`sign in and look around at ${width} px`, async () => {
    const ctx = await context(browser, width);
    const page = await ctx.newPage();
    await page.goto(srv.base + '/orgs/1');
    assert.match(page.url(), /\/sign-in\?next=/);
    await checkPage(page, 'sign-in');
    await shot(page, `sign-in-${width}`);

    await page.getByLabel('E-mail address').fill('admin@alpha.test');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await assert.doesNotReject(page.getByText('The e-mail address or the password is not right.').waitFor());
    await checkPage(page, 'sign-in with error');

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/orgs\/1$/);
    assert.equal(await page.locator('h1').textContent(), 'Alpha Training');
    await checkPage(page, 'organisation home');
    await shot(page, `home-${width}`);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.waitForURL(/\/orgs\/1\/members$/);
    assert.match(await page.locator('main').textContent(), /admin@alpha\.test/);
    await checkPage(page, 'members');
    await shot(page, `members-${width}`);

    await page.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(/\/account$/);
    await checkPage(page, 'account');
    await shot(page, `account-${width}`);
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page.locator('.error-summary').first().waitFor();
    await checkPage(page, 'account with errors');

    await page.goto(srv.base + '/orgs');
    await checkPage(page, 'organisations');
    await page.goto(srv.base + '/no/such/page');
    await checkPage(page, '404');
    await page.goto(srv.base + '/orgs/2');
    assert.match(await page.locator('h1').textContent(), /Page not found/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.goto(srv.base + '/password-reset');
    await checkPage(page, 'password reset');
    await ctx.close();
  });
}

test('every page is usable at 320 px: no sideways scrolling, 0 axe violations', async () => {
  const ctx = await context(browser, 320);
  const page = await ctx.newPage();
  await page.goto(srv.base + '/sign-in');
  await checkPage(page, 'sign-in at 320');
  await page.getByLabel('E-mail address').fill('admin@alpha.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/orgs\/1$/);
  for (const path of ['/orgs/1', '/orgs/1/members', '/orgs/1/members/invite', '/orgs/1/members/1', '/orgs', '/account', '/password-reset']) {
    await page.goto(srv.base + path);
    await checkPage(page, `${path} at 320`);
  }
  await ctx.close();
});
