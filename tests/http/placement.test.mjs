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
import { startServer, Client, mails } from '../lib/server.mjs';
import { reviewedCohort } from '../lib/intake.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ICALCHECK = join(ROOT, 'build/tests/icalcheck');
const T0 = Date.UTC(2027, 5, 1, 10) / 1000; // Tuesday 2027-06-01 12:00 in Brussels
let srv, admin, programme, tmp;
let apps; // name -> { id, link, email, lang }

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
  ({ programme, apps } = await reviewedCohort(srv, admin, 2));
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
