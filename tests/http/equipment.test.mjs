// Equipment and loans: staff record items (kind, label, serial number, condition, the
// organisation's own or lent by a partner, kept at a location); an item is lent to a learner
// enrolled in a cohort, a team or a location with a due day, and comes back with its
// condition; an item is never out twice (two lends at the same instant give one loan and one
// clear refusal, the database enforcing it); a return before the loan is refused; what is
// out is listed with the overdue first; the day after the due day, the borrower and the
// staff member who lent it get one reminder each, in their own language, once; a sheet of
// QR labels renders as PDF and each code opens the item's page. Bad input changes nothing.
// Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
const LATER = Date.UTC(2027, 0, 16, 9, 0) / 1000; // Saturday 16 January
let srv, alpha, nadia, tmp;
const id = {}; // name → record id
const borrower = {}; // name → the lending form's value

const loc = (res) => res.location.split('?')[0];

async function item(fields) {
  const res = await alpha.submit('/orgs/1/equipment/new', { kind: 'sensor', serial: '', condition: 'good', partner_id: '', location_id: '', ...fields }, '/orgs/1/equipment');
  assert.equal(res.status, 303, res.text.slice(0, 800));
  return loc(res).split('/').pop();
}

function lend(itemId, fields) {
  return alpha.submit(`/orgs/1/equipment/${itemId}`, { lent_on: '2027-01-13', due_on: '2027-01-27', ...fields }, `/orgs/1/equipment/${itemId}/lend`);
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-equipment-'));
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Phone repair'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = loc(p);
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  const cohort = loc(c);
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }]) {
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  }
  const invite = /action="(\/orgs\/1\/people\/\d+\/invite)"/.exec((await alpha.get(cohort)).text)[1];
  assert.equal((await alpha.submit(cohort, { lang: 'nl', back: cohort }, invite)).status, 303);
  const [mail] = await mails(srv.mailDir, 1);
  nadia = new Client(srv.base);
  assert.equal((await nadia.submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia Amrani', password: 'learning-2027-x', confirm: 'learning-2027-x' })).status, 303);
  assert.equal((await nadia.submit('/account', { name: 'Nadia Amrani', lang: 'nl' }, '/account/profile')).status, 303);
  // a team of the cohort, a location, a partner that lends equipment
  const cohortId = cohort.split('/').pop();
  const teams = await alpha.get(`/orgs/1/cohorts/${cohortId}/teams`);
  const people = [...teams.text.matchAll(/name="people" value="(\d+)"/g)].map((m) => ['people', m[1]]);
  assert.equal((await alpha.post(`/orgs/1/cohorts/${cohortId}/teams`, [['csrf_token', csrfFrom(teams.text)], ['name', 'Team Repair'], ...people])).status, 303);
  assert.equal((await alpha.submit('/orgs/1/locations/new', { name: 'STEM bus', municipality: 'Hasselt', province: 'limburg', mobile: '1' }, '/orgs/1/locations')).status, 303);
  // the lending partner has its own organisation in traject, whose members read its page
  assert.equal(runTraject(['init', '--db', srv.db, '--org', 'Gamma Partner', '--org-kind', 'partner', '--admin-email', 'admin@gamma.test', '--admin-name', 'Greta Gamma', '--admin-password-file', '-'], { input: PASSWORD + '\n' }).code, 0);
  assert.equal((await alpha.submit('/orgs/1/partners', { name: 'Telco Gamma', contact_name: 'Greta', contact_email: 'greta@gamma.test', org_name: 'Gamma Partner' })).status, 303);
  const form = await alpha.get('/orgs/1/equipment/new');
  id.partner = /<option value="(\d+)">Telco Gamma<\/option>/.exec(form.text)[1];
  id.bus = /<option value="(\d+)">STEM bus<\/option>/.exec(form.text)[1];
});
after(async () => {
  if (srv) await srv.stop();
  rmSync(tmp, { recursive: true, force: true });
});

