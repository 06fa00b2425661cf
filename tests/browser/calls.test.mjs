// Calls for projects in the browser: the funder's call page, the public call page, and
// an organisation's draft proposal, at 360 and 1280 px in three languages, with
// axe-core; then submitting a proposal by clicking, in French.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD, runTraject } from '../lib/server.mjs';
import { launch, context, checkPage, shot, WIDTHS } from './browser.mjs';

let srv, browser, call, callId, draft;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 13) / 1000) } });
  browser = await launch();
  runTraject(['user', 'grant', '--db', srv.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await beta.submit('/orgs/2/calls/new', {
    title_en: 'Digital inclusion 2027', title_nl: 'Digitale inclusie 2027', title_fr: 'Inclusion numérique 2027',
    description_en: 'Projects that bring people online.', budget: '600000', min_grant: '10000', max_grant: '100000',
    opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '3', scale_min: '0', scale_max: '10',
  }, '/orgs/2/calls');
  call = res.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  for (const [kind, text_en, text_nl, text_fr, weight] of [
    ['eligibility', 'Registered non-profit', 'Erkende vzw', 'ASBL reconnue', '1'],
    ['criterion', 'Reach of vulnerable groups', 'Bereik van kwetsbare groepen', 'Publics vulnérables touchés', '3'],
    ['criterion', 'Quality', 'Kwaliteit', 'Qualité', '2'],
    ['attachment', 'Budget (PDF)', 'Begroting (PDF)', 'Budget (PDF)', '1']]) {
    await beta.submit(call, { kind, text_en, text_nl, text_fr, weight }, `${call}/items`);
  }
  const page = await beta.get(call);
  const groups = [...page.text.matchAll(/name="groups" value="(\d+)"/g)].slice(0, 3).map((m) => ['groups', m[1]]);
  await beta.submit(call, groups, `${call}/groups`);
  await beta.submit(call, {}, `${call}/publish`);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  draft = (await alpha.submit('/orgs/1/proposals', { call_id: callId, title: 'Code club Molenbeek' }, '/orgs/1/proposals')).location;
});
after(async () => { await browser?.close(); await srv?.stop(); });

async function signIn(page, email, lang) {
  await page.goto(srv.base + '/sign-in');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(PASSWORD);
  await page.locator('main button[type=submit]').click();
  await page.waitForLoadState();
  const switcher = page.locator(`form.langs button[lang="${lang}"]`);
  if (await switcher.count()) {
    await switcher.click();
    await page.waitForLoadState();
  }
}

for (const lang of ['en', 'nl', 'fr']) {
  for (const width of WIDTHS) {
    test(`call and proposal pages in ${lang} at ${width} px`, async () => {
      const ctx = await context(browser, width, { locale: lang === 'en' ? 'en-GB' : `${lang}-BE` });
      const page = await ctx.newPage();
      await page.goto(`${srv.base}/calls/${callId}`);
      await checkPage(page, `public call (${lang}, ${width})`);
      await page.goto(`${srv.base}/calls`);
      await checkPage(page, `public calls (${lang}, ${width})`);
      await signIn(page, 'admin@beta.test', lang);
      for (const path of ['/orgs/2/calls', call, `${call}/edit`, '/orgs/2/calls/new', '/orgs/2/target-groups', `${call}/ranking`, `${call}/report`]) {
        await page.goto(srv.base + path);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        await checkPage(page, `${path} (${lang}, ${width})`);
      }
      if (width === 1280 && lang === 'en') await shot(page, 'call-new-1280');
      await page.goto(srv.base + call);
      if (width === 360) await shot(page, `call-funder-${lang}-360`);
      await ctx.close();
      const ctx2 = await context(browser, width, { locale: lang === 'en' ? 'en-GB' : `${lang}-BE` });
      const p2 = await ctx2.newPage();
      await signIn(p2, 'admin@alpha.test', lang);
      for (const path of ['/orgs/1/proposals', draft]) {
        await p2.goto(srv.base + path);
        await checkPage(p2, `${path} (${lang}, ${width})`);
      }
      if (width === 360) await shot(p2, `proposal-draft-${lang}-360`);
      await ctx2.close();
    });
  }
}

