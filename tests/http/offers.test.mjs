// Waiting-list offers run on the scheduler, not on page views: an offer past its deadline is
// closed, its applicant told, and the place offered to the next one on the waiting list with
// a mail, while nobody opens a page; and opening the intake pages (staff, reviewer,
// applicant) writes nothing at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { startServer, Client, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

const T0 = Date.UTC(2027, 5, 1, 10) / 1000; // Tuesday 2027-06-01 12:00 in Brussels
let srv, admin, programme, pid, cohort, motivation;
const reviewers = {};
const apps = {}; // name -> { id, link, email }

function sql(db, query) {
  const r = db.startsWith('sqlite:')
    ? spawnSync('sqlite3', [db.slice('sqlite:'.length), query], { encoding: 'utf8' })
    : spawnSync('psql', [db, '-At', '-c', query], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

// What the intake pages could change: every row of these tables, hashed.
const TABLES = ['applications', 'app_links', 'app_reviews', 'app_scores', 'app_criteria', 'app_forms',
  'app_consent_events', 'app_answers', 'enrolments', 'people', 'cohorts', 'audit_log', 'outbox'];
function checksums() {
  // the outbox's delivery columns belong to the mail worker, which runs meanwhile
  const query = (t) => t === 'outbox' ? 'SELECT id, to_addr, subject, body FROM outbox ORDER BY 1' : `SELECT * FROM ${t} ORDER BY 1, 2`;
  return Object.fromEntries(TABLES.map((t) => [t, createHash('sha256').update(sql(srv.db, query(t))).digest('hex')]));
}

async function mailsTo(to, n = 1) {
  const end = Date.now() + 8000;
  for (;;) {
    const got = (await mails(srv.mailDir, 0, 0)).filter((m) => m.to === to);
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
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Web basics'], ['title_nl', 'Webbasis'], ['title_fr', 'Bases du web'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'fr'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  const c = await admin.submit(`${programme}/cohorts/new`, [['name', 'Winter'], ['starts_on', '2027-10-04'], ['ends_on', '2027-12-17'], ['capacity', '1']], `${programme}/cohorts`);
  cohort = c.location.split('?')[0];
  assert.equal((await admin.submit(programme, { kind: 'long', label_en: 'Why web?', required: '1', motivation: '1' }, `${programme}/questions`)).status, 303);
  const form = await new Client(srv.base).get(`/programmes/${pid}/apply`);
  motivation = /<label for="f-(q-\d+)">Why web/.exec(form.text)[1];
  const sel = `${programme}/selection`;
  assert.equal((await admin.submit(sel, { label_en: 'Motivation', weight: '1' }, `${programme}/criteria`)).status, 303);
  for (const n of ['ra', 'rb']) { user(`${n}@alpha.test`, 'reviewer'); reviewers[n] = new Client(srv.base); await reviewers[n].signIn(`${n}@alpha.test`); }
  // three applicants, in three languages
  for (const [name, email, lang] of [['Ana Silva', 'ana@applicant.test', 'en'], ['Bram Peeters', 'bram@applicant.test', 'nl'], ['Céline Dubois', 'celine@applicant.test', 'fr']]) {
    const r = await new Client(srv.base, { lang }).submit(`/programmes/${pid}/apply`, { name, email, phone: '', birth_date: '2001-01-01', municipality: 'Gent', [motivation]: 'I want to build websites.' });
    assert.equal(r.status, 303);
    const id = Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications')).text)[1]);
    apps[name] = { id, email, link: r.location.replace('?sent=1', '') };
  }
  const page = await admin.get(sel);
  const ids = [...page.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => ['reviewer', m[1]]);
  assert.match((await admin.submit(sel, ids, `${programme}/reviewers`)).location, /assigned=6&short=0/);
  const score = { 'Ana Silva': '5', 'Bram Peeters': '4', 'Céline Dubois': '3' };
  for (const n of Object.keys(reviewers)) {
    for (const name of Object.keys(apps)) {
      const id = apps[name].id;
      const rp = await reviewers[n].get(`/orgs/1/reviews/${id}`);
      const crit = /name="(c-\d+)" value="1"/.exec(rp.text)[1];
      assert.equal((await reviewers[n].submit(`/orgs/1/reviews/${id}`, { [crit]: score[name], comment: 'Fine.', action: 'submit' })).status, 303);
    }
  }
  // one place, two on the waiting list
  const ranked = await admin.get(`${sel}?waitlist=2`);
  const cohortId = /name="cohort" value="(\d+)"/.exec(ranked.text)[1];
  const fields = [['cohort', cohortId], ...Object.values(apps).map((a) => [`o-${a.id}`, a.id === apps['Ana Silva'].id ? 'accept' : 'waitlist'])];
  const d = await admin.confirm(await admin.submit(`${sel}?waitlist=2`, fields, `${programme}/decisions`));
  assert.equal(d.status, 303, d.text && d.text.slice(0, 1500));
  // Ana declines: Bram, first on the waiting list, gets an offer until 2027-06-08
  const ana = new Client(srv.base);
  assert.equal((await ana.confirm(await ana.submit(apps['Ana Silva'].link, {}, `${apps['Ana Silva'].link}/withdraw`))).status, 303);
  const bram = await mailsTo('bram@applicant.test', 3);
  assert.ok(bram.some((m) => /Er is een plaats vrij/.test(m.subject) || /2027-06-08/.test(m.body)), JSON.stringify(bram.map((m) => m.subject)));
});
after(async () => { if (srv) await srv.stop(); });

test('opening the intake pages writes nothing, not even with an offer past its deadline', async () => {
  const bram = apps['Bram Peeters'];
  // Bram's offer ran out a minute ago; the scheduler's next round is a minute away
  sql(srv.db, `UPDATE applications SET offer_expires_at = ${T0 - 60} WHERE id = ${bram.id}`);
  const before = checksums();
  const anon = new Client(srv.base, { lang: 'nl' });
  const pages = [
    [admin, `${programme}/selection`], [admin, `${programme}/selection?waitlist=1`], [admin, '/orgs/1/applications'],
    [admin, `/orgs/1/applications?programme=${pid}`], [admin, `/orgs/1/applications/${bram.id}`], [admin, cohort], [admin, programme],
    [reviewers.ra, '/orgs/1/reviews'], [reviewers.ra, `/orgs/1/reviews/${bram.id}`],
    [anon, bram.link], [anon, apps['Ana Silva'].link],
  ];
  for (const [c, path] of pages) assert.equal((await c.get(path)).status, 200, path);
  assert.deepEqual(checksums(), before);
});

test("the reviewer's list: a page at a time, the ones still to review first, searchable by code", async () => {
  const list = await reviewers.ra.get('/orgs/1/reviews');
  assert.equal(list.status, 200);
  assert.match(list.text, /Still to review: 0/);
  assert.equal([...list.text.matchAll(/href="\/orgs\/1\/reviews\/\d+"/g)].length, 3);
  const bram = apps['Bram Peeters'];
  const one = await reviewers.ra.get(`/orgs/1/reviews?q=A-${bram.id}`);
  assert.deepEqual([...one.text.matchAll(/href="\/orgs\/1\/reviews\/(\d+)"/g)].map((m) => Number(m[1])), [bram.id]);
  const none = await reviewers.ra.get('/orgs/1/reviews?q=nothing-like-this');
  assert.equal([...none.text.matchAll(/href="\/orgs\/1\/reviews\/\d+"/g)].length, 0);
  // descending, then a forged cursor: the first page with a notice, never an error
  const desc = await reviewers.ra.get('/orgs/1/reviews?sort=todo&dir=desc');
  assert.equal(desc.status, 200);
  assert.equal((await reviewers.ra.get('/orgs/1/reviews?at=forged')).status, 200);
});

test('an offer past its deadline is closed by the scheduler and passes on, with mails, while nobody opens a page', async () => {
  const bram = apps['Bram Peeters'], celine = apps['Céline Dubois'];
  assert.equal(sql(srv.db, `SELECT status FROM applications WHERE id = ${bram.id}`), 'waitlisted');
  // eight days later nobody answered; two servers sharing the database start at once and
  // no page is opened: the offer is closed once, and passed on once
  await srv.stop({ keep: true });
  const later = { TRAJECT_NOW: String(T0 + 8 * 86400) };
  const [one, two] = await Promise.all([startServer({ from: srv, env: later }), startServer({ from: srv, env: later })]);
  srv = one;
  await mailsTo(celine.email, 2); // the waiting list, then the offer
  await new Promise((r) => setTimeout(r, 1500)); // anything sent twice would be out by now
  await two.stop({ keep: true });
  const late = (await mailsTo(bram.email, 3)).filter((m) => /niet op tijd|not taken up in time/.test(m.body));
  assert.equal(late.length, 1, 'one mail to say the offer ran out');
  const offers = (await mailsTo(celine.email, 2)).filter((m) => /Une place est libre/.test(m.subject));
  assert.equal(offers.length, 1, 'one offer to the next on the waiting list, in French');
  const [offer] = offers;
  assert.match(offer.body, /2027-06-16/); // 7 days from 2027-06-09 12:00
  assert.equal(sql(srv.db, `SELECT status || ' ' || reason FROM applications WHERE id = ${bram.id}`), 'withdrawn offer_expired');
  assert.equal(sql(srv.db, `SELECT offer_expires_at FROM applications WHERE id = ${celine.id}`), String(T0 + 8 * 86400 + 7 * 86400));
  // the new offer can be taken up
  const link = linkIn(offer.body, '/applications/');
  const c = new Client(srv.base, { lang: 'fr' });
  const r = await c.submit(link, {}, `${link}/accept`);
  assert.equal(r.status, 303);
  assert.match((await admin2()).text, /Céline Dubois/);
});

async function admin2() {
  const a = new Client(srv.base);
  await a.signIn('admin@alpha.test');
  return a.get(cohort);
}

test('the selection page lists 50 applications waiting for reviews and counts the others, dropping none silently', async () => {
  const a = new Client(srv.base);
  await a.signIn('admin@alpha.test');
  const res = await a.submit('/orgs/1/programmes/new', [['title_en', 'Big intake'], ['title_nl', 'Grote instroom'], ['title_fr', 'Grande admission'], ['kind', 'workshops'], ['status', 'open'], ['langs', 'fr'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  const big = res.location.replace('?saved=1', '');
  const id = big.split('/').pop();
  for (let i = 0; i < 52; i++) {
    const r = await new Client(srv.base).submit(`/programmes/${id}/apply`, { name: `Person ${i}`, email: `p${i}@big.test`, phone: '', birth_date: '2001-01-01', municipality: 'Gent' });
    assert.equal(r.status, 303, r.text && r.text.slice(0, 500));
  }
  const page = await a.get(`${big}/selection`);
  assert.equal(page.status, 200);
  assert.equal([...page.text.matchAll(/<li><a href="\/orgs\/1\/applications\/\d+">A-\d+<\/a>: 0 of 2 reviews in/g)].length, 50);
  assert.match(page.text, /2 more applications are waiting for reviews\./);
  assert.match(page.text, /52 applications received and not decided/);
});
