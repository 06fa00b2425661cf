// Partners and what they give: staff record partners (kind, contacts, phone) and change them;
// the list goes a page at a time with a search; contributions (equipment, services,
// internship places, trainings, consultancy, events, money) with a value, days and a status
// are recorded and changed per partner, bad input (last day before the first, a negative
// value, an unknown kind) refused beside its field in the reader's language with nothing
// saved. A partner's page shows what it gave and what came of it (its cases), for staff and
// for the partner's own members (/orgs/{partner}/partner-of/{id}), who have their own home
// and menu and see only their own partner record's contributions: another partner's answer
// 404. Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, Client, csrfFrom, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, alpha, pieter, delta;
let gammaPartner, deltaPartner, offline, gammaCase;

function cli(args) {
  const r = runTraject([...args, '--db', srv.db], { input: PASSWORD + '\n' });
  assert.equal(r.code, 0, r.stderr);
}

function sql(q) {
  const r = srv.db.startsWith('postgres')
    ? spawnSync('psql', [srv.db, '-Atq', '-c', q], { encoding: 'utf8' })
    : spawnSync('sqlite3', ['-readonly', srv.db.replace(/^sqlite:/, ''), q], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

// Sets the language of the client's account (the account's choice comes first).
async function setLang(client, lang) {
  const page = await client.get('/account');
  const res = await client.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/account' });
  assert.equal(res.status, 303);
}

const contribution = (over = {}) => ({
  kind: 'equipment', description: 'Thirty IoT sensors', value: '4500', quantity: '30',
  starts_on: '2027-01-15', ends_on: '2027-06-30', status: 'promised', ...over,
});

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  for (const [org, email] of [['Gamma Partner', 'admin@gamma.test'], ['Delta Partner', 'admin@delta.test']]) {
    cli(['init', '--org', org, '--org-kind', 'partner', '--admin-email', email, '--admin-name', `Admin of ${org}`, '--admin-password-file', '-']);
  }
  cli(['user', 'add', '--org', '3', '--email', 'pieter@gamma.test', '--name', 'Pieter Partner', '--role', 'partner', '--password-file', '-']);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  pieter = new Client(srv.base);
  await pieter.signIn('pieter@gamma.test');
  delta = new Client(srv.base);
  await delta.signIn('admin@delta.test');
});
after(async () => {
  if (srv) await srv.stop();
});

test('staff record partners with a kind and contacts; the list goes a page at a time, with a search', async () => {
  for (const [name, org, kind] of [['Gamma', 'Gamma Partner', 'company'], ['Delta', 'Delta Partner', 'public'], ['Offline Bakery', '', 'nonprofit']]) {
    const res = await alpha.submit('/orgs/1/partners', { name, kind, contact_name: `${name} contact`, contact_email: 'contact@partner.test', contact_phone: '+32 2 555 01 01', org_name: org });
    assert.equal(res.status, 303, res.text.slice(0, 500));
  }
  const badKind = await alpha.submit('/orgs/1/partners', { name: 'Odd', kind: 'alien', contact_name: 'O', contact_email: 'o@odd.test' });
  assert.equal(badKind.status, 400);
  assert.match(badKind.text, /<small id="e-kind" class="field-error">Choose one of the options for Kind of partner\.<\/small>/);
  for (let i = 1; i <= 50; i++) {
    const res = await alpha.submit('/orgs/1/partners', { name: `Filler ${String(i).padStart(2, '0')}`, contact_name: 'F', contact_email: 'f@filler.test' });
    assert.equal(res.status, 303);
  }
  assert.equal(sql('SELECT COUNT(*) FROM partners WHERE org_id = 1'), '53');
  const list = await alpha.get('/orgs/1/partners');
  assert.match(list.text, /Showing 1–50 of 53/);
  assert.equal((list.text.match(/<tr><td>/g) || []).length, 50);
  assert.match(list.text, /<a href="[^"]+" rel="next">/);
  assert.doesNotMatch(list.text, /Odd/);
  const found = await alpha.get('/orgs/1/partners?q=gamma');
  assert.equal((found.text.match(/<tr><td>/g) || []).length, 1);
  gammaPartner = /<a href="\/orgs\/1\/partners\/(\d+)">Gamma<\/a><\/td><td>Company<\/td>/.exec(found.text)[1];
  const byContact = await alpha.get('/orgs/1/partners?q=delta+contact');
  deltaPartner = /<a href="\/orgs\/1\/partners\/(\d+)">Delta<\/a><\/td><td>Public administration<\/td>/.exec(byContact.text)[1];
  offline = /<a href="\/orgs\/1\/partners\/(\d+)">Offline Bakery</.exec((await alpha.get('/orgs/1/partners?q=bakery')).text)[1];
});

