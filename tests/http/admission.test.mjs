// Choosing among applications without names: the organisation sets a rubric; each
// application gets N reviews from different reviewers, who see answers under a code and an
// age band only, and others' scores only after their own; the ranking by mean score proposes
// who gets the places of a cohort, who waits and who is declined; accepting enrols; a place
// freed goes to the first on the waiting list as an offer with a deadline; a minor's
// guardian gives, refuses or withdraws consent by their own link. Every mail goes out in the
// applicant's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

const T0 = Date.UTC(2027, 5, 1, 10) / 1000; // Tuesday 2027-06-01 12:00 in Brussels
let srv, admin, programme, pid, cohort, apply, motivation;
const reviewers = {};
const apps = {}; // name -> { id, link, lang }

// Unique markers: none of them may appear on any page a reviewer can reach.
const MARK = { name: 'Qxzmarker Vlonk', email: 'qxz-marker-7731@unique.test', phone: '+32 499 77 31 77' };

async function allMails() { return mails(srv.mailDir, 0, 0); }
async function mailsTo(to, n = 1) {
  const end = Date.now() + 5000;
  for (;;) {
    const got = (await allMails()).filter((m) => m.to === to);
    if (got.length >= n || Date.now() > end) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function user(email, role) {
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', email, '--name', email.split('@')[0], '--role', role, '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(T0) } });
  admin = new Client(srv.base);
  await admin.signIn('admin@alpha.test');
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Code club'], ['title_nl', 'Codeclub'], ['title_fr', 'Club de code'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'fr'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  const c = await admin.submit(`${programme}/cohorts/new`, [['name', 'Autumn'], ['starts_on', '2027-09-06'], ['ends_on', '2027-12-17'], ['capacity', '2']], `${programme}/cohorts`);
  cohort = c.location.split('?')[0];
  assert.equal((await admin.submit(programme, { kind: 'long', label_en: 'Why do you want to learn to code?', required: '1', motivation: '1' }, `${programme}/questions`)).status, 303);
  apply = `/programmes/${pid}/apply`;
  const form = await new Client(srv.base).get(apply);
  motivation = /<label for="f-(q-\d+)">Why do you want/.exec(form.text)[1];
  for (const n of ['rev1', 'rev2', 'rev3']) { user(`${n}@alpha.test`, 'reviewer'); reviewers[n] = new Client(srv.base); await reviewers[n].signIn(`${n}@alpha.test`); }
});
after(async () => { if (srv) await srv.stop(); });

function person(name, email, extra = {}) {
  return { name, email, phone: '', birth_date: '2001-01-01', municipality: 'Ixelles', [motivation]: 'I love puzzles and want to build apps for my neighbourhood.', ...extra };
}

async function applyAs(name, email, lang, extra = {}) {
  const c = new Client(srv.base, { lang });
  const r = await c.submit(apply, person(name, email, extra));
  assert.equal(r.status, 303, r.text.slice(0, 2000));
  const link = r.location.replace('?sent=1', '');
  const id = Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications')).text)[1]);
  apps[name] = { link, lang, id, email };
  return apps[name];
}

test('the rubric: criteria with weights in three languages; bad input refused', async () => {
  const sel = `${programme}/selection`;
  let r = await admin.submit(sel, { label_en: '', label_nl: '', label_fr: '', weight: '1' }, `${programme}/criteria`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Name the criterion in at least one language/);
  r = await admin.submit(sel, { label_en: 'Motivation', weight: '0' }, `${programme}/criteria`);
  assert.equal(r.status, 400);
  assert.equal((await admin.submit(sel, { label_en: 'Motivation', label_fr: 'Motivation', label_nl: 'Motivatie', weight: '2' }, `${programme}/criteria`)).status, 303);
  assert.equal((await admin.submit(sel, { label_en: 'Clarity', label_fr: 'Clarté', label_nl: 'Duidelijkheid', weight: '1' }, `${programme}/criteria`)).status, 303);
  const page = await admin.get(sel);
  assert.match(page.text, /Motivation <small>\(weight 2\)<\/small>/);
  assert.match(page.text, /Clarity <small>\(weight 1\)<\/small>/);
  // another organisation cannot touch it
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get(`/orgs/2/programmes/${pid}/selection`)).status, 404);
});

