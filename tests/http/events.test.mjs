// Events and hackathons: staff record events (kind, place, times, capacity, audience,
// public or by invitation) and change them; people register without an account from the
// public page or a personal invitation, in their language; capacity is never exceeded
// (100 simultaneous registrations for 20 places: 20 registered, 80 waiting); cancelling
// through the personal link gives the place to the first waiting, by mail; under the
// consent age a guardian agrees or not through their own link (as for an application);
// the reminder the day before goes out once, in each registrant's language; at the door,
// staff check people in by their QR code's page or by name, never someone waiting,
// cancelled, without consent or on another day. Bad input changes nothing.
// Fixed clock: Wednesday 13 January 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, Client, csrfFrom, mails, linkIn } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
const DAY_BEFORE = Date.UTC(2027, 0, 15, 9, 0) / 1000; // Friday 15 January, 10:00
const EVENT_DAY = Date.UTC(2027, 0, 16, 11, 0) / 1000; // Saturday 16 January, 12:00
let srv, alpha, beta, location, betaLocation;
const hackerPage = [];
const ev = {}; // name → staff path of the event

function sql(q) {
  const r = srv.db.startsWith('postgres')
    ? spawnSync('psql', [srv.db, '-Atq', '-c', q], { encoding: 'utf8' })
    : spawnSync('sqlite3', ['-readonly', srv.db.replace(/^sqlite:/, ''), q], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

// Signs the two organisations' administrators in on the server running now.
async function signIn() {
  [alpha, beta] = [new Client(srv.base), new Client(srv.base)];
  await Promise.all([alpha.signIn('admin@alpha.test'), beta.signIn('admin@beta.test')]);
}

async function restart(now) {
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(now) } });
  await signIn();
}

const EVENT = {
  kind: 'workshop', title: 'Repair café', description: 'Bring a phone.', starts_at: '2027-01-16T10:00',
  ends_at: '2027-01-16T17:00', capacity: '2', min_age: '', max_age: '', consent_age: '13', access: 'public',
};

async function newEvent(fields) {
  const res = await alpha.submit('/orgs/1/events/new', { ...EVENT, location_id: location, ...fields }, '/orgs/1/events');
  assert.equal(res.status, 303, res.text.slice(0, 1500));
  return res.location.split('?')[0];
}

// Registers from the event's public page (or any page with the form); returns the response.
async function register(path, fields, client = new Client(srv.base)) {
  return client.submit(path, { lang: 'en', ...fields });
}

// The mails to address, newest last, once at least n have come.
async function mailsTo(address, n = 1) {
  for (let i = 0; i < 100; i++) {
    const all = (await mails(srv.mailDir, 0, 0)).filter((m) => m.to === address);
    if (all.length >= n) return all;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await mails(srv.mailDir, 0, 0)).filter((m) => m.to === address);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  await signIn();
  // a location of each organisation: Alpha's events are held at its own only
  [location, betaLocation] = await Promise.all([[alpha, 1, 'Hub', 'Rue Haute 1'], [beta, 2, 'Beta hall', '']].map(async ([c, org, name, address]) => {
    await c.submit(`/orgs/${org}/locations/new`, { name, address, postcode: '1000', municipality: 'Brussels', province: 'brussels' }, `/orgs/${org}/locations`);
    return new RegExp(`/orgs/${org}/locations/(\\d+)/edit`).exec((await c.get(`/orgs/${org}/locations`)).text)[1];
  }));
});
after(async () => {
  if (srv) await srv.stop();
});