test('staff change a partner; bad input changes nothing; its organisation in traject is set once', async () => {
  const path = `/orgs/1/partners/${offline}/edit`;
  const form = await alpha.get(path);
  assert.equal(form.status, 200);
  assert.match(form.text, /<option value="nonprofit" selected>Non-profit organisation<\/option>/);
  const before = sql(`SELECT name, kind, contact_email, contact_phone FROM partners WHERE id = ${offline}`);
  for (const [fields, field, msg] of [
    [{ name: '', kind: 'company', contact_name: 'B', contact_email: 'b@bakery.test' }, 'name', /Name is required\./],
    [{ name: 'Bakery', kind: 'company', contact_name: 'B', contact_email: 'not-an-address' }, 'contact_email', /e-mail address/],
    [{ name: 'Bakery', kind: 'bakery', contact_name: 'B', contact_email: 'b@bakery.test' }, 'kind', /Choose one of the options/],
    [{ name: 'Bakery', kind: 'company', contact_name: 'B', contact_email: 'b@bakery.test', org_name: 'Nobody Ltd' }, 'org_name', /No organisation in traject has that name/],
  ]) {
    const res = await alpha.submit(path, fields);
    assert.equal(res.status, 400, field);
    assert.match(res.text, new RegExp(`<small id="e-${field}" class="field-error">`), field);
    assert.match(res.text, msg, field);
  }
  assert.equal(sql(`SELECT name, kind, contact_email, contact_phone FROM partners WHERE id = ${offline}`), before);
  const ok = await alpha.submit(path, { name: 'Molenbeek Bakery', kind: 'company', contact_name: 'Bea', contact_email: 'bea@bakery.test', contact_phone: '02 555 00 00' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, `/orgs/1/partners/${offline}?saved=1`);
  const page = await alpha.get(ok.location);
  assert.match(page.text, /<h1>Molenbeek Bakery<\/h1>/);
  assert.match(page.text, /The changes have been saved\./);
  assert.match(page.text, /Bea<br><a href="mailto:bea@bakery\.test">bea@bakery\.test<\/a><br>02 555 00 00/);
  // Gamma's organisation is set: it stays, as its members already follow its records
  const moved = await alpha.submit(`/orgs/1/partners/${gammaPartner}/edit`, { name: 'Gamma', kind: 'company', contact_name: 'G', contact_email: 'g@gamma.test', org_name: 'Delta Partner' });
  assert.equal(moved.status, 400);
  assert.match(moved.text, /The partner&#39;s organisation in traject cannot be changed/);
  assert.equal(sql(`SELECT partner_org_id FROM partners WHERE id = ${gammaPartner}`), '3');
  const kept = await alpha.submit(`/orgs/1/partners/${gammaPartner}/edit`, { name: 'Gamma', kind: 'company', contact_name: 'Greta', contact_email: 'greta@gamma.test', org_name: 'Gamma Partner' });
  assert.equal(kept.status, 303);
  assert.equal(sql(`SELECT contact_name || ' ' || partner_org_id FROM partners WHERE id = ${gammaPartner}`), 'Greta 3');
  // another organisation's partner: 404, nothing written
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get(`/orgs/2/partners/${gammaPartner}`)).status, 404);
  assert.equal((await beta.get(`/orgs/2/partners/${gammaPartner}/edit`)).status, 404);
  const token = csrfFrom((await beta.get('/orgs/2/partners')).text);
  assert.equal((await beta.post(`/orgs/2/partners/${gammaPartner}/edit`, { csrf_token: token, name: 'Stolen', contact_name: 'S', contact_email: 's@s.test' })).status, 404);
  assert.equal((await beta.post(`/orgs/2/partners/${gammaPartner}/contributions`, { csrf_token: token, ...contribution() })).status, 404);
  assert.equal(sql(`SELECT name FROM partners WHERE id = ${gammaPartner}`), 'Gamma');
  assert.equal(sql('SELECT COUNT(*) FROM contributions'), '0');
});

