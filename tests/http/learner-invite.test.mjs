// Inviting an enrolled person to the learner space goes to people without access only: a
// person whose record has a learner account already, or whose address is a member's of the
// organisation (staff, an administrator), is refused with a message and no mail is sent; the
// invitation of a new person still goes out once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, mails, linkIn } from '../lib/server.mjs';

let srv, alpha, cohort;
const pid = {};

before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'fr']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Spring'], ['starts_on', '2027-03-01'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  // a colleague on the staff, enrolled as a walk-in with the address they sign in with
  const inv = await alpha.submit('/orgs/1/members/invite', [['email', 'trainer@alpha.test'], ['roles', 'staff'], ['lang', 'en']]);
  assert.equal(inv.status, 303);
  const [mail] = await mails(srv.mailDir, 1);
  const trainer = new Client(srv.base);
  assert.equal((await trainer.submit(linkIn(mail.body, '/invitations/'), { name: 'Tom Trainer', password: 'tom-trains-2027', confirm: 'tom-trains-2027' })).status, 303);
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Tom Trainer', email: 'trainer@alpha.test' }, { name: 'Ada Admin', email: 'admin@alpha.test' }])
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  const page = await alpha.get(cohort);
  for (const name of ['Nadia Amrani', 'Tom Trainer', 'Ada Admin']) {
    const m = new RegExp(`Invite to the learner space<span class="sr"> ${name}</span></summary>\\n<form method="post" action="/orgs/1/people/(\\d+)/invite"`).exec(page.text);
    assert.ok(m, `an invitation form for ${name}`);
    pid[name] = m[1];
  }
});
after(async () => { if (srv) await srv.stop(); });

async function invite(name) {
  const page = await alpha.get(cohort);
  return alpha.post(`/orgs/1/people/${pid[name]}/invite`, { csrf_token: csrfFrom(page.text), lang: 'en', back: cohort });
}

test('staff and administrators are not invited as learners; nothing is sent', async () => {
  for (const name of ['Tom Trainer', 'Ada Admin']) {
    const r = await invite(name);
    assert.equal(r.status, 400, name);
    assert.match(r.text, /This address belongs to a member of the organisation(&#39;|')s staff, who is not invited as a learner: nothing was sent\./, name);
  }
  assert.equal((await mails(srv.mailDir, 2, 500)).length, 1, 'only the staff invitation of the set-up');
});

test('a person with a learner account is not invited again', async () => {
  assert.equal((await invite('Nadia Amrani')).status, 303);
  const all = await mails(srv.mailDir, 2);
  assert.equal(all.length, 2);
  const nadia = new Client(srv.base);
  assert.equal((await nadia.submit(linkIn(all[1].body, '/invitations/'), { name: 'Nadia A.', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' })).status, 303);
  const r = await invite('Nadia Amrani');
  assert.equal(r.status, 400);
  assert.match(r.text, /This person has a learner account already: nothing was sent\./);
  assert.equal((await mails(srv.mailDir, 3, 500)).length, 2);
});