test('staff record items; bad input is refused beside its field and saves nothing', async () => {
  const form = await alpha.get('/orgs/1/equipment/new');
  const token = csrfFrom(form.text);
  const bad = await alpha.post('/orgs/1/equipment', { csrf_token: token, kind: 'sensor', label: '', condition: 'good' });
  assert.equal(bad.status, 400);
  assert.match(bad.text, /Label/);
  const kind = await alpha.post('/orgs/1/equipment', { csrf_token: token, kind: 'spaceship', label: 'X', condition: 'good' });
  assert.equal(kind.status, 400);
  const partner = await alpha.post('/orgs/1/equipment', { csrf_token: token, kind: 'sensor', label: 'Stolen', condition: 'good', partner_id: '999' });
  assert.equal(partner.status, 400);
  assert.match(partner.text, /Choose one of your partners, or none\./);
  const place = await alpha.post('/orgs/1/equipment', { csrf_token: token, kind: 'sensor', label: 'Stolen', condition: 'good', location_id: '999' });
  assert.equal(place.status, 400);
  assert.match(place.text, /Choose one of your locations, or none\./);
  assert.match((await alpha.get('/orgs/1/equipment')).text, /No equipment yet\./);

  id.kit = await item({ kind: 'sensor', label: 'IoT sensor kit 1', serial: 'SN-001', partner_id: id.partner, location_id: id.bus });
  id.tablet = await item({ kind: 'tablet', label: 'Tablet 7', serial: 'TB-007' });
  id.robot = await item({ kind: 'robot', label: 'Robot R2', condition: 'new' });
  id.phone = await item({ kind: 'phone', label: 'Phone 3', serial: 'PH-003' });
  const list = await alpha.get('/orgs/1/equipment');
  assert.match(list.text, /Showing 1–4 of 4/);
  assert.match(list.text, new RegExp(`<a href="/orgs/1/equipment/${id.kit}">IoT sensor kit 1</a></td><td>Sensor</td><td>SN-001</td><td>Good</td><td>In, at STEM bus</td><td>Telco Gamma</td>`));
  const found = await alpha.get('/orgs/1/equipment?q=tb-00');
  assert.match(found.text, /Tablet 7/);
  assert.doesNotMatch(found.text, /Robot R2|IoT sensor kit/);
  // the record is changed through its form
  const edit = await alpha.submit(`/orgs/1/equipment/${id.robot}/edit`, { kind: 'robot', label: 'Robot R2-D2', serial: 'RB-002', condition: 'good', partner_id: '', location_id: id.bus }, `/orgs/1/equipment/${id.robot}`);
  assert.equal(edit.status, 303);
  const page = await alpha.get(`/orgs/1/equipment/${id.robot}`);
  assert.match(page.text, /<h1>Robot R2-D2<\/h1>/);
  assert.match(page.text, /<dd>RB-002<\/dd>/);
  // the lending form offers the enrolled learners, the team and the locations
  for (const [name, kind] of [['Nadia Amrani', 'learner'], ['Omar Haddad', 'learner'], ['Team Repair', 'team'], ['STEM bus', 'location']]) {
    const m = new RegExp(`<option value="((?:person|team|location)-\\d+)">${name} \\(${kind}\\)</option>`).exec(page.text);
    assert.ok(m, `${name} in the list`);
    borrower[name] = m[1];
  }
  // a search narrows the list
  const narrowed = await alpha.get(`/orgs/1/equipment/${id.robot}?who=nad`);
  assert.match(narrowed.text, /Nadia Amrani \(learner\)/);
  assert.doesNotMatch(narrowed.text, /Omar Haddad \(learner\)|Team Repair \(team\)/);
});

