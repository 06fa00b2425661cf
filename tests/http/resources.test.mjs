// The library of learning resources: staff add videos (links) and lesson plans, worksheets
// and slides (files checked by their content and size), described by audience, language,
// age band, topic and competences, for anyone, for the organisation's members or for a
// programme's learners; change and remove them (after a confirmation). The public catalogue
// at /resources lists the public ones of every organisation, filtered with a GET form, a
// page at a time; each resource has its page; downloads and link opens are counted once per
// request and shown to staff; a resource the reader may not see answers 404, its file too.
// Learners find their programmes' and organisation's resources in /learning. Bad input is
// refused beside its field in the reader's language and saves nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom } from '../lib/server.mjs';
import { PDF, DOCX, PPTX, ODT, zip, postResource, addResource, resourcesReady, BASE } from '../lib/resources.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let srv, alpha, beta, anon, ready;

before(async () => {
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  anon = new Client(srv.base);
  ready = await resourcesReady(srv, alpha);
});
after(async () => { if (srv) await srv.stop(); });

async function staffList(q = '') {
  return (await alpha.get(`/orgs/1/resources${q}`)).text;
}

async function count(id) {
  const page = await alpha.get(`/orgs/1/resources/${id}`);
  assert.equal(page.status, 200);
  return Number(page.text.match(/Downloaded or opened (\d+) times\./)[1]);
}

