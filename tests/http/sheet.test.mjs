// The printable sign-in sheet of a session (PDF): who is on it (enrolled learners only,
// names with their accents, in the roster's order), its pages, its language, who may
// download it, and a clean 500 when the font is missing or is not a font.
// Reads the PDF with poppler-utils (pdfinfo, pdftotext).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';

const NAMES = ['Chloé Dubois', 'Zoë Peeters', 'François Lambert', 'Łukasz Nowak', 'Ørsted Hansen'];
const WITHDRAWN = 'Wanda Weggegaan';
const MANY = Array.from({ length: 45 }, (_, i) => `Élève ${String(i + 1).padStart(2, '0')} Müller`);

let srv, alpha, beta, small, big, tmp;

async function newCohort(programme, name, capacity) {
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', name], ['starts_on', '2026-10-05'], ['ends_on', '2026-10-30'], ['capacity', String(capacity)], ['location_id', small.location]], `${programme}/cohorts`);
  assert.equal(c.status, 303, c.text.slice(0, 500));
  const cohort = c.location.replace('?saved=1', '');
  const s = await alpha.submit(cohort, [['weekdays', '0'], ['gen_start', '14:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  assert.equal(s.status, 303);
  return cohort;
}

async function enrol(cohort, names) {
  for (const name of names) {
    const res = await alpha.submit(cohort, { name }, `${cohort}/enrol`);
    assert.equal(res.status, 303, `enrolling ${name}: ${res.status}`);
  }
}

function sessionsOf(html) {
  return [...html.matchAll(/\/orgs\/1\/sessions\/(\d+)\/attendance/g)].map((m) => `/orgs/1/sessions/${m[1]}`);
}

let nfile = 0;
function save(buf) {
  const f = join(tmp, `sheet-${++nfile}.pdf`);
  writeFileSync(f, buf);
  return f;
}

function pdfinfo(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.equal(r.status, 0, `pdfinfo cannot read the PDF: ${r.stderr}`);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(r.stdout)[1]);
  const size = /^Page size:\s+(.*)$/m.exec(r.stdout)[1];
  return { pages, size };
}

function pdftext(file, page) {
  const args = page ? ['-f', String(page), '-l', String(page), file, '-'] : [file, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  assert.equal(r.status, 0, `pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

function count(text, s) {
  return text.split(s).length - 1;
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-sheet-'));
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  small = {};
  let res = await alpha.submit('/orgs/1/locations/new', { name: 'Bibliothèque Sainte-Anne', postcode: '1060', municipality: 'Saint-Gilles', province: 'brussels' }, '/orgs/1/locations');
  assert.equal(res.status, 303);
  small.location = /\/orgs\/1\/locations\/(\d+)\/edit/.exec((await alpha.get('/orgs/1/locations')).text)[1];
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Digital basics'], ['title_fr', 'Bases du numérique'], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en'], ['langs', 'fr']], '/orgs/1/programmes');
  assert.equal(p.status, 303);
  const programme = p.location.replace('?saved=1', '');

  small.cohort = await newCohort(programme, 'Groupe Été', 10);
  await enrol(small.cohort, [...NAMES, WITHDRAWN]);
  let page = await alpha.get(small.cohort);
  const ends = [...page.text.matchAll(/\/orgs\/1\/enrolments\/(\d+)\/end/g)].map((m) => m[0]);
  // the withdrawn learner: find her row's end form
  const row = page.text.split('<tr>').find((r) => r.includes(WITHDRAWN));
  const end = /\/orgs\/1\/enrolments\/\d+\/end/.exec(row)[0];
  assert.ok(ends.includes(end));
  res = await alpha.post(end, { csrf_token: csrfFrom(page.text), status: 'withdrawn', ended_on: '2026-10-01', reason: 'Moved away' });
  assert.equal(res.status, 303);
  page = await alpha.get(small.cohort);
  small.sessions = sessionsOf(page.text);
  assert.equal(small.sessions.length, 4); // the Mondays of October 2026

  big = { cohort: await newCohort(programme, 'Big group', 60) };
  await enrol(big.cohort, MANY);
  big.sessions = sessionsOf((await alpha.get(big.cohort)).text);
  assert.equal(big.sessions.length, 4);
});

after(async () => {
  if (srv) await srv.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the sheet is an A4 PDF download named after the session date', async () => {
  const res = await alpha.getBytes(`${small.sessions[0]}/sign-in-sheet`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="sign-in-sheet-2026-10-05.pdf"');
  assert.equal(res.body.subarray(0, 5).toString('latin1'), '%PDF-');
  const info = pdfinfo(save(res.body));
  assert.equal(info.pages, 1);
  assert.match(info.size, /\(A4\)/);
  // another session of the cohort: its own date
  const other = await alpha.getBytes(`${small.sessions[3]}/sign-in-sheet`);
  assert.equal(other.headers.get('content-disposition'), 'attachment; filename="sign-in-sheet-2026-10-26.pdf"');
});

test('it lists the enrolled learners with their accents, in roster order, not the withdrawn one', async () => {
  const res = await alpha.getBytes(`${small.sessions[0]}/sign-in-sheet`);
  const text = pdftext(save(res.body));
  for (const n of NAMES) assert.equal(count(text, n), 1, `${n} once in:\n${text}`);
  assert.ok(!text.includes(WITHDRAWN), 'the withdrawn learner is not on the sheet');
  assert.ok(!text.includes('Wanda'));
  for (const s of ['Alpha Training', 'Sign-in sheet', 'Digital basics', 'Groupe Été',
    'Monday 2026-10-05, 14:00–16:00', 'Bibliothèque Sainte-Anne, 1060 Saint-Gilles',
    'No.', 'Name', 'Signature', 'Arrival time', "Trainer's name", "Trainer's signature", 'Page 1 of 1']) {
    assert.ok(text.includes(s), `"${s}" in:\n${text}`);
  }
  // the order of the roster page, where the marks are entered afterwards
  const roster = await alpha.get(`${small.sessions[0]}/attendance`);
  const order = [...roster.text.matchAll(/<legend>([^<]+)<\/legend>/g)].map((m) => m[1]).filter((n) => NAMES.includes(n));
  assert.equal(order.length, NAMES.length);
  const onSheet = [...NAMES].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  assert.deepEqual(onSheet, order);
  // numbered 1 to 5
  for (let i = 1; i <= 5; i++) assert.match(text, new RegExp(`^${i}$`, 'm'));
  assert.doesNotMatch(text, /^6$/m);
});

test('45 learners run over three pages; header and table head repeat; the trainer signs at the end', async () => {
  const res = await alpha.getBytes(`${big.sessions[1]}/sign-in-sheet`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="sign-in-sheet-2026-10-12.pdf"');
  const file = save(res.body);
  assert.equal(pdfinfo(file).pages, 3);
  const all = pdftext(file);
  for (const n of MANY) assert.equal(count(all, n), 1, `${n} exactly once`);
  let total = 0;
  for (let p = 1; p <= 3; p++) {
    const t = pdftext(file, p);
    for (const s of ['Alpha Training', 'Sign-in sheet', 'Digital basics', 'Big group', 'Monday 2026-10-12, 14:00–16:00', 'Signature', 'Arrival time', `Page ${p} of 3`]) {
      assert.ok(t.includes(s), `page ${p} has "${s}"`);
    }
    const rows = MANY.filter((n) => t.includes(n)).length;
    assert.ok(rows > 0, `page ${p} has rows`);
    total += rows;
    assert.equal(t.includes("Trainer's signature"), p === 3, `trainer's lines on page ${p}`);
  }
  assert.equal(total, 45);
  assert.match(all, /^45$/m);
});

test('the roster page links to the sheet', async () => {
  const page = await alpha.get(`${small.sessions[2]}/attendance`);
  assert.equal(page.status, 200);
  const sid = small.sessions[2].split('/')[4];
  assert.match(page.text, new RegExp(`<a href="/orgs/1/sessions/${sid}/sign-in-sheet">Print a sign-in sheet \\(PDF\\)</a>`));
});

test("another organisation's admin gets 404, an unknown session 404, a visitor is sent to sign in", async () => {
  const sid = small.sessions[0].split('/')[4];
  let res = await beta.getBytes(`/orgs/2/sessions/${sid}/sign-in-sheet`);
  assert.equal(res.status, 404);
  assert.doesNotMatch(res.body.toString('utf8'), /Chloé|Alpha Training/);
  res = await beta.getBytes(`/orgs/1/sessions/${sid}/sign-in-sheet`);
  assert.equal(res.status, 404);
  assert.doesNotMatch(res.body.toString('utf8'), /Chloé|Alpha Training/);
  res = await alpha.getBytes('/orgs/1/sessions/999999/sign-in-sheet');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  const anon = new Client(srv.base);
  const path = `/orgs/1/sessions/${sid}/sign-in-sheet`;
  res = await anon.getBytes(path);
  assert.equal(res.status, 303);
  assert.equal(res.location, '/sign-in?next=' + encodeURIComponent(path));
});

const LANGS = {
  fr: {
    link: 'Imprimer une feuille de présence (PDF)',
    has: ['Feuille de présence', 'Programme', 'Groupe', 'Date', 'Lieu', 'N°', 'Nom', 'Signature',
      "Heure d'arrivée", 'Nom du formateur', 'Signature du formateur', 'Page 1 sur 1',
      'Bases du numérique', 'Lundi 2026-10-05, 14:00–16:00'],
  },
  nl: {
    link: 'Een aanwezigheidslijst afdrukken (PDF)',
    has: ['Aanwezigheidslijst', 'Programma', 'Groep', 'Datum', 'Locatie', 'Nr.', 'Naam', 'Handtekening',
      'Aankomstuur', 'Naam van de trainer', 'Handtekening van de trainer', 'Pagina 1 van 1',
      'Maandag 2026-10-05, 14:00–16:00'],
  },
};

for (const [lang, want] of Object.entries(LANGS)) {
  test(`in the account's language (${lang}), every label of the sheet is translated`, async () => {
    let page = await alpha.get('/orgs/1');
    await alpha.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/' });
    try {
      const roster = await alpha.get(`${small.sessions[0]}/attendance`);
      assert.ok(roster.text.includes(want.link), want.link);
      const res = await alpha.getBytes(`${small.sessions[0]}/sign-in-sheet`);
      assert.equal(res.status, 200);
      const text = pdftext(save(res.body));
      for (const s of want.has) assert.ok(text.includes(s), `"${s}" in:\n${text}`);
      for (const s of ['Sign-in sheet', 'Arrival time', "Trainer's name", 'Page 1 of 1', 'Monday']) {
        assert.ok(!text.includes(s), `no "${s}" in the ${lang} sheet`);
      }
      for (const n of NAMES) assert.ok(text.includes(n));
    } finally {
      page = await alpha.get('/orgs/1');
      await alpha.post('/language', { csrf_token: csrfFrom(page.text), lang: 'en', next: '/' });
    }
  });
}

for (const [what, font] of [['missing', '/nonexistent/font.ttf'], ['not a font', null]]) {
  test(`a font that is ${what} answers 500 and the server keeps serving`, async () => {
    let path = font;
    if (!path) {
      path = join(tmp, 'not-a-font.ttf');
      writeFileSync(path, 'this is not a TrueType font\n'.repeat(100));
    }
    const srv2 = await startServer({ from: srv, env: { TRAJECT_PDF_FONT: path } });
    try {
      const c = new Client(srv2.base);
      c.cookies = new Map(alpha.cookies);
      const res = await c.getBytes(`${small.sessions[0]}/sign-in-sheet`);
      assert.equal(res.status, 500);
      assert.match(res.headers.get('content-type'), /^text\/html/);
      assert.equal(res.headers.get('content-disposition'), null);
      const logged = /cannot load the font .* \(setting pdf_font\)/;
      for (let i = 0; i < 40 && !logged.test(srv2.stderr()); i++) await new Promise((r) => setTimeout(r, 25));
      assert.match(srv2.stderr(), logged);
      assert.equal((await c.get(`${small.sessions[0]}/attendance`)).status, 200);
      assert.equal((await c.getBytes(`${small.sessions[0]}/sign-in-sheet`)).status, 500);
    } finally {
      await srv2.stop({ keep: true });
    }
  });
}