test('an organisation fills in and submits its proposal by clicking, in French', async () => {
  const ctx = await context(browser, 360, { locale: 'fr-BE', hasTouch: true, isMobile: true });
  const page = await ctx.newPage();
  await signIn(page, 'admin@alpha.test', 'fr');
  await page.goto(srv.base + draft);
  await page.getByLabel('Résumé').fill('Des clubs de code chaque semaine.');
  await page.getByLabel(/Montant demandé/).fill('40.000');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await page.waitForURL(/saved=1$/);
  await page.getByLabel('Poste budgétaire').fill('Formateurs');
  await page.getByLabel('Montant (euro)').fill('40.000');
  await page.getByRole('button', { name: 'Ajouter le poste' }).click();
  await page.waitForURL(/saved=1$/);
  await page.getByLabel(/Fichier PDF pour Budget \(PDF\)/).setInputFiles({ name: 'budget.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByRole('button', { name: 'Téléverser' }).click();
  await page.waitForURL(/saved=1/);
  assert.match(await page.locator('#attachments + ul').textContent(), /budget\.pdf/);
  await page.getByRole('button', { name: 'Déposer la proposition' }).click();
  await page.waitForURL(/submitted=1$/);
  const main = await page.locator('main').textContent();
  assert.match(main, /La proposition est déposée/);
  assert.match(main, /mercredi 2027-01-20 14:00/i);
  await checkPage(page, 'submitted proposal (fr)');
  await shot(page, 'proposal-submitted-fr-360');
  await ctx.close();
});

test('the funder screens the submitted proposal on a phone, in Dutch', async () => {
  const ctx = await context(browser, 360, { locale: 'nl-BE' });
  const page = await ctx.newPage();
  await signIn(page, 'admin@beta.test', 'nl');
  await page.goto(srv.base + call);
  await page.getByRole('link', { name: 'Code club Molenbeek' }).click();
  await page.waitForURL(/\/submissions\/\d+$/);
  await checkPage(page, 'submission (nl)');
  await page.getByRole('group', { name: 'Erkende vzw' }).getByLabel('Niet voldaan', { exact: true }).check();
  await page.getByRole('button', { name: 'De screening opslaan' }).click();
  await page.waitForLoadState();
  await checkPage(page, 'screening errors (nl)'); // a reason is needed
  assert.match(await page.locator('.error-summary').textContent(), /reden/i);
  await page.getByRole('group', { name: 'Erkende vzw' }).getByLabel('Voldaan', { exact: true }).check();
  await page.getByRole('button', { name: 'De screening opslaan' }).click();
  await page.waitForURL(/saved=1$/);
  assert.match(await page.locator('main').textContent(), /Ontvankelijk/);
  await shot(page, 'screening-nl-360');
  await ctx.close();
});

test('the jury pages: appointing, assigning, a member reading, at 360 and 1280 px', async () => {
  for (const n of [1, 2]) {
    const r = runTraject(['user', 'add', '--db', srv.db, '--org', '2', '--email', `j${n}@jury.test`, '--name', `Juror ${n}`, '--role', 'jury', '--password-file', '-'], { input: PASSWORD + '\n' });
    assert.equal(r.code, 0, r.stderr);
  }
  for (const width of WIDTHS) {
    const ctx = await context(browser, width, { locale: 'en-GB' });
    const page = await ctx.newPage();
    await signIn(page, 'admin@beta.test', 'en');
    await page.goto(srv.base + call);
    while (await page.getByLabel('Appoint a member of the jury').count()) {
      await page.getByRole('button', { name: 'Appoint' }).click();
      await page.waitForURL(/jury=1/);
    }
    await checkPage(page, `call with jury (${width})`);
    await page.getByRole('button', { name: 'Assign the reviews' }).click();
    await page.waitForURL(/assignments\?assigned=/);
    await checkPage(page, `assignments (${width})`);
    await shot(page, `assignments-${width}`);
    await ctx.close();
  }
  const ctx = await context(browser, 360, { locale: 'fr-BE' });
  const page = await ctx.newPage();
  await signIn(page, 'j1@jury.test', 'fr');
  await page.goto(srv.base + '/orgs/2/jury');
  await checkPage(page, 'jury home (fr)');
  await page.getByRole('link', { name: 'Attribuée à vous : lisez-la' }).first().click();
  await page.waitForURL(/\/jury\/proposals\/\d+$/);
  await checkPage(page, 'jury proposal (fr)');
  await shot(page, 'jury-proposal-fr-360');
  // scoring: out of the scale first, then right, and submitting
  await page.getByLabel(/Publics vulnérables touchés \(poids 3\)/).fill('12');
  await page.getByLabel(/Qualité \(poids 2\)/).fill('7');
  await page.getByRole('button', { name: "Déposer l'évaluation" }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').textContent(), /nombre entier de 0 à 10/);
  await checkPage(page, 'review errors (fr)');
  await page.getByLabel(/Publics vulnérables touchés \(poids 3\)/).fill('8');
  await page.getByLabel(/Qualité \(poids 2\)/).fill('7');
  await page.getByLabel('Commentaire').fill('Un projet solide.');
  await page.getByRole('button', { name: "Déposer l'évaluation" }).click();
  await page.waitForURL(/submitted=1/);
  const main = await page.locator('main').textContent();
  assert.match(main, /Votre évaluation est déposée/);
  assert.match(main, /Note pondérée : 7,60/); // (8×3 + 7×2) / 5, with the French decimal comma
  await checkPage(page, 'review submitted (fr)');
  await ctx.close();
  // the same page in Dutch and English, at 1280 px
  for (const [lang, h2] of [['nl', 'Uw beoordeling'], ['en', 'Your review']]) {
    const c2 = await context(browser, 1280, { locale: lang === 'en' ? 'en-GB' : 'nl-BE' });
    const p2 = await c2.newPage();
    await signIn(p2, 'j1@jury.test', lang);
    await p2.goto(srv.base + '/orgs/2/jury');
    await checkPage(p2, `jury home (${lang})`);
    await p2.locator('a[href*="/jury/proposals/"]').first().click();
    await p2.waitForURL(/\/jury\/proposals\/\d+$/);
    assert.equal(await p2.locator('#review').textContent(), h2);
    await checkPage(p2, `jury proposal (${lang})`);
    await c2.close();
  }
});