test('a minor needs a guardian, who is asked by e-mail in the applicant language', async () => {
  const c = new Client(srv.base, { lang: 'fr' });
  let r = await c.submit(apply, person('Léa Petit', 'lea@applicant.test', { birth_date: '2016-02-02' }));
  assert.equal(r.status, 400);
  assert.match(r.text, /href="#f-guardian_name"/);
  assert.match(r.text, /href="#f-guardian_email"/);
  assert.equal((await mailsTo('lea@applicant.test', 0)).length, 0);
  const a = await applyAs('Léa Petit', 'lea@applicant.test', 'fr', { birth_date: '2016-02-02', guardian_name: 'Marie Petit', guardian_email: 'marie@guardian.test' });
  const [g] = await mailsTo('marie@guardian.test');
  assert.match(g.subject, /Léa Petit/);
  assert.match(g.body, /Club de code/);
  a.consent = linkIn(g.body, '/consent/');
  const page = await new Client(srv.base).get(a.consent);
  assert.equal(page.status, 200);
  assert.match(page.text, /Léa Petit/);
  assert.equal((await new Client(srv.base).get(a.consent.slice(0, -1) + (a.consent.endsWith('A') ? 'B' : 'A'))).status, 404);
});

test('applicants, reviewers assigned so that each application gets two different ones', async () => {
  await applyAs(MARK.name, MARK.email, 'en', { phone: MARK.phone });
  await applyAs('Bert Janssens', 'bert@applicant.test', 'nl');
  await applyAs('Chloé Martin', 'chloe@applicant.test', 'fr');
  await applyAs('Dries Claes', 'dries@applicant.test', 'nl');
  await applyAs('Emma Wouters', 'emma@applicant.test', 'en');
  const sel = `${programme}/selection`;
  let r = await admin.submit(sel, [], `${programme}/reviewers`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Tick at least one reviewer/);
  const page = await admin.get(sel);
  const ids = [...page.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => m[1]);
  assert.equal(ids.length, 3);
  r = await admin.submit(sel, [['reviewer', '999999']], `${programme}/reviewers`);
  assert.equal(r.status, 400);
  r = await admin.submit(sel, ids.map((id) => ['reviewer', id]), `${programme}/reviewers`);
  assert.equal(r.status, 303);
  assert.match(r.location, /assigned=12&short=0/);
  // each reviewer has four (6 applications x 2 reviews / 3 reviewers)
  for (const n of Object.keys(reviewers)) {
    const list = await reviewers[n].get('/orgs/1/reviews');
    assert.equal(list.status, 200);
    assert.equal([...list.text.matchAll(/href="\/orgs\/1\/reviews\/\d+"/g)].length, 4, n);
  }
  // assigning again adds nothing
  r = await admin.submit(sel, ids.map((id) => ['reviewer', id]), `${programme}/reviewers`);
  assert.match(r.location, /assigned=0&short=0/);
});

async function assignedTo(n) {
  const list = await reviewers[n].get('/orgs/1/reviews');
  return [...list.text.matchAll(/href="\/orgs\/1\/reviews\/(\d+)"/g)].map((m) => Number(m[1]));
}

let critNames = [];
async function review(n, id, motivationScore, clarity, action = 'submit', comment = 'Clear and sincere.') {
  const page = await reviewers[n].get(`/orgs/1/reviews/${id}`);
  const found = [...page.text.matchAll(/name="(c-\d+)" value="1"/g)].map((x) => x[1]);
  if (found.length) critNames = found;
  const [m, c] = critNames;
  return reviewers[n].submit(`/orgs/1/reviews/${id}`, { [m]: String(motivationScore), [c]: String(clarity), comment, action });
}