test('lending and returning; a second loan of an item that is out and a return before the loan are refused', async () => {
  // bad input first: nothing is lent
  for (const [fields, status, msg] of [
    [{ borrower: '' }, 400, /Lent to/],
    [{ borrower: 'person-999999' }, 400, /Choose who borrows it: a learner enrolled in one of your cohorts, a team or a location\./],
    [{ borrower: 'spaceship-1' }, 400, /Choose who borrows it/],
    [{ borrower: borrower['Nadia Amrani'], due_on: '2027-01-12' }, 400, /The day it is due back cannot come before the day it is lent\./],
    [{ borrower: borrower['Nadia Amrani'], lent_on: '2027-01-14', due_on: '2027-01-20' }, 400, /A loan is recorded when the item leaves: today or an earlier day\./],
    [{ borrower: borrower['Nadia Amrani'], due_on: '2027-02-30' }, 400, /Due back on/],
  ]) {
    const res = await lend(id.tablet, fields);
    assert.equal(res.status, status, JSON.stringify(fields));
    assert.match(res.text, msg);
  }
  assert.match((await alpha.get(`/orgs/1/equipment/${id.tablet}`)).text, /Never lent yet\./);

  const ok = await lend(id.tablet, { borrower: borrower['Nadia Amrani'], due_on: '2027-01-20' });
  assert.equal(ok.status, 303, ok.text.slice(0, 800));
  assert.equal(ok.location, `/orgs/1/equipment/${id.tablet}?lent=1`);
  let page = await alpha.get(ok.location);
  assert.match(page.text, /The loan has been recorded\./);
  assert.match(page.text, /Out: with Nadia Amrani \(learner\) until Wednesday 20 January 2027/);
  assert.match(page.text, /<button type="submit" class="big">It is back<\/button>/);
  assert.doesNotMatch(page.text, /Lend it<\/button>/);
  // lent again while out: refused, naming with whom and until when
  const again = await alpha.post(`/orgs/1/equipment/${id.tablet}/lend`, { csrf_token: csrfFrom(page.text), borrower: borrower['Team Repair'], lent_on: '2027-01-13', due_on: '2027-01-27' });
  assert.equal(again.status, 409);
  assert.match(again.text, /This item is already out: lent to Nadia Amrani until Wednesday 20 January 2027\. Record its return before lending it again\./);
  // a return before the loan began: refused, still out
  const early = await alpha.submit(`/orgs/1/equipment/${id.tablet}`, { condition: 'fair', returned_on: '2027-01-12' }, `/orgs/1/equipment/${id.tablet}/return`);
  assert.equal(early.status, 400);
  assert.match(early.text, /The item was lent on Wednesday 13 January 2027: it cannot have come back before that day\./);
  const future = await alpha.submit(`/orgs/1/equipment/${id.tablet}`, { condition: 'fair', returned_on: '2027-01-14' }, `/orgs/1/equipment/${id.tablet}/return`);
  assert.equal(future.status, 400);
  assert.match(future.text, /A return is recorded when the item is back: today or an earlier day\./);
  page = await alpha.get(`/orgs/1/equipment/${id.tablet}`);
  assert.match(page.text, /Out: with Nadia Amrani/);
  assert.match(page.text, /<dt>Condition<\/dt><dd>Good<\/dd>/);
  // back today, in fair condition: the item's condition follows
  const back = await alpha.submit(`/orgs/1/equipment/${id.tablet}`, { condition: 'fair', returned_on: '2027-01-13' }, `/orgs/1/equipment/${id.tablet}/return`);
  assert.equal(back.status, 303);
  page = await alpha.get(back.location);
  assert.match(page.text, /The return has been recorded\./);
  assert.match(page.text, /<dt>Condition<\/dt><dd>Fair: signs of use<\/dd>/);
  assert.match(page.text, /<dt>Where it is<\/dt><dd>In<\/dd>/);
  assert.match(page.text, /<td>Nadia Amrani \(learner\)<\/td><td>Wednesday 13 January 2027<\/td><td>Wednesday 20 January 2027<\/td><td>Wednesday 13 January 2027<\/td><td>Fair: signs of use<\/td><td>Admin of Alpha Training<\/td>/);
  // returning what is in: refused
  const twice = await alpha.post(`/orgs/1/equipment/${id.tablet}/return`, { csrf_token: csrfFrom(page.text), condition: 'good', returned_on: '2027-01-13' });
  assert.equal(twice.status, 409);
  assert.match(twice.text, /This item is not out: there is no loan to close\./);
  // lent again, to the team: the history keeps both, the latest first
  assert.equal((await lend(id.tablet, { borrower: borrower['Team Repair'], due_on: '2027-01-27' })).status, 303);
  page = await alpha.get(`/orgs/1/equipment/${id.tablet}`);
  const rows = [...page.text.matchAll(/<tr><td>([^<]+)<\/td><td>Wednesday 13 January 2027/g)].map((m) => m[1]);
  assert.deepEqual(rows, ['Team Repair (team)', 'Nadia Amrani (learner)']);
  assert.match(page.text, /<td>Still out<\/td>/);
});

