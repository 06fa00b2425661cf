// The language switcher and Accept-Language, in Chromium, with axe-core in each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, WIDTHS } from './browser.mjs';

let srv, browser;
before(async () => { srv = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.stop(); });

for (const width of WIDTHS) {
  test(`switch languages at ${width} px`, async () => {
    const ctx = await context(browser, width, { locale: 'en-GB' });
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('h1').textContent(), 'Sign in');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal(await page.locator('h1').textContent(), 'Aanmelden');
    await checkPage(page, 'sign-in in Dutch');

    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.equal(await page.locator('h1').textContent(), 'Se connecter');
    await checkPage(page, 'sign-in in French');

    // signed in, the choice is the account's and follows to the next pages
    await page.getByLabel('Adresse e-mail').fill('admin@beta.test');
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/orgs\/2$/);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.equal(new URL(page.url()).pathname, '/orgs/2');
    await page.getByRole('link', { name: 'Leden' }).first().click();
    await page.waitForURL(/\/members$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.locator('h1').textContent(), 'Leden');
    await checkPage(page, 'members in Dutch');
    await page.goto(srv.base + '/account');
    await checkPage(page, 'account in Dutch');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await ctx.close();
  });
}

test('a French browser gets French without choosing', async () => {
  const ctx = await context(browser, 360, { locale: 'fr-BE' });
  const page = await ctx.newPage();
  await page.goto(srv.base + '/sign-in');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('h1').textContent(), 'Se connecter');
  await page.goto(srv.base + '/password-reset');
  await checkPage(page, 'password reset in French');
  await ctx.close();
});
