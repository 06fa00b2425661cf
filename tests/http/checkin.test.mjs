// Self check-in with a session's QR code: the trainer shows the code, an enrolled learner
// signed in on their phone checks in during the session only (from 30 minutes before the
// start to the end; late after 15 minutes); others are refused; forged codes are 404.
// The clock is fixed per server start: Wednesday 13 January 2027, session 09:00-16:00.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn } from '../lib/server.mjs';

const at = (h, m) => String(Date.UTC(2027, 0, 13, h - 1, m) / 1000); // Brussels (CET) → UTC
let srv, alpha, code, roster, sessionId;
const accounts = {}; // email → password

async function restart(now) {
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: now } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
}

async function learner(email) {
  const c = new Client(srv.base);
  await c.signIn(email, accounts[email]);
  return c;
}

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: at(8, 0) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Data basics'], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const cohorts = [];
  for (const name of ['Morning group', 'Other group']) {
    const c = await alpha.submit(`${programme}/cohorts/new`, [['name', name], ['starts_on', '2027-01-11'], ['ends_on', '2027-01-15'], ['capacity', '10']], `${programme}/cohorts`);
    const path = c.location.replace('?saved=1', '');
    cohorts.push(path);
    await alpha.submit(path, [['weekdays', '2'], ['gen_start', '09:00'], ['gen_end', '16:00']], `${path}/schedule`);
  }
  const people = [[cohorts[0], 'Nadia Amrani', 'nadia@learner.test'], [cohorts[0], 'Lina Peeters', 'lina@learner.test'], [cohorts[1], 'Sam Other', 'sam@learner.test']];
  for (const [c, name, email] of people) assert.equal((await alpha.submit(c, { name, email }, `${c}/enrol`)).status, 303);
  let n = 0;
  for (const [c, , email] of people) {
    const page = await alpha.get(c);
    const forms = [...page.text.matchAll(/action="(\/orgs\/1\/people\/\d+\/invite)"[\s\S]*?An invitation goes to ([^<]+)\./g)];
    const form = forms.find((m) => m[2] === email);
    assert.ok(form, `an invitation form for ${email}`);
    await alpha.submit(c, { lang: 'en', back: c }, form[1]);
    n++;
    const mail = (await mails(srv.mailDir, n)).find((m) => m.to === email);
    const pw = `pw-${email}-2027`;
    const res = await new Client(srv.base).submit(linkIn(mail.body, '/invitations/'), { name: email, password: pw, confirm: pw });
    assert.equal(res.status, 303);
    accounts[email] = pw;
  }
  const page = await alpha.get(cohorts[0]);
  roster = /\/orgs\/1\/sessions\/(\d+)\/attendance/.exec(page.text)[0];
  sessionId = roster.split('/')[4];
});
after(async () => { if (srv) await srv.stop(); });

