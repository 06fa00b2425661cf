// Calls for projects as their users make them, for tests that need a grant: a funder
// publishes a call, an organisation submits a proposal with a budget line and its PDF, the
// funder screens it eligible and, once the call has closed, awards it 20,000 EUR.
import assert from 'node:assert/strict';
import { csrfFrom } from './server.mjs';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export function grab(page, re, what) {
  const m = re.exec(page.text);
  assert.ok(m, `${what}: not found by ${re} in\n${page.text.slice(0, 3000)}`);
  return m[1];
}

export async function ok(res, what) {
  assert.equal(res.status, 303, `${what}: ${res.status}\n${res.text.slice(0, 2000)}`);
  return res.location.split('?')[0];
}

// Uploads a PDF as the file of the draft's first attachment; returns the file's id.
export async function upload(c, draft) {
  const page = await c.get(draft);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  fd.set('item_id', grab(page, /name="item_id" value="(\d+)"/, 'attachment item'));
  fd.set('file', new Blob([PDF], { type: 'application/pdf' }), 'budget.pdf');
  const res = await c.request('POST', `${draft}/files`, { body: fd });
  assert.equal(res.status, 303, res.text);
  return grab(await c.get(draft), new RegExp(`href="${draft}/files/(\\d+)"`), 'uploaded file');
}

// A published call of org (open from 15 to 31 January 2027) with an eligibility item, a
// criterion and a PDF attachment.
export async function publishedCall(c, org) {
  const call = await ok(await c.submit(`/orgs/${org}/calls/new`, {
    title_en: `Call of organisation ${org}`, budget: '600000', min_grant: '10000', max_grant: '100000',
    opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00', reviews_needed: '1', scale_min: '0', scale_max: '10',
  }, `/orgs/${org}/calls`), 'call');
  for (const [kind, text] of [['eligibility', 'Non-profit'], ['criterion', 'Reach'], ['attachment', 'Budget (PDF)']])
    await ok(await c.submit(call, { kind, text_en: text, weight: '1' }, `${call}/items`), kind);
  const item = grab(await c.get(call), /action="\/orgs\/\d+\/call-items\/(\d+)\/delete"/, 'call item');
  await ok(await c.submit(call, {}, `${call}/publish`), 'publish');
  return { call, id: call.split('/').pop(), item };
}

// A submitted proposal of org to a call: returns its id, its budget line and its file.
export async function submittedProposal(c, org, callId, title, extra = {}) {
  const d = await ok(await c.submit(`/orgs/${org}/proposals`, { call_id: callId, title }, `/orgs/${org}/proposals`), 'proposal');
  await ok(await c.submit(d, { title, summary: 'Code clubs.', requested: '20000', ...extra }, d), 'draft');
  await ok(await c.submit(d, { label: 'All costs', amount: '20000' }, `${d}/budget-lines`), 'budget line');
  const line = grab(await c.get(d), /action="\/orgs\/\d+\/budget-lines\/(\d+)\/delete"/, 'budget line');
  const file = await upload(c, d);
  await ok(await c.submit(d, {}, `${d}/submit`), 'submit');
  return { id: d.split('/').pop(), line, file };
}

// Screens the submission eligible.
export async function screen(c, org, proposalId) {
  const sub = `/orgs/${org}/submissions/${proposalId}`;
  const item = grab(await c.get(sub), /name="(m-\d+)" value="1"/, 'eligibility item');
  await ok(await c.submit(sub, { [item]: '1' }, `${sub}/screening`), 'screening');
}

// Selects the proposal with 20,000 EUR (knowing it has no review); returns the grant's id.
export async function award(c, org, call, proposalId) {
  await ok(await c.confirm(await c.submit(`${call}/ranking`, [['sel', proposalId], [`a-${proposalId}`, '20000'], [`ok-${proposalId}`, '1']], `${call}/decision`)), 'decision');
  return grab(await c.get(`/orgs/${org}/grants`), /href="\/orgs\/\d+\/grants\/(\d+)"/, 'grant');
}
