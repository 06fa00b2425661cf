// Organisations ask to join traject from a public call, without an account; the
// installation's operators (a platform role given with `traject user grant --role
// operator`) approve or refuse; approval creates the organisation and invites its
// administrator, who then answers the call. Mails go out in each reader's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, mails, linkIn } from '../lib/server.mjs';

// Brussels is UTC+1 in January
const at = (day, h, m = 0) => String(Date.UTC(2027, 0, day, h - 1, m) / 1000);
let srv, alpha, beta, op, callId;

async function mailTo(addr, subject, n) {
  const all = await mails(srv.mailDir, n);
  const m = all.filter((x) => x.to === addr && (!subject || subject.test(x.subject))).pop();
  assert.ok(m, `a mail to ${addr} ${subject || ''}`);
  return m;
}

const request = (extra = {}) => ({
  name: 'Maison de quartier Lemmens', kind: 'training', contact: 'Samira El Idrissi',
  email: 'samira@lemmens.test', phone: '+32 2 555 12 34',
  about: 'Ateliers numériques pour les habitants du quartier.', lang: 'fr', ...extra,
});

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: at(16, 10) } });
  let g = runTraject(['user', 'grant', '--db', srv.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  assert.equal(g.code, 0, g.stderr);
  g = runTraject(['user', 'add', '--db', srv.db, '--email', 'op@traject.test', '--name', 'Olga Operator', '--password-file', '-'], { input: 'operator-password-1\n' });
  assert.equal(g.code, 0, g.stderr);
  g = runTraject(['user', 'grant', '--db', srv.db, '--email', 'op@traject.test', '--role', 'operator']);
  assert.equal(g.code, 0, g.stderr);
  assert.match(g.stdout, /operator/);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  op = new Client(srv.base);
  await op.signIn('op@traject.test', 'operator-password-1');
  // the operator reads traject in Dutch
  assert.equal((await op.submit('/account', { name: 'Olga Operator', lang: 'nl' }, '/account/profile')).status, 303);
  // Beta publishes a call that is open now
  let r = await beta.submit('/orgs/2/calls/new', {
    title_en: 'Digital inclusion 2027', budget: '600.000', min_grant: '10.000', max_grant: '100.000',
    opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '2', scale_min: '0', scale_max: '10',
  }, '/orgs/2/calls');
  assert.equal(r.status, 303, r.text.slice(0, 500));
  const call = r.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  r = await beta.submit(call, { kind: 'criterion', text_en: 'Reach', weight: '1' }, `${call}/items`);
  assert.equal(r.status, 303);
  r = await beta.submit(call, {}, `${call}/publish`);
  assert.equal(r.status, 303);
});
after(async () => { if (srv) await srv.stop(); });

test('an open call tells a visitor how to answer: join, or start a draft as a member', async () => {
  const anon = await new Client(srv.base).get(`/calls/${callId}`);
  assert.equal(anon.status, 200);
  assert.match(anon.text, new RegExp(`href="/join\\?call=${callId}"`));
  assert.match(anon.text, new RegExp(`href="/sign-in\\?next=/calls/${callId}"`));
  // a funder's own members are not offered to answer it
  assert.doesNotMatch((await beta.get(`/calls/${callId}`)).text, /action="\/orgs\/2\/proposals"/);
  // a training organisation's admin starts a draft from the public page
  const page = await alpha.get(`/calls/${callId}`);
  assert.match(page.text, /action="\/orgs\/1\/proposals"/);
  const r = await alpha.submit(`/calls/${callId}`, { call_id: callId, title: 'Code club' }, '/orgs/1/proposals');
  assert.equal(r.status, 303);
  assert.match(r.location, /^\/orgs\/1\/proposals\/\d+/);
  const form = await new Client(srv.base).get(`/join?call=${callId}`);
  assert.equal(form.status, 200);
  assert.match(form.text, /Digital inclusion 2027/);
  assert.match(form.text, new RegExp(`name="call" value="${callId}"`));
  assert.match(form.text, /see, correct or erase/);
});

