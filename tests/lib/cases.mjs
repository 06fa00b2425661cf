// Real cases, ready to look at: Alpha Training (org 1) counts Gamma Partner (org 3, its member
// pieter@gamma.test) as a partner; Gamma submitted a case, accepted into a cohort and given to
// a team of two learners, one of whom (nadia@learner.test) handed in a link and a file and
// marked a milestone done. For the browser test; the HTTP test builds the same step by step.
import assert from 'node:assert/strict';
import { Client, csrfFrom, mails, linkIn, runTraject, PASSWORD } from './server.mjs';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export async function casesReady(srv) {
  const cli = (args) => assert.equal(runTraject([...args, '--db', srv.db], { input: PASSWORD + '\n' }).code, 0);
  cli(['init', '--org', 'Gamma Partner', '--org-kind', 'partner', '--admin-email', 'admin@gamma.test', '--admin-name', 'Greta Gamma', '--admin-password-file', '-']);
  cli(['user', 'add', '--org', '3', '--email', 'pieter@gamma.test', '--name', 'Pieter Partner', '--role', 'partner', '--password-file', '-']);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const partner = await alpha.submit('/orgs/1/partners', { name: 'Gamma', contact_name: 'Greta Gamma', contact_email: 'greta@gamma.test', org_name: 'Gamma Partner' });
  assert.equal(partner.status, 303);
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
  const cohort = c.location.replace('?saved=1', '');
  const cohortId = cohort.split('/').pop();
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }]) await alpha.submit(cohort, f, `${cohort}/enrol`);
  const invite = /action="(\/orgs\/1\/people\/\d+\/invite)"/.exec((await alpha.get(cohort)).text)[1];
  await alpha.submit(cohort, { lang: 'en', back: cohort }, invite);
  const [mail] = await mails(srv.mailDir, 1);
  const nadia = new Client(srv.base);
  await nadia.submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia A.', password: 'learning-2027-x', confirm: 'learning-2027-x' });

  const pieter = new Client(srv.base);
  await pieter.signIn('pieter@gamma.test');
  const pid = /partner-cases\/new\?partner=(\d+)/.exec((await pieter.get('/orgs/3')).text)[1];
  const form = await pieter.get(`/orgs/3/partner-cases/new?partner=${pid}`);
  const comp = /name="competences" value="(\d+)"> DigComp 2\.2 · 3\.4 /.exec(form.text)[1];
  const sub = await pieter.post('/orgs/3/partner-cases', [['csrf_token', csrfFrom(form.text)], ['partner_id', pid], ['title', 'Smart parking for Molenbeek'],
    ['brief', 'Free parking places are hard to find near the market. Build a small web app that shows them from our sensors, readable on a phone.'],
    ['competences', comp], ['deliverable_1', 'Working prototype'], ['deliverable_2', 'Final report'], ['milestone_1', 'Kick-off with the partner'], ['due_on_1', '2027-02-01'],
    ['milestone_2', 'Demo day'], ['due_on_2', '2027-03-15'], ['contact_name', 'Greta Gamma'], ['contact_email', 'greta@gamma.test']]);
  assert.equal(sub.status, 303, sub.text.slice(0, 500));
  const caseId = /partner-cases\/(\d+)/.exec(sub.location)[1];
  const page = await alpha.get(`/orgs/1/cases/${caseId}`);
  assert.equal((await alpha.confirm(await alpha.post(`/orgs/1/cases/${caseId}/accept`, { csrf_token: csrfFrom(page.text), cohort_id: cohortId }))).status, 303);
  const teams = await alpha.get(`/orgs/1/cohorts/${cohortId}/teams`);
  const people = [...teams.text.matchAll(/name="people" value="(\d+)"/g)].map((m) => ['people', m[1]]);
  assert.equal((await alpha.post(`/orgs/1/cohorts/${cohortId}/teams`, [['csrf_token', csrfFrom(teams.text)], ['name', 'Team Parking'], ...people])).status, 303);
  const page2 = await alpha.get(`/orgs/1/cases/${caseId}`);
  const team = /<option value="(\d+)">Team Parking</.exec(page2.text)[1];
  assert.equal((await alpha.confirm(await alpha.post(`/orgs/1/cases/${caseId}/teams`, { csrf_token: csrfFrom(page2.text), team_id: team }))).status, 303);
  const mine = await nadia.get(`/learning/teams/${team}`);
  const item = /<option value="(\d+)">Working prototype</.exec(mine.text)[1];
  const report = /<option value="(\d+)">Final report</.exec(mine.text)[1];
  for (const [it, url, file] of [[item, 'https://parking.example/demo', null], [report, null, PDF]]) {
    const fd = new FormData();
    fd.set('csrf_token', csrfFrom(mine.text));
    fd.set('item_id', it);
    if (url) fd.set('url', url);
    if (file) fd.set('file', new Blob([file]), 'final-report.pdf');
    assert.equal((await nadia.request('POST', `/learning/teams/${team}/handins`, { body: fd })).status, 303);
  }
  const ms = new RegExp(`action="(/learning/teams/${team}/milestones/\\d+/done)"`).exec(mine.text)[1];
  assert.equal((await nadia.post(ms, { csrf_token: csrfFrom(mine.text) })).status, 303);
  return { caseId, team, cohortId };
}