test('two lends of one item at the same instant give one loan and one clear refusal', async () => {
  for (let round = 0; round < 4; round++) {
    const itemId = await item({ kind: 'kit', label: `Race kit ${round}` });
    const page = await alpha.get(`/orgs/1/equipment/${itemId}`);
    const token = csrfFrom(page.text);
    const post = (b) => alpha.post(`/orgs/1/equipment/${itemId}/lend`, { csrf_token: token, borrower: b, lent_on: '2027-01-13', due_on: '2027-01-27' });
    const res = await Promise.all([post(borrower['Omar Haddad']), post(borrower['STEM bus']), post(borrower['Team Repair'])]);
    const statuses = res.map((r) => r.status).sort();
    assert.deepEqual(statuses, [303, 409, 409], `round ${round}`);
    for (const r of res.filter((x) => x.status === 409)) assert.match(r.text, /This item is already out/);
    const after = await alpha.get(`/orgs/1/equipment/${itemId}`);
    assert.equal([...after.text.matchAll(/<td>Still out<\/td>/g)].length, 1, `round ${round}: one loan`);
    // it goes back for the next test's figures
    assert.equal((await alpha.submit(`/orgs/1/equipment/${itemId}`, { condition: 'good', returned_on: '2027-01-13' }, `/orgs/1/equipment/${itemId}/return`)).status, 303);
  }
});

test('what is out, with whom and until when, the overdue first', async () => {
  // lent on 4 January, due on 8 January: overdue today
  assert.equal((await lend(id.robot, { borrower: borrower['STEM bus'], lent_on: '2027-01-04', due_on: '2027-01-08' })).status, 303);
  assert.equal((await lend(id.kit, { borrower: borrower['Nadia Amrani'], due_on: '2027-01-15' })).status, 303);
  const out = await alpha.get('/orgs/1/equipment/out');
  assert.equal(out.status, 200);
  const rows = [...out.text.matchAll(/<tr><td><a href="\/orgs\/1\/equipment\/\d+">([^<]+)<\/a><\/td><td>([^<]+)<\/td><td>([^<]+)(<strong>overdue<\/strong>)?/g)].map((m) => [m[1], m[2], m[3].trim(), !!m[4]]);
  assert.deepEqual(rows, [
    ['Robot R2-D2', 'STEM bus (location)', 'Friday 8 January 2027', true],
    ['IoT sensor kit 1', 'Nadia Amrani (learner)', 'Friday 15 January 2027', false],
    ['Tablet 7', 'Team Repair (team)', 'Wednesday 27 January 2027', false],
  ]);
  assert.match(out.text, /<dt>Out<\/dt><dd>3<\/dd>/);
  assert.match(out.text, /<dt>Overdue<\/dt><dd>1<\/dd>/);
  const searched = await alpha.get('/orgs/1/equipment/out?q=nadia');
  assert.match(searched.text, /IoT sensor kit 1/);
  assert.doesNotMatch(searched.text, /Robot R2-D2|Tablet 7/);
  // the home page says so
  assert.match((await alpha.get('/orgs/1')).text, /<a href="\/orgs\/1\/equipment\/out">1 item of equipment overdue<\/a>/);
});

test('overdue reminders: to the borrower in their language and to staff, once', async () => {
  const count = async () => (await mails(srv.mailDir, 0, 0)).length;
  // a phone lent to the team until tomorrow: its members with an address are reminded
  assert.equal((await lend(id.phone, { borrower: borrower['Team Repair'], due_on: '2027-01-14' })).status, 303);
  const before = await count();
  // Saturday 16 January: the kit (due on the 15th) and the robot (the 8th) are overdue
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(LATER) } });
  const expected = before + 5; // Nadia (nl) for the kit and for her team's phone, staff for the three
  const end = Date.now() + 20000; // a busy machine may be slow to start and to deliver
  while ((await count()) < expected && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 1500)); // anything sent twice would be out by now
  let all = await mails(srv.mailDir, 0, 0);
  const fresh = all.slice(before);
  assert.equal(fresh.length, 5, fresh.map((m) => `${m.to}: ${m.subject}`).join('\n'));
  const toNadia = fresh.filter((m) => m.to === 'nadia@learner.test').sort((a, b) => a.subject.localeCompare(b.subject));
  assert.deepEqual(toNadia.map((m) => m.subject), ['Breng IoT sensor kit 1 terug', 'Breng Phone 3 terug']);
  assert.match(toNadia[0].body, /^Hallo Nadia Amrani,/);
  assert.match(toNadia[0].body, /aan jou uitgeleend, moest terug zijn op vrijdag 15 januari 2027/);
  assert.match(toNadia[1].body, /uitgeleend aan je team Team Repair, moest terug zijn op donderdag 14 januari 2027/);
  const toStaff = fresh.filter((m) => m.to === 'admin@alpha.test').map((m) => m.subject).sort();
  assert.deepEqual(toStaff, ['Overdue: IoT sensor kit 1, lent to Nadia Amrani', 'Overdue: Phone 3, lent to Team Repair', 'Overdue: Robot R2-D2, lent to STEM bus']);
  const robot = fresh.find((m) => m.subject.startsWith('Overdue: Robot'));
  assert.match(robot.body, /The borrower has no e-mail address/);
  assert.match(robot.body, new RegExp(`${srv.base.replace(/:\d+$/, '')}:\\d+/orgs/1/equipment/out|/orgs/1/equipment/out`));
  // another round, and another server start: nothing more
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(LATER + 3600) } });
  await new Promise((r) => setTimeout(r, 2000));
  all = await mails(srv.mailDir, 0, 0);
  assert.equal(all.length, expected, 'each overdue loan is reminded once');
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
});

