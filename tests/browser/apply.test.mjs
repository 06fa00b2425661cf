// Applying from a 360 px phone in English, Dutch and French, without an account: the form,
// a mistake shown beside the field, the confirmation and the personal page, with axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { launch, context, checkPage, shot } from './browser.mjs';

let srv, browser, pid, other;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 5, 1, 10) / 1000) } });
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const res = await c.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['title_nl', 'Webontwikkelaar'], ['title_fr', 'Développeur web'],
    ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'nl'], ['langs', 'fr'], ['min_age', '18'], ['max_age', '25']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  await c.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2028-02-25'], ['capacity', '12']], `${programme}/cohorts`);
  await c.submit(programme, { kind: 'long', label_en: 'Why this programme?', label_nl: 'Waarom deze opleiding?', label_fr: 'Pourquoi ce programme ?', required: '1', motivation: '1' }, `${programme}/questions`);
  const o = await c.submit('/orgs/1/programmes/new', [['title_en', 'Data analyst'], ['title_nl', 'Data-analist'], ['title_fr', 'Analyste de données'],
    ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'nl'], ['min_age', '30'], ['max_age', '45']], '/orgs/1/programmes');
  other = o.location.replace('?saved=1', '').split('/').pop();
  await c.submit(programme, { kind: 'yesno', label_en: 'Do you have a laptop?', label_nl: 'Heb je een laptop?', label_fr: 'Avez-vous un ordinateur portable ?', required: '1' }, `${programme}/questions`);
});
after(async () => { await browser?.close(); await srv?.stop(); });

const L = {
  en: { name: 'Full name', email: 'E-mail address', birth: 'Date of birth', town: 'Municipality', why: 'Why this programme?', laptop: 'Do you have a laptop?', yes: 'Yes', send: 'Send my application', done: /Your application is sent/ },
  nl: { name: 'Volledige naam', email: 'E-mailadres', birth: 'Geboortedatum', town: 'Gemeente', why: 'Waarom deze opleiding?', laptop: 'Heb je een laptop?', yes: 'Ja', send: 'Mijn kandidatuur versturen', done: /Je kandidatuur is verstuurd/ },
  fr: { name: 'Nom complet', email: 'Adresse e-mail', birth: 'Date de naissance', town: 'Commune', why: 'Pourquoi ce programme ?', laptop: 'Avez-vous un ordinateur portable ?', yes: 'Oui', send: 'Envoyer ma candidature', done: /Votre candidature est envoyée/ },
};

