// Calls for projects, first part: a funder creates a call (limits, dates, checklist,
// weighted criteria, attachments, target groups) and publishes it; an organisation drafts
// a proposal the funder cannot see, and submits it before the deadline, which holds to the
// second; a receipt comes by mail. The clock is fixed per server start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, runTraject, mails } from '../lib/server.mjs';

// Brussels is UTC+1 in January
const at = (day, h, m = 0, s = 0) => String(Date.UTC(2027, 0, day, h - 1, m, s) / 1000);
let srv, alpha, beta, call, callId;
const drafts = [];

async function restart(now) {
  await srv.stop({ keep: true });
  srv = await startServer({ from: srv, env: { TRAJECT_NOW: now } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
}

const callFields = (extra = {}) => ({
  title_en: 'Digital inclusion 2027', title_fr: 'Inclusion numérique 2027',
  description_en: 'Projects that bring people online.\nTwo lines.',
  budget: '600.000', min_grant: '10.000', max_grant: '100 000,00',
  opens_at: '2027-01-15T09:00', closes_at: '2027-01-31T12:00',
  reviews_needed: '3', scale_min: '0', scale_max: '10', ...extra,
});

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: at(10, 10) } });
  // Beta Training becomes the funder of this story
  const g = runTraject(['user', 'grant', '--db', srv.db, '--org', '2', '--email', 'admin@beta.test', '--role', 'admin,funder']);
  assert.equal(g.code, 0, g.stderr);
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
});
after(async () => { if (srv) await srv.stop(); });

test('bad call forms are refused with a message beside the field; nothing is saved', async () => {
  const cases = [
    [{ max_grant: '700.000' }, /The largest grant cannot exceed the budget/],
    [{ min_grant: '200.000' }, /The largest grant cannot be below the smallest/],
    [{ budget: 'lots' }, /Total budget: enter an amount in euro/],
    [{ closes_at: '2027-01-14T09:00' }, /The call must close after it opens/],
    [{ opens_at: '2027-02-30T09:00' }, /Enter a date and time that exist/],
    [{ title_en: '', title_fr: '' }, /Give the title in at least one language/],
    [{ scale_max: '0' }, /The highest score must be above the lowest|Highest score/],
  ];
  for (const [extra, message] of cases) {
    const res = await beta.submit('/orgs/2/calls/new', callFields(extra), '/orgs/2/calls');
    assert.equal(res.status, 400, JSON.stringify(extra));
    assert.match(res.text, message);
  }
  assert.match((await beta.get('/orgs/2/calls')).text, /No calls yet/);
});