test('staff record and change events; bad input is refused beside its field and saves nothing', async () => {
  const bad = [
    [{ ends_at: '2027-01-16T09:00' }, /The end must come after the start\./],
    [{ capacity: '0' }, /Places/],
    [{ min_age: '16', max_age: '12' }, /The highest age cannot be below the lowest\./],
    [{ min_age: 'ten' }, /Enter an age in whole years, from 0 to 120, or nothing\./],
    [{ location_id: betaLocation }, /Choose one of your locations\./],
    [{ kind: 'party' }, /Kind/],
    [{ title: '' }, /Title/],
  ];
  for (const [fields, msg] of bad) {
    const res = await alpha.submit('/orgs/1/events/new', { ...EVENT, location_id: location, ...fields }, '/orgs/1/events');
    assert.equal(res.status, 400, JSON.stringify(fields));
    assert.match(res.text, msg);
    assert.match(res.text, /aria-invalid="true"/);
  }
  assert.equal(sql('SELECT COUNT(*) FROM events'), '0');
  ev.repair = await newEvent({});
  ev.hack = await newEvent({ kind: 'hackathon', title: 'Smart city hackathon', capacity: '20', starts_at: '2027-02-20T09:00', ends_at: '2027-02-21T18:00' });
  ev.vip = await newEvent({ kind: 'demo-day', title: 'Partners demo day', capacity: '10', access: 'invitation' });
  ev.youth = await newEvent({ kind: 'camp', title: 'Robot camp', capacity: '5', min_age: '10', max_age: '16', consent_age: '13' });
  const page = await alpha.get(ev.repair);
  assert.match(page.text, /Repair café/);
  assert.match(page.text, /0 of 2 taken, 0 on the waiting list/);
  assert.match(page.text, /Hub, Rue Haute 1, Brussels/);
  const list = await alpha.get('/orgs/1/events?q=hack');
  assert.match(list.text, /Smart city hackathon/);
  assert.doesNotMatch(list.text, /Repair café/);
  assert.match((await alpha.get('/orgs/1/events')).text, /Robot camp/);
  // a change: the title; a capacity below nothing taken is fine, above stays
  const res = await alpha.submit(`${ev.repair}/edit`, { ...EVENT, location_id: location, title: 'Repair café for phones' }, `${ev.repair}/edit`);
  assert.equal(res.status, 303, res.text.slice(0, 1000));
  assert.match((await alpha.get(ev.repair)).text, /Repair café for phones/);
  // another organisation's event is not found, and its list does not show ours
  assert.equal((await beta.get(ev.repair.replace('/orgs/1/', '/orgs/2/'))).status, 404);
  assert.doesNotMatch((await beta.get('/orgs/2/events')).text, /Repair café/);
});