test('reviewers never see who applied: no page they can reach holds a name, e-mail or phone', async () => {
  const mark = apps[MARK.name].id;
  let holder = null;
  for (const n of Object.keys(reviewers)) if ((await assignedTo(n)).includes(mark)) { holder = n; break; }
  assert.ok(holder);
  const page = await reviewers[holder].get(`/orgs/1/reviews/${mark}`);
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`Application A-${mark}`));
  assert.match(page.text, /I love puzzles/);
  assert.match(page.text, /26 to 35 years/);
  // crawl everything the reviewer can reach from the organisation's home
  const seen = new Set();
  const queue = ['/orgs/1', '/orgs/1/reviews', '/', '/account'];
  const reached = [];
  while (queue.length && seen.size < 300) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const r = await reviewers[holder].get(path);
    if (r.status !== 200) continue;
    reached.push(path);
    for (const leak of [MARK.name, 'Qxzmarker', 'Vlonk', MARK.email, 'qxz-marker', MARK.phone, '499 77 31', '2001-01-01']) {
      assert.ok(!r.text.includes(leak), `${path} shows ${leak}`);
    }
    for (const [, href] of r.text.matchAll(/href="(\/[^"#]*)"/g)) {
      const p = href.replace(/&amp;/g, '&');
      if (!p.startsWith('/assets/') && !p.startsWith('/calendar/') && !seen.has(p)) queue.push(p);
    }
  }
  assert.ok(reached.includes(`/orgs/1/reviews/${mark}`), reached.join(' '));
  // the staff pages with names or rosters are closed to reviewers
  for (const path of ['/orgs/1/applications', `/orgs/1/applications/${mark}`, cohort, `${programme}/selection`, programme]) {
    assert.ok([403, 404].includes((await reviewers[holder].get(path)).status), path);
  }
  // a non-admin staff member works with codes too
  user('staff@alpha.test', 'staff');
  const staff = new Client(srv.base);
  await staff.signIn('staff@alpha.test');
  const detail = await staff.get(`/orgs/1/applications/${mark}`);
  assert.equal(detail.status, 200);
  assert.doesNotMatch(detail.text, /Qxzmarker|qxz-marker|499 77 31/);
  assert.match(detail.text, /Only administrators see who applied/);
  // admins do
  assert.match((await admin.get(`/orgs/1/applications/${mark}`)).text, /Qxzmarker Vlonk/);
});

test('a reviewer who is not assigned gets a clear refusal and nothing is saved; no peeking before submitting', async () => {
  const mark = apps[MARK.name].id;
  const assigned = [];
  let outsider = null;
  for (const n of Object.keys(reviewers)) {
    if ((await assignedTo(n)).includes(mark)) assigned.push(n);
    else outsider = n;
  }
  assert.equal(assigned.length, 2);
  assert.ok(outsider);
  let r = await reviewers[outsider].get(`/orgs/1/reviews/${mark}`);
  assert.equal(r.status, 403);
  assert.match(r.text, /You can review only the applications assigned to you/);
  const token = csrfFrom((await reviewers[outsider].get('/orgs/1/reviews')).text);
  r = await reviewers[outsider].post(`/orgs/1/reviews/${mark}`, { csrf_token: token, comment: 'sneaky', action: 'submit' });
  assert.equal(r.status, 403);
  // bad scores are refused beside the field
  r = await review(assigned[0], mark, 9, 3);
  assert.equal(r.status, 400);
  assert.match(r.text, /a score is a whole number from 1 to 5/);
  r = await reviewers[assigned[0]].submit(`/orgs/1/reviews/${mark}`, { comment: 'half done', action: 'submit' });
  assert.equal(r.status, 400);
  assert.match(r.text, /give a score to submit/);
  // the first submits; the second does not see it before submitting
  assert.equal((await review(assigned[0], mark, 5, 4, 'submit', 'Strong motivation, <b>really</b>.')).status, 303);
  let second = await reviewers[assigned[1]].get(`/orgs/1/reviews/${mark}`);
  assert.doesNotMatch(second.text, /Strong motivation/);
  assert.doesNotMatch(second.text, /All submitted reviews/);
  r = await review(assigned[1], mark, 1, 2, 'save');
  assert.equal(r.status, 303);
  second = await reviewers[assigned[1]].get(r.location);
  assert.match(second.text, /Draft saved/);
  assert.doesNotMatch(second.text, /Strong motivation/);
  assert.equal((await review(assigned[1], mark, 1, 1)).status, 303);
  second = await reviewers[assigned[1]].get(`/orgs/1/reviews/${mark}`);
  assert.match(second.text, /Strong motivation, &lt;b&gt;really&lt;\/b&gt;\./);
  assert.match(second.text, /Your review/);
  // submitted reviews are final
  r = await review(assigned[1], mark, 5, 5);
  assert.equal(r.status, 409);
});

// Scores (motivation, clarity) per application and reviewer: weighted (2m + c) / 3.
const plan = {
  'Léa Petit': [5, 5],       // 5.00
  'Bert Janssens': [4, 4],   // 4.00
  'Chloé Martin': [3, 3],    // 3.00
  'Dries Claes': [3, 2],     // 2.67
  'Emma Wouters': [2, 1],    // 1.67
};