test('the label sheet renders with poppler and its QR code opens the item page', async () => {
  const one = await alpha.getBytes(`/orgs/1/equipment/labels?item=${id.kit}`);
  assert.equal(one.status, 200);
  assert.equal(one.headers.get('content-type'), 'application/pdf');
  const file = join(tmp, 'label.pdf');
  writeFileSync(file, one.body);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const s of ['Alpha Training', 'IoT sensor kit 1', 'Serial number SN-001', 'Sensor']) assert.ok(text.includes(s), `the label says ${s}:\n${text}`);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, join(tmp, 'label')]);
  const qr = execFileSync('zbarimg', ['--raw', '-q', join(tmp, 'label.png')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  assert.equal(qr, `${srv.base}/orgs/1/equipment/${id.kit}`);
  // the whole sheet: one code per item, each its own page
  const all = await alpha.getBytes('/orgs/1/equipment/labels');
  assert.equal(all.status, 200);
  writeFileSync(join(tmp, 'labels.pdf'), all.body);
  // each label of the sheet (A4, 3 × 8 labels of 70 × 37 mm below a 4.5 mm margin) read on
  // its own, as a phone reads one sticker, in the order of the inventory (by label)
  const px = (pt) => Math.round((pt * 150) / 72);
  const list = await alpha.get('/orgs/1/equipment');
  const ids = [...list.text.matchAll(/<a href="\/orgs\/1\/equipment\/(\d+)">/g)].map((m) => `${srv.base}/orgs/1/equipment/${m[1]}`);
  const codes = ids.map((_, k) => {
    const [x, y] = [(k % 3) * (595.276 / 3), 12.76 + Math.floor(k / 3) * 104.88];
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', '-x', String(px(x)), '-y', String(px(y)), '-W', String(px(595.276 / 3)), '-H', String(px(104.88)), join(tmp, 'labels.pdf'), join(tmp, `label-${k}`)]);
    return execFileSync('zbarimg', ['--raw', '-q', join(tmp, `label-${k}.png`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  });
  assert.deepEqual(codes, ids);
  // the code opens the item's page for staff, where lending takes one tap
  const page = await alpha.get(new URL(qr).pathname);
  assert.equal(page.status, 200);
  assert.match(page.text, /<button type="submit" class="big">It is back<\/button>/);
  // another organisation's item is none of this organisation's labels
  assert.equal((await alpha.getBytes('/orgs/1/equipment/labels?item=999999')).status, 404);
  const anon = new Client(srv.base);
  assert.equal((await anon.get(new URL(qr).pathname)).status, 303);
});

test("the partner's page says what equipment it lent and who used it; its own members see no names", async () => {
  const page = await alpha.get(`/orgs/1/partners/${id.partner}`);
  assert.equal(page.status, 200);
  const section = /<section aria-labelledby="h-equipment">[\s\S]*?<\/section>/.exec(page.text)?.[0];
  assert.ok(section, 'an equipment section');
  assert.match(section, /<h2 id="h-equipment">Equipment lent by this partner<\/h2>/);
  assert.match(section, /<p>1 learner used it\.<\/p>/);
  assert.match(section, new RegExp(`<a href="/orgs/1/equipment/${id.kit}">IoT sensor kit 1</a></td><td>Sensor</td><td>SN-001</td><td>Good</td><td>1</td><td>1</td>`));
  assert.match(section, /<li>Nadia Amrani<\/li>/);
  assert.doesNotMatch(section, /Tablet 7|Robot R2/); // the organisation's own items
  // the partner's own members: the same figures, no learner's name, no link into the school
  const gamma = new Client(srv.base);
  await gamma.signIn('admin@gamma.test');
  const own = await gamma.get(`/orgs/3/partner-of/${id.partner}`);
  assert.equal(own.status, 200);
  const ownSection = /<section aria-labelledby="h-equipment">[\s\S]*?<\/section>/.exec(own.text)?.[0];
  assert.ok(ownSection, 'an equipment section for the partner');
  assert.match(ownSection, /<td>IoT sensor kit 1<\/td><td>Sensor<\/td><td>SN-001<\/td><td>Good<\/td><td>1<\/td><td>1<\/td>/);
  assert.match(ownSection, /<p>1 learner used it\.<\/p>/);
  assert.doesNotMatch(own.text, /Nadia|Omar|\/orgs\/1\/equipment/);
  // a partner that lent nothing has no such section
  assert.equal((await alpha.submit('/orgs/1/partners', { name: 'Bakery', contact_name: 'B', contact_email: 'b@bakery.test', org_name: '' })).status, 303);
  const list = await alpha.get('/orgs/1/partners');
  const bakery = /href="\/orgs\/1\/partners\/(\d+)">Bakery</.exec(list.text)[1];
  assert.doesNotMatch((await alpha.get(`/orgs/1/partners/${bakery}`)).text, /h-equipment/);
});

test("another organisation's records are none of this one's: items, labels, locations, partners, borrowers", async () => {
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.submit('/orgs/2/locations/new', { name: 'Beta hub', municipality: 'Namur', province: 'namur' }, '/orgs/2/locations')).status, 303);
  assert.equal((await beta.submit('/orgs/2/partners', { name: 'Beta lender', contact_name: 'L', contact_email: 'l@beta.test', org_name: '' })).status, 303);
  const form = await beta.get('/orgs/2/equipment/new');
  const betaPlace = /<option value="(\d+)">Beta hub<\/option>/.exec(form.text)[1];
  const betaPartner = /<option value="(\d+)">Beta lender<\/option>/.exec(form.text)[1];
  const made = await beta.submit('/orgs/2/equipment/new', { kind: 'robot', label: 'Beta robot', serial: 'BETA-1', condition: 'good', partner_id: betaPartner, location_id: betaPlace }, '/orgs/2/equipment');
  assert.equal(made.status, 303);
  const betaItem = made.location.split('?')[0].split('/').pop();
  // Alpha cannot open, print, lend or change Beta's item under its own path
  assert.equal((await alpha.get(`/orgs/1/equipment/${betaItem}`)).status, 404);
  assert.equal((await alpha.getBytes(`/orgs/1/equipment/labels?item=${betaItem}`)).status, 404);
  assert.equal((await alpha.get(`/orgs/2/equipment/${betaItem}`)).status, 404);
  // nor use Beta's location or partner for its own item, nor lend to Beta's location
  const token = csrfFrom((await alpha.get('/orgs/1/equipment/new')).text);
  const place = await alpha.post('/orgs/1/equipment', { csrf_token: token, kind: 'robot', label: 'Mixed', condition: 'good', location_id: betaPlace });
  assert.equal(place.status, 400);
  assert.match(place.text, /Choose one of your locations, or none\./);
  const partner = await alpha.post('/orgs/1/equipment', { csrf_token: token, kind: 'robot', label: 'Mixed', condition: 'good', partner_id: betaPartner });
  assert.equal(partner.status, 400);
  assert.match(partner.text, /Choose one of your partners, or none\./);
  const free = (await alpha.get('/orgs/1/equipment?q=race kit 0')).text;
  const race = /href="\/orgs\/1\/equipment\/(\d+)">Race kit 0</.exec(free)[1];
  const lent = await lend(race, { borrower: `location-${betaPlace}` });
  assert.equal(lent.status, 400);
  assert.match(lent.text, /Choose who borrows it/);
  assert.doesNotMatch((await alpha.get('/orgs/1/equipment')).text, /Beta robot|Mixed/);
  assert.doesNotMatch((await beta.get('/orgs/2/equipment/out')).text, /IoT sensor kit|Robot R2/);
});
