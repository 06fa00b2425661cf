// Check-in at an event's door on a 360 px phone in English, Dutch and French with axe-core:
// the registrant's personal page with its QR code, the page its code opens for staff (one
// tap to check in), the search by name, and the refusal for someone on the waiting list;
// the event's staff pages (and a hackathon's) at 360 and 1280 px too. Registrations are made on Wednesday 13 January
// 2027; the door opens on the event's day, Saturday 16 January, at noon in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';
import { launch, context, checkPage, shot, signIn } from './browser.mjs';

const BEFORE = Date.UTC(2027, 0, 13, 9, 0) / 1000;
const EVENT_DAY = Date.UTC(2027, 0, 16, 11, 0) / 1000;
let srv, browser, event, hackathon;
const reg = {}; // who → { id, page }

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(BEFORE) } });
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  await alpha.submit('/orgs/1/locations/new', { name: 'Hub', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations');
  const location = /\/orgs\/1\/locations\/(\d+)\/edit/.exec((await alpha.get('/orgs/1/locations')).text)[1];
  const res = await alpha.submit('/orgs/1/events/new', {
    kind: 'workshop', title: 'Phone repair workshop', description: '', location_id: location, starts_at: '2027-01-16T10:00',
    ends_at: '2027-01-16T17:00', capacity: '3', min_age: '', max_age: '', consent_age: '13', access: 'public',
  }, '/orgs/1/events');
  event = res.location.split('?')[0];
  // a hackathon with a challenge and a criterion, for its staff page
  const h = await alpha.submit('/orgs/1/events/new', {
    kind: 'hackathon', title: 'Smart city hackathon', description: '', location_id: location, starts_at: '2027-02-20T09:00',
    ends_at: '2027-02-21T18:00', capacity: '20', min_age: '', max_age: '', consent_age: '13', access: 'public',
  }, '/orgs/1/events');
  hackathon = h.location.split('?')[0];
  await alpha.submit('/orgs/1/partners', { name: 'TelcoLab', contact_name: 'Pieter', contact_email: 'pieter@telco.test' });
  const partner = /<option value="(\d+)">TelcoLab<\/option>/.exec((await alpha.get(`${hackathon}/hackathon`)).text)[1];
  await alpha.submit(`${hackathon}/hackathon`, { partner_id: partner, title: 'Smart parking', brief: 'Free places on a phone.' }, `${hackathon}/challenges`);
  await alpha.submit(`${hackathon}/hackathon`, { label: 'Impact', weight: '2' }, `${hackathon}/criteria`);
  const pub = `/events/${event.split('/').pop()}`;
  for (const [who, lang] of [['Emma English', 'en'], ['Noor Nederlands', 'nl'], ['Fanny Français', 'fr'], ['Wim Waiting', 'nl']]) {
    const c = new Client(srv.base);
    const r = await c.submit(pub, { name: who, email: `${who.split(' ')[0].toLowerCase()}@people.test`, lang });
    assert.equal(r.status, 303, r.text.slice(0, 500));
    reg[who] = { page: r.location.split('?')[0] };
  }
  const list = await alpha.get(`${event}/registrations`);
  for (const m of list.text.matchAll(/href="\/orgs\/1\/event-registrations\/(\d+)">([^<]+)</g)) reg[m[2]].id = m[1];
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: String(EVENT_DAY) } });
  browser = await launch();
});
after(async () => { await browser?.close(); await srv?.stop(); });

const WORDS = {
  en: { who: 'Emma English', check: 'Check them in', done: 'Emma English is checked in.', search: 'Search', waiting: 'Wim Waiting is on the waiting list: they have no place at this event.' },
  nl: { who: 'Noor Nederlands', check: 'Aanmelden', done: 'Noor Nederlands is aangemeld.', search: 'Zoeken', waiting: 'Wim Waiting staat op de wachtlijst: geen plaats op dit evenement.' },
  fr: { who: 'Fanny Français', check: 'Enregistrer l\'entrée', done: 'Fanny Français est enregistré·e.', search: 'Rechercher', waiting: 'Wim Waiting est sur la liste d\'attente : pas de place à cet événement.' },
};

for (const lang of ['en', 'nl', 'fr']) {
  test(`check-in at the door on a 360 px phone in ${lang}`, async () => {
    const w = WORDS[lang];
    // the registrant's page with the QR code, in the language of the phone
    const rctx = await context(browser, 360, { hasTouch: true, isMobile: true, locale: lang, extraHTTPHeaders: { 'accept-language': lang } });
    const rp = await rctx.newPage();
    await rp.goto(srv.base + reg[w.who].page);
    await checkPage(rp, `personal page ${lang}`);
    assert.equal(await rp.locator('svg[role="img"]').count(), 1);
    await shot(rp, `events-personal-360-${lang}`);
    await rctx.close();
    // staff open the page the QR code holds and check them in with one tap
    const ctx = await context(browser, 360, { hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, lang);
    await page.goto(`${srv.base}/orgs/1/event-registrations/${reg[w.who].id}`);
    await checkPage(page, `door ${lang}`);
    await shot(page, `events-door-360-${lang}`);
    await page.getByRole('button', { name: w.check, exact: true }).click();
    await page.waitForLoadState();
    await checkPage(page, `checked in ${lang}`);
    assert.match(await page.locator('main').textContent(), new RegExp(w.done));
    // someone on the waiting list: refused, with why, and no button
    await page.goto(`${srv.base}/orgs/1/event-registrations/${reg['Wim Waiting'].id}`);
    await checkPage(page, `door refused ${lang}`);
    assert.match(await page.locator('main').textContent(), new RegExp(w.waiting));
    assert.equal(await page.getByRole('button', { name: w.check, exact: true }).count(), 0);
    // by name
    await page.goto(`${srv.base}${event}/registrations`);
    await page.locator('main input[type=search]').fill('wim');
    await page.locator('main form[role=search] button').click();
    await page.waitForLoadState();
    await checkPage(page, `door by name ${lang}`);
    assert.match(await page.locator('main table').textContent(), /Wim Waiting/);
    await shot(page, `events-by-name-360-${lang}`);
    await ctx.close();
  });
}

test("the event's staff pages at 360 and 1280 px", async () => {
  for (const width of [360, 1280]) {
    const ctx = await context(browser, width);
    const page = await ctx.newPage();
    await signIn(page, srv.base, 'admin@alpha.test', PASSWORD, 'en');
    for (const path of ['/orgs/1/events', event, `${event}/edit`, `${event}/registrations`, '/orgs/1/events/new', `${hackathon}/hackathon`]) {
      await page.goto(srv.base + path);
      await checkPage(page, `${path} ${width}`);
    }
    await page.goto(srv.base + '/orgs/1/events');
    await shot(page, `events-list-${width}`);
    await page.goto(`${srv.base}${hackathon}/hackathon`);
    await shot(page, `events-hackathon-${width}`);
    await ctx.close();
  }
});
