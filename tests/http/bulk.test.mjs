// Enrolling many learners at once, from a typed list or a CSV file: every line is
// checked first (fields, dates, the programme's age band and job-seeker rule,
// duplicates, places left); one bad line and nothing is enrolled. People known by
// e-mail address are enrolled as themselves, not registered twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

let srv, alpha, beta, cohort, cohortId, page;

async function send(fields, file) {
  const form = await alpha.get(page);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(form.text));
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.set('file', new Blob([file.body], { type: 'text/csv' }), file.name);
  const res = await fetch(srv.base + page, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

async function participants() {
  const c = await alpha.get(cohort);
  return [...c.text.matchAll(/<tr><td>([^<]+)<\/td><td>Enrolled<\/td>/g)].map((m) => m[1]).sort();
}

function problems(html) {
  return [...html.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [Number(m[1]), m[2]]);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(Date.UTC(2027, 5, 1) / 1000) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Coding school'], ['kind', 'bootcamp'],
    ['status', 'open'], ['langs', 'en'], ['min_age', '18'], ['max_age', '25'], ['jobseekers_only', '1']], '/orgs/1/programmes');
  const programme = res.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'],
    ['ends_on', '2028-02-25'], ['capacity', '6']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  cohortId = cohort.split('/').pop();
  page = `${cohort}/enrol-many`;
  // someone already known: enrolled earlier as a walk-in in this cohort
  await alpha.submit(cohort, { name: 'Known Learner', email: 'known@x.be', birth_date: '2004-01-01', jobseeker: '1' }, `${cohort}/enrol`);
});
after(async () => { if (srv) await srv.stop(); });

test('the cohort page links to the bulk form, which has a template to download', async () => {
  const c = await alpha.get(cohort);
  assert.match(c.text, new RegExp(`href="${page}"`));
  const form = await alpha.get(page);
  assert.equal(form.status, 200);
  assert.match(form.text, /enctype="multipart\/form-data"/);
  const t = await alpha.get('/orgs/1/enrol-template.csv');
  assert.equal(t.status, 200);
  assert.match(t.headers.get('content-type'), /^text\/csv/);
  assert.match(t.headers.get('content-disposition'), /attachment; filename="learners.csv"/);
  assert.equal(t.text, 'name,email,birth_date,phone,municipality,jobseeker,gender\r\n');
});

test('one bad line: every problem listed with its line number, nothing enrolled', async () => {
  const list = [
    'Naam;E-mail;Geboortedatum;Werkzoekende',
    'Amal Benali;amal@x.be;01/03/2005;ja',
    'Too Young;young@x.be;2012-01-01;ja',
    'No Date;nodate@x.be;;ja',
    'Bad Date;bad@x.be;31/02/2005;ja',
    'Not Looking;notlooking@x.be;2005-03-01;nee',
    'Bad Mail;not-an-email;2005-03-01;ja',
    'Maybe;maybe@x.be;2005-03-01;perhaps',
    'Twice;amal@x.be;2005-03-01;ja',
    'Known Again;known@x.be;;ja',
    ';nobody@x.be;2005-03-01;ja',
  ].join('\n');
  const res = await send({ list });
  assert.equal(res.status, 400);
  assert.match(res.text, /Nothing was enrolled/);
  const p = problems(res.text);
  const lines = p.map(([l]) => l);
  assert.deepEqual([...new Set(lines)], [3, 4, 5, 6, 7, 8, 9, 10, 11]);
  const text = (n) => p.filter(([l]) => l === n).map(([, m]) => m).join(' | ');
  assert.match(text(3), /will be 15: outside the programme&#39;s ages/);
  assert.match(text(4), /the date of birth is needed/);
  assert.match(text(5), /&quot;31\/02\/2005&quot; is not a date that exists/);
  assert.match(text(6), /only for registered job-seekers/);
  assert.match(text(7), /Enter an e-mail address like name@example\.org/);
  assert.match(text(8), /Job-seeker: write yes or no, not &quot;perhaps&quot;/);
  assert.match(text(9), /amal@x\.be is also on line 2/);
  assert.match(text(10), /known@x\.be is already enrolled in this cohort/);
  assert.match(text(11), /Full name/);
  // the typed list comes back for correction
  assert.match(res.text, /Amal Benali;amal@x\.be;01\/03\/2005;ja/);
  assert.deepEqual(await participants(), ['Known Learner']);
});

test('more learners than places left: nothing enrolled', async () => {
  const list = Array.from({ length: 6 }, (_, i) => `Learner ${i};l${i}@x.be;2005-03-01;;;yes`).join('\n');
  const res = await send({ list });
  assert.equal(res.status, 409, problems(res.text).join('\n'));
  assert.match(res.text, /The list has 6 learners but only 5 places are left\./);
  assert.deepEqual(await participants(), ['Known Learner']);
});

test('a valid CSV file enrols everyone in one go; a known person is not registered twice', async () => {
  // someone known but not yet in this cohort: registered in another cohort of the same programme
  const body = '\uFEFFname,email,birth_date,phone,municipality,jobseeker\r\n' +
    '"Benali, Amal",amal@x.be,01/03/2005,0470 12 34 56,Molenbeek,yes\r\n' +
    'Chloé Dubois,chloe@x.be,2006-11-30,,Ixelles,oui\r\n' +
    'Dirk "DJ" Janssens,,2003-05-05,,,ja\r\n';
  const res = await send({ list: '' }, { name: 'learners.csv', body });
  assert.equal(res.status, 303, res.text.slice(0, 2000));
  assert.equal(res.location, `${cohort}?bulk=3`);
  const c = await alpha.get(res.location);
  assert.match(c.text, /3 learners enrolled\./);
  assert.match(c.text, /4 of 6 places taken\./);
  assert.deepEqual(await participants(), ['Benali, Amal', 'Chloé Dubois', 'Dirk &quot;DJ&quot; Janssens', 'Known Learner']);
  // a list naming Amal again (by e-mail, any case) reports her as enrolled already
  const again = await send({ list: 'AMAL B.;AMAL@X.BE;2005-03-01;;;yes' });
  assert.equal(again.status, 400);
  assert.match(again.text, /amal@x\.be is already enrolled in this cohort/);
});

test('malformed input: an unclosed quote, not UTF-8, empty; and another organisation gets 404', async () => {
  let res = await send({ list: 'Amal;"amal@x.be\nBram;bram@x.be' });
  assert.equal(res.status, 400);
  assert.match(res.text, /Line 1: a quotation mark is opened and never closed\./);
  res = await send({ list: '' }, { name: 'latin1.csv', body: Buffer.from([0x4a, 0xe9, 0x72, 0xf4, 0x6d, 0x65, 0x0a]) });
  assert.equal(res.status, 400);
  assert.match(res.text, /not in UTF-8/);
  res = await send({ list: '  \n\n' });
  assert.equal(res.status, 400);
  assert.match(res.text, /The list is empty/);
  assert.equal((await alpha.get(cohort)).text.match(/4 of 6 places taken/) !== null, true);
  assert.equal((await beta.get(`/orgs/2/cohorts/${cohortId}/enrol-many`)).status, 404);
  const token = csrfFrom((await beta.get('/orgs/2')).text);
  res = await beta.post(`/orgs/2/cohorts/${cohortId}/enrol-many`, { csrf_token: token, list: 'Intruder;i@x.be;2005-01-01;yes' });
  assert.equal(res.status, 404);
  assert.equal((await alpha.get(cohort)).text.match(/4 of 6 places taken/) !== null, true);
});
