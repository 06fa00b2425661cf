// Browser helpers: Debian's Chromium through playwright-core, and axe-core checks.
// Every HTML page the browser receives is also kept, as the server sent it, in
// tests/out/html/<test file>/ (one file per distinct page); zz-html.test.mjs, the last file
// of the suite, checks them all with the W3C Nu HTML Checker in one run.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../lib/server.mjs';

export const WIDTHS = [360, 1280];
const SHOTS = join(ROOT, 'tests/out/screenshots');
export const HTML_DIR = join(ROOT, 'tests/out/html');

// This test file's pages, written afresh on each run of the file.
const pagesDir = join(HTML_DIR, basename(process.argv[1] || 'unknown', '.test.mjs'));
const seen = new Set();
let index = [];

function keepPages(context) {
  context.on('response', async (res) => {
    try {
      if (res.request().resourceType() !== 'document') return;
      if (!/^text\/html\b/.test(res.headers()['content-type'] || '')) return;
      const body = await res.text();
      // the same page for another session differs only by its CSRF token: kept once
      const hash = createHash('sha256').update(body.replace(/\b[0-9a-f]{64}\b/g, '')).digest('hex').slice(0, 16);
      if (seen.has(hash)) return;
      if (!seen.size) { rmSync(pagesDir, { recursive: true, force: true }); mkdirSync(pagesDir, { recursive: true }); }
      seen.add(hash);
      const file = `${hash}.html`;
      writeFileSync(join(pagesDir, file), body);
      index.push({ file, url: new URL(res.url()).pathname + new URL(res.url()).search, status: res.status() });
      writeFileSync(join(pagesDir, 'index.json'), JSON.stringify(index, null, 1));
    } catch { /* a page the browser left before its body came (a redirect, a closed tab) */ }
  });
}

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const ctx = await newContext(...args);
    keepPages(ctx);
    return ctx;
  };
  return browser;
}

// A context at a given width. CSP is bypassed only so that the test can inject axe-core.
export function context(browser, width, opts = {}) {
  return browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, ...opts });
}

export async function checkAxe(page, label) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  const msg = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + n.html.slice(0, 160)).join('\n    ')}`).join('\n');
  assert.equal(result.violations.length, 0, `axe violations on ${label}:\n${msg}`);
}

// Nothing wider than the viewport (usable at 320-360 px without sideways scrolling).
export async function checkNoOverflow(page, label) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client + 1, `${label}: page is ${scroll}px wide in a ${client}px viewport`);
}

export async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// Checks a page the way every page must be: axe, no sideways scroll, one h1.
export async function checkPage(page, label) {
  await checkAxe(page, label);
  await checkNoOverflow(page, label);
  assert.equal(await page.locator('h1').count(), 1, `${label}: exactly one h1`);
}

// Signs in through the form, then switches to lang with the language switcher (an account
// keeps its own language otherwise).
export async function signIn(page, base, email, password, lang) {
  await page.goto(base + '/sign-in');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.locator('main button[type=submit]').click();
  await page.waitForLoadState();
  const switcher = page.locator(`form.langs button[lang="${lang}"]`);
  if (lang && await switcher.count()) {
    await switcher.click();
    await page.waitForLoadState();
  }
}