test('a bad request is refused with messages in the reader language, and nothing is kept', async () => {
  const fr = new Client(srv.base, { lang: 'fr' });
  const cases = [
    [{ email: 'not-an-email' }, 'email'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ name: 'Two\nlines' }, 'name'],
    [{ about: '' }, 'about'],
    [{ kind: 'emperor' }, 'kind'],
    [{ lang: 'de' }, 'lang'],
    [{ name: 'alpha TRAINING' }, 'name'], // an organisation of that name exists
  ];
  for (const [extra, field] of cases) {
    const r = await fr.submit('/join', request(extra));
    assert.equal(r.status, 400, JSON.stringify(extra));
    assert.match(r.text, /class="error-summary"/);
    assert.match(r.text, new RegExp(`href="#f-${field}"`), JSON.stringify(extra));
    assert.match(r.text, /<html lang="fr"/);
    // what was typed is still there
    if (field !== 'about') assert.match(r.text, /Ateliers numériques pour les habitants du quartier/);
  }
  const taken = await fr.submit('/join', request({ name: 'alpha TRAINING' }));
  assert.match(taken.text, /administrat/);
  const list = await op.get('/operator/requests');
  assert.equal(list.status, 200);
  assert.doesNotMatch(list.text, /Lemmens|Two/);
});

test('operators approve; the administrator is invited in the request language and answers the call', async () => {
  const anon = new Client(srv.base, { lang: 'fr' });
  let r = await anon.submit(`/join?call=${callId}`, { ...request(), call: callId }, '/join');
  assert.equal(r.status, 200, r.text.slice(0, 800));
  assert.match(r.text, /samira@lemmens\.test/);
  const receipt = await mailTo('samira@lemmens.test', /./, 1);
  assert.match(receipt.body, /Maison de quartier Lemmens/);
  assert.doesNotMatch(receipt.subject, /Your request/, 'the receipt is in French');
  const notice = await mailTo('op@traject.test', /Lemmens/, 2);
  const link = linkIn(notice.body, '/operator/requests/');
  assert.match(notice.body, /samira@lemmens\.test/);
  // the same name or address again, while it waits
  r = await anon.submit('/join', request({ email: 'other@lemmens.test' }));
  assert.equal(r.status, 400);
  r = await anon.submit('/join', request({ name: 'Another name' }));
  assert.equal(r.status, 400);
  assert.match(r.text, /href="#f-email"/);

  // only operators see the requests
  assert.equal((await alpha.get('/operator/requests')).status, 403);
  assert.equal((await alpha.get(link)).status, 403);
  r = await alpha.submit('/account', {}, `${link}/approve`);
  assert.equal(r.status, 403);
  assert.equal((await new Client(srv.base).get(link)).status, 303, 'anonymous: to the sign-in');

  const orgs = await op.get('/orgs');
  assert.match(orgs.text, /<a href="\/operator\/requests">1 organisatie vraagt om aan te sluiten<\/a>/);
  const list = await op.get('/operator/requests');
  assert.match(list.text, /Maison de quartier Lemmens/);
  const page = await op.get(link);
  assert.equal(page.status, 200);
  assert.match(page.text, /Ateliers numériques/);
  assert.match(page.text, /Digital inclusion 2027/);
  assert.match(page.text, /samira@lemmens\.test/);
  r = await op.submit(link, {}, `${link}/approve`);
  assert.equal(r.status, 303);
  assert.match(r.location, /approved=1/);
  // decided once only
  r = await op.submit('/operator/requests', {}, `${link}/approve`);
  assert.equal(r.status, 409);
  r = await op.submit('/operator/requests', { reason: 'Too late' }, `${link}/refuse`);
  assert.equal(r.status, 409);
  const approved = await op.get('/operator/requests?status=approved');
  assert.match(approved.text, /Maison de quartier Lemmens/);

  const invite = await mailTo('samira@lemmens.test', /Lemmens/, 3);
  assert.doesNotMatch(invite.subject, /Invitation to join/, 'the invitation is in French');
  const accept = linkIn(invite.body, '/invitations/');
  const samira = new Client(srv.base, { lang: 'fr' });
  r = await samira.submit(accept, { name: 'Samira El Idrissi', password: 'samira-password-1', confirm: 'samira-password-1' });
  assert.equal(r.status, 303);
  const orgPath = r.location;
  assert.match(orgPath, /^\/orgs\/\d+$/);
  const orgId = orgPath.split('/').pop();
  const home = await samira.get(orgPath);
  assert.match(home.text, /Maison de quartier Lemmens/);
  // straight from the public call to a draft proposal
  const pub = await samira.get(`/calls/${callId}`);
  assert.match(pub.text, new RegExp(`action="/orgs/${orgId}/proposals"`));
  r = await samira.submit(`/calls/${callId}`, { call_id: callId, title: 'Ateliers du mercredi' }, `/orgs/${orgId}/proposals`);
  assert.equal(r.status, 303);
  const draft = await samira.get(r.location);
  assert.match(draft.text, /Ateliers du mercredi/);
  // the name is taken now
  r = await anon.submit('/join', request({ email: 'third@lemmens.test' }));
  assert.equal(r.status, 400);
  assert.match(r.text, /href="#f-name"/);
});

