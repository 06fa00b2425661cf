// An accepted applicant learns what they need to come: their cohort, its dates and place, the
// first session and what to bring (written by staff per programme, in three languages, shown
// only in the language it is written in), on their personal page and in the mail that gives
// them the place, in their language; and their schedule as an iCalendar download from their
// personal link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, Client, mails, runTraject, PASSWORD } from '../lib/server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ICALCHECK = join(ROOT, 'build/tests/icalcheck');
const T0 = Date.UTC(2027, 5, 1, 10) / 1000; // Tuesday 2027-06-01 12:00 in Brussels
let srv, admin, programme, pid, tmp;
const apps = {}; // name -> { id, link, email, lang }

async function mailsTo(to, n = 1) {
  const end = Date.now() + 8000;
  for (;;) {
    const got = (await mails(srv.mailDir, 0, 0)).filter((m) => m.to === to);
    if (got.length >= n || Date.now() > end) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function icalEvents(body) {
  const file = join(tmp, `schedule-${Math.random().toString(36).slice(2)}.ics`);
  writeFileSync(file, body);
  const out = execFileSync(ICALCHECK, [file], { encoding: 'utf8' });
  return out.trim().split('\n').filter(Boolean).map((l) => {
    const [start, end, uid, summary, location] = l.split('\t');
    return { start: Number(start), end: Number(end), uid, summary, location };
  });
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-placement-'));
  srv = await startServer({ env: { TRAJECT_NOW: String(T0) } });
  admin = new Client(srv.base);
  await admin.signIn('admin@alpha.test');
  assert.equal((await admin.submit('/orgs/1/locations/new', { name: 'Canal hub', address: 'Rue du Canal 4', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations')).status, 303);
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Web basics'], ['title_nl', 'Webbasis'], ['title_fr', 'Bases du web'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'fr'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '30']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  const form = await admin.get(`${programme}/cohorts/new`);
  const locId = /<option value="(\d+)">Canal hub/.exec(form.text)[1];
  const c = await admin.submit(`${programme}/cohorts/new`, [['name', 'Winter'], ['starts_on', '2027-10-04'], ['ends_on', '2027-12-17'], ['capacity', '2'], ['location_id', locId]], `${programme}/cohorts`);
  const cohort = c.location.split('?')[0];
  // Mondays and Wednesdays, 09:00 to 12:30
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
    const c = new Client(srv.base);
    await c.signIn(`${n}@alpha.test`);
    reviewers.push(c);
  }
  for (const [name, email, lang] of [['Ana Silva', 'ana@applicant.test', 'en'], ['Bram Peeters', 'bram@applicant.test', 'nl'], ['Céline Dubois', 'celine@applicant.test', 'fr']]) {
    const a = await new Client(srv.base, { lang }).submit(`/programmes/${pid}/apply`, { name, email, phone: '', birth_date: '2001-01-01', municipality: 'Gent', [motivation]: 'I want to build websites.' });
    assert.equal(a.status, 303);
    const id = Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications')).text)[1]);
    apps[name] = { id, email, lang, link: a.location.replace('?sent=1', '') };
  }
  const page = await admin.get(sel);
  const ids = [...page.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => ['reviewer', m[1]]);
  assert.equal((await admin.submit(sel, ids, `${programme}/reviewers`)).status, 303);
  const score = { 'Ana Silva': '5', 'Bram Peeters': '4', 'Céline Dubois': '3' };
  for (const reviewer of reviewers) {
    for (const name of Object.keys(apps)) {
      const rp = await reviewer.get(`/orgs/1/reviews/${apps[name].id}`);
      const crit = /name="(c-\d+)" value="1"/.exec(rp.text)[1];
      assert.equal((await reviewer.submit(`/orgs/1/reviews/${apps[name].id}`, { [crit]: score[name], comment: 'Fine.', action: 'submit' })).status, 303);
    }
  }
});
after(async () => {
  if (srv) await srv.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('staff write what to bring per language; too long a text is refused and nothing changes', async () => {
  let page = await admin.get(programme);
  assert.match(page.text, /What accepted applicants bring/);
  const long = await admin.submit(programme, { bring_en: '', bring_nl: 'x'.repeat(1001), bring_fr: '' }, `${programme}/bring`);
  assert.equal(long.status, 400);
  assert.match(long.text, /1000/);
  const r = await admin.submit(programme, { bring_en: '', bring_nl: 'Je identiteitskaart en een laptop.', bring_fr: 'Votre carte d\'identité et un ordinateur portable.' }, `${programme}/bring`);
  assert.equal(r.status, 303);
  page = await admin.get(programme);
  assert.match(page.text, /<textarea[^>]*name="bring_nl"[^>]*>Je identiteitskaart en een laptop\.<\/textarea>/);
});

test('the accepted learn their cohort, dates, place, first session and what to bring, by mail and on their page, in their language', async () => {
  const sel = `${programme}/selection`;
  const ranked = await admin.get(`${sel}?waitlist=1`);
  const cohortId = /name="cohort" value="(\d+)"/.exec(ranked.text)[1];
  const fields = [['cohort', cohortId], ...Object.entries(apps).map(([n, a]) => [`o-${a.id}`, n === 'Céline Dubois' ? 'waitlist' : 'accept'])];
  const d = await admin.confirm(await admin.submit(`${sel}?waitlist=1`, fields, `${programme}/decisions`));
  assert.equal(d.status, 303, d.text && d.text.slice(0, 1500));

  // Bram, in Dutch: everything, and the text to bring written in Dutch
  const bram = (await mailsTo('bram@applicant.test', 2)).find((m) => /Codeclub|Webbasis/.test(m.subject) && /Winter/.test(m.body));
  assert.ok(bram, 'Bram has a mail with his cohort');
  assert.match(bram.body, /Je groep: Winter\n/);
  assert.match(bram.body, /Data: Van maandag 4 oktober 2027 tot en met vrijdag 17 december 2027\n/);
  assert.match(bram.body, /Plaats: Canal hub, Rue du Canal 4, 1000 Brussels\n/);
  assert.match(bram.body, /Eerste sessie: Maandag 2027-10-04, 09:00–12:30\n/);
  assert.match(bram.body, /Wat mee te brengen: Je identiteitskaart en een laptop\.\n/);
  assert.match(bram.body, /\/applications\/[A-Za-z0-9_-]+\/calendar\.ics\n/);
  // Ana, in English: no text to bring in English, so no such line
  const ana = (await mailsTo('ana@applicant.test', 2)).find((m) => /Winter/.test(m.body));
  assert.ok(ana);
  assert.match(ana.body, /Your cohort: Winter\n/);
  assert.match(ana.body, /First session: Monday 2027-10-04, 09:00–12:30\n/);
  assert.doesNotMatch(ana.body, /What to bring/);

  // Bram's page says the same in Dutch, with the calendar link
  const c = new Client(srv.base, { lang: 'nl' });
  const page = await c.get(apps['Bram Peeters'].link);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h2>Je plaats<\/h2>/);
  assert.match(page.text, /<dt>Plaats<\/dt><dd class="prose">Canal hub, Rue du Canal 4, 1000 Brussels<\/dd>/);
  assert.match(page.text, /<dt>Wat mee te brengen<\/dt><dd class="prose">Je identiteitskaart en een laptop\.<\/dd>/);
  const href = /href="(\/applications\/[^"]+\/calendar\.ics)"/.exec(page.text)[1];
  const ics = await c.get(href);
  assert.equal(ics.status, 200);
  assert.match(ics.headers.get('content-type'), /^text\/calendar/);
  const events = icalEvents(ics.text);
  // Mondays and Wednesdays from 4 October to 15 December 2027: 11 + 11, without All
  // Saints' Day (Monday 1 November), a public holiday
  assert.equal(events.length, 21);
  assert.equal(events[0].start, Date.UTC(2027, 9, 4, 7, 0) / 1000); // 09:00 in Brussels (CEST)
  assert.match(events[0].location, /Canal hub, Rue du Canal 4/);
  assert.match(events[0].summary, /Webbasis — Winter/);
});

test('the waiting list has no schedule; a wrong link none either', async () => {
  const celine = apps['Céline Dubois'];
  const c = new Client(srv.base, { lang: 'fr' });
  const page = await c.get(celine.link);
  assert.doesNotMatch(page.text, /calendar\.ics/);
  assert.doesNotMatch(page.text, /Votre place<\/h2>/);
  assert.equal((await c.get(`${celine.link}/calendar.ics`)).status, 404);
  const bad = apps['Bram Peeters'].link.slice(0, -1) + (apps['Bram Peeters'].link.endsWith('A') ? 'B' : 'A');
  assert.equal((await c.get(`${bad}/calendar.ics`)).status, 404);
});

test('a place taken up from the waiting list comes with the same details, in French', async () => {
  // Ana declines through the confirmation; Céline is offered the place and takes it up
  const ana = new Client(srv.base);
  assert.equal((await ana.confirm(await ana.submit(apps['Ana Silva'].link, {}, `${apps['Ana Silva'].link}/withdraw`))).status, 303);
  const celine = apps['Céline Dubois'];
  const c = new Client(srv.base, { lang: 'fr' });
  const offer = await c.get(celine.link);
  assert.match(offer.text, /\/accept"/);
  assert.equal((await c.submit(celine.link, {}, `${celine.link}/accept`)).status, 303);
  const mail = (await mailsTo(celine.email, 4)).find((m) => /Votre groupe/.test(m.body));
  assert.ok(mail, 'Céline has the details of her place');
  assert.match(mail.body, /Ce qu'il faut apporter : Votre carte d'identité et un ordinateur portable\.\n/);
  assert.match(mail.body, /Première séance : Lundi 2027-10-04, 09:00–12:30\n/);
  const page = await c.get(celine.link);
  assert.match(page.text, /<h2>Votre place<\/h2>/);
  assert.equal((await c.get(`${celine.link}/calendar.ics`)).status, 200);
});
