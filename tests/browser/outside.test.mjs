// Defects found by outside testing, in the browser on the demo data: a long word without
// spaces (a target group's name) wraps instead of making the draft call page scroll sideways
// at 360 px; the reviews on a funder's submission page keep the heading order (axe); a
// programme title with a right-to-left override does not reorder the text after it on the
// roster, and right-to-left names read as written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, runTraject } from '../lib/server.mjs';
import { launch, context, checkPage, checkAxe, checkNoOverflow, signIn } from './browser.mjs';

const DEMO_PASSWORD = 'traject-demo-2026';
const LONG = 'LangdurigwerkzoekendenzonderdiplomaofkwalificatiebijdeVDABingeschreven';
const RLO = '\u202E';
let srv, browser, draft, roster;

before(async () => {
  srv = await startServer({ init: false, env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 13) / 1000) } });
  const r = runTraject(['demo', '--db', srv.db]);
  assert.equal(r.code, 0, r.stderr);
  browser = await launch();
  const funder = new Client(srv.base);
  await funder.signIn('funder@demo.traject.test', DEMO_PASSWORD);
  assert.equal((await funder.submit('/orgs/2/target-groups', { text_en: LONG, text_nl: LONG, text_fr: LONG }, '/orgs/2/target-groups')).status, 303);
  const res = await funder.submit('/orgs/2/calls/new', {
    title_en: 'Inclusion 2028', title_nl: 'Inclusie 2028', title_fr: 'Inclusion 2028', description_en: `For ${LONG}.`,
    budget: '100000', min_grant: '10000', max_grant: '50000', opens_at: '2027-03-01T09:00', closes_at: '2027-04-01T12:00',
    reviews_needed: '2', scale_min: '0', scale_max: '10',
  }, '/orgs/2/calls');
  assert.equal(res.status, 303);
  draft = res.location.replace('?saved=1', '');
  const page = await funder.get(draft);
  const group = new RegExp(`name="groups" value="(\\d+)"[^>]*>\\s*${LONG}`).exec(page.text);
  assert.ok(group, 'the long target group is offered');
  assert.equal((await funder.submit(draft, [['groups', group[1]]], `${draft}/groups`)).status, 303);
  assert.match((await funder.get(draft)).text, new RegExp(LONG));
  // a programme whose title carries a right-to-left override, a cohort, a session, learners
  const admin = new Client(srv.base);
  await admin.signIn('admin@demo.traject.test', DEMO_PASSWORD);
  const p = await admin.submit('/orgs/1/programmes/new', [['title_en', `${RLO}Override title`], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await admin.submit(`${programme}/cohorts/new`, [['name', 'Bidi group'], ['starts_on', '2027-02-01'], ['ends_on', '2027-02-26'], ['capacity', '10']], `${programme}/cohorts`);
  const cohort = c.location.replace('?saved=1', '');
  assert.equal((await admin.submit(cohort, [['weekdays', '0'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`)).status, 303);
  for (const name of ['محمد الحسن', `${RLO}Evil name`, 'Ada Lovelace']) assert.equal((await admin.submit(cohort, { name }, `${cohort}/enrol`)).status, 303, name);
  roster = /\/orgs\/1\/sessions\/\d+\/attendance/.exec((await admin.get(cohort)).text)[0];
});
after(async () => { await browser?.close(); await srv?.stop(); });

test('a long word in a target group wraps on the draft call page at 360 px', async () => {
  const ctx = await context(browser, 360, { locale: 'nl-BE' });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'funder@demo.traject.test', DEMO_PASSWORD, 'nl');
  for (const path of [draft, '/orgs/2/target-groups']) {
    await page.goto(srv.base + path);
    assert.match(await page.content(), new RegExp(LONG));
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `${path}: ${scroll} px wide in ${client} px`);
    await checkPage(page, `${path} (360)`);
  }
  await ctx.close();
});

test("the reviews on a funder's submission page keep the heading order", async () => {
  const ctx = await context(browser, 1280, { locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'funder@demo.traject.test', DEMO_PASSWORD, 'en');
  await page.goto(srv.base + '/orgs/2/submissions/1');
  const reviews = page.locator('h2:text-is("Reviews")');
  assert.equal(await reviews.count(), 1);
  const levels = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((e) => Number(e.tagName[1])));
  assert.ok(levels.includes(3), 'each review has its heading');
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `heading h${levels[i]} after h${levels[i - 1]}`);
  await checkAxe(page, 'submission with reviews');
  await checkNoOverflow(page, 'submission with reviews');
  await ctx.close();
});

test('an override in a title or a name does not reorder the text after it on the roster', async () => {
  const ctx = await context(browser, 360, { locale: 'en-GB' });
  const page = await ctx.newPage();
  await signIn(page, srv.base, 'admin@demo.traject.test', DEMO_PASSWORD, 'en');
  await page.goto(srv.base + roster);
  // "<title> · <cohort>": the cohort's link stays after (right of) the title, in reading order
  const pos = await page.evaluate(() => {
    const p = [...document.querySelectorAll('main p')].find((e) => e.querySelector('a[href*="/cohorts/"]'));
    const link = p.querySelector('a[href*="/cohorts/"]').getBoundingClientRect();
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEndBefore(p.querySelector('a[href*="/cohorts/"]'));
    const before = range.getBoundingClientRect();
    return { linkLeft: link.left, beforeLeft: before.left, beforeRight: before.right, text: p.textContent };
  });
  assert.ok(pos.linkLeft >= pos.beforeRight - 1, `the cohort link is right of the title: ${JSON.stringify(pos)}`);
  // each name is its own isolate: the legend after an override starts with its own name
  const legends = await page.locator('fieldset.roster legend').allTextContents();
  assert.ok(legends.some((t) => t.includes('محمد الحسن')));
  assert.ok(legends.includes('Ada Lovelace'));
  await checkPage(page, 'roster with right-to-left names (360)');
  await ctx.close();
});
