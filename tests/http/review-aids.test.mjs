// What helps reviewers and staff through the applications: each criterion of the rubric says
// what a low and a high score mean, beside its scores; a reviewer goes from a submitted review
// to the next application in one tap, or is told that none is left; a likely duplicate is
// declined as a duplicate or merged into the first, after a confirmation, its applicant told
// by mail in their language; the pipeline links a likely duplicate to the one it resembles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, runTraject, PASSWORD } from '../lib/server.mjs';

let srv, admin, reviewer, programme, pid, motivation;
const apps = {}; // name -> { id, link }

async function mailsTo(to, n = 1) {
  const end = Date.now() + 8000;
  for (;;) {
    const got = (await mails(srv.mailDir, 0, 0)).filter((m) => m.to === to);
    if (got.length >= n || Date.now() > end) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function apply(name, email, phone, lang, answer) {
  const r = await new Client(srv.base, { lang }).submit(`/programmes/${pid}/apply`, { name, email, phone, birth_date: '2001-01-01', municipality: 'Gent', [motivation]: answer });
  assert.equal(r.status, 303, r.text && r.text.slice(0, 800));
  const id = Number(/A-(\d+)/.exec((await admin.get('/orgs/1/applications?sort=received&dir=desc')).text)[1]);
  apps[name] = { id, link: r.location.replace('?sent=1', '') };
}

before(async () => {
  srv = await startServer();
  admin = new Client(srv.base);
  await admin.signIn('admin@alpha.test');
  const res = await admin.submit('/orgs/1/programmes/new', [['title_en', 'Web basics'], ['title_nl', 'Webbasis'], ['title_fr', 'Bases du web'], ['kind', 'workshops'],
    ['status', 'open'], ['langs', 'fr'], ['langs', 'nl'], ['min_age', '10'], ['max_age', '40']], '/orgs/1/programmes');
  programme = res.location.replace('?saved=1', '');
  pid = programme.split('/').pop();
  assert.equal((await admin.submit(programme, { kind: 'long', label_en: 'Why web?', label_nl: 'Waarom web?', required: '1', motivation: '1' }, `${programme}/questions`)).status, 303);
  const form = await new Client(srv.base).get(`/programmes/${pid}/apply`);
  motivation = /<label for="f-(q-\d+)">Why web/.exec(form.text)[1];
  const r = runTraject(['user', 'add', '--db', srv.db, '--org', '1', '--email', 'ra@alpha.test', '--name', 'Rita', '--role', 'reviewer', '--password-file', '-'], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
  reviewer = new Client(srv.base);
  await reviewer.signIn('ra@alpha.test');
  assert.equal((await reviewer.submit('/account', { name: 'Rita', lang: 'nl' }, '/account/profile')).status, 303);
  await apply('Ana Silva', 'ana@applicant.test', '0471 00 00 01', 'en', 'I like building things.');
  await apply('Bram Peeters', 'bram@applicant.test', '0472 00 00 02', 'nl', 'Ik wil websites maken.');
  // Bram again, with another address but the same phone and date of birth, in French
  await apply('B. Peeters', 'b.peeters@applicant.test', '0472 00 00 02', 'fr', 'Je veux aussi apprendre le design.');
  // Ana again, the same address in other letters
  await apply('Ana S.', 'ANA@applicant.test', '', 'en', 'A second try.');
});
after(async () => { if (srv) await srv.stop(); });

test('a criterion says what a low and a high score mean, beside its scores, in the reviewer language', async () => {
  const sel = `${programme}/selection`;
  const long = await admin.submit(sel, { label_en: 'Motivation', weight: '1', hint_en: 'x'.repeat(501) }, `${programme}/criteria`);
  assert.equal(long.status, 400);
  const r = await admin.submit(sel, {
    label_en: 'Motivation', label_nl: 'Motivatie', weight: '2',
    hint_en: '1: no reason given. 5: a clear goal and a first step taken.',
    hint_nl: '1: geen reden gegeven. 5: een duidelijk doel en een eerste stap gezet.',
  }, `${programme}/criteria`);
  assert.equal(r.status, 303);
  const page = await admin.get(sel);
  assert.match(page.text, /1: no reason given\. 5: a clear goal and a first step taken\./);
  const ids = [...page.text.matchAll(/name="reviewer" value="(\d+)"/g)].map((m) => ['reviewer', m[1]]);
  assert.equal((await admin.submit(sel, ids, `${programme}/reviewers`)).status, 303);
  const review = await reviewer.get(`/orgs/1/reviews/${apps['Ana Silva'].id}`);
  assert.equal(review.status, 200);
  assert.match(review.text, /<legend>Motivatie \(gewicht 2\)<\/legend>\n<p class="hint prose">1: geen reden gegeven\. 5: een duidelijk doel en een eerste stap gezet\.<\/p>/);
});

test('after submitting a review, one tap to the next application; then word that none is left', async () => {
  const order = Object.values(apps).map((a) => a.id).sort((a, b) => a - b);
  for (const [i, id] of order.entries()) {
    const page = await reviewer.get(`/orgs/1/reviews/${id}`);
    const crit = /name="(c-\d+)" value="1"/.exec(page.text)[1];
    const r = await reviewer.submit(`/orgs/1/reviews/${id}`, { [crit]: '4', comment: 'Goed.', action: 'submit' });
    assert.equal(r.status, 303);
    const done = await reviewer.get(r.location);
    if (i + 1 < order.length) {
      const next = /<a href="(\/orgs\/1\/reviews\/(\d+))" role="button">Volgende kandidatuur<\/a>/.exec(done.text);
      assert.ok(next, done.text.replace(/[\s\S]*<main/, '').slice(0, 1200));
      assert.equal(Number(next[2]), order[i + 1]);
    } else {
      assert.doesNotMatch(done.text, /Volgende kandidatuur/);
      assert.match(done.text, /Er is geen kandidatuur meer voor jou om te beoordelen\./);
    }
  }
});

test('what the scores mean can be rewritten once reviews are in; not through another organisation', async () => {
  const sel = `${programme}/selection`;
  let page = await admin.get(sel);
  assert.match(page.text, /Reviews are submitted: the criteria are fixed\./);
  const id = /\/orgs\/1\/criteria\/(\d+)\/hint/.exec(page.text)[1];
  const r = await admin.submit(sel, { [`hint_en-${id}`]: '1: no reason. 5: a plan.', [`hint_nl-${id}`]: '1: geen reden. 5: een plan.', [`hint_fr-${id}`]: '1 : aucune raison. 5 : un projet.' }, `/orgs/1/criteria/${id}/hint`);
  assert.equal(r.status, 303);
  page = await admin.get(sel);
  assert.match(page.text, /<p class="hint prose">1: no reason\. 5: a plan\.<\/p>/);
  assert.match(page.text, new RegExp(`<textarea[^>]*name="hint_fr-${id}"[^>]*>1 : aucune raison\\. 5 : un projet\\.</textarea>`));
  // Beta's administrator cannot reach Alpha's criterion through Beta's path
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const b = await beta.submit('/account', { [`hint_en-${id}`]: 'Hacked.' }, `/orgs/2/criteria/${id}/hint`);
  assert.equal(b.status, 404);
  assert.doesNotMatch((await admin.get(sel)).text, /Hacked/);
});

test('the pipeline links a likely duplicate to the one it resembles', async () => {
  const page = await admin.get('/orgs/1/applications');
  const row = (id) => new RegExp(`<tr><td><a href="/orgs/1/applications/${id}">A-${id}</a></td>[^]*?</tr>`).exec(page.text)[0];
  assert.match(row(apps['B. Peeters'].id), new RegExp(`Possible duplicate of</strong> <a href="/orgs/1/applications/${apps['Bram Peeters'].id}">A-${apps['Bram Peeters'].id}</a>`));
  assert.match(row(apps['Bram Peeters'].id), new RegExp(`Possible duplicate of</strong> <a href="/orgs/1/applications/${apps['B. Peeters'].id}">`));
  assert.match(row(apps['Ana S.'].id), new RegExp(`applications/${apps['Ana Silva'].id}">A-${apps['Ana Silva'].id}</a>`));
});

test('a likely duplicate is merged into the first after a confirmation; its answers become a note there', async () => {
  const later = apps['B. Peeters'], first = apps['Bram Peeters'];
  const detail = `/orgs/1/applications/${later.id}`;
  let page = await admin.get(detail);
  assert.match(page.text, new RegExp(`<h2 id="duplicate">Likely duplicate</h2>\\n<p>[^<]*<a href="/orgs/1/applications/${first.id}">A-${first.id}</a>`));
  // the first one has nothing to close
  assert.doesNotMatch((await admin.get(`/orgs/1/applications/${first.id}`)).text, /id="duplicate"/);
  const ask = await admin.submit(detail, { action: 'merge' }, `${detail}/duplicate`);
  assert.equal(ask.status, 200);
  assert.match(ask.text, new RegExp(`<h1>Merge A-${later.id} into A-${first.id}\\?</h1>`));
  assert.match(ask.text, /its applicant gets an e-mail saying so/);
  // without the token, or with the token of the other act, nothing happens
  const tokenOf = (t) => /name="confirm_token" value="([^"]+)"/.exec(t)[1];
  let r = await admin.post(`${detail}/duplicate`, { csrf_token: csrfFrom(ask.text), action: 'merge' });
  assert.equal(r.status, 200);
  r = await admin.post(`${detail}/duplicate`, { csrf_token: csrfFrom(ask.text), action: 'decline', confirm_token: tokenOf(ask.text) });
  assert.equal(r.status, 200);
  assert.match(r.text, /name="confirm_token"/);
  page = await admin.get(detail);
  assert.match(page.text, /<dt>Status<\/dt><dd>Received<\/dd>/);
  r = await admin.confirm(ask);
  assert.equal(r.status, 303);
  page = await admin.get(detail);
  assert.match(page.text, /<dt>Status<\/dt><dd>Declined<\/dd>/);
  assert.match(page.text, /The same person applied more than once: the first application is kept\./);
  assert.doesNotMatch(page.text, /id="duplicate"/);
  const firstPage = await admin.get(`/orgs/1/applications/${first.id}`);
  assert.match(firstPage.text, new RegExp(`<h2 id="notes">Notes</h2>\\n<p class="prose" dir="auto">A-${later.id}, received on [^<]*, merged here as a duplicate\\. Its answers:\\nWhy web\\?: Je veux aussi apprendre le design\\.</p>`));
  assert.match(firstPage.text, /<dt>Status<\/dt><dd>Received<\/dd>/);
  // the applicant is told in French, and their link says so
  const mail = (await mailsTo('b.peeters@applicant.test', 2)).find((m) => /plus d'une candidature/.test(m.body));
  assert.ok(mail, 'a mail in French about the merge');
  assert.match(mail.body, /Nous avons ajouté les réponses de celle-ci à votre première candidature/);
  const own = await new Client(srv.base, { lang: 'fr' }).get(later.link);
  assert.match(own.text, /Clôturée : vous avez posé votre candidature plus d(?:'|&#39;)une fois/);
  // closing it again is refused: it is decided already
  r = await admin.post(`${detail}/duplicate`, { csrf_token: csrfFrom(page.text), action: 'decline' });
  assert.equal(r.status, 400);
  assert.match(r.text, /A decision was made on this application already: it can no longer be closed as a duplicate\./);
});

test('a likely duplicate is declined as a duplicate; an application that resembles no earlier one cannot be', async () => {
  const later = apps['Ana S.'];
  const detail = `/orgs/1/applications/${later.id}`;
  const ask = await admin.submit(detail, { action: 'decline' }, `${detail}/duplicate`);
  assert.equal(ask.status, 200);
  assert.match(ask.text, new RegExp(`<h1>Decline A-${later.id} as a duplicate of A-${apps['Ana Silva'].id}\\?</h1>`));
  assert.equal((await admin.confirm(ask)).status, 303);
  const mail = (await mailsTo('ana@applicant.test', 3)).find((m) => /more than one application/.test(m.body));
  assert.ok(mail);
  assert.match(mail.body, /We keep the first one, which goes on as usual, and have closed this one\./);
  // Ana's first application resembles only a later one: not a duplicate to close
  const first = `/orgs/1/applications/${apps['Ana Silva'].id}`;
  const r = await admin.submit(first, { action: 'decline' }, `${first}/duplicate`);
  assert.equal(r.status, 400);
  assert.match(r.text, /This application resembles no application sent before it\./);
  assert.match((await admin.get(first)).text, /<dt>Status<\/dt><dd>Received<\/dd>/);
  // an act that is not one
  assert.equal((await admin.submit(detail, { action: 'delete' }, `${detail}/duplicate`)).status, 400);
});
