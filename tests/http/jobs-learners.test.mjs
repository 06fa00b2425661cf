// Choosing a learner to propose for an offer or to record a placement for, in an organisation
// with many learners: the form lists the first 40 by name and says so, and a search by name
// finds any of the others; nobody is left out, and the list never grows with the school.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 20, 10) / 1000;
const LEARNERS = 45;
let srv, alpha, offer;

function learnerOptions(html, section) {
  const part = html.split(`id="${section}"`)[1].split('</section>')[0];
  return [...part.matchAll(/<option value="(\d+)">(Learner \d+)<\/option>/g)].map((m) => [m[2], m[1]]);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  assert.equal((await alpha.submit('/orgs/1/partners', { name: 'Gamma', contact_name: 'G', contact_email: 'g@partner.test' })).status, 303);
  const form = await alpha.get('/orgs/1/offers/new');
  const partner = /<option value="(\d+)">Gamma<\/option>/.exec(form.text)[1];
  const o = await alpha.submit('/orgs/1/offers/new', [['title', 'Intern'], ['description', 'Join us.'], ['contract', 'internship'],
    ['places', '2'], ['closes_on', '2027-02-28'], ['workplace', 'Brussels'], ['partner_id', partner]], '/orgs/1/offers');
  assert.equal(o.status, 303, o.text.slice(0, 500));
  offer = o.location.split('?')[0];
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Big group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-03-31'], ['capacity', '60']], `${programme}/cohorts`);
  const cohort = c.location.replace('?saved=1', '');
  for (let i = 1; i <= LEARNERS; i++)
    assert.equal((await alpha.submit(cohort, { name: `Learner ${String(i).padStart(2, '0')}` }, `${cohort}/enrol`)).status, 303);
});
after(async () => { if (srv) await srv.stop(); });

test('proposing for an offer: the first 40 by name, and a search finds the others', async () => {
  const page = await alpha.get(offer);
  const first = learnerOptions(page.text, 'propose');
  assert.equal(first.length, 40);
  assert.deepEqual(first.slice(0, 2).map((x) => x[0]), ['Learner 01', 'Learner 02']);
  assert.match(page.text, /The first 40 names are in the list: find a learner by name to see the others\./);
  const found = await alpha.get(`${offer}?who=learner+44`);
  const one = learnerOptions(found.text, 'propose');
  assert.deepEqual(one.map((x) => x[0]), ['Learner 44']);
  assert.doesNotMatch(found.text, /The first 40 names/);
  // the one found is proposed
  const res = await alpha.submit(`${offer}?who=learner+44`, { person_id: one[0][1] }, `${offer}/propose`);
  assert.equal(res.status, 303, res.text.slice(0, 500));
  // and is no longer offered
  assert.deepEqual(learnerOptions((await alpha.get(`${offer}?who=learner+44`)).text, 'propose'), []);
});

test('recording a placement: the same search', async () => {
  const page = await alpha.get('/orgs/1/placements');
  assert.equal(learnerOptions(page.text, 'record').length, 40);
  const found = learnerOptions((await alpha.get('/orgs/1/placements?who=learner+45')).text, 'record');
  assert.deepEqual(found.map((x) => x[0]), ['Learner 45']);
  const none = await alpha.get('/orgs/1/placements?who=nobody+here');
  assert.equal(none.status, 200);
  assert.deepEqual(learnerOptions(none.text, 'record'), []);
});
