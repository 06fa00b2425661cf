// A cohort's progress on competences on a 360 px phone, in English, Dutch and French: one
// card per learner, no sideways scrolling, 0 axe violations; the table on a wide screen; a
// learner's competences page with its form and history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, browser, grid, person;

async function assess(c, pid, fields) {
  const page = await c.get(`/orgs/1/people/${pid}/competences`);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  const res = await c.request('POST', `/orgs/1/people/${pid}/assessments`, { body: fd });
  assert.equal(res.status, 303, res.text.slice(0, 300));
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  browser = await launch();
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const p = await c.submit('/orgs/1/programmes/new', [['title_en', 'Digital skills for all'], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en'], ['langs', 'nl'], ['langs', 'fr']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const k = await c.submit(`${programme}/cohorts/new`, [['name', 'Spring group Leuven'], ['starts_on', '2027-01-04'], ['ends_on', '2027-03-31'], ['capacity', '20']], `${programme}/cohorts`);
  const cohort = k.location.replace('?saved=1', '');
  grid = `${cohort}/competences`;
  for (const name of ['Lotte Claes', 'Mohamed El Amrani', 'Noor Janssens', 'Yasmine Diallo-Vandenberghe']) await c.submit(cohort, { name }, `${cohort}/enrol`);
  const form = await c.get(`${programme}/competences`);
  const pick = (code) => new RegExp(`<option value="(\\d+)">DigComp 2\\.2 · ${code.replace('.', '\\.')} `).exec(form.text)[1];
  const codes = ['1.1', '2.4', '3.4', '4.2', '5.3'];
  for (const code of codes) assert.equal((await c.submit(`${programme}/competences`, { competence_id: pick(code), level: '4' })).status, 303);
  const page = await c.get(grid);
  const pids = [...page.text.matchAll(/href="\/orgs\/1\/people\/(\d+)\/competences"/g)].map((m) => m[1]);
  person = `/orgs/1/people/${pids[0]}/competences`;
  await assess(c, pids[0], { competence_id: pick('1.1'), level: '3', assessed_on: '2027-01-08', evidence_text: 'Found and compared three sources.' });
  await assess(c, pids[0], { competence_id: pick('1.1'), level: '5', assessed_on: '2027-01-12', evidence_url: 'https://example.org/lotte/research-notes-with-a-rather-long-address' });
  await assess(c, pids[1], { competence_id: pick('3.4'), level: '2', assessed_on: '2027-01-11' });
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { below: 'Below the aim', none: 'Not assessed', comp: '3.4 Programming', title: 'Progress of Spring group Leuven' },
  nl: { below: 'Onder het doel', none: 'Niet beoordeeld', comp: '3.4 Programmeren', title: 'Vorderingen van Spring group Leuven' },
  fr: { below: 'Sous l’objectif', none: 'Non évalué', comp: '3.4 Programmer', title: 'Progression de Spring group Leuven' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`the cohort grid on a 360 px phone in ${lang}: one card per learner`, async () => {
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    await page.goto(srv.base + grid);
    const w = WORDS[lang];
    assert.equal(await page.locator('h1').textContent(), w.title);
    await checkPage(page, `grid ${lang} 360`);
    assert.ok(await page.locator('ul.grid-cards').isVisible());
    assert.ok(!(await page.locator('.grid-table').isVisible()));
    assert.equal(await page.locator('ul.grid-cards > li').count(), 4);
    const card = page.locator('ul.grid-cards > li', { hasText: 'Mohamed El Amrani' });
    assert.match(await card.textContent(), new RegExp(`${w.comp}\\s*2 / 4 ${w.below}`));
    assert.match(await card.textContent(), new RegExp(w.none));
    await shot(page, `competences-grid-360-${lang}`);
    await ctx.close();
  });
}

test('the grid is a table on a wide screen; a learner\'s page passes axe at 360 px', async () => {
  const ctx = await context(browser, 1280);
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, 'en');
  await page.goto(srv.base + grid);
  await checkPage(page, 'grid 1280');
  assert.ok(await page.locator('.grid-table table').isVisible());
  assert.ok(!(await page.locator('ul.grid-cards').isVisible()));
  assert.equal(await page.locator('.grid-table tbody tr').count(), 4);
  await ctx.close();

  const phone = await context(browser, 360, { hasTouch: true, isMobile: true });
  const p = await phone.newPage();
  await signIn(p, srv.base, 'admin@alpha.test', PASSWORD, 'fr');
  await p.goto(srv.base + person);
  await checkPage(p, 'learner competences 360 fr');
  assert.match(await p.locator('main').textContent(), /1 évaluation antérieure/);
  await shot(p, 'competences-person-360-fr');
  await phone.close();
});