test('the ranking, the disagreement flag and the decisions: accept up to capacity, wait-list, decline', async () => {
  for (const n of Object.keys(reviewers)) {
    for (const id of await assignedTo(n)) {
      const name = Object.keys(apps).find((k) => apps[k].id === id);
      if (name === MARK.name) continue;
      const [m, c] = plan[name];
      assert.equal((await review(n, id, m, c)).status, 303, `${n} ${name}`);
    }
  }
  const sel = `${programme}/selection`;
  let page = await admin.get(`${sel}?waitlist=2`);
  assert.match(page.text, /2 places free in Autumn/);
  const rows = [...page.text.matchAll(/<tr><td>(\d+)<\/td><td><a href="\/orgs\/1\/applications\/(\d+)">A-\d+<\/a><\/td><td>([\d.]+)<\/td><td>([\d.]+)( <strong class="warn">Reviewers disagree<\/strong>)?<\/td>[^]*?name="o-\d+">([^]*?)<\/select>/g)]
    .map((m) => ({ rank: Number(m[1]), id: Number(m[2]), score: m[3], spread: m[4], flag: !!m[5], proposed: /<option value="(\w+)" selected>/.exec(m[6])[1] }));
  const by = Object.fromEntries(rows.map((x) => [Object.keys(apps).find((k) => apps[k].id === x.id), x]));
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.map((x) => x.rank), [1, 2, 3, 4, 5, 6]);
  assert.equal(by['Léa Petit'].rank, 1);
  assert.equal(by['Léa Petit'].score, '5.00');
  assert.equal(by['Bert Janssens'].rank, 2);
  // the marker: (2*5+4)/3 = 4.67 and (2*1+1)/3 = 1: mean 2.83, spread 3.67 > 1.60
  assert.equal(by[MARK.name].score, '2.83');
  assert.equal(by[MARK.name].spread, '3.67');
  assert.equal(by[MARK.name].rank, 4);
  assert.equal(by[MARK.name].flag, true);
  assert.equal(by['Bert Janssens'].flag, false);
  assert.deepEqual(rows.map((x) => x.proposed), ['accept', 'accept', 'waitlist', 'waitlist', 'capacity', 'capacity']);
  // accepting more than the places is refused and changes nothing
  const token = csrfFrom(page.text);
  const cohortId = /name="cohort" value="(\d+)"/.exec(page.text)[1];
  const fields = (over = {}) => [['csrf_token', token], ['cohort', cohortId], ...rows.map((x) => [`o-${x.id}`, over[x.id] || x.proposed])];
  let r = await admin.post(`${programme}/decisions`, fields({ [rows[2].id]: 'accept' }));
  assert.equal(r.status, 400);
  assert.match(r.text, /3 accepted, but Autumn has 2 places free/);
  r = await admin.post(`${programme}/decisions`, [...fields({ [rows[5].id]: 'other' })]);
  assert.equal(r.status, 400);
  assert.match(r.text, /write the reason in the note/);
  assert.match((await admin.get(sel)).text, /Accepted: 0 · Waiting list: 0 · Declined: 0/);
  // the decisions ask once more, saying what will happen and to whom; nothing is recorded yet
  const decided = [...fields({ [rows[5].id]: 'rules' }), [`n-${rows[5].id}`, 'Lives outside the region.']];
  const ask = await admin.post(`${programme}/decisions`, decided);
  assert.equal(ask.status, 200, ask.text.slice(0, 1500));
  assert.match(ask.text, /<h1>Record 6 decisions on .+ and e-mail the applicants\?<\/h1>/);
  assert.match(ask.text, /2 applicants are accepted and enrolled in Autumn\. 2 go on the waiting list\. 2 are declined\. Each of the 6 applicants gets an e-mail in their language now\./);
  assert.match((await admin.get(sel)).text, /Accepted: 0 · Waiting list: 0 · Declined: 0/);
  // without the token, or with the token of other decisions, it asks again and records nothing
  const tokenOf = (t) => /name="confirm_token" value="([^"]+)"/.exec(t)[1];
  r = await admin.post(`${programme}/decisions`, decided);
  assert.equal(r.status, 200);
  const otherNote = decided.map(([k, v]) => [k, k === `n-${rows[5].id}` ? 'Another note.' : v]);
  r = await admin.post(`${programme}/decisions`, [...otherNote, ['confirm_token', tokenOf(ask.text)]]);
  assert.equal(r.status, 200);
  assert.match(r.text, /name="confirm_token"/);
  r = await admin.post(`${programme}/decisions`, [...decided, ['confirm_token', 'x'.repeat(tokenOf(ask.text).length)]]);
  assert.equal(r.status, 200);
  assert.match((await admin.get(sel)).text, /Accepted: 0 · Waiting list: 0 · Declined: 0/);
  assert.equal((await mailsTo('emma@applicant.test', 2)).filter((m) => /cannot offer you a place/.test(m.body)).length, 0);
  r = await admin.confirm(ask);
  assert.equal(r.status, 303, r.text.slice(0, 1500));
  assert.match(r.location, /decided=6/);
  // deciding again is impossible: nothing left to decide
  page = await admin.get(sel);
  assert.match(page.text, /Accepted: 2 · Waiting list: 2 · Declined: 2 · Withdrawn: 0/);
  // the accepted are enrolled; the minor waits for consent
  const roster = await admin.get(cohort);
  assert.match(roster.text, /Léa Petit/);
  assert.match(roster.text, /Bert Janssens/);
  // mails in each applicant's language
  const bertMails = await mailsTo('bert@applicant.test', 2);
  assert.ok(bertMails.some((m) => /Codeclub/.test(m.subject) && /plaats/i.test(m.body)), JSON.stringify(bertMails.map((m) => m.subject)));
  const chloe = await mailsTo('chloe@applicant.test', 2);
  assert.ok(chloe.some((m) => /attente/.test(m.subject) && /numéro 1 /.test(m.body)), JSON.stringify(chloe.map((m) => m.body)));
  const emma = await mailsTo('emma@applicant.test', 2);
  const declined = emma.find((m) => /cannot offer you a place/.test(m.body));
  assert.ok(declined, JSON.stringify(emma.map((m) => m.body)));
  assert.match(declined.body, /The application does not meet the programme's rules\.\nLives outside the region\./);
  const lea = await mailsTo('lea@applicant.test', 2);
  assert.ok(lea.some((m) => /parent/.test(m.body) && /place/.test(m.body)));
  // the applicant's page says where things stand
  const own = await new Client(srv.base, { lang: 'fr' }).get(apps['Chloé Martin'].link);
  assert.match(own.text, /numéro 1/);
});

