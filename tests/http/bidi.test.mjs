// Names and text people wrote in right-to-left scripts are isolated: in element content a
// right-to-left name is written inside <bdi>, and a bidirectional control it leaves open (a
// right-to-left override, U+202E) is closed where the name ends, so it cannot reorder the
// page's text after it; in attributes and textareas values come back as they went in;
// left-to-right names are written as they are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

const RLO = '\u202E', PDF = '\u202C';
const ARABIC = 'محمد الحسن', HEBREW = 'נועה כהן', EVIL = `${RLO}Evil name`;
let srv, alpha, cohort, session;

before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', `${RLO}Reversed title`], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  assert.equal(p.status, 303);
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'October'], ['starts_on', '2026-10-05'], ['ends_on', '2026-10-30'], ['capacity', '20']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  assert.equal((await alpha.submit(cohort, [['weekdays', '0'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`)).status, 303);
  for (const name of [ARABIC, HEBREW, EVIL, 'Ada Lovelace']) assert.equal((await alpha.submit(cohort, { name }, `${cohort}/enrol`)).status, 303, name);
  session = /\/orgs\/1\/sessions\/(\d+)\/attendance/.exec((await alpha.get(cohort)).text)[0];
});
after(async () => { if (srv) await srv.stop(); });

test('right-to-left names are isolated on the cohort page and the roster; others are as they were', async () => {
  const page = (await alpha.get(cohort)).text;
  for (const name of [ARABIC, HEBREW]) assert.match(page, new RegExp(`<bdi>${name}</bdi>`));
  assert.match(page, new RegExp(`<bdi>${EVIL}${PDF}</bdi>`));
  assert.doesNotMatch(page, /<bdi>Ada Lovelace/);
  assert.match(page, />Ada Lovelace</);
  const roster = (await alpha.get(session)).text;
  assert.match(roster, new RegExp(`<legend><bdi>${ARABIC}</bdi></legend>`));
  assert.match(roster, new RegExp(`<legend><bdi>${EVIL}${PDF}</bdi></legend>`));
  assert.match(roster, /<legend>Ada Lovelace<\/legend>/);
  // the programme's title, followed by the cohort on the same line
  assert.match(roster, new RegExp(`<p><bdi>${RLO}Reversed title${PDF}</bdi> · <a href="/orgs/1/cohorts/\\d+">October</a>`));
  // every override the page holds is closed within its own isolate
  for (const m of roster.matchAll(new RegExp(RLO, 'g'))) {
    const rest = roster.slice(m.index);
    assert.ok(rest.indexOf(PDF) < rest.indexOf('</bdi>'), 'closed inside the isolate');
  }
});

test('in attributes and form values the text comes back unchanged', async () => {
  // a refused enrolment shows the name again in its field, exactly as typed
  const r = await alpha.submit(cohort, { name: EVIL, email: 'not an address' }, `${cohort}/enrol`);
  assert.equal(r.status, 400);
  assert.match(r.text, new RegExp(`value="${EVIL}"`));
  assert.doesNotMatch(r.text, new RegExp(`value="<bdi>|value="${EVIL}${PDF}"`));
  // the page title holds the isolate characters, not markup
  const programme = (await alpha.get('/orgs/1/programmes')).text;
  assert.match(programme, new RegExp(`<bdi>${RLO}Reversed title${PDF}</bdi>`));
});