test('bad input is refused beside its field, in the reader\'s language, and nothing is saved', async () => {
  const before = await staffList();
  const total = before.match(/of (\d+)|Showing (\d+)/);
  const cases = [
    [{ kind: 'lesson_plan', title: '' }, { name: 'a.pdf', bytes: PDF }, /Give the resource a title\./, 'title'],
    [{ kind: 'video', title: 'Evil video', url: 'javascript:alert(1)' }, null, /Give a web address that starts with https:\/\/ or http:\/\/\./, 'url'],
    [{ kind: 'video', title: 'Ftp video', url: 'ftp://example.org/v.mp4' }, null, /Give a web address that starts with https:\/\/ or http:\/\/\./, 'url'],
    [{ kind: 'video', title: 'No link' }, null, /Give the web address of the video\./, 'url'],
    [{ kind: 'worksheet', title: 'Text as PDF' }, { name: 'sheet.pdf', bytes: Buffer.from('just some text') }, /sheet\.pdf is not a PDF, ODT, ODP, DOCX, PPTX, PNG or JPEG file\./, 'file'],
    [{ kind: 'worksheet', title: 'Program as DOCX' }, { name: 'sheet.docx', bytes: Buffer.from('MZ\x90\x00 not a document') }, /sheet\.docx is not a PDF/, 'file'],
    [{ kind: 'worksheet', title: 'A zip that is no DOCX' }, { name: 'sheet.docx', bytes: zip([['readme.txt', 'hello']]) }, /sheet\.docx is not a PDF/, 'file'],
    [{ kind: 'slides', title: 'Slides by name only' }, { name: 'deck.pptx', bytes: DOCX }, /deck\.pptx is not a PDF/, 'file'],
    [{ kind: 'slides', title: 'Too large' }, { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(8 * 1024 * 1024)]) }, /big\.pdf is 8[.,]0 MB: the limit is 8 MB\./, 'file'],
    [{ kind: 'worksheet', title: 'No file' }, null, /Choose the file: a PDF, ODT, ODP, DOCX, PPTX, PNG or JPEG\./, 'file'],
    [{ kind: 'slides', title: 'For no programme', visibility: 'programme' }, { name: 'a.pdf', bytes: PDF }, /Choose the programme whose learners may see it\./, 'programme_id'],
    [{ kind: 'nonsense', title: 'Bad kind' }, null, /Type/, 'kind'],
  ];
  for (const [fields, file, msg, field] of cases) {
    const res = await postResource(alpha, '/orgs/1/resources/new', '/orgs/1/resources', { ...BASE, ...fields }, file);
    assert.equal(res.status, 400, `${fields.title}: ${res.status}`);
    assert.match(res.text, msg, fields.title);
    // beside the field: its error text is tied to it
    assert.match(res.text, new RegExp(`id="e-${field}"`), `${fields.title}: no message beside ${field}`);
    assert.match(res.text, new RegExp(`aria-describedby="e-${field}"`));
  }
  // in Dutch and French for readers who read those
  for (const [lang, title, link] of [['nl', /Geef het leermiddel een titel\./, /Geef een webadres dat begint met https:\/\/ of http:\/\//], ['fr', /Donnez un titre à la ressource\./, /Indiquez une adresse web qui commence par https:\/\/ ou http:\/\//]]) {
    const c = new Client(srv.base, { lang });
    await c.signIn('admin@alpha.test');
    const page = await c.get('/account');
    await c.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/account' });
    try {
    let res = await postResource(c, '/orgs/1/resources/new', '/orgs/1/resources', { ...BASE, kind: 'lesson_plan', title: '' }, { name: 'a.pdf', bytes: PDF });
    assert.equal(res.status, 400);
    assert.match(res.text, title);
    res = await postResource(c, '/orgs/1/resources/new', '/orgs/1/resources', { ...BASE, kind: 'video', title: 'x', url: 'javascript:alert(1)' });
    assert.match(res.text, link);
    res = await postResource(c, '/orgs/1/resources/new', '/orgs/1/resources', { ...BASE, kind: 'worksheet', title: 'x' }, { name: 'big.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(9 * 1024 * 1024)]) });
    assert.match(res.text, lang === 'nl' ? /big\.pdf is 9,0 MB: de grens is 8 MB\./ : /big\.pdf fait 9,0 M[Bo] : la limite est de 8 Mo\./);
    } finally {
      await c.post('/language', { csrf_token: csrfFrom(page.text), lang: 'en', next: '/account' });
    }
  }
  const after = await staffList();
  assert.deepEqual(after.match(/of (\d+)|Showing (\d+)/), total);
  for (const t of ['Evil video', 'Text as PDF', 'Too large', 'No file', 'Program as DOCX', 'For no programme'])
    assert.doesNotMatch(after, new RegExp(t));
});

test('staff list their resources, a page at a time, with a search; office files are accepted by content', async () => {
  const list = await staffList();
  for (const t of ['Build a line-following robot', 'Plan de cours : robots', 'Werkblad sensoren', 'Members worksheet', 'STEM slides for the group'])
    assert.match(list, new RegExp(t));
  assert.match(list, /Members of the organisation/);
  assert.match(list, /The learners of a programme/);
  const found = await staffList('?q=sensor');
  assert.match(found, /Werkblad sensoren/);
  assert.doesNotMatch(found, /Members worksheet/);
  // anonymous visitors and other organisations have no staff pages
  assert.equal((await anon.get('/orgs/1/resources')).status, 303);
  assert.equal((await beta.get('/orgs/1/resources')).status, 404);
  assert.equal((await beta.get(`/orgs/1/resources/${ready.plan}`)).status, 404);
  assert.equal((await beta.get(`/orgs/2/resources/${ready.plan}`)).status, 404);
  // a learner of the organisation is no staff
  assert.equal((await ready.nadia.get('/orgs/1/resources')).status, 403);
});

test('the public catalogue: public resources only, filters without JavaScript, each with its page', async () => {
  const res = await anon.get('/resources');
  assert.equal(res.status, 200);
  for (const t of ['Build a line-following robot', 'Plan de cours : robots', 'Werkblad sensoren']) assert.match(res.text, new RegExp(t));
  for (const t of ['Members worksheet', 'STEM slides for the group']) assert.doesNotMatch(res.text, new RegExp(t));
  assert.match(res.text, /<form method="get" action="\/resources"/);
  const filtered = async (q) => (await anon.get(`/resources?${q}`)).text;
  const only = (text, yes, no) => {
    for (const t of yes) assert.match(text, new RegExp(t));
    for (const t of no) assert.doesNotMatch(text, new RegExp(t));
  };
  only(await filtered('kind=lesson_plan'), ['Plan de cours'], ['line-following', 'Werkblad']);
  only(await filtered('kind=video'), ['line-following'], ['Plan de cours', 'Werkblad']);
  only(await filtered('lang=nl'), ['Werkblad'], ['Plan de cours', 'line-following']);
  only(await filtered('audience=learners'), ['Werkblad'], ['Plan de cours', 'line-following']);
  only(await filtered('age_band=13-15'), ['Werkblad'], ['Plan de cours', 'line-following']);
  only(await filtered('topic=Robotique'), ['Plan de cours'], ['Werkblad', 'line-following']);
  only(await filtered('audience=teachers&lang=fr&kind=lesson_plan'), ['Plan de cours'], ['Werkblad', 'line-following']);
  only(await filtered('audience=teachers&lang=nl'), [], ['Plan de cours', 'Werkblad', 'line-following']);
  only(await filtered('q=robot'), ['line-following', 'Plan de cours'], ['Werkblad']);
  // an unknown filter value is no filter
  only(await filtered('kind=evil&lang=xx'), ['Plan de cours', 'Werkblad', 'line-following'], []);
  // the selected filter stays selected in the form
  assert.match(await filtered('lang=nl'), /<option value="nl" selected>/);
  // the topics offered are those of public resources
  const all = await filtered('');
  assert.match(all, /<option value="Robotique">/);
  assert.doesNotMatch(all, /Members worksheet/);
  // a resource's page
  const page = await anon.get(`/resources/${ready.plan}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Plan de cours : robots/);
  assert.match(page.text, /Lesson plan · Teachers · French · 10 to 12 · Robotique/);
  assert.match(page.text, /Shared by Alpha Training\./);
  assert.match(page.text, new RegExp(`href="/resources/${ready.plan}/file"`));
  const video = await anon.get(`/resources/${ready.video}`);
  assert.match(video.text, new RegExp(`href="/resources/${ready.video}/open"`));
  assert.equal((await anon.get('/resources/999999')).status, 404);
});

test('a competence describes a resource and filters the catalogue', async () => {
  const form = await alpha.get('/orgs/1/resources/new');
  const comp = form.text.match(/name="competences" value="(\d+)"/)[1];
  const id = await addResource(alpha, 1, [['kind', 'video'], ['title', 'Searching the web well'], ['url', 'https://video.example.org/search'], ['competences', comp]]);
  const text = (await anon.get(`/resources?competence=${comp}`)).text;
  assert.match(text, /Searching the web well/);
  assert.doesNotMatch(text, /Plan de cours/);
  assert.match((await anon.get(`/resources/${id}`)).text, /<h2>Competences<\/h2>/);
  // the edit form shows it ticked
  assert.match((await alpha.get(`/orgs/1/resources/${id}`)).text, new RegExp(`value="${comp}" checked`));
  // a competence that does not exist is refused
  const bad = await postResource(alpha, '/orgs/1/resources/new', '/orgs/1/resources', [...Object.entries(BASE), ['kind', 'video'], ['title', 'Bad comp'], ['url', 'https://x.example'], ['competences', '999999']]);
  assert.equal(bad.status, 400);
});

test('who may see what: public, members, a programme\'s learners, an outsider', async () => {
  const who = { anonymous: anon, outsider: beta, member: ready.omar, learner: ready.nadia, staff: alpha };
  const expect = {
    plan: { anonymous: 200, outsider: 200, member: 200, learner: 200, staff: 200 },
    members: { anonymous: 404, outsider: 404, member: 200, learner: 200, staff: 200 },
    programme: { anonymous: 404, outsider: 404, member: 404, learner: 200, staff: 200 },
  };
  for (const [res, want] of Object.entries(expect)) {
    const id = ready[res];
    const before = await count(id);
    let downloads = 0;
    for (const [name, c] of Object.entries(who)) {
      const page = await c.get(`/resources/${id}`);
      assert.equal(page.status, want[name], `${res} page for ${name}`);
      const file = await c.getBytes(`/resources/${id}/file`);
      assert.equal(file.status, want[name], `${res} file for ${name}`);
      if (want[name] === 200) {
        downloads++;
        assert.ok(file.body.length > 20);
        assert.match(file.headers.get('content-disposition'), /attachment/);
      } else {
        assert.doesNotMatch(file.body.toString(), /PK|%PDF/);
      }
    }
    // counted once per request, refusals not at all
    assert.equal(await count(id), before + downloads, res);
  }
  // the types served are those found in the content
  assert.equal((await anon.getBytes(`/resources/${ready.sheet}/file`)).headers.get('content-type'),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
});

test('downloads and link opens are counted and shown to staff', async () => {
  const before = await count(ready.video);
  for (let i = 0; i < 3; i++) {
    const res = await anon.get(`/resources/${ready.video}/open`);
    assert.equal(res.status, 303);
    assert.equal(res.location, 'https://video.example.org/robot');
  }
  // a video has no file; the page itself counts nothing
  assert.equal((await anon.get(`/resources/${ready.video}/file`)).status, 404);
  await anon.get(`/resources/${ready.video}`);
  assert.equal((await anon.get(`/resources/${ready.plan}/open`)).status, 404);
  // a HEAD request downloads nothing and counts nothing
  assert.equal((await anon.request('HEAD', `/resources/${ready.video}/open`)).status, 303);
  const plan = await count(ready.plan);
  assert.equal((await anon.request('HEAD', `/resources/${ready.plan}/file`)).status, 200);
  assert.equal((await anon.request('HEAD', `/resources/${ready.members}/file`)).status, 404);
  assert.equal(await count(ready.plan), plan);
  assert.equal(await count(ready.video), before + 3);
  assert.match(await staffList('?q=line-following'), new RegExp(`<td>${before + 3}</td>`));
});

test('the learner\'s space lists the resources of their programmes and their organisation', async () => {
  const nadia = (await ready.nadia.get('/learning')).text;
  assert.match(nadia, /Learning resources for you/);
  assert.match(nadia, /STEM slides for the group/);
  assert.match(nadia, /Members worksheet/);
  const omar = (await ready.omar.get('/learning')).text;
  assert.match(omar, /Members worksheet/);
  assert.doesNotMatch(omar, /STEM slides for the group/);
});

test('staff change a resource (its file kept or replaced) and remove it after a confirmation', async () => {
  const id = await addResource(alpha, 1, { kind: 'lesson_plan', title: 'Changing plan' }, { name: 'first.pdf', bytes: PDF });
  // changed without a new file: the file stays
  let res = await postResource(alpha, `/orgs/1/resources/${id}`, `/orgs/1/resources/${id}`, { ...BASE, kind: 'lesson_plan', title: 'Changed plan', visibility: 'members' });
  assert.equal(res.status, 303, res.text.slice(0, 2000));
  let page = await alpha.get(`/orgs/1/resources/${id}`);
  assert.match(page.text, /Changed plan/);
  assert.match(page.text, /to replace first\.pdf/);
  assert.doesNotMatch((await anon.get('/resources')).text, /Changed plan/);
  assert.equal((await anon.get(`/resources/${id}`)).status, 404);
  // a bad replacement keeps the old file and the old title
  res = await postResource(alpha, `/orgs/1/resources/${id}`, `/orgs/1/resources/${id}`, { ...BASE, kind: 'lesson_plan', title: 'Should not stick' }, { name: 'evil.pdf', bytes: Buffer.from('no pdf') });
  assert.equal(res.status, 400);
  page = await alpha.get(`/orgs/1/resources/${id}`);
  assert.match(page.text, /Changed plan/);
  assert.doesNotMatch(page.text, /Should not stick/);
  // replaced by a PowerPoint, public again
  res = await postResource(alpha, `/orgs/1/resources/${id}`, `/orgs/1/resources/${id}`, { ...BASE, kind: 'slides', title: 'Changed slides' }, { name: 'deck.pptx', bytes: PPTX });
  assert.equal(res.status, 303);
  const file = await anon.getBytes(`/resources/${id}/file`);
  assert.equal(file.status, 200);
  assert.ok(file.body.equals(PPTX));
  // removal asks first; nothing goes without the confirmation
  res = await alpha.submit(`/orgs/1/resources/${id}`, {}, `/orgs/1/resources/${id}/remove`);
  assert.equal(res.status, 200);
  assert.match(res.text, /Remove Changed slides\?/);
  assert.equal((await anon.get(`/resources/${id}`)).status, 200);
  res = await alpha.confirm(res);
  assert.equal(res.status, 303);
  assert.equal((await anon.get(`/resources/${id}`)).status, 404);
  assert.equal((await alpha.get(`/orgs/1/resources/${id}`)).status, 404);
});

test('another organisation\'s resources answer 404 under its own path and change nothing', async () => {
  // Beta's admin (a funder here) has no resources of Alpha; Alpha's ids under /orgs/2
  const token = csrfFrom((await beta.get('/orgs/2/members')).text);
  for (const path of [`/orgs/2/resources/${ready.plan}`, `/orgs/2/resources/${ready.plan}/remove`]) {
    const res = await beta.post(path, { csrf_token: token, ...BASE, kind: 'video', title: 'Hijacked', url: 'https://evil.example' });
    assert.equal(res.status, 404, path);
  }
  assert.equal((await beta.get(`/orgs/2/resources/${ready.plan}`)).status, 404);
  assert.doesNotMatch((await anon.get(`/resources/${ready.plan}`)).text, /Hijacked/);
});

test('the catalogue is paged and keeps its filters from page to page', async () => {
  for (let i = 0; i < 51; i++)
    await addResource(alpha, 1, { kind: 'video', title: `Paged video ${String(i).padStart(2, '0')}`, url: `https://video.example.org/${i}`, lang: 'de', topic: 'Paging' });
  const first = await anon.get('/resources?lang=de');
  assert.match(first.text, /Paged video 00/);
  assert.doesNotMatch(first.text, /Paged video 50/);
  const next = first.text.match(/href="(\/resources\?[^"]*at=[^"]+)"[^>]*>[^<]*Next/);
  assert.ok(next, 'a Next link');
  const href = next[1].replace(/&amp;/g, '&');
  assert.match(href, /lang=de/);
  const second = await anon.get(href);
  assert.match(second.text, /Paged video 50/);
  assert.doesNotMatch(second.text, /Paged video 00/);
  assert.doesNotMatch(second.text, /Plan de cours/);
});
