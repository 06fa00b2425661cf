// What the tests of the library of learning resources share: office files built here (a
// ZIP with the entries of its format), the resource form posted as multipart, and a library
// ready to read: Alpha's STEM programme with Nadia enrolled (a learner account), an "Other"
// programme with Omar (a learner of Alpha, not of STEM), and resources of every visibility.
import assert from 'node:assert/strict';
import { Client, csrfFrom, mails, linkIn } from './server.mjs';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

// A ZIP of stored entries ([name, content] pairs), as office suites write them.
export function zip(entries) {
  const locals = [], centrals = [];
  let at = 0;
  for (const [name, content] of entries) {
    const n = Buffer.from(name), data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(at, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    at += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const DOCX = zip([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]);
export const PPTX = zip([['[Content_Types].xml', '<Types/>'], ['ppt/presentation.xml', '<p:presentation/>']]);
export const ODT = zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']]);

// Posts the resource form of formPath (multipart, with file = { name, bytes } or none) to
// action; fields is an object or pairs (competences repeat).
export async function postResource(client, formPath, action, fields, file) {
  const page = await client.get(formPath);
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  for (const [k, v] of Array.isArray(fields) ? fields : Object.entries(fields)) fd.append(k, v);
  if (file) fd.set('file', new Blob([file.bytes]), file.name);
  return client.request('POST', action, { body: fd });
}

export const BASE = { audience: 'teachers', lang: 'en', age_band: '10-12', visibility: 'public', topic: 'Robotics' };

// Adds a resource to org's library as client (fields: an object, or pairs when competences
// repeat); returns its id.
export async function addResource(client, org, fields, file) {
  const all = Array.isArray(fields) ? [...Object.entries(BASE), ...fields] : { ...BASE, ...fields };
  const res = await postResource(client, `/orgs/${org}/resources/new`, `/orgs/${org}/resources`, all, file);
  assert.equal(res.status, 303, res.text.slice(0, 3000));
  return res.location.match(/\/resources\/(\d+)/)[1];
}

// Accepts the invitation mailed to email and returns a signed-in client.
async function learnerAccount(srv, email) {
  let mail;
  const end = Date.now() + 15000;
  while (!(mail = (await mails(srv.mailDir, 0, 0)).reverse().find((m) => m.to === email)) && Date.now() < end)
    await new Promise((r) => setTimeout(r, 100));
  assert.ok(mail, `no invitation to ${email}`);
  const c = new Client(srv.base);
  const res = await c.submit(linkIn(mail.body, '/invitations/'), { name: email, password: 'learning-2027-x', confirm: 'learning-2027-x' });
  assert.equal(res.status, 303);
  return c;
}

// Alpha's programmes and learners, and one resource of each visibility.
export async function resourcesReady(srv, alpha) {
  const out = {};
  for (const [title, who, email] of [['STEM robots', 'Nadia Amrani', 'nadia@learner.test'], ['Other course', 'Omar Haddad', 'omar@learner.test']]) {
    const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', title], ['kind', 'workshops'], ['status', 'running'], ['langs', 'en']], '/orgs/1/programmes');
    const programme = p.location.replace('?saved=1', '');
    const c = await alpha.submit(`${programme}/cohorts/new`, [['name', `${title} group`], ['starts_on', '2027-01-04'], ['ends_on', '2027-06-30'], ['capacity', '12']], `${programme}/cohorts`);
    const cohort = c.location.replace('?saved=1', '');
    assert.equal((await alpha.submit(cohort, { name: who, email }, `${cohort}/enrol`)).status, 303);
    const invite = (await alpha.get(cohort)).text.match(/action="(\/orgs\/1\/people\/\d+\/invite)"/)[1];
    assert.equal((await alpha.submit(cohort, { lang: 'en', back: cohort }, invite)).status, 303);
    out[title === 'STEM robots' ? 'stem' : 'other'] = programme.split('/').pop();
  }
  out.nadia = await learnerAccount(srv, 'nadia@learner.test');
  out.omar = await learnerAccount(srv, 'omar@learner.test');
  out.video = await addResource(alpha, 1, { kind: 'video', title: 'Build a line-following robot', url: 'https://video.example.org/robot', lang: 'en' });
  out.plan = await addResource(alpha, 1, { kind: 'lesson_plan', title: 'Plan de cours : robots', lang: 'fr', topic: 'Robotique' }, { name: 'robots.pdf', bytes: PDF });
  out.sheet = await addResource(alpha, 1, { kind: 'worksheet', title: 'Werkblad sensoren', lang: 'nl', age_band: '13-15', audience: 'learners', topic: 'Sensoren' }, { name: 'sensoren.docx', bytes: DOCX });
  out.members = await addResource(alpha, 1, { kind: 'worksheet', title: 'Members worksheet', visibility: 'members' }, { name: 'members.odt', bytes: ODT });
  out.programme = await addResource(alpha, 1, { kind: 'slides', title: 'STEM slides for the group', visibility: 'programme', programme_id: out.stem }, { name: 'stem.pptx', bytes: PPTX });
  return out;
}