test('the trainer shows a QR code of the check-in link, with its hours', async () => {
  const rp = await alpha.get(roster);
  assert.match(rp.text, new RegExp(`href="/orgs/1/sessions/${sessionId}/check-in"`));
  const page = await alpha.get(`/orgs/1/sessions/${sessionId}/check-in`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<svg class="qr" role="img" aria-label="QR code to check in"/);
  assert.match(page.text, /<path fill="#000" d="M4 4h7v1h-7z/); // the top-left finder pattern
  const m = new RegExp(`href="https?://[^"/]+(/check-in/${sessionId}-[0-9a-f]{32})"`).exec(page.text);
  assert.ok(m, 'the check-in link');
  code = m[1];
  assert.match(page.text, /This code works only from 08:30 until 16:00/);
  // another organisation cannot show it
  const beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  assert.equal((await beta.get(`/orgs/2/sessions/${sessionId}/check-in`)).status, 404);
  assert.equal((await beta.get(`/orgs/1/sessions/${sessionId}/check-in`)).status, 404);
});

test('before the window the code says when it opens and records nothing', async () => {
  const nadia = await learner('nadia@learner.test');
  const page = await nadia.get(code);
  assert.equal(page.status, 200);
  assert.match(page.text, /Check-in opens at 08:30, half an hour before the session\./);
  assert.doesNotMatch(page.text, /I am here/);
  const res = await nadia.post(code, { csrf_token: csrfFrom(page.text) });
  assert.equal(res.status, 409);
  assert.doesNotMatch((await alpha.get(roster)).text, /Checked in with the code/);
});

test('during the session: present on time, late after a quarter of an hour, once only', async () => {
  await restart(at(9, 5));
  const nadia = await learner('nadia@learner.test');
  let page = await nadia.get(code);
  assert.match(page.text, /I am here/);
  let res = await nadia.post(code, { csrf_token: csrfFrom(page.text) });
  assert.equal(res.status, 303);
  assert.equal(res.location, code);
  page = await nadia.get(code);
  assert.match(page.text, /You checked in at 09:05\./);

  await restart(at(9, 40));
  const lina = await learner('lina@learner.test');
  page = await lina.get(code);
  res = await lina.post(code, { csrf_token: csrfFrom(page.text) });
  assert.equal(res.status, 303);
  assert.match((await lina.get(code)).text, /You checked in at 09:40, late\./);
  // a second scan changes nothing
  const again = await learner('nadia@learner.test');
  res = await again.post(code, { csrf_token: csrfFrom((await again.get('/learning')).text) });
  assert.equal(res.status, 303);
  assert.match((await again.get(code)).text, /You checked in at 09:05\./);

  const r = await alpha.get(roster);
  assert.match(r.text, /<legend>Lina Peeters<\/legend>\n<p class="via">Checked in with the code at 09:40\.<\/p>\n<label><input type="radio" name="a-\d+" value="present"> Present<\/label>\n<label><input type="radio" name="a-\d+" value="absent"> Absent<\/label>\n<label><input type="radio" name="a-\d+" value="excused"> Excused<\/label>\n<label><input type="radio" name="a-\d+" value="late" checked> Late/);
  assert.match(r.text, /<legend>Nadia Amrani<\/legend>\n<p class="via">Checked in with the code at 09:05\.<\/p>\n<label><input type="radio" name="a-\d+" value="present" checked>/);
});

test('the trainer saving the roster keeps unchanged check-ins and overrides changed ones', async () => {
  const r = await alpha.get(roster);
  const fields = { csrf_token: csrfFrom(r.text) };
  for (const [, k, v] of r.text.matchAll(/name="(a-\d+)" value="(\w+)" checked/g)) fields[k] = v;
  const lina = /<legend>Lina Peeters<\/legend>\n<p class="via">[^<]*<\/p>\n<label><input type="radio" name="(a-\d+)"/.exec(r.text)[1];
  fields[lina] = 'present';
  assert.equal((await alpha.post(roster, fields)).status, 303);
  const after = (await alpha.get(roster)).text;
  assert.match(after, /<legend>Nadia Amrani<\/legend>\n<p class="via">Checked in with the code at 09:05\./);
  assert.match(after, /<legend>Lina Peeters<\/legend>\n<label><input type="radio" name="a-\d+" value="present" checked>/);
});

test('a learner of another group is refused; forged codes are 404; anonymous visitors sign in first', async () => {
  const sam = await learner('sam@learner.test');
  const page = await sam.get(code);
  assert.equal(page.status, 403);
  assert.match(page.text, /You are not enrolled in this group\./);
  const res = await sam.post(code, { csrf_token: csrfFrom((await sam.get('/learning')).text) });
  assert.equal(res.status, 403);
  const tag = code.split('-').pop();
  const flipped = tag.slice(0, -1) + (tag.endsWith('0') ? '1' : '0');
  for (const p of [code.replace(tag, flipped), `/check-in/${Number(sessionId) + 1}-${tag}`, '/check-in/x', `/check-in/${sessionId}`, `${code}0`]) {
    assert.equal((await sam.get(p)).status, 404, p);
  }
  const anon = new Client(srv.base);
  const a = await anon.get(code);
  assert.equal(a.status, 303);
  assert.equal(a.location, '/sign-in?next=' + encodeURIComponent(code));
});

test('after the session the code is closed', async () => {
  await restart(at(16, 30));
  // Lina's check-in was overridden by the trainer: she is told check-in is closed
  const lina = await learner('lina@learner.test');
  const page = await lina.get(code);
  assert.match(page.text, /This session has ended: check-in is closed\./);
  assert.doesNotMatch(page.text, /I am here/);
  assert.equal((await lina.post(code, { csrf_token: csrfFrom(page.text) })).status, 409);
  // Nadia's own check-in stays shown
  const nadia = await learner('nadia@learner.test');
  assert.match((await nadia.get(code)).text, /You checked in at 09:05\./);
  const r = (await alpha.get(roster)).text;
  assert.match(r, /<legend>Lina Peeters<\/legend>\n<label><input type="radio" name="a-\d+" value="present" checked>/);
});