test('a refusal needs a reason, which the contact gets in the request language', async () => {
  const anon = new Client(srv.base);
  let r = await anon.submit('/join', request({ name: 'Vzw Digitaal Anders', email: 'jan@anders.test', lang: 'nl', kind: 'partner' }));
  assert.equal(r.status, 200);
  const list = await op.get('/operator/requests');
  const m = /href="(\/operator\/requests\/\d+)"><bdi>Vzw Digitaal Anders/.exec(list.text);
  assert.ok(m, 'the request is listed');
  r = await op.submit(m[1], { reason: '' }, `${m[1]}/refuse`);
  assert.equal(r.status, 400);
  assert.match(r.text, /class="error-summary"/);
  r = await op.submit(m[1], { reason: 'x'.repeat(2001) }, `${m[1]}/refuse`);
  assert.equal(r.status, 400);
  r = await op.submit(m[1], { reason: 'Wij kennen deze organisatie niet.' }, `${m[1]}/refuse`);
  assert.equal(r.status, 303);
  const mail = await mailTo('jan@anders.test', null, 6);
  assert.match(mail.body, /Wij kennen deze organisatie niet\./);
  assert.doesNotMatch(mail.body, /has not been accepted/, 'in Dutch');
  const refused = await op.get('/operator/requests?status=refused');
  assert.match(refused.text, /Vzw Digitaal Anders/);
  const page = await op.get(m[1]);
  assert.match(page.text, /Wij kennen deze organisatie niet\./);
  assert.doesNotMatch(page.text, /\/refuse"/, 'no decision form once decided');
  assert.equal((await op.get('/operator/requests/999999')).status, 404);
});

test('the requests are paged, 50 at a time, with a search', async () => {
  const anon = new Client(srv.base);
  for (let i = 0; i < 53; i++) {
    const n = String(i).padStart(2, '0');
    const r = await anon.submit('/join', request({ name: `Collectif ${n}`, email: `c${n}@collectif.test`, lang: 'en' }));
    assert.equal(r.status, 200, n);
  }
  const p1 = await op.get('/operator/requests?sort=name&dir=asc');
  assert.equal((p1.text.match(/<bdi>Collectif \d\d<\/bdi>/g) || []).length, 50);
  const next = /<a href="([^"]+)" rel="next"/.exec(p1.text);
  assert.ok(next, 'a link to the next page');
  const p2 = await op.get(next[1].replace(/&amp;/g, '&'));
  assert.deepEqual(p2.text.match(/<bdi>Collectif \d\d<\/bdi>/g), ['<bdi>Collectif 50</bdi>', '<bdi>Collectif 51</bdi>', '<bdi>Collectif 52</bdi>']);
  const found = await op.get('/operator/requests?q=c07%40collectif');
  assert.deepEqual(found.text.match(/<bdi>Collectif \d\d<\/bdi>/g), ['<bdi>Collectif 07</bdi>']);
});