test('contributions are recorded per partner; bad input is refused beside its field and saves nothing', async () => {
  const page = `/orgs/1/partners/${gammaPartner}`;
  const action = `${page}/contributions`;
  const empty = await alpha.get(page);
  assert.match(empty.text, /<h2 id="h-contributions">What it gave<\/h2>\n<p>No contributions recorded yet\.<\/p>/);
  for (const [over, field, msg] of [
    [{ ends_on: '2027-01-10' }, 'ends_on', /The last day cannot be before the first day\./],
    [{ value: '-50' }, 'value', /Value cannot be negative\./],
    [{ kind: 'robots' }, 'kind', /Choose one of the options for Kind\./],
    [{ description: '' }, 'description', /Description is required\./],
    [{ starts_on: '2027-02-30' }, 'starts_on', /First day: enter a date that exists, as YYYY-MM-DD\./],
    [{ quantity: '0' }, 'quantity', /How many/],
    [{ value: 'lots' }, 'value', /Value: enter an amount in euro/],
  ]) {
    const res = await alpha.submit(page, contribution(over), action);
    assert.equal(res.status, 400, field);
    assert.match(res.text, new RegExp(`<small id="e-${field}" class="field-error">`), field);
    assert.match(res.text, msg, field);
    assert.match(res.text, /<div class="error-summary" role="alert"/);
  }
  assert.equal(sql('SELECT COUNT(*) FROM contributions'), '0');
  await setLang(alpha, 'nl');
  const nl = await alpha.submit(page, contribution({ ends_on: '2027-01-01', value: '-1' }), action);
  assert.equal(nl.status, 400);
  assert.match(nl.text, /Waarde kan niet negatief zijn\./);
  await setLang(alpha, 'fr');
  const fr = await alpha.submit(page, contribution({ ends_on: '2027-01-01' }), action);
  assert.match(fr.text, /Le dernier jour ne peut pas précéder le premier jour\./);
  await setLang(alpha, 'en');
  assert.equal(sql('SELECT COUNT(*) FROM contributions'), '0');

  for (const c of [
    contribution(),
    contribution({ kind: 'internships', description: 'Internship places in the network team', value: '', quantity: '4', starts_on: '2027-03-01', ends_on: '' }),
    contribution({ kind: 'money', description: 'Grant for the hackathon', value: '10.000,50', quantity: '', starts_on: '2027-02-01', ends_on: '', status: 'delivered' }),
    contribution({ kind: 'training', description: 'Cancelled training', value: '999', quantity: '', status: 'cancelled', starts_on: '2027-01-20', ends_on: '2027-01-20' }),
  ]) {
    const res = await alpha.submit(page, c, action);
    assert.equal(res.status, 303, res.text.slice(0, 800));
    assert.equal(res.location, `${page}?added=1`);
  }
  assert.equal((await alpha.submit(`/orgs/1/partners/${deltaPartner}`, contribution({ description: 'Delta canary laptops', value: '777' }), `/orgs/1/partners/${deltaPartner}/contributions`)).status, 303);
  const shown = await alpha.get(`${page}?added=1`);
  assert.match(shown.text, /The contribution has been recorded\./);
  // the totals leave out what was cancelled
  assert.match(shown.text, /<div><dt>Total<\/dt><dd>€14,500\.50<small>3 contributions<\/small><\/dd><\/div>/);
  assert.match(shown.text, /<div><dt>Equipment<\/dt><dd>€4,500\.00<small>1 contribution · How many: 30<\/small><\/dd><\/div>/);
  assert.match(shown.text, /<div><dt>Internship places<\/dt><dd>–<small>1 contribution · How many: 4<\/small><\/dd><\/div>/);
  assert.match(shown.text, /<div><dt>Money<\/dt><dd>€10,000\.50<small>1 contribution<\/small><\/dd><\/div>/);
  assert.doesNotMatch(shown.text.split('<h3>')[0], /Trainings/);
  assert.match(shown.text, /<td>Cancelled training<\/td><td>€999\.00<\/td><td>Wednesday 20 January 2027<\/td><td>Cancelled<\/td>/);
  assert.match(shown.text, /<td>Thirty IoT sensors \(30\)<\/td><td>€4,500\.00<\/td><td>Friday 15 January 2027 – Wednesday 30 June 2027<\/td><td>Promised<\/td>/);
  assert.doesNotMatch(shown.text, /Delta canary/);
});

