// The public events to come, for anyone at /events: every organisation's public events that
// have not ended, soonest first, a page at a time with a search by title, each with its places
// left; never an invitation-only event or one that is over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 10, 10) / 1000; // Sunday 10 January 2027
let srv, alpha, location;

const EVENT = {
  kind: 'workshop', title: 'Repair café', description: 'Bring a phone.', starts_at: '2027-01-16T10:00',
  ends_at: '2027-01-16T17:00', capacity: '2', min_age: '', max_age: '', consent_age: '13', access: 'public',
};

async function newEvent(fields) {
  const res = await alpha.submit('/orgs/1/events/new', { ...EVENT, location_id: location, ...fields }, '/orgs/1/events');
  assert.equal(res.status, 303, res.text.slice(0, 1500));
  return res.location.split('?')[0].split('/').pop();
}

function titles(html) {
  return [...html.matchAll(/<h2><a href="\/events\/\d+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  assert.equal((await alpha.submit('/orgs/1/locations/new', { name: 'Hub', municipality: 'Molenbeek-Saint-Jean', postcode: '1080',
    province: 'brussels' }, '/orgs/1/locations')).status, 303);
  location = /\/orgs\/1\/locations\/(\d+)\/edit/.exec((await alpha.get('/orgs/1/locations')).text)[1];
});
after(async () => { if (srv) await srv.stop(); });

test('nothing planned: said plainly', async () => {
  const page = await new Client(srv.base).get('/events');
  assert.equal(page.status, 200);
  assert.match(page.text, /No public event is planned at the moment\./);
});

test('the public events to come, soonest first, with places left; not invitation-only nor past ones', async () => {
  await newEvent({ title: 'Demo day', kind: 'demo-day', starts_at: '2027-02-20T14:00', ends_at: '2027-02-20T18:00', capacity: '30' });
  const repair = await newEvent({});
  await newEvent({ title: 'Closed hackathon', kind: 'hackathon', access: 'invitation' });
  const anyone = new Client(srv.base);
  const page = await anyone.get('/events');
  assert.deepEqual(titles(page.text), ['Repair café', 'Demo day']);
  assert.match(page.text, /2 places left\./);
  assert.match(page.text, /30 places left\./);
  assert.match(page.text, /Molenbeek-Saint-Jean/);
  assert.doesNotMatch(page.text, /Closed hackathon/);
  // two registrations fill the repair café
  for (const name of ['Ana', 'Bo']) {
    const res = await anyone.submit(`/events/${repair}`, { name, email: `${name.toLowerCase()}@x.be`, lang: 'en' });
    assert.equal(res.status, 303, res.text.slice(0, 800));
  }
  assert.match((await anyone.get('/events')).text, /Full: you can join the waiting list\./);
  const found = await anyone.get('/events?q=demo');
  assert.deepEqual(titles(found.text), ['Demo day']);
  const nl = await anyone.get('/events', { headers: { 'accept-language': 'nl' } });
  assert.match(nl.text, /Nog 30 plaatsen vrij\./);
});

test('an event that is over leaves the list; the list is paged', async () => {
  for (let i = 1; i <= 52; i++)
    await newEvent({ title: `Coding club ${String(i).padStart(2, '0')}`, starts_at: `2027-03-${String((i % 28) + 1).padStart(2, '0')}T16:00`,
      ends_at: `2027-03-${String((i % 28) + 1).padStart(2, '0')}T18:00` });
  const anyone = new Client(srv.base);
  const first = await anyone.get('/events');
  assert.equal(titles(first.text).length, 50);
  assert.match(first.text, /Showing 1–50 of 54/);
  const next = /<a href="([^"]+)" rel="next"/.exec(first.text)[1].replace(/&amp;/g, '&');
  assert.equal(titles((await anyone.get(next)).text).length, 4);
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(Date.UTC(2027, 1, 1, 10) / 1000) } });
  const later = await new Client(srv.base).get('/events');
  assert.doesNotMatch(later.text, /Repair café/, 'over on 16 January');
  assert.match(later.text, /Showing 1–50 of 53/);
});

test('registering may say one\'s gender, never must; a gender not in the list is refused and nothing is kept', async () => {
  alpha = new Client(srv.base); // the server of the test before
  await alpha.signIn('admin@alpha.test');
  const id = await newEvent({ title: 'Girls code day', starts_at: '2027-04-10T10:00', ends_at: '2027-04-10T16:00', capacity: '40' });
  const anyone = new Client(srv.base);
  const page = await anyone.get(`/events/${id}`);
  assert.match(page.text, /<select id="f-gender" name="gender">\n<option value="">Not given<\/option>\n<option value="woman">Woman<\/option>/);
  const bad = await anyone.submit(`/events/${id}`, { name: 'Odd', email: 'odd@x.be', lang: 'en', gender: 'robot' });
  assert.equal(bad.status, 400);
  const ok1 = await anyone.submit(`/events/${id}`, { name: 'Fatima', email: 'fatima@x.be', lang: 'en', gender: 'woman' });
  assert.equal(ok1.status, 303);
  const ok2 = await anyone.submit(`/events/${id}`, { name: 'Noor', email: 'noor@x.be', lang: 'nl' });
  assert.equal(ok2.status, 303, 'not required');
  assert.match((await anyone.get('/events?q=girls')).text, /38 places left\./);
});
