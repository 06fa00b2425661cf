// A learner's own space: staff invite an enrolled walk-in learner, the invitation links
// their record to the new account; the learner sees their programmes, schedule and
// attendance; private iCalendar feeds per learner and per cohort parse with libical,
// stop working when reset, and refuse forged links. Fixed clock: Wednesday 13 January
// 2027, 10:00 in Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, csrfFrom, mails, linkIn, ROOT } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
const ICALCHECK = join(ROOT, 'build/tests/icalcheck');
let srv, alpha, beta, nadia, cohort, cohortId, nadiaPid, tmp;

// Parses an iCalendar body with libical; returns [{start, end, uid, summary, location}].
function icalEvents(body) {
  const file = join(tmp, `feed-${Math.random().toString(36).slice(2)}.ics`);
  writeFileSync(file, body);
  const out = execFileSync(ICALCHECK, [file], { encoding: 'utf8' });
  return out.trim().split('\n').filter(Boolean).map((l) => {
    const [start, end, uid, summary, location] = l.split('\t');
    return { start: Number(start), end: Number(end), uid, summary, location };
  });
}

function feedPath(html, kind) {
  const m = new RegExp(`href="https?://[^"/]+(/calendar/${kind}\\d+-[0-9a-f]{32}\\.ics\\?lang=\\w\\w)"`).exec(html);
  assert.ok(m, `no ${kind} feed link in the page`);
  return m[1].replace(/&amp;/g, '&');
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-ical-'));
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  const loc = await alpha.submit('/orgs/1/locations/new', { name: 'Canal hub', address: 'Rue du Canal 4', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations');
  assert.equal(loc.status, 303);
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['title_fr', 'Développeur web'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'fr']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const form = await alpha.get(`${programme}/cohorts/new`);
  const locId = /<option value="(\d+)">Canal hub/.exec(form.text)[1];
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-01-29'], ['capacity', '12'], ['location_id', locId]], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  cohortId = cohort.split('/').pop();
  const g = await alpha.submit(cohort, [['weekdays', '0'], ['weekdays', '1'], ['weekdays', '2'], ['weekdays', '3'], ['gen_start', '09:00'], ['gen_end', '16:00']], `${cohort}/schedule`);
  assert.equal(g.status, 303);
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }]) {
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  }
});
after(async () => {
  if (srv) await srv.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('staff invite an enrolled learner who has an e-mail address; the mail is in their language', async () => {
  const page = await alpha.get(cohort);
  const forms = [...page.text.matchAll(/action="(\/orgs\/1\/people\/(\d+)\/invite)"/g)];
  assert.equal(forms.length, 1, 'only Nadia has an e-mail address');
  nadiaPid = forms[0][2];
  assert.match(page.text, /An invitation goes to nadia@learner\.test\./);
  const res = await alpha.submit(cohort, { lang: 'fr', back: cohort }, forms[0][1]);
  assert.equal(res.status, 303);
  assert.equal(res.location, `${cohort}?invited=1`);
  const [mail] = await mails(srv.mailDir, 1);
  assert.equal(mail.to, 'nadia@learner.test');
  assert.match(mail.subject, /Invitation à rejoindre Alpha Training/);
  assert.match(mail.body, /apprenant/i);

  // accepting links the enrolled record: no second person appears
  nadia = new Client(srv.base);
  const link = linkIn(mail.body, '/invitations/');
  const acc = await nadia.submit(link, { name: 'Nadia A.', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' });
  assert.equal(acc.status, 303);
  assert.equal(acc.location, '/learning');
  const after = await alpha.get(cohort);
  assert.match(after.text, /Has a learner account\./);
  assert.equal([...after.text.matchAll(/action="\/orgs\/1\/people\/\d+\/invite"/g)].length, 0);
  assert.equal((after.text.match(/Nadia Amrani/g) || []).length >= 1, true);
  assert.doesNotMatch(after.text, /Nadia A\.</);
});

test('the learner sees their programme, schedule and attendance, and nothing of the organisation', async () => {
  // the trainer marks three past sessions: present, absent, late
  const c = await alpha.get(cohort);
  const sessions = [...c.text.matchAll(/\/orgs\/1\/sessions\/(\d+)\/attendance/g)].map((m) => m[0]);
  assert.equal(sessions.length, 16);
  const marks = ['present', 'absent', 'late'];
  for (let i = 0; i < 3; i++) {
    const roster = await alpha.get(sessions[i]);
    const fields = { csrf_token: csrfFrom(roster.text) };
    for (const [, k, v] of roster.text.matchAll(/name="(a-\d+)" value="(\w+)" checked/g)) fields[k] = v;
    const nadiaKey = /<legend>Nadia Amrani<\/legend>\n<label><input type="radio" name="(a-\d+)"/.exec(roster.text)[1];
    fields[nadiaKey] = marks[i];
    assert.equal((await alpha.post(sessions[i], fields)).status, 303);
  }
  const page = await nadia.get('/learning');
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>My learning<\/h1>/);
  assert.match(page.text, /Web developer/);
  assert.match(page.text, /Alpha Training · Winter group/);
  assert.match(page.text, /Attendance: 66%\. <strong class="warn">Below 80%/);
  const schedule = page.text.split('id="my-schedule"')[1].split('id="my-attendance"')[0];
  // from today's session (09:00-16:00, under way) to the last Thursday: 10 sessions
  assert.equal((schedule.match(/<li><strong>/g) || []).length, 10);
  assert.match(schedule, /<li><strong>Wednesday 2027-01-13, 09:00–16:00<\/strong><span>Web developer · Winter group<\/span><span>Canal hub, Brussels<\/span><\/li>/);
  assert.match(schedule, /Thursday 2027-01-28/);
  const attendance = page.text.split('id="my-attendance"')[1];
  assert.match(attendance, /<li><strong>Monday 2027-01-04, 09:00–16:00<\/strong><span>Web developer<\/span><span class="mark present">Present<\/span><\/li>/);
  assert.match(attendance, /<li><strong>Tuesday 2027-01-05, 09:00–16:00<\/strong><span>Web developer<\/span><span class="mark absent">Absent<\/span><\/li>/);
  assert.match(attendance, /<li><strong>Wednesday 2027-01-06, 09:00–16:00<\/strong><span>Web developer<\/span><span class="mark late">Late<\/span><\/li>/);
  assert.match(attendance, /<li><strong>Thursday 2027-01-07, 09:00–16:00<\/strong><span>Web developer<\/span><span class="mark none">Not recorded<\/span><\/li>/);
  assert.doesNotMatch(page.text, /Omar Haddad/);
  // a learner is not staff: the organisation's training pages stay closed
  for (const p of [cohort, '/orgs/1/programmes', '/orgs/1/members']) {
    assert.notEqual((await nadia.get(p)).status, 200, p);
  }
  // someone else's learning page is their own: empty for Beta's admin
  const other = await beta.get('/learning');
  assert.match(other.text, /You are not enrolled in any programme yet\./);
  assert.doesNotMatch(other.text, /Web developer/);
});

test("the learner's calendar feed parses with libical and follows the schedule", async () => {
  const page = await nadia.get('/learning');
  const path = feedPath(page.text, 'p');
  const anon = new Client(srv.base);
  const res = await anon.get(path);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/calendar; charset=utf-8/);
  assert.ok(res.text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
  const events = icalEvents(res.text);
  assert.equal(events.length, 16);
  // CET in January: 09:00 in Brussels is 08:00 UTC
  assert.equal(events[0].start, Date.UTC(2027, 0, 4, 8) / 1000);
  assert.equal(events[0].end, Date.UTC(2027, 0, 4, 15) / 1000);
  assert.equal(events[15].start, Date.UTC(2027, 0, 28, 8) / 1000);
  assert.equal(events[0].summary, 'Web developer — Winter group');
  assert.equal(events[0].location, 'Canal hub, Rue du Canal 4, Brussels');
  assert.equal(new Set(events.map((e) => e.uid)).size, 16);
  // in French when the link says so
  const fr = await anon.get(path.replace('lang=en', 'lang=fr'));
  assert.equal(icalEvents(fr.text)[0].summary, 'Développeur web — Winter group');
});

test('forged, altered and reset feed links are 404', async () => {
  const page = await nadia.get('/learning');
  const path = feedPath(page.text, 'p');
  const anon = new Client(srv.base);
  const tag = /-([0-9a-f]{32})\.ics/.exec(path)[1];
  const flipped = tag.slice(0, -1) + (tag.endsWith('0') ? '1' : '0');
  for (const p of [
    path.replace(tag, flipped),
    path.replace('/calendar/p', '/calendar/c'), // the same id and tag as a cohort
    path.replace(/p(\d+)-/, (m, id) => `p${Number(id) + 1}-`),
    '/calendar/p1-' + '0'.repeat(32) + '.ics',
    '/calendar/x', '/calendar/p1.ics', '/calendar/p-1-' + tag + '.ics',
  ]) {
    assert.equal((await anon.get(p)).status, 404, p);
  }
  // only Nadia can make her new link
  const bt = csrfFrom((await beta.get('/learning')).text);
  assert.equal((await beta.post(`/learning/feeds/${nadiaPid}/reset`, { csrf_token: bt })).status, 404);
  assert.equal((await anon.get(path)).status, 200);
  const r = await nadia.submit('/learning', {}, `/learning/feeds/${nadiaPid}/reset`);
  assert.equal(r.status, 303);
  assert.equal((await anon.get(path)).status, 404);
  const fresh = feedPath((await nadia.get('/learning')).text, 'p');
  assert.notEqual(fresh, path);
  assert.equal((await anon.get(fresh)).status, 200);
});

test("a cohort's feed: on the cohort page for staff, resettable, closed to other organisations", async () => {
  const page = await alpha.get(cohort);
  const path = feedPath(page.text, 'c');
  const anon = new Client(srv.base);
  const events = icalEvents((await anon.get(path)).text);
  assert.equal(events.length, 16);
  const bt = csrfFrom((await beta.get('/orgs/2')).text);
  assert.equal((await beta.post(`/orgs/2/cohorts/${cohortId}/feed/reset`, { csrf_token: bt })).status, 404);
  assert.equal((await anon.get(path)).status, 200);
  const r = await alpha.submit(cohort, {}, `${cohort}/feed/reset`);
  assert.equal(r.status, 303);
  assert.equal((await anon.get(path)).status, 404);
  assert.equal(icalEvents((await anon.get(feedPath((await alpha.get(cohort)).text, 'c'))).text).length, 16);
});

test("a withdrawn learner's feed and schedule empty; another organisation cannot invite the person", async () => {
  const bt = csrfFrom((await beta.get('/orgs/2')).text);
  let res = await beta.post(`/orgs/2/people/${nadiaPid}/invite`, { csrf_token: bt, lang: 'en' });
  assert.equal(res.status, 404);
  res = await beta.post(`/orgs/1/people/${nadiaPid}/invite`, { csrf_token: bt, lang: 'en' });
  assert.equal(res.status, 404);
  const c = await alpha.get(cohort);
  const end = /action="(\/orgs\/1\/enrolments\/\d+\/end)"[\s\S]*?<span class="sr"> Nadia Amrani/.exec(c.text);
  const ends = [...c.text.matchAll(/<summary>End the enrolment<span class="sr"> ([^<]+)<\/span><\/summary>\n<form method="post" action="([^"]+)"/g)];
  const nadiaEnd = ends.find((m) => m[1] === 'Nadia Amrani');
  assert.ok(nadiaEnd || end, 'an end form for Nadia');
  res = await alpha.submit(cohort, { status: 'withdrawn', ended_on: '2027-01-13', reason: 'Found a job' }, nadiaEnd[2]);
  assert.equal(res.status, 303);
  const page = await nadia.get('/learning');
  assert.match(page.text, /Withdrawn/);
  assert.match(page.text, /No sessions planned\./);
  const events = icalEvents((await new Client(srv.base).get(feedPath(page.text, 'p'))).text);
  assert.equal(events.length, 0);
});