test('the funder builds the call, which is public only once published', async () => {
  const res = await beta.submit('/orgs/2/calls/new', callFields(), '/orgs/2/calls');
  assert.equal(res.status, 303);
  call = res.location.replace('?saved=1', '');
  callId = call.split('/').pop();
  const anon = new Client(srv.base);
  assert.equal((await anon.get(`/calls/${callId}`)).status, 404);
  // publishing needs an award criterion
  let r = await beta.submit(call, {}, `${call}/publish`);
  assert.equal(r.status, 409);
  assert.match(r.text, /Add at least one award criterion before publishing/);
  const items = [
    ['eligibility', 'Registered non-profit in Brussels', 1], ['eligibility', 'A typo to remove', 1],
    ['criterion', 'Reach of vulnerable groups', 3], ['criterion', 'Quality of the training', 2],
    ['criterion', 'Cost efficiency', 1], ['attachment', 'Budget (PDF)', 1],
  ];
  for (const [kind, text, weight] of items) {
    r = await beta.submit(call, { kind, text_en: text, weight: String(weight) }, `${call}/items`);
    assert.equal(r.status, 303, text);
  }
  r = await beta.submit(call, { kind: 'criterion', text_en: 'No weight', weight: '0' }, `${call}/items`);
  assert.equal(r.status, 400);
  assert.match(r.text, /needs a weight from 1 to 100/);
  let page = await beta.get(call);
  assert.match(page.text, /weights add up to 6/);
  const li = page.text.split('<li>').find((x) => x.startsWith('A typo to remove'));
  const typo = li && /action="(\/orgs\/2\/call-items\/\d+\/delete)"/.exec(li);
  assert.ok(typo, 'a remove button for the typo');
  assert.equal((await beta.submit(call, {}, typo[1])).status, 303);
  page = await beta.get(call);
  assert.doesNotMatch(page.text, /A typo to remove/);
  // the funder's nine target groups, three chosen for this call
  const groups = [...page.text.matchAll(/name="groups" value="(\d+)"> ([^<]+)</g)];
  assert.equal(groups.length, 9);
  assert.deepEqual(groups.slice(0, 3).map((g) => g[2]), ['Newcomers', 'Job-seekers far from work', 'Women']);
  r = await beta.submit(call, groups.slice(0, 3).map((g) => ['groups', g[1]]), `${call}/groups`);
  assert.equal(r.status, 303);
  r = await beta.submit(call, {}, `${call}/publish`);
  assert.equal(r.status, 303);
  const pub = await anon.get(`/calls/${callId}`);
  assert.equal(pub.status, 200);
  assert.match(pub.text, /<h1>Digital inclusion 2027<\/h1>/);
  assert.match(pub.text, /€600,000.00/);
  assert.match(pub.text, /€10,000.00 – €100,000.00/);
  assert.match(pub.text, /Friday 2027-01-15 09:00/);
  assert.match(pub.text, /Sunday 2027-01-31 12:00/);
  assert.match(pub.text, /<li>Newcomers<\/li>/);
  assert.match(pub.text, /<li>Reach of vulnerable groups <small>\(weight 3\)<\/small><\/li>/);
  assert.doesNotMatch(pub.text, /call-items/);
  const fr = await new Client(srv.base, { lang: 'fr' }).get(`/calls/${callId}`);
  assert.match(fr.text, /<h1>Inclusion numérique 2027<\/h1>/);
  assert.match(fr.text, /600\u202f000,00\u00a0€/);
  assert.match((await anon.get('/calls')).text, new RegExp(`href="/calls/${callId}"`));
  // published: items can no longer be removed
  const item = /action="(\/orgs\/2\/call-items\/\d+\/delete)"/.exec(page.text)[1];
  assert.equal((await beta.submit(call, {}, item)).status, 404);
});

test('an organisation drafts proposals that the funder does not see', async () => {
  const list = await alpha.get('/orgs/1/proposals');
  assert.match(list.text, /Digital inclusion 2027/);
  for (const title of ['Code club Molenbeek', 'Late one', 'Just in time']) {
    const r = await alpha.submit('/orgs/1/proposals', { call_id: callId, title }, '/orgs/1/proposals');
    assert.equal(r.status, 303);
    drafts.push(r.location);
  }
  const page = await beta.get(call);
  assert.match(page.text, /No proposal submitted yet/);
  assert.doesNotMatch(page.text, /Code club Molenbeek/);
  // the funder cannot open a draft, nor can another organisation
  const pid = drafts[0].split('/').pop();
  assert.equal((await beta.get(`/orgs/2/proposals/${pid}`)).status, 404);
  assert.equal((await beta.get(`/orgs/1/proposals/${pid}`)).status, 404);
});

