// Percentages and counts as the reader's language writes them (ICU): "60%" in English and
// Dutch, "60 %" in French (a no-break space), and both numbers of "x of y" with the
// language's grouping ("1,200", "1.200", "1 200").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject } from '../lib/server.mjs';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
let srv, alpha, beta;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 0, 20, 10) / 1000) } });
  const r = runTraject(['user', 'grant', '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder', '--db', srv.db]);
  assert.equal(r.code, 0, r.stderr);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
});
after(async () => { if (srv) await srv.stop(); });

async function setLang(c, lang) {
  const token = csrfFrom((await c.get('/account')).text);
  const name = /name="name"[^>]*value="([^"]*)"/.exec((await c.get('/account')).text)[1];
  assert.equal((await c.post('/account/profile', { csrf_token: token, name, lang })).status, 303);
}

test("a call's tranches and disagreement threshold in English, Dutch and French", async () => {
  const res = await beta.submit('/orgs/2/calls/new', {
    title_en: 'Percent call', budget: '100.000', min_grant: '1.000', max_grant: '50.000',
    opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '2',
    scale_min: '0', scale_max: '10',
  }, '/orgs/2/calls');
  assert.equal(res.status, 303);
  const call = res.location.replace(/\?.*$/, '');
  let page = await beta.get(call);
  assert.match(page.text, /On signature: 60%; On the final report: 40%/);
  assert.match(page.text, /more than 30% of the scale apart/);
  await setLang(beta, 'nl');
  page = await beta.get(call);
  assert.match(page.text, /: 60%; [^<]*: 40%<\/dd>/);
  assert.match(page.text, /meer dan 30% van de schaal/);
  await setLang(beta, 'fr');
  page = await beta.get(call);
  assert.match(page.text, new RegExp(` : 60${NBSP}%; [^<]* : 40${NBSP}%</dd>`));
  assert.match(page.text, new RegExp(`plus de 30${NBSP}% de l&#39;échelle|plus de 30${NBSP}% de l'échelle`));
  assert.doesNotMatch(page.text, /\d %/, 'no ordinary space before a per cent sign');
  await setLang(beta, 'en');
});

test('places taken: both numbers with the grouping of the language', async () => {
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Big school'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Huge'], ['starts_on', '2027-09-06'],
    ['ends_on', '2028-02-25'], ['capacity', '1200']], `${programme}/cohorts`);
  const cohort = c.location.replace('?saved=1', '');
  let page = await alpha.get(cohort);
  assert.match(page.text, /0 of 1,200 places taken\./);
  await setLang(alpha, 'nl');
  page = await alpha.get(cohort);
  assert.match(page.text, /0 van de 1\.200 plaatsen bezet\./);
  await setLang(alpha, 'fr');
  page = await alpha.get(cohort);
  assert.match(page.text, new RegExp(`Places prises : 0 sur 1${NNBSP}200\\.`));
  await setLang(alpha, 'en');
});