let ana, anaPage, cleo;
test('public registration in the registrant\'s language, the waiting list, cancelling promotes the first waiting by mail', async () => {
  const id = ev.repair.split('/').pop();
  const pub = `/events/${id}`;
  const page = await new Client(srv.base).get(pub);
  assert.equal(page.status, 200);
  assert.match(page.text, /Repair café for phones/);
  assert.doesNotMatch(page.text, /Date of birth/); // no age band: not asked
  // bad input
  let res = await register(pub, { name: '', email: 'not-an-address' });
  assert.equal(res.status, 400);
  assert.match(res.text, /aria-invalid="true"/);
  assert.equal(sql('SELECT COUNT(*) FROM event_registrations'), '0');
  // Ana registers in Dutch
  ana = new Client(srv.base);
  res = await register(pub, { name: 'Ana Dutch', email: 'ana@people.test', lang: 'nl' }, ana);
  assert.equal(res.status, 303, res.text.slice(0, 1000));
  anaPage = res.location.split('?')[0];
  assert.match(anaPage, /^\/events\/registrations\/[A-Za-z0-9_-]{43}$/);
  const mine = await ana.get(res.location);
  assert.match(mine.text, /your registration is recorded/);
  assert.match(mine.text, /<svg[^>]*role="img"/);
  assert.match(mine.text, /Registered/);
  const [mail] = await mailsTo('ana@people.test');
  assert.equal(mail.subject, 'Je plaats bij Repair café for phones');
  assert.equal(linkIn(mail.body, '/events/registrations/'), anaPage);
  // the same address again: refused, nothing saved
  res = await register(pub, { name: 'Ana again', email: 'ana@people.test' });
  assert.equal(res.status, 409);
  assert.match(res.text, /This e-mail address is already registered for this event\./);
  res = await register(pub, { name: 'Bram English', email: 'bram@people.test', lang: 'en' });
  assert.equal(res.status, 303);
  // full: Cleo (French) goes on the waiting list
  assert.match((await new Client(srv.base).get(pub)).text, /Join the waiting list/);
  cleo = new Client(srv.base);
  res = await register(pub, { name: 'Cléo Française', email: 'cleo@people.test', lang: 'fr' }, cleo);
  assert.equal(res.status, 303);
  const cleoPage = res.location.split('?')[0];
  assert.match((await cleo.get(cleoPage)).text, /On the waiting list \(number 1\)/);
  assert.match((await mailsTo('cleo@people.test'))[0].subject, /^Vous êtes sur la liste d'attente pour Repair café/);
  assert.match((await alpha.get(ev.repair)).text, /2 of 2 taken, 1 on the waiting list/);
  // Ana cancels through her link: asked first, then done; Cléo gets the place by mail
  res = await ana.submit(anaPage, {}, `${anaPage}/cancel`);
  assert.equal(res.status, 200);
  assert.match(res.text, /Cancel your registration\?/);
  assert.equal(sql("SELECT COUNT(*) FROM event_registrations WHERE status = 'cancelled'"), '0');
  res = await ana.confirm(res);
  assert.equal(res.status, 303);
  assert.match((await ana.get(anaPage)).text, /Registration cancelled/);
  const promoted = await mailsTo('cleo@people.test', 2);
  assert.match(promoted[1].subject, /^Une place s'est libérée : Repair café/);
  assert.match((await cleo.get(cleoPage)).text, /Registered/);
  assert.match((await alpha.get(ev.repair)).text, /2 of 2 taken, 0 on the waiting list/);
  // cancelling twice changes nothing
  res = await ana.submit(anaPage, {}, `${anaPage}/cancel`);
  assert.equal(res.status, 409);
  assert.match(res.text, /This registration was cancelled already\./);
});

test('100 simultaneous registrations for 20 places: exactly 20 registered and 80 on the waiting list', { timeout: 120000 }, async () => {
  const id = ev.hack.split('/').pop();
  const pub = `/events/${id}`;
  const clients = [];
  for (let i = 0; i < 100; i++) {
    const c = new Client(srv.base);
    const page = await c.get(pub);
    clients.push([c, csrfFrom(page.text)]);
  }
  const results = await Promise.all(clients.map(([c, token], i) =>
    c.post(pub, { csrf_token: token, name: `Hacker ${i}`, email: `hacker${i}@people.test`, lang: 'en' })));
  assert.deepEqual(results.map((r) => r.status), Array(100).fill(303));
  results.forEach((r, i) => { hackerPage[i] = r.location.split('?')[0]; });
  assert.equal(sql(`SELECT COUNT(*) FROM event_registrations WHERE event_id = ${id} AND status = 'registered'`), '20');
  assert.equal(sql(`SELECT COUNT(*) FROM event_registrations WHERE event_id = ${id} AND status = 'waiting'`), '80');
  assert.equal(sql(`SELECT taken FROM events WHERE id = ${id}`), '20');
  assert.match((await alpha.get(ev.hack)).text, /20 of 20 taken, 80 on the waiting list/);
  // the registrations list is paged and searched by name
  const list = await alpha.get(`${ev.hack}/registrations`);
  assert.match(list.text, /Showing 1–50 of 100/);
  const found = await alpha.get(`${ev.hack}/registrations?q=hacker 42`);
  assert.match(found.text, /Hacker 42/);
  assert.doesNotMatch(found.text, /Hacker 41/);
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

// Posts a multipart form (a link and/or a file) with the CSRF token of formPath to action.
async function upload(client, formPath, action, { url = '', file } = {}) {
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom((await client.get(formPath)).text));
  fd.set('url', url);
  if (file) fd.set('file', new Blob([file.bytes]), file.name);
  return client.request('POST', action, { body: fd });
}

test('a hackathon: challenges from partners, teams of the registered, submissions checked, the jury ranks them as calls do; the partner\'s page shows them', async () => {
  const hack = `${ev.hack}/hackathon`;
  assert.equal((await alpha.get(`${ev.repair}/hackathon`)).status, 404); // a workshop has none
  assert.match((await alpha.get(ev.hack)).text, /Challenges, teams and the jury/);
  await alpha.submit('/orgs/1/partners', { name: 'TelcoLab', contact_name: 'Pieter', contact_email: 'pieter@telco.test' });
  await beta.submit('/orgs/2/partners', { name: 'Beta partner', contact_name: 'P', contact_email: 'p@partner.test' });
  const partner = /<option value="(\d+)">TelcoLab<\/option>/.exec((await alpha.get(hack)).text)[1];
  const betaPartner = /<option value="(\d+)">Beta partner<\/option>/.exec((await beta.get('/orgs/2/cases/new')).text)[1];
  // bad input: another organisation's partner, no title, a challenge for a workshop
  let res = await alpha.submit(hack, { partner_id: betaPartner, title: 'Stolen', brief: '' }, `${ev.hack}/challenges`);
  assert.equal(res.status, 400);
  assert.match(res.text, /Choose one of your partners\./);
  res = await alpha.submit(hack, { partner_id: partner, title: '', brief: '' }, `${ev.hack}/challenges`);
  assert.equal(res.status, 400);
  res = await alpha.submit(ev.repair, { partner_id: partner, title: 'Wrong event', brief: '' }, `${ev.repair}/challenges`);
  assert.equal(res.status, 404);
  assert.equal(sql('SELECT COUNT(*) FROM event_challenges'), '0');
  res = await alpha.submit(hack, { partner_id: partner, title: 'Smart parking', brief: 'Free places on a phone.' }, `${ev.hack}/challenges`);
  assert.equal(res.status, 303, res.text.slice(0, 1000));
  const challenge = sql('SELECT id FROM event_challenges');
  // the jury's criteria
  res = await alpha.submit(hack, { label: 'Impact', weight: '0' }, `${ev.hack}/criteria`);
  assert.equal(res.status, 400);
  for (const [label, weight] of [['Impact', '2'], ['Craft', '1']]) assert.equal((await alpha.submit(hack, { label, weight }, `${ev.hack}/criteria`)).status, 303);
  // teams of registered people only, each in one team
  const id = (name) => sql(`SELECT id FROM event_registrations WHERE name = '${name}' AND event_id = ${ev.hack.split('/').pop()}`);
  const registered = sql(`SELECT name FROM event_registrations WHERE event_id = ${ev.hack.split('/').pop()} AND status = 'registered' ORDER BY id`).split('\n');
  const waiting = sql(`SELECT name FROM event_registrations WHERE event_id = ${ev.hack.split('/').pop()} AND status = 'waiting' ORDER BY id LIMIT 1`);
  res = await alpha.submit(hack, [['name', 'Ghosts'], ['challenge_id', challenge], ['members', id(waiting)]], `${ev.hack}/teams`);
  assert.equal(res.status, 400);
  assert.match(res.text, /Only people registered for this hackathon \(not waiting\) join a team\./);
  res = await alpha.submit(hack, [['name', 'Alpha bots'], ['challenge_id', challenge], ['members', id(registered[0])], ['members', id(registered[1])]], `${ev.hack}/teams`);
  assert.equal(res.status, 303, res.text.slice(0, 1000));
  res = await alpha.submit(hack, [['name', 'Twice'], ['challenge_id', challenge], ['members', id(registered[1])]], `${ev.hack}/teams`);
  assert.equal(res.status, 409);
  assert.match(res.text, /Someone you chose is in a team already\./);
  res = await alpha.submit(hack, [['name', 'Byte club'], ['challenge_id', challenge], ['members', id(registered[2])]], `${ev.hack}/teams`);
  assert.equal(res.status, 303);
  assert.equal(sql('SELECT COUNT(*) FROM event_teams'), '2');
  const teamA = `/orgs/1/event-teams/${sql("SELECT id FROM event_teams WHERE name = 'Alpha bots'")}`;
  const teamB = `/orgs/1/event-teams/${sql("SELECT id FROM event_teams WHERE name = 'Byte club'")}`;
  // submissions: staff on the team's behalf, a member from their personal page; checked
  res = await upload(alpha, teamA, `${teamA}/submissions`, { url: 'not a link' });
  assert.equal(res.status, 400);
  assert.match(res.text, /Give a web address that starts with https:\/\/ or http:\/\//);
  res = await upload(alpha, teamA, `${teamA}/submissions`, { file: { bytes: Buffer.from('plain text'), name: 'notes.txt' } });
  assert.equal(res.status, 400);
  assert.match(res.text, /notes\.txt is not a PDF, PNG or JPEG file\./);
  res = await upload(alpha, teamA, `${teamA}/submissions`, { file: { bytes: Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]), name: 'huge.pdf' } });
  assert.equal(res.status, 400);
  assert.match(res.text, /huge\.pdf is 6(\.0)? MB: the limit is 5 MB\./);
  assert.equal(sql('SELECT COUNT(*) FROM event_submissions'), '0');
  res = await upload(alpha, teamA, `${teamA}/submissions`, { url: 'https://github.com/alpha/bots' });
  assert.equal(res.status, 303);
  const memberPage = hackerPage[Number(registered[2].split(' ')[1])];
  const member = new Client(srv.base);
  assert.match((await member.get(memberPage)).text, /Your team: Byte club/);
  res = await upload(member, memberPage, `${memberPage}/submissions`, { file: { bytes: PDF, name: 'pitch.pdf' } });
  assert.equal(res.status, 303, res.text.slice(0, 800));
  assert.match((await member.get(memberPage)).text, /pitch\.pdf/);
  const file = /href="(\/orgs\/1\/event-submissions\/\d+\/file)"/.exec((await alpha.get(teamB)).text)[1];
  const got = await alpha.getBytes(file);
  assert.equal(got.status, 200);
  assert.deepEqual(got.body, PDF);
  // a waiting hacker has no team to submit for
  const waitingPage = hackerPage[Number(waiting.split(' ')[1])];
  res = await upload(new Client(srv.base), waitingPage, `${waitingPage}/submissions`, { url: 'https://example.org' });
  assert.equal(res.status, 404);
  // the jury: out of range refused; then two jurors' scores rank Byte club first
  const crit = sql("SELECT id FROM event_criteria ORDER BY id").split('\n');
  res = await alpha.submit(teamA, { [`c-${crit[0]}`]: '11', [`c-${crit[1]}`]: '5' }, `${teamA}/scores`);
  assert.equal(res.status, 400);
  assert.match(res.text, /Give every score from 0 to 10\./);
  assert.equal((await alpha.submit(teamA, { [`c-${crit[0]}`]: '8', [`c-${crit[1]}`]: '5' }, `${teamA}/scores`)).status, 303);
  assert.equal((await alpha.submit(teamB, { [`c-${crit[0]}`]: '9', [`c-${crit[1]}`]: '9' }, `${teamB}/scores`)).status, 303);
  // a juror's second thoughts replace their scores
  assert.equal((await alpha.submit(teamA, { [`c-${crit[0]}`]: '7', [`c-${crit[1]}`]: '7' }, `${teamA}/scores`)).status, 303);
  const page = await alpha.get(hack);
  const rows = [...page.text.matchAll(/<tr><td>(\d+|–)<\/td><td><a [^>]+>([^<]+)<\/a><\/td><td>[^<]*<\/td><td>([^<]+)<\/td>/g)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(rows, [['1', 'Byte club', '9.00'], ['2', 'Alpha bots', '7.00']]);
  // the partner's page has the section
  const partnerPage = await alpha.get(`/orgs/1/partners/${partner}`);
  assert.match(partnerPage.text, /Hackathon challenges and teams/);
  assert.match(partnerPage.text, /<strong>Smart parking<\/strong> · Smart city hackathon · Saturday 2027-02-20 · 2 teams/);
  // another organisation reaches none of it
  assert.equal((await beta.get(teamA.replace('/orgs/1/', '/orgs/2/'))).status, 404);
  assert.equal((await beta.get(file.replace('/orgs/1/', '/orgs/2/'))).status, 404);
});

let guest;
test('invitation only: no public page; staff invite by mail in the guest\'s language; the link registers once', async () => {
  const id = ev.vip.split('/').pop();
  assert.equal((await new Client(srv.base).get(`/events/${id}`)).status, 404);
  let res = await alpha.submit(ev.vip, { name: 'Gaston', email: 'not-an-address', lang: 'fr' }, `${ev.vip}/invitations`);
  assert.equal(res.status, 400);
  res = await alpha.submit(ev.vip, { name: 'Gaston Invité', email: 'gaston@partner.test', lang: 'fr' }, `${ev.vip}/invitations`);
  assert.equal(res.status, 303);
  const [mail] = await mailsTo('gaston@partner.test');
  assert.match(mail.subject, /^Vous êtes invité/);
  const link = linkIn(mail.body, '/events/invitations/');
  guest = new Client(srv.base);
  const page = await guest.get(link);
  assert.match(page.text, /gaston@partner.test/);
  res = await guest.submit(link, { name: 'Gaston Invité', lang: 'fr' });
  assert.equal(res.status, 303, res.text.slice(0, 1000));
  assert.match((await guest.get(link)).text, /You registered with this invitation already/);
  assert.equal(sql(`SELECT COUNT(*) FROM event_registrations WHERE event_id = ${id}`), '1');
  // a public event takes no invitations
  res = await alpha.submit(ev.repair, { name: 'X', email: 'x@people.test', lang: 'en' }, `${ev.repair}/invitations`);
  assert.equal(res.status, 400);
  assert.match(res.text, /This event is public: share its page instead of inviting\./);
});

let minorPage, keesPage;
test('an age band asks the date of birth; under the consent age a guardian agrees or not through their own link', async () => {
  const pub = `/events/${ev.youth.split('/').pop()}`;
  assert.match((await new Client(srv.base).get(pub)).text, /Date of birth/);
  let res = await register(pub, { name: 'No Birth', email: 'nobirth@people.test' });
  assert.equal(res.status, 400);
  assert.match(res.text, /Give the date of birth: this event is for an age group\./);
  res = await register(pub, { name: 'Too Old', email: 'old@people.test', birth_date: '2000-05-01' });
  assert.equal(res.status, 400);
  assert.match(res.text, /This event is for people aged 10 to 16; on its first day you will be 26\./);
  res = await register(pub, { name: 'Young Mila', email: 'mila@people.test', birth_date: '2015-03-01' });
  assert.equal(res.status, 400);
  assert.match(res.text, /Under 13, a parent or guardian must agree: give their name\./);
  assert.match(res.text, /Under 13, a parent or guardian must agree: give their e-mail address\./);
  assert.equal(sql('SELECT COUNT(*) FROM event_registrations WHERE email IN (\'nobirth@people.test\', \'old@people.test\', \'mila@people.test\')'), '0');
  // with a guardian: registered, consent pending; the guardian's mail has their own link
  const mila = new Client(srv.base);
  res = await register(pub, { name: 'Young Mila', email: 'mila@people.test', lang: 'nl', birth_date: '2015-03-01', guardian_name: 'Mama Mila', guardian_email: 'mama@people.test' }, mila);
  assert.equal(res.status, 303, res.text.slice(0, 1000));
  minorPage = res.location.split('?')[0];
  assert.match((await mila.get(minorPage)).text, /a parent or guardian has not agreed yet/);
  const [gm] = await mailsTo('mama@people.test');
  assert.equal(gm.subject, 'Uw toestemming voor Young Mila');
  const consent = linkIn(gm.body, '/events/consent/');
  const mama = new Client(srv.base);
  assert.match((await mama.get(consent)).text, /I agree/);
  res = await mama.submit(consent, { by_name: '' , action: 'give' });
  assert.equal(res.status, 400);
  res = await mama.submit(consent, { by_name: 'Mama Mila', action: 'give' });
  assert.equal(res.status, 303);
  assert.match((await mila.get(minorPage)).text, /<td>|Registered/);
  assert.equal(sql("SELECT consent FROM event_registrations WHERE email = 'mila@people.test'"), 'given');
  // a second child whose guardian refuses: the place is given back
  const kees = new Client(srv.base);
  res = await register(pub, { name: 'Kees Klein', email: 'kees@people.test', lang: 'en', birth_date: '2016-06-01', guardian_name: 'Papa Kees', guardian_email: 'papa@people.test' }, kees);
  assert.equal(res.status, 303);
  keesPage = res.location.split('?')[0];
  assert.match((await alpha.get(ev.youth)).text, /2 of 5 taken/);
  const pk = linkIn((await mailsTo('papa@people.test'))[0].body, '/events/consent/');
  res = await new Client(srv.base).submit(pk, { by_name: 'Papa Kees', action: 'refuse' });
  assert.equal(res.status, 303);
  assert.match((await kees.get(keesPage)).text, /Registration cancelled/);
  assert.match((await alpha.get(ev.youth)).text, /1 of 5 taken/);
  res = await new Client(srv.base).submit(pk, { by_name: 'Papa Kees', action: 'give' });
  assert.equal(res.status, 409);
});

test('the reminder the day before goes to the registered only, once, in each one\'s language', async () => {
  await restart(DAY_BEFORE);
  const subjects = { 'cleo@people.test': /^Demain : Repair café for phones$/, 'bram@people.test': /^Tomorrow: Repair café for phones$/, 'mila@people.test': /^Morgen: Robot camp$/ };
  for (const [to, re] of Object.entries(subjects)) {
    const got = (await mailsTo(to, 1)).filter((m) => re.test(m.subject));
    for (let i = 0; i < 50 && !got.length; i++) await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1500));
  const all = await mails(srv.mailDir, 0, 0);
  const reminders = all.filter((m) => /^(Tomorrow|Morgen|Demain)/.test(m.subject));
  assert.deepEqual(reminders.map((m) => m.to).sort(), ['bram@people.test', 'cleo@people.test', 'gaston@partner.test', 'mila@people.test']);
  for (const [to, re] of Object.entries(subjects)) assert.match(reminders.find((m) => m.to === to).subject, re);
  assert.match(reminders.find((m) => m.to === 'cleo@people.test').body, /Bonjour Cléo Française/);
  // not Ana (cancelled), not Kees (cancelled), nobody of the hackathon (next month)
  await restart(DAY_BEFORE + 3600);
  await new Promise((r) => setTimeout(r, 1500));
  const again = (await mails(srv.mailDir, 0, 0)).filter((m) => /^(Tomorrow|Morgen|Demain)/.test(m.subject));
  assert.equal(again.length, 4, 'sent once');
});

test('check-in at the door: by the QR code\'s page or by name, never someone waiting, cancelled or on another day', async () => {
  // the day before: refused, with the day
  const bramId = sql("SELECT id FROM event_registrations WHERE email = 'bram@people.test'");
  const door = `/orgs/1/event-registrations/${bramId}`;
  let res = await alpha.submit(door, {}, `${door}/check-in`);
  assert.equal(res.status, 409);
  assert.match(res.text, /Not today: this event is on Saturday 2027-01-16/);
  // a waiting hacker: refused on any day
  const waitingId = sql("SELECT MAX(id) FROM event_registrations WHERE status = 'waiting'");
  res = await alpha.submit(`/orgs/1/event-registrations/${waitingId}`, {}, `/orgs/1/event-registrations/${waitingId}/check-in`);
  assert.equal(res.status, 409);
  assert.match(res.text, /is on the waiting list: they have no place at this event\./);
  await restart(EVENT_DAY);
  // the QR code of Bram's personal page opens the door's page
  const page = await alpha.get(door);
  assert.match(page.text, /Bram English/);
  assert.match(page.text, /Check them in/);
  res = await alpha.submit(door, {}, `${door}/check-in`);
  assert.equal(res.status, 303);
  assert.match((await alpha.get(res.location)).text, /Bram English is checked in\./);
  res = await alpha.submit(door, {}, `${door}/check-in`);
  assert.equal(res.status, 409);
  assert.match(res.text, /Bram English was checked in already\./);
  // by name
  const list = await alpha.get(`${ev.repair}/registrations?q=cl`);
  assert.match(list.text, /Cléo Française/);
  const action = /action="(\/orgs\/1\/event-registrations\/\d+\/check-in)"/.exec(list.text)[1];
  res = await alpha.submit(`${ev.repair}/registrations`, {}, action);
  assert.equal(res.status, 303);
  assert.equal(sql("SELECT COUNT(*) FROM event_registrations WHERE checked_in_at IS NOT NULL"), '2');
  // cancelled: refused
  const anaId = sql("SELECT id FROM event_registrations WHERE email = 'ana@people.test'");
  res = await alpha.submit(`/orgs/1/event-registrations/${anaId}`, {}, `/orgs/1/event-registrations/${anaId}/check-in`);
  assert.equal(res.status, 409);
  assert.match(res.text, /Ana Dutch cancelled their registration/);
  // another organisation's registration: not found, nothing written
  res = await beta.get(`/orgs/2/event-registrations/${bramId}`);
  assert.equal(res.status, 404);
  assert.equal(sql("SELECT COUNT(*) FROM event_registrations WHERE checked_in_at IS NOT NULL"), '2');
  // registration closes once the event has started
  res = await register(`/events/${ev.repair.split('/').pop()}`, { name: 'Late Comer', email: 'late@people.test' });
  assert.equal(res.status, 409);
  assert.match(res.text, /Registration has closed: the event has started\./);
});
