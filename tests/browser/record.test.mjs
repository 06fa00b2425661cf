// The learner's record in a browser, on a 360 px phone in English, Dutch and French: her own
// page (competences, certifications, credentials), making a share link, the public page at
// the link, and the kind 404 once the link is switched off. axe-core finds no violation on
// any of these pages, nothing scrolls sideways, and each has one h1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

let srv, browser;

async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 1000)}`);
  return res.location;
}

before(async () => {
  srv = await startServer();
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const programme = (await ok(await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes'), 'programme')).replace('?saved=1', '');
  const cohort = (await ok(await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`), 'cohort')).replace('?saved=1', '');
  await ok(await alpha.submit(cohort, { name: 'Nadia Amrani', email: 'nadia@learner.test' }, `${cohort}/enrol`), 'enrol');
  const m = /action="(\/orgs\/1\/people\/(\d+)\/invite)"/.exec((await alpha.get(cohort)).text);
  await ok(await alpha.submit(cohort, { lang: 'en', back: cohort }, m[1]), 'invite');
  const [mail] = await mails(srv.mailDir, 1);
  await ok(await new Client(srv.base).submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia Amrani', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' }), 'accept');
  const person = m[2];
  // a competence assessed, a certification passed, a credential issued
  const comp = await alpha.get(`/orgs/1/people/${person}/competences`);
  const programming = /<option value="(\d+)">DigComp 2\.2 · 3\.4 Programming<\/option>/.exec(comp.text)[1];
  await ok(await alpha.post(`/orgs/1/people/${person}/assessments`, { csrf_token: csrfFrom(comp.text), competence_id: programming, level: '4', assessed_on: '2026-11-02' }), 'assessment');
  await ok(await alpha.submit('/orgs/1/certifications/new', { name: 'CompTIA Security+', vendor: 'CompTIA', exam_code: 'SY0-701', validity_months: '36' }, '/orgs/1/certifications'), 'certification');
  const cat = await alpha.get('/orgs/1/certifications');
  const cert = /<td>SY0-701<\/td><td>[^<]*<\/td><td><a href="\/orgs\/1\/certifications\/(\d+)\/edit"/.exec(cat.text)[1];
  await ok(await alpha.submit(`/orgs/1/people/${person}/certifications`, { certification_id: cert, taken_on: '2026-10-15', result: 'passed', place: 'online' }, `/orgs/1/people/${person}/attempts`), 'attempt');
  const ach = (await ok(await alpha.submit('/orgs/1/achievements/new', { name: 'Accessible web developer', description: 'Builds web applications everyone can use.', criteria: 'Completed the bootcamp.', name_nl: 'Toegankelijke webontwikkelaar', name_fr: 'Développeuse web accessible', valid_months: '0' }, '/orgs/1/achievements'), 'achievement')).replace('?saved=1', '');
  const page = await alpha.get(ach);
  await ok(await alpha.post(`${ach}/issue`, { csrf_token: csrfFrom(page.text), person_id: person }), 'issue');
  browser = await launch();
});
after(async () => { await browser?.close(); await srv?.stop(); });

test('the learner reads her record and shares it, on a 360 px phone in English, Dutch and French', async () => {
  const said = {
    en: { ach: 'Accessible web developer', h1: 'My record', make: /Make a (new )?link/, off: 'Switch the link off', gone: 'This record is not shared' },
    nl: { ach: 'Toegankelijke webontwikkelaar', h1: 'Mijn overzicht', make: /Een (nieuwe )?link maken/, off: 'De link uitschakelen', gone: 'Dit overzicht wordt niet gedeeld' },
    fr: { ach: 'Développeuse web accessible', h1: 'Mon parcours', make: /Créer un (nouveau )?lien/, off: 'Désactiver le lien', gone: 'Ce parcours n\'est pas partagé' },
  };
  for (const [lang, locale] of [['en', 'en-GB'], ['nl', 'nl-BE'], ['fr', 'fr-BE']]) {
    const ctx = await context(browser, 360, { locale, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'nadia@learner.test', 'nadia-learns-2027', lang);
    await page.goto(srv.base + '/learning');
    await page.locator('main a[href="/learning/record"]').click();
    await page.waitForLoadState();
    assert.equal(await page.locator('h1').textContent(), said[lang].h1);
    const main = await page.locator('main').textContent();
    assert.match(main, /3\.4/);
    assert.match(main, /CompTIA Security\+/);
    assert.ok(main.includes(said[lang].ach), `the achievement's name in ${lang}`);
    await checkPage(page, `record (${lang})`);
    await shot(page, `record-360-${lang}`);
    await page.getByRole('button', { name: said[lang].make }).click();
    await page.waitForLoadState();
    await checkPage(page, `record: link made (${lang})`);
    const link = await page.locator('.share-link a').getAttribute('href');
    // the public page, for anyone, in the same language
    const anon = await context(browser, 360, { locale, hasTouch: true, isMobile: true });
    const pub = await anon.newPage();
    await pub.goto(link);
    assert.equal(await pub.locator('h1').textContent(), 'Nadia Amrani');
    assert.doesNotMatch(await pub.locator('main').textContent(), /nadia@learner\.test|Admin of Alpha/);
    assert.equal(await pub.locator('meta[name="robots"]').getAttribute('content'), 'noindex');
    await checkPage(pub, `shared record (${lang})`);
    await shot(pub, `record-shared-360-${lang}`);
    // switched off: a kind 404
    await page.getByRole('button', { name: said[lang].off }).click();
    await page.waitForLoadState();
    await checkPage(page, `record: link off (${lang})`);
    const res = await pub.goto(link);
    assert.equal(res.status(), 404);
    assert.equal(await pub.locator('h1').textContent(), said[lang].gone);
    await checkPage(pub, `shared record gone (${lang})`);
    await anon.close();
    await ctx.close();
  }
});

test('the record reads well on a 1280 px screen', async () => {
  const ctx = await context(browser, 1280);
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'nadia@learner.test', 'nadia-learns-2027', 'en');
  await page.goto(srv.base + '/learning/record');
  await checkPage(page, 'record (1280)');
  await shot(page, 'record-1280');
  await ctx.close();
});
