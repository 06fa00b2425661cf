// A programme ready for decisions, for the tests of what comes after them: a place (Canal
// hub), a programme in three languages with a cohort "Winter" there (Mondays and Wednesdays,
// 09:00 to 12:30, from 4 October to 17 December 2027), a motivation question and a criterion,
// and three applicants (Ana in English, Bram in Dutch, Céline in French) each reviewed by two
// reviewers, Ana best and Céline last.
import assert from 'node:assert/strict';
import { Client, runTraject, PASSWORD } from './server.mjs';

export const APPLICANTS = [['Ana Silva', 'ana@applicant.test', 'en', '5'], ['Bram Peeters', 'bram@applicant.test', 'nl', '4'], ['Céline Dubois', 'celine@applicant.test', 'fr', '3']];

// admin: a signed-in Client of Alpha's administrator. Returns { programme, pid, apps } with
// apps: name -> { id, email, lang, link } (link: the personal page).
export async function reviewedCohort(srv, admin, capacity) {
  assert.equal((await admin.submit('/orgs/1/locations/new', { name: 'Canal hub', address: 'Rue du Canal 4', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations')).status, 303);
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Web basics'], ['title_nl', 'Webbasis'], ['title_fr', 'Bases du web'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'fr'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  const pid = programme.split('/').pop();
  const form = await admin.get(`${programme}/cohorts/new`);
  const locId = /<option value="(\d+)">Canal hub/.exec(form.text)[1];
  const c = await admin.submit(`${programme}/cohorts/new`, [['name', 'Winter'], ['starts_on', '2027-10-04'], ['ends_on', '2027-12-17'], ['capacity', String(capacity)], ['location_id', locId]], `${programme}/cohorts`);
  const cohort = c.location.split('?')[0];
  assert.equal((await admin.submit(cohort, [['weekdays', '0'], ['weekdays', '2'], ['gen_start', '09:00'], ['gen_end', '12:30']], `${cohort}/schedule`)).status, 303);
  assert.equal((await admin.submit(programme, { kind: 'long', label_en: 'Why web?', required: '1', motivation: '1' }, `${programme}/questions`)).status, 303);
  const apply = await new Client(srv.base).get(`/programmes/${pid}/apply`);
  const motivation = /<label for="f-(q-\d+)">Why web/.exec(apply.text)[1];
  const sel = `${programme}/selection`;
  assert.equal((await admin.submit(sel, { label_en: 'Motivation', weight: '1' }, `${programme}/criteria`)).status, 303);
  const reviewers = [];
  for (const n of ['ra', 'rb']) {
    const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', `${n}@alpha.test`, '--name', n, '--role', 'reviewer', '--password-file', '-'], { input: PASSWORD + '\n' });
    assert.equal(r.code, 0, r.stderr);
    const rc = new Client(srv.base);
    await rc.signIn(`${n}@alpha.test`);
    reviewers.push(rc);
  }
  const apps = {};
  for (const [name, email, lang] of APPLICANTS) {
    const a = await new Client(srv.base, { lang }).submit(`/programmes/${pid}/apply`, { name, email, phone: '', birth_date: '2001-01-01', municipality: 'Gent', [motivation]: 'I want to build websites.' });
    assert.equal(a.status, 303);
    const id = Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications')).text)[1]);
    apps[name] = { id, email, lang, link: a.location.replace('?sent=1', '') };
  }
  const page = await admin.get(sel);
  const ids = [...page.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => ['reviewer', m[1]]);
  assert.equal((await admin.submit(sel, ids, `${programme}/reviewers`)).status, 303);
  for (const reviewer of reviewers) {
    for (const [name, , , score] of APPLICANTS) {
      const rp = await reviewer.get(`/orgs/1/reviews/${apps[name].id}`);
      const crit = /name="(c-\d+)" value="1"/.exec(rp.text)[1];
      assert.equal((await reviewer.submit(`/orgs/1/reviews/${apps[name].id}`, { [crit]: score, comment: 'Fine.', action: 'submit' })).status, 303);
    }
  }
  return { programme, pid, apps };
}