for (const [lang, t] of Object.entries(L)) {
  test(`applying on a 360 px phone in ${lang}`, async () => {
    const ctx = await context(browser, 360, { locale: lang === 'en' ? 'en-GB' : `${lang}-BE`, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(`${srv.base}/programmes/${pid}`);
    await page.getByRole('button', { name: { en: 'Apply', nl: 'Inschrijven', fr: 'Postuler' }[lang] }).or(page.getByRole('link', { name: { en: 'Apply', nl: 'Inschrijven', fr: 'Postuler' }[lang], exact: true })).first().click();
    await page.waitForURL(/\/apply$/);
    await checkPage(page, `apply (${lang})`);
    await page.getByLabel(t.name, { exact: true }).fill(`Applicant ${lang}`);
    await page.getByLabel(t.email, { exact: true }).fill(`applicant-${lang}@example.org`);
    await page.getByLabel(t.birth, { exact: true }).fill('2030-01-01'); // in the future: refused
    await page.getByLabel(t.town, { exact: true }).fill('Molenbeek');
    await page.getByLabel(t.why).fill('I love building things.');
    await page.getByRole('group', { name: t.laptop }).getByLabel(t.yes).check();
    await page.getByRole('button', { name: t.send }).click();
    await page.waitForLoadState();
    assert.equal(await page.locator('.error-summary li').count(), 1);
    await checkPage(page, `apply errors (${lang})`);
    await page.getByLabel(t.birth, { exact: true }).fill('2005-03-01');
    await page.getByRole('group', { name: t.laptop }).getByLabel(t.yes).check();
    await page.getByRole('button', { name: t.send }).click();
    await page.waitForURL(/\/applications\/[A-Za-z0-9_-]+\?sent=1$/);
    assert.match(await page.locator('main').textContent(), t.done);
    await checkPage(page, `application (${lang})`);
    await shot(page, `application-360-${lang}`);
    await ctx.close();
  });
}

const refused = {
  en: { title: 'This programme does not fit', other: 'See the programmes open to your age' },
  nl: { title: 'Deze opleiding past niet', other: 'Bekijk de opleidingen voor jouw leeftijd' },
  fr: { title: 'Ce programme ne convient pas', other: 'Voir les programmes ouverts à votre âge' },
};

for (const [lang, t] of Object.entries(L)) {
  test(`refused for age on a 360 px phone in ${lang}: every answer is kept, other programmes are offered`, async () => {
    const ctx = await context(browser, 360, { locale: lang === 'en' ? 'en-GB' : `${lang}-BE`, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(`${srv.base}/programmes/${pid}/apply`);
    const typed = { [t.name]: `Older ${lang}`, [t.email]: `older-${lang}@example.org`, [t.birth]: '1990-05-05', [t.town]: 'Anderlecht' };
    for (const [label, value] of Object.entries(typed)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel(t.why).fill('Twenty years of carpentry,\nnow code.');
    await page.getByRole('group', { name: t.laptop }).getByLabel(t.yes).check();
    await page.getByRole('button', { name: t.send }).click();
    await page.waitForLoadState();
    assert.equal(await page.getByRole('heading', { name: refused[lang].title }).count(), 1);
    for (const [label, value] of Object.entries(typed)) assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), value, label);
    assert.equal(await page.getByLabel(t.why).inputValue(), 'Twenty years of carpentry,\nnow code.');
    assert.equal(await page.getByRole('group', { name: t.laptop }).getByLabel(t.yes).isChecked(), true);
    assert.equal(await page.locator(`main a[href="/programmes/${other}/apply"]`).count(), 1);
    if (refused[lang].other) assert.equal(await page.getByRole('link', { name: refused[lang].other }).count(), 1);
    await checkPage(page, `apply refused (${lang})`);
    await ctx.close();
  });
}

test('the privacy notice: written by an administrator, read on the form', async () => {
  const ctx = await context(browser, 360, { locale: 'en-GB' });
  const page = await ctx.newPage();
  await page.goto(srv.base + '/sign-in');
  await page.locator('#f-email').fill('admin@alpha.test');
  await page.locator('#f-password').fill('correct-horse-battery');
  await page.locator('main button[type=submit]').click();
  await page.waitForLoadState();
  await page.goto(srv.base + '/orgs/1/privacy');
  await checkPage(page, 'privacy notice settings');
  await page.getByLabel('Privacy notice in English').fill('Alpha keeps your details for one year.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/saved=1/);
  await page.goto(`${srv.base}/programmes/${pid}/apply`);
  assert.match(await page.locator('section.privacy').textContent(), /Alpha keeps your details for one year\./);
  await ctx.close();
});

test('the pipeline of applications at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const ctx = await context(browser, width, { locale: 'nl-BE' });
    const page = await ctx.newPage();
    await page.goto(srv.base + '/sign-in');
    await page.locator('#f-email').fill('admin@alpha.test');
    await page.locator('#f-password').fill('correct-horse-battery');
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState();
    await page.goto(srv.base + '/orgs/1/applications');
    assert.equal(await page.locator('tbody tr').count() >= 4, true);
    await checkPage(page, `pipeline (${width})`);
    await page.getByLabel('Status', { exact: true }).selectOption('submitted');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/status=submitted/);
    await checkPage(page, `pipeline filtered (${width})`);
    await page.goto(`${srv.base}/orgs/1/programmes/${pid}/import`);
    await checkPage(page, `import (${width})`);
    await ctx.close();
  }
});