test('consent: the enrolment waits; the guardian agrees, then withdraws, and the place is offered on', async () => {
  const lea = apps['Léa Petit'];
  assert.match((await admin.get(cohort)).text, /<tr><td>Léa Petit<\/td><td>Enrolled · waiting for a guardian(&#39;|')s consent<\/td>/);
  assert.match((await admin.get(cohort)).text, /<tr><td>Bert Janssens<\/td><td>Enrolled<\/td>/);
  let detail = await admin.get(`/orgs/1/applications/${lea.id}`);
  assert.match(detail.text, /Waiting for a parent or guardian to agree/);
  const guardian = new Client(srv.base, { lang: 'fr' });
  let page = await guardian.get(lea.consent);
  let r = await guardian.post(lea.consent, { csrf_token: csrfFrom(page.text), by_name: '', action: 'give' });
  assert.equal(r.status, 400);
  r = await guardian.post(lea.consent, { csrf_token: csrfFrom(page.text), by_name: 'Marie Petit', action: 'give' });
  assert.equal(r.status, 303);
  page = await guardian.get(lea.consent);
  assert.match(page.text, /Marie Petit/);
  // a second answer on the same link is refused; the first stands
  r = await guardian.post(lea.consent, { csrf_token: csrfFrom(page.text), by_name: 'Someone', action: 'refuse' });
  assert.equal(r.status, 409);
  detail = await admin.get(`/orgs/1/applications/${lea.id}`);
  assert.match(detail.text, /A parent or guardian agreed/);
  assert.match((await admin.get(cohort)).text, /<tr><td>Léa Petit<\/td><td>Enrolled<\/td>/);
  assert.match(detail.text, /Agreed — Marie Petit \(through the link sent by e-mail\)/);
  // withdrawn: Léa leaves, and the first on the waiting list (Chloé) gets an offer in French
  page = await guardian.get(lea.consent);
  r = await guardian.post(lea.consent, { csrf_token: csrfFrom(page.text), by_name: 'Marie Petit', action: 'withdraw' });
  assert.equal(r.status, 303);
  detail = await admin.get(`/orgs/1/applications/${lea.id}`);
  assert.match(detail.text, /withdrew their consent/);
  assert.match((await admin.get(cohort)).text, /<tr><td>Léa Petit<\/td><td>Withdrawn<\/td>/);
  const leaMails = await mailsTo('lea@applicant.test', 3);
  assert.ok(leaMails.some((m) => /retiré son accord|retir/.test(m.body)), JSON.stringify(leaMails.map((m) => m.body)));
  const chloe = await mailsTo('chloe@applicant.test', 3);
  const offer = chloe.find((m) => /Une place est libre/.test(m.subject));
  assert.ok(offer, JSON.stringify(chloe.map((m) => m.subject)));
  assert.match(offer.body, /mardi 2027-06-08|2027-06-08/);
  const link = linkIn(offer.body, '/applications/');
  const c = new Client(srv.base, { lang: 'fr' });
  const own = await c.get(link);
  assert.match(own.text, /Une place t'est proposée|proposée/);
  r = await c.submit(link, {}, `${link}/accept`);
  assert.equal(r.status, 303);
  assert.match((await c.get(r.location)).text, /<dd>Acceptée/);
  assert.match((await admin.get(cohort)).text, /Chloé Martin/);
  // taking it up twice is refused kindly
  r = await c.submit(link, {}, `${link}/accept`);
  assert.equal(r.status, 409);
});

test('a consent form signed on paper is recorded by staff, with who recorded it', async () => {
  const a = await applyAs('Noah Peeters', 'noah@applicant.test', 'nl', { birth_date: '2017-03-03', guardian_name: 'Els Peeters', guardian_email: 'els@guardian.test' });
  const page = `/orgs/1/applications/${a.id}`;
  let r = await admin.submit(page, { by_name: '', action: 'give' }, `${page}/consent`);
  assert.equal(r.status, 400);
  r = await admin.submit(page, { by_name: 'Els Peeters', action: 'give' }, `${page}/consent`);
  assert.equal(r.status, 303);
  const detail = await admin.get(page);
  assert.match(detail.text, /Agreed — Els Peeters \(on paper, recorded by Admin of Alpha Training\)/);
  // the guardian's own link then shows it, and offers only to withdraw
  const [g] = await mailsTo('els@guardian.test');
  const own = await new Client(srv.base, { lang: 'nl' }).get(linkIn(g.body, '/consent/'));
  assert.match(own.text, /Een ouder of voogd gaf toestemming/);
  assert.match(own.text, /Mijn toestemming intrekken/);
  assert.doesNotMatch(own.text, /value="give"/);
  // an adult's application needs no consent
  r = await admin.submit(`/orgs/1/applications/${apps['Dries Claes'].id}`, { by_name: 'Someone', action: 'give' }, `/orgs/1/applications/${apps['Dries Claes'].id}/consent`);
  assert.equal(r.status, 400);
  assert.match(r.text, /This application needs no consent/);
});

test('an accepted applicant declines; the offer to the next one expires unanswered and passes on', async () => {
  const bert = apps['Bert Janssens'];
  const c = new Client(srv.base, { lang: 'nl' });
  let r = await c.submit(bert.link, {}, `${bert.link}/withdraw`);
  assert.equal(r.status, 200);
  assert.match(r.text, /<h1>Je plaats in .+ weigeren\?<\/h1>/);
  assert.match(r.text, /gaat naar de volgende persoon op de wachtlijst/);
  r = await c.confirm(r);
  assert.equal(r.status, 303);
  // the next on the waiting list is the marker applicant (2.83, after Chloé)
  const mark = await mailsTo(MARK.email, 3);
  const offer = mark.find((m) => /A place is free/.test(m.subject));
  assert.ok(offer, JSON.stringify(mark.map((m) => m.subject)));
  // a week and a day later, nobody answered: the offer expires and nobody is left to offer it to
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(T0 + 8 * 86400) } });
  const admin2 = new Client(srv.base);
  await admin2.signIn('admin@alpha.test');
  const page = await admin2.get(`${programme}/selection`);
  assert.match(page.text, /Accepted: 1 · Waiting list: 0 · Declined: 2 · Withdrawn: 3/);
  const after = await mailsTo(MARK.email, 4);
  assert.ok(after.some((m) => /was not taken up in time/.test(m.body)));
  const own = await new Client(srv.base).get(linkIn(offer.body, '/applications/'));
  assert.doesNotMatch(own.text, /Take up the place/);
  assert.match(own.text, /The place offered was not taken up in time/);
});
