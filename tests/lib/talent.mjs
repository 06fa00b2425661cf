// The talent pool, ready to look at: on top of casesReady (Alpha Training counts Gamma
// Partner, org 3, as a partner; nadia@learner.test learns at Alpha), Nadia was assessed in
// programming, wrote a profile that shows it, shows it to every partner, and Gamma's member
// (pieter@gamma.test) asked to meet her. For the browser test; the HTTP test builds it step
// by step.
import assert from 'node:assert/strict';
import { Client, csrfFrom } from './server.mjs';
import { casesReady } from './cases.mjs';

export const LEARNER = { email: 'nadia@learner.test', password: 'learning-2027-x' };

export async function talentReady(srv) {
  const ready = await casesReady(srv);
  const alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const teams = await alpha.get(`/orgs/1/cohorts/${ready.cohortId}/teams`);
  const person = /name="people" value="(\d+)"> Nadia/.exec(teams.text)[1];
  const form = await alpha.get(`/orgs/1/people/${person}/competences`);
  const programming = /<option value="(\d+)">[^<]*3\.4 Programming<\/option>/.exec(form.text)[1];
  const fd = new FormData();
  for (const [k, v] of Object.entries({ csrf_token: csrfFrom(form.text), competence_id: programming, level: '5', assessed_on: '2027-01-10' })) fd.set(k, v);
  assert.equal((await alpha.request('POST', `/orgs/1/people/${person}/assessments`, { body: fd })).status, 303);
  const nadia = new Client(srv.base);
  await nadia.signIn(LEARNER.email, LEARNER.password);
  const saved = await nadia.submit('/learning/talent', [['summary', 'I build accessible websites.'], ['available_from', '2027-03-01'], ['hours', '20'],
    ['contract', 'internship'], ['competences', programming]]);
  assert.equal(saved.status, 303, saved.text.slice(0, 500));
  assert.equal((await nadia.submit('/learning/talent', { visibility: 'all' }, '/learning/talent/visibility')).status, 303);
  const pieter = new Client(srv.base);
  await pieter.signIn('pieter@gamma.test');
  const profile = /href="\/orgs\/3\/talent\/(\d+)"/.exec((await pieter.get('/orgs/3/talent')).text)[1];
  const page = await pieter.get(`/orgs/3/talent/${profile}`);
  assert.equal((await pieter.post(`/orgs/3/talent/${profile}/meet`, { csrf_token: csrfFrom(page.text), message: 'We look for an intern.' })).status, 303);
  return { ...ready, profile };
}