test('a draft is checked: the amount within the limits, groups of the call only', async () => {
  const d = drafts[0];
  const form = await alpha.get(d);
  assert.match(form.text, /Amount requested \(euro, from €10,000.00 to €100,000.00\)/);
  const groups = [...form.text.matchAll(/name="groups" value="(\d+)"> ([^<]+)</g)];
  assert.equal(groups.length, 3);
  let r = await alpha.submit(d, { title: 'Code club Molenbeek', summary: 'Weekly code clubs.', requested: '120.000' }, d);
  assert.equal(r.status, 400);
  assert.match(r.text, /This call grants from €10,000.00 to €100,000.00/);
  r = await alpha.submit(d, { title: '', requested: '80.000' }, d);
  assert.equal(r.status, 400);
  assert.match(r.text, /Title of your project is required|Title of your project/);
  r = await alpha.submit(d, [['title', 'Code club Molenbeek'], ['requested', '80.000'], ['groups', '999999']], d);
  assert.equal(r.status, 400);
  r = await alpha.submit(d, [['title', 'Code club Molenbeek'], ['requested', '80.000'], ['planned_trained', '120'], ['planned_reached', '400'], ['groups', groups[0][1]], ['groups', groups[2][1]]], d);
  assert.equal(r.status, 303);
  for (const [label, amount] of [['Trainers', '50.000'], ['Laptops', '30.000']]) {
    r = await alpha.submit(d, { label, amount }, `${d}/budget-lines`);
    assert.equal(r.status, 303);
  }
  r = await alpha.submit(d, { label: 'Bad', amount: 'x' }, `${d}/budget-lines`);
  assert.equal(r.status, 400);
  const page = await alpha.get(d);
  assert.match(page.text, /<th scope="row">Total<\/th><td class="num">€80,000.00<\/td>/);
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

// Uploads bytes as the file of the proposal's first required attachment.
async function upload(d, bytes, name) {
  const page = await alpha.get(d);
  const item = /name="item_id" value="(\d+)"/.exec(page.text)[1];
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  fd.set('item_id', item);
  fd.set('file', new Blob([bytes], { type: 'application/pdf' }), name);
  const res = await fetch(srv.base + `${d}/files`, { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: alpha.cookieHeader() } });
  return { status: res.status, text: await res.text() };
}

test('attachments: only a PDF of at most 5 MB; it can be replaced while a draft', async () => {
  const d = drafts[0];
  let r = await upload(d, Buffer.from('just text'), 'budget.pdf');
  assert.equal(r.status, 400);
  assert.match(r.text, /budget.pdf is not a PDF file/);
  r = await upload(d, PDF, 'budget.docx');
  assert.equal(r.status, 400);
  assert.match(r.text, /budget.docx is not a PDF file/);
  const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
  r = await upload(d, big, 'big.pdf');
  assert.equal(r.status, 400);
  assert.match(r.text, /big.pdf is 5.0 MB: the limit is 5 MB/);
  r = await upload(d, Buffer.from('%PDF-1.4 first'), 'first.pdf');
  assert.equal(r.status, 303);
  r = await upload(d, PDF, 'Budget 2027 (final).pdf');
  assert.equal(r.status, 303);
  const page = await alpha.get(d);
  assert.doesNotMatch(page.text, /first\.pdf/);
  const link = /href="(\/orgs\/1\/proposals\/\d+\/files\/\d+)">Budget 2027 \(final\)\.pdf<\/a>/.exec(page.text)[1];
  const res = await fetch(srv.base + link, { headers: { cookie: alpha.cookieHeader() } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.match(res.headers.get('content-disposition'), /filename="Budget_2027__final_.pdf"/);
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), PDF);
  // the funder cannot fetch a draft's file
  const fid = link.split('/').pop();
  assert.equal((await beta.get(`/orgs/2/submissions/${d.split('/').pop()}/files/${fid}`)).status, 404);
});

test('submitting: not before the opening, complete, then read-only with a receipt by mail', async () => {
  const d = drafts[0];
  let r = await alpha.submit(d, {}, `${d}/submit`);
  assert.equal(r.status, 409);
  assert.match(r.text, /The call opens on Friday 2027-01-15 09:00/);
  await restart(at(20, 14, 30, 15));
  r = await alpha.submit(d, {}, `${d}/submit`);
  assert.equal(r.status, 409); // no summary yet
  assert.match(r.text, /Summary is required/);
  r = await alpha.submit(d, { title: 'Code club Molenbeek', summary: 'Weekly code clubs for newcomers and women.', requested: '80.000', planned_trained: '120', planned_reached: '400' }, d);
  assert.equal(r.status, 303);
  r = await alpha.submit(d, {}, `${d}/submit`);
  assert.equal(r.status, 303);
  assert.match(r.location, /\?submitted=1$/);
  const page = await alpha.get(d);
  assert.match(page.text, /<dt>Receipt<\/dt><dd>C\d+-P\d+-\d+<\/dd>/);
  assert.match(page.text, /<dt>Submitted<\/dt><dd>Wednesday 2027-01-20 14:30<\/dd>/);
  assert.doesNotMatch(page.text, /Save the draft/);
  const [mail] = (await mails(srv.mailDir, 1)).filter((m) => /Receipt/.test(m.subject));
  assert.equal(mail.to, 'admin@alpha.test');
  assert.match(mail.body, /Submitted: Wednesday 2027-01-20 14:30/);
  // no more changes
  r = await alpha.post(d, { csrf_token: csrfFrom(page.text), title: 'Changed', requested: '90.000' });
  assert.equal(r.status, 409);
  r = await alpha.post(`${d}/budget-lines`, { csrf_token: csrfFrom(page.text), label: 'More', amount: '1' });
  assert.equal(r.status, 400);
  // the funder sees it now, with its attachment
  const sub = await beta.get(`/orgs/2/submissions/${d.split('/').pop()}`);
  const flink = /href="(\/orgs\/2\/submissions\/\d+\/files\/\d+)"/.exec(sub.text)[1];
  const file = await fetch(srv.base + flink, { headers: { cookie: beta.cookieHeader() } });
  assert.equal(file.status, 200);
  assert.deepEqual(Buffer.from(await file.arrayBuffer()), PDF);
  assert.equal((await alpha.get(flink)).status, 404);
  const f = await beta.get(call);
  assert.match(f.text, /1 proposal submitted, requesting €80,000.00 in total/);
  assert.match(f.text, /">Code club Molenbeek<\/a><\/td><td>Alpha Training<\/td><td class="num">€80,000.00<\/td>/);
});

async function prepare(d, title) {
  const r = await alpha.submit(d, { title, summary: 'A project.', requested: '20.000' }, d);
  assert.equal(r.status, 303);
  assert.equal((await alpha.submit(d, { label: 'All', amount: '20.000' }, `${d}/budget-lines`)).status, 303);
  assert.equal((await upload(d, PDF, 'budget.pdf')).status, 303);
}

test('the deadline holds to the second', async () => {
  await prepare(drafts[1], 'Late one');
  await prepare(drafts[2], 'Just in time');
  await restart(at(31, 11, 59, 59));
  let r = await alpha.submit(drafts[2], {}, `${drafts[2]}/submit`);
  assert.equal(r.status, 303);
  await restart(at(31, 12, 0, 0));
  r = await alpha.submit(drafts[1], {}, `${drafts[1]}/submit`);
  assert.equal(r.status, 409);
  assert.match(r.text, /The call closed on Sunday 2027-01-31 12:00 \(Brussels time\): late proposals are refused/);
  const f = await beta.get(call);
  assert.match(f.text, /2 proposals submitted/);
  assert.doesNotMatch(f.text, /Late one/);
  // no new drafts on a closed call
  r = await alpha.submit('/orgs/1/proposals', { call_id: callId, title: 'Too late' }, '/orgs/1/proposals');
  assert.equal(r.status, 409);
});

test('the funder screens eligibility item by item; the applicant learns the outcome and reasons', async () => {
  const f = await beta.get(call);
  const subs = [...f.text.matchAll(/<a href="(\/orgs\/2\/submissions\/\d+)">([^<]+)<\/a>/g)];
  assert.deepEqual(subs.map((m) => m[2]).sort(), ['Code club Molenbeek', 'Just in time']);
  const [first, second] = [subs.find((m) => m[2] === 'Code club Molenbeek')[1], subs.find((m) => m[2] === 'Just in time')[1]];
  let page = await beta.get(first);
  assert.equal(page.status, 200);
  assert.match(page.text, /Submitted, not screened yet/);
  assert.match(page.text, /<td>Trainers<\/td><td class="num">€50,000.00<\/td>/);
  const item = /name="(m-\d+)" value="1"/.exec(page.text)[1];
  const reason = item.replace('m-', 'r-');
  // nothing chosen, or not met without a reason: refused, nothing saved
  let r = await beta.submit(first, {}, `${first}/screening`);
  assert.equal(r.status, 400);
  assert.match(r.text, /Registered non-profit in Brussels: choose met or not met/);
  r = await beta.submit(first, { [item]: '0' }, `${first}/screening`);
  assert.equal(r.status, 400);
  assert.match(r.text, /give the reason why it is not met/);
  assert.match((await beta.get(first)).text, /Submitted, not screened yet/);
  r = await beta.submit(first, { [item]: '1' }, `${first}/screening`);
  assert.equal(r.status, 303);
  assert.match((await beta.get(first)).text, /Eligible: it goes to the jury/);
  r = await beta.submit(second, { [item]: '0', [reason]: 'Not registered in Brussels' }, `${second}/screening`);
  assert.equal(r.status, 303);
  page = await beta.get(second);
  assert.match(page.text, /Not eligible\./);
  const all = await mails(srv.mailDir, 4); // two receipts, then the two outcomes
  const outcomes = all.filter((m) => /Eligibility of your proposal/.test(m.subject));
  assert.equal(outcomes.length, 2);
  const no = outcomes.find((m) => /Just in time/.test(m.subject));
  assert.equal(no.to, 'admin@alpha.test');
  assert.match(no.body, /It is not eligible, for these reasons:\n\n- Registered non-profit in Brussels: Not registered in Brussels/);
  assert.match(outcomes.find((m) => /Code club/.test(m.subject)).body, /It is eligible: it now goes to the jury/);
  // the applicant sees the outcome on its proposal
  const own = await alpha.get('/orgs/1/proposals');
  assert.match(own.text, /Just in time<\/a><\/td><td>Not eligible<\/td>/);
  // nobody else reads or screens it; a draft is not there to screen
  const id = second.split('/').pop();
  assert.equal((await alpha.get(`/orgs/2/submissions/${id}`)).status, 404);
  assert.equal((await alpha.get(`/orgs/1/submissions/${id}`)).status === 200, false);
  const late = drafts[1].split('/').pop();
  assert.equal((await beta.get(`/orgs/2/submissions/${late}`)).status, 404);
});

test("the funder edits its list of target groups; calls keep the groups they name", async () => {
  let page = await beta.get('/orgs/2/target-groups');
  assert.equal(page.status, 200);
  assert.equal((page.text.match(/\/target-groups\/\d+\/archive/g) || []).length, 9);
  let r = await beta.submit('/orgs/2/target-groups', { text_en: '', text_nl: '' }, '/orgs/2/target-groups');
  assert.equal(r.status, 400);
  assert.match(r.text, /Write it in at least one language/);
  r = await beta.submit('/orgs/2/target-groups', { text_en: 'Older people', text_fr: 'Personnes âgées' }, '/orgs/2/target-groups');
  assert.equal(r.status, 303);
  page = await beta.get('/orgs/2/target-groups');
  assert.match(page.text, /<li>Older people /);
  const newcomers = /<li>Newcomers <form method="post" action="([^"]+)"/.exec(page.text)[1];
  assert.equal((await beta.submit('/orgs/2/target-groups', {}, newcomers)).status, 303);
  page = await beta.get('/orgs/2/target-groups');
  assert.doesNotMatch(page.text, /<li>Newcomers /);
  assert.equal((page.text.match(/\/target-groups\/\d+\/archive/g) || []).length, 9);
  // the published call still names it
  assert.match((await new Client(srv.base).get(`/calls/${callId}`)).text, /<li>Newcomers<\/li>/);
  assert.equal((await alpha.get('/orgs/2/target-groups')).status, 404);
  const t = csrfFrom((await alpha.get('/orgs/1')).text);
  assert.equal((await alpha.post(newcomers.replace('/orgs/2/', '/orgs/1/'), { csrf_token: t })).status === 303, false);
});

test('only a funder manages calls; other organisations get 404', async () => {
  assert.notEqual((await alpha.get('/orgs/1/calls')).status, 200);
  assert.equal((await alpha.get(`/orgs/2/calls/${callId}`)).status, 404);
  const t = csrfFrom((await alpha.get('/orgs/1')).text);
  assert.equal((await alpha.post(`/orgs/2/calls/${callId}/publish`, { csrf_token: t })).status, 404);
  assert.equal((await alpha.post(`/orgs/1/calls/${callId}/items`, { csrf_token: t, kind: 'criterion', text_en: 'x', weight: '1' })).status === 200, false);
});