test('staff change a contribution (its status above all); bad input changes nothing', async () => {
  const list = await alpha.get(`/orgs/1/partners/${gammaPartner}/contributions`);
  assert.equal(list.status, 200);
  assert.match(list.text, /<h1>Contributions of Gamma<\/h1>/);
  assert.match(list.text, /Showing 1–4 of 4/);
  const edit = /href="(\/orgs\/1\/contributions\/\d+\/edit)">Change<span class="sr"> Thirty IoT sensors/.exec(list.text)[1];
  const form = await alpha.get(edit);
  assert.match(form.text, /<option value="equipment" selected>Equipment<\/option>/);
  assert.match(form.text, /name="value" value="4500"/);
  const before = sql(`SELECT status, value_cents, ends_on FROM contributions WHERE id = ${edit.split('/')[4]}`);
  const bad = await alpha.submit(edit, contribution({ status: 'delivered', ends_on: '2026-12-31' }));
  assert.equal(bad.status, 400);
  assert.match(bad.text, /The last day cannot be before the first day\./);
  assert.match(bad.text, /name="ends_on" value="2026-12-31"/);
  assert.equal(sql(`SELECT status, value_cents, ends_on FROM contributions WHERE id = ${edit.split('/')[4]}`), before);
  const ok = await alpha.submit(edit, contribution({ status: 'delivered', value: '4800' }));
  assert.equal(ok.status, 303);
  assert.equal(ok.location, `/orgs/1/partners/${gammaPartner}?saved=1`);
  assert.equal(sql(`SELECT status || ' ' || value_cents FROM contributions WHERE id = ${edit.split('/')[4]}`), 'delivered 480000');
  const search = await alpha.get(`/orgs/1/partners/${gammaPartner}/contributions?q=grant`);
  assert.match(search.text, /Grant for the hackathon/);
  assert.doesNotMatch(search.text, /Thirty IoT sensors/);
  // by value, highest first
  const byValue = await alpha.get(`/orgs/1/partners/${gammaPartner}/contributions?sort=value&dir=desc`);
  const order = [...byValue.text.matchAll(/<tr><td>[^<]+<\/td><td>([^<(]+)/g)].map((m) => m[1].trim());
  assert.deepEqual(order, ['Grant for the hackathon', 'Thirty IoT sensors', 'Cancelled training', 'Internship places in the network team']);
  // another organisation's contribution: 404
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get(edit.replace('/orgs/1/', '/orgs/2/'))).status, 404);
});

test("the partner's page shows the cases it submitted and what came of them", async () => {
  const form = await pieter.get(`/orgs/3/partner-cases/new?partner=${gammaPartner}`);
  const sub = await pieter.post('/orgs/3/partner-cases', [['csrf_token', csrfFrom(form.text)], ['partner_id', gammaPartner], ['title', 'Smart parking'],
    ['brief', 'Sensors on a square.'], ['deliverable_1', 'Prototype'], ['milestone_1', 'Demo'], ['due_on_1', '2027-03-15'], ['contact_name', 'Greta'], ['contact_email', 'greta@gamma.test']]);
  assert.equal(sub.status, 303, sub.text.slice(0, 500));
  gammaCase = sub.location.split('?')[0].split('/').pop();
  const staff = await alpha.get(`/orgs/1/partners/${gammaPartner}`);
  assert.match(staff.text, /<h2 id="h-cases">Cases worked<\/h2>/);
  assert.match(staff.text, new RegExp(`<tr><td><a href="/orgs/1/cases/${gammaCase}">Smart parking</a></td><td>Waiting to be accepted</td><td>–</td><td>0</td><td>0</td><td>–</td></tr>`));
  const other = await alpha.get(`/orgs/1/partners/${deltaPartner}`);
  assert.match(other.text, /No cases submitted yet\./);
  assert.doesNotMatch(other.text, /Smart parking/);
});

test("a partner's members have their own home and menu, and see only their own partner record", async () => {
  const home = await pieter.get('/orgs/3');
  assert.equal(home.status, 200);
  assert.match(home.text, /<li><a href="\/orgs\/3\/partner-cases">Our cases<\/a><\/li>\n<li><a href="\/orgs\/3\/partner-contributions">Our contributions<\/a><\/li>/);
  assert.match(home.text, new RegExp(`<li><a href="/orgs/3/partner-of/${gammaPartner}">Alpha Training</a>: 4 contributions, 1 case</li>`));
  // the training organisation's staff do not get the partner's menu
  assert.doesNotMatch((await alpha.get('/orgs/1')).text, /partner-contributions/);

  const page = await pieter.get(`/orgs/3/partner-of/${gammaPartner}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Partner of Alpha Training<\/h1>/);
  assert.match(page.text, /<div><dt>Total<\/dt><dd>€14,800\.50<small>3 contributions<\/small>/);
  assert.match(page.text, new RegExp(`<a href="/orgs/3/partner-cases/${gammaCase}">Smart parking</a>`));
  assert.match(page.text, /href="\/orgs\/3\/partner-contributions">All our contributions</);
  assert.doesNotMatch(page.text, /\/orgs\/1\/|contributions\/\d+\/edit|Delta canary|name="description"/);
  const mine = await pieter.get('/orgs/3/partner-contributions');
  assert.equal(mine.status, 200);
  assert.match(mine.text, /Showing 1–4 of 4/);
  assert.match(mine.text, /<td>Thirty IoT sensors \(30\)<\/td><td>Alpha Training<\/td><td>€4,800\.00<\/td>/);
  assert.doesNotMatch(mine.text, /Delta canary|\/edit"/);
  assert.match(mine.text, /<a href="\/orgs\/3\/partner-contributions" aria-current="page">Our contributions<\/a>/);

  // another partner's record, the staff's pages: 404
  assert.equal((await pieter.get(`/orgs/3/partner-of/${deltaPartner}`)).status, 404);
  assert.equal((await pieter.get(`/orgs/3/partner-of/${offline}`)).status, 404);
  for (const p of [`/orgs/1/partners/${gammaPartner}`, `/orgs/1/partners/${gammaPartner}/contributions`, '/orgs/1/partners']) {
    assert.equal((await pieter.get(p)).status, 404, p);
  }
  // Delta sees its own, and nothing of Gamma's
  assert.equal((await delta.get(`/orgs/4/partner-of/${gammaPartner}`)).status, 404);
  const d = await delta.get(`/orgs/4/partner-of/${deltaPartner}`);
  assert.equal(d.status, 200);
  assert.match(d.text, /Delta canary laptops/);
  assert.doesNotMatch(d.text, /IoT|Smart parking|Gamma/);
  const dl = await delta.get('/orgs/4/partner-contributions');
  assert.match(dl.text, /Delta canary laptops/);
  assert.doesNotMatch(dl.text, /IoT|hackathon/);
  // in Dutch and French
  await setLang(pieter, 'nl');
  const nl = await pieter.get(`/orgs/3/partner-of/${gammaPartner}`);
  assert.match(nl.text, /<h1>Partner van Alpha Training<\/h1>/);
  assert.match(nl.text, /Onze bijdragen/);
  await setLang(pieter, 'fr');
  const fr = await pieter.get(`/orgs/3/partner-of/${gammaPartner}`);
  assert.match(fr.text, /<h1>Partenaire de Alpha Training<\/h1>/);
  assert.match(fr.text, /Nos contributions/);
  await setLang(pieter, 'en');
});
