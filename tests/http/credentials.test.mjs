// Credentials: staff define an achievement and issue it as an Open Badges 3.0 credential
// (a compact VC-JWT signed with EdDSA); an independent JOSE library (npm jose) verifies it
// against the organisation's published JWK set; the verify pages say in plain words, in
// three languages, whether it holds and why not (tampered, unsigned, HMAC, another key);
// revocation asks for confirmation and shows in the W3C Bitstring Status List, decoded
// here with node's zlib; key rotation keeps old credentials verifiable; completing a
// programme issues its achievement; another organisation sees and changes nothing.
// Runs on SQLite and on PostgreSQL. Fixed clock: Wednesday 13 January 2027, 10:00 Brussels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify, decodeProtectedHeader, SignJWT, generateKeyPair, exportJWK, UnsecuredJWT } from 'jose';
import { startServer, Client, csrfFrom, mails, linkIn, runTraject } from '../lib/server.mjs';

const NOW = Date.UTC(2027, 0, 13, 9, 0) / 1000;
let tmp, srv, alpha, beta, nadia, anon, cohort, programmeId, achievement, credId, uid, jwt;

const b64url = (s) => Buffer.from(s).toString('base64url');
const parts = (t) => t.split('.');
const payloadOf = (t) => JSON.parse(Buffer.from(parts(t)[1], 'base64url').toString('utf8'));
const headerOf = (t) => JSON.parse(Buffer.from(parts(t)[0], 'base64url').toString('utf8'));

async function jwks() {
  const r = await anon.get('/issuers/1/jwks.json');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /application\/jwk-set\+json/);
  return JSON.parse(r.text);
}

async function verifyText(client, token) {
  const page = await client.get('/verify');
  return client.post('/verify', { csrf_token: csrfFrom(page.text), credential: token });
}

// Ends an enrolment; answers a confirmation page when the form asks for one.
async function endEnrolment(id, status) {
  const page = await alpha.get(cohort);
  let res = await alpha.post(`/orgs/1/enrolments/${id}/end`, { csrf_token: csrfFrom(page.text), status, ended_on: '2027-01-13' });
  if (res.status === 200 && /confirm_token/.test(res.text)) res = await alpha.confirm(res);
  return res;
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'traject-cred-'));
  srv = await startServer({ env: { TRAJECT_NOW: String(NOW) } });
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  beta = new Client(srv.base);
  await beta.signIn('admin@beta.test');
  anon = new Client(srv.base);
  const loc = await alpha.submit('/orgs/1/locations/new', { name: 'Canal hub', address: 'Rue du Canal 4', postcode: '1000', municipality: 'Brussels', province: 'brussels' }, '/orgs/1/locations');
  assert.equal(loc.status, 303);
  const p = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Web developer'], ['title_fr', 'Développeur web'], ['kind', 'bootcamp'], ['status', 'running'], ['langs', 'fr']], '/orgs/1/programmes');
  const programme = p.location.replace('?saved=1', '');
  programmeId = programme.split('/').pop();
  const form = await alpha.get(`${programme}/cohorts/new`);
  const locId = /<option value="(\d+)">Canal hub/.exec(form.text)[1];
  const c = await alpha.submit(`${programme}/cohorts/new`, [['name', 'Winter group'], ['starts_on', '2027-01-04'], ['ends_on', '2027-01-29'], ['capacity', '12'], ['location_id', locId]], `${programme}/cohorts`);
  cohort = c.location.replace('?saved=1', '');
  for (const f of [{ name: 'Nadia Amrani', email: 'nadia@learner.test' }, { name: 'Omar Haddad' }, { name: 'Lina Peeters' }]) {
    assert.equal((await alpha.submit(cohort, f, `${cohort}/enrol`)).status, 303);
  }
  // Nadia gets her learner account through an invitation
  const page = await alpha.get(cohort);
  const invite = /action="(\/orgs\/1\/people\/\d+\/invite)"/.exec(page.text)[1];
  assert.equal((await alpha.submit(cohort, { lang: 'en', back: cohort }, invite)).status, 303);
  const [mail] = await mails(srv.mailDir, 1);
  nadia = new Client(srv.base);
  const acc = await nadia.submit(linkIn(mail.body, '/invitations/'), { name: 'Nadia A.', password: 'nadia-learns-2027', confirm: 'nadia-learns-2027' });
  assert.equal(acc.status, 303);
});
after(async () => {
  if (srv) await srv.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('staff define an achievement; bad input is refused with messages and saves nothing', async () => {
  let res = await alpha.submit('/orgs/1/achievements/new', { name: '', description: '', criteria: 'x', valid_months: '500' }, '/orgs/1/achievements');
  assert.equal(res.status, 400);
  assert.match(res.text, /Name/);
  assert.match(res.text, /valid_months/);
  assert.match((await alpha.get('/orgs/1/credentials')).text, /No achievements yet\./);
  res = await alpha.submit('/orgs/1/achievements/new', {
    name: 'Accessible web developer', description: 'Builds web applications everyone can use.',
    criteria: 'Completed the six-month bootcamp and its real cases.', competences: 'HTML and CSS\nWeb accessibility\n', valid_months: '0',
  }, '/orgs/1/achievements');
  assert.equal(res.status, 303);
  achievement = res.location.replace('?saved=1', '');
  assert.match(achievement, /^\/orgs\/1\/achievements\/\d+$/);
  const list = await alpha.get('/orgs/1/credentials');
  assert.match(list.text, /Accessible web developer/);
});

test('issued by hand: the JWT verifies with jose against the published JWK set, as an OpenBadgeCredential', async () => {
  const page = await alpha.get(achievement);
  const nadiaId = /<option value="(\d+)">Nadia Amrani<\/option>/.exec(page.text)[1];
  // a validity that ended already is refused
  let res = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(page.text), person_id: nadiaId, valid_until: '2026-12-31' });
  assert.equal(res.status, 400);
  assert.match(res.text, /Choose a day after today\./);
  // someone who was never enrolled here is refused
  res = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(page.text), person_id: '999999' });
  assert.equal(res.status, 400);
  assert.match(res.text, /Choose a learner who has been enrolled/);
  res = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(page.text), person_id: nadiaId });
  assert.equal(res.status, 303);
  assert.match(res.location, /^\/orgs\/1\/credentials\/\d+\?issued=1$/);
  credId = /credentials\/(\d+)/.exec(res.location)[1];
  const shown = await alpha.get(res.location);
  assert.match(shown.text, /The credential has been issued\./);
  uid = /\/verify\/([0-9a-f]{32})/.exec(shown.text)[1];

  // the learner sees it on her page and downloads it
  const learning = await nadia.get('/learning');
  assert.match(learning.text, /My credentials/);
  assert.match(learning.text, /Accessible web developer/);
  assert.match(learning.text, new RegExp(`/verify/${uid}`));
  const dl = await nadia.get(`/learning/credentials/${credId}/jwt`);
  assert.equal(dl.status, 200);
  assert.match(dl.headers.get('content-disposition'), /attachment/);
  jwt = dl.text.trim();
  const json = await nadia.get(`/learning/credentials/${credId}/json`);
  assert.equal(json.status, 200);
  assert.deepEqual(JSON.parse(json.text), payloadOf(jwt));

  const header = decodeProtectedHeader(jwt);
  assert.equal(header.alg, 'EdDSA');
  assert.equal(header.typ, 'vc+jwt');
  const set = await jwks();
  assert.equal(set.keys.length, 1);
  assert.equal(set.keys[0].kty, 'OKP');
  assert.equal(set.keys[0].crv, 'Ed25519');
  assert.equal(set.keys[0].kid, header.kid);
  assert.equal(set.keys[0].d, undefined, 'no private part is published');
  const { payload } = await jwtVerify(jwt, createLocalJWKSet(set), { algorithms: ['EdDSA'], typ: 'vc+jwt', currentDate: new Date(NOW * 1000) });
  assert.deepEqual(payload['@context'], ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
  assert.deepEqual(payload.type, ['VerifiableCredential', 'OpenBadgeCredential']);
  assert.equal(payload.id, `${srv.base}/verify/${uid}`);
  assert.equal(payload.issuer.id, `${srv.base}/issuers/1`);
  assert.deepEqual(payload.issuer.type, ['Profile']);
  assert.equal(payload.issuer.name, 'Alpha Training');
  assert.equal(payload.iss, payload.issuer.id);
  assert.equal(payload.validFrom, '2027-01-13T09:00:00Z');
  assert.equal(payload.validUntil, undefined);
  const subject = payload.credentialSubject;
  assert.deepEqual(subject.type, ['AchievementSubject']);
  assert.equal(subject.name, 'Nadia Amrani');
  assert.ok(subject.identifier.some((i) => i.type === 'IdentityObject' && i.identityType === 'name' && i.identityHash === 'Nadia Amrani'));
  assert.equal(subject.achievement.name, 'Accessible web developer');
  assert.equal(subject.achievement.criteria.narrative, 'Completed the six-month bootcamp and its real cases.');
  assert.deepEqual(subject.achievement.alignment.map((a) => a.targetName), ['HTML and CSS', 'Web accessibility']);
  assert.equal(payload.credentialStatus.type, 'BitstringStatusListEntry');
  assert.equal(payload.credentialStatus.statusPurpose, 'revocation');
  assert.equal(payload.credentialStatus.statusListCredential, `${srv.base}/issuers/1/status/1`);
  assert.match(payload.credentialStatus.statusListIndex, /^\d+$/);
  // the issuer's Profile is at its id
  const profile = JSON.parse((await anon.get('/issuers/1')).text);
  assert.equal(profile.name, 'Alpha Training');
  assert.equal(profile.id, payload.issuer.id);
});

test('the verify pages say it is valid, who issued it, to whom and for what, in three languages', async () => {
  let res = await anon.get(`/verify/${uid}`);
  assert.equal(res.status, 200);
  assert.match(res.text, /This credential is valid\./);
  assert.match(res.text, /Alpha Training/);
  assert.match(res.text, /Nadia Amrani/);
  assert.match(res.text, /Accessible web developer/);
  res = await new Client(srv.base, { lang: 'nl' }).get(`/verify/${uid}`);
  assert.match(res.text, /Dit bewijs is geldig\./);
  res = await new Client(srv.base, { lang: 'fr' }).get(`/verify/${uid}`);
  assert.match(res.text, /Ce certificat est valide\./);
  res = await verifyText(anon, `\n  ${jwt}  \n`);
  assert.equal(res.status, 200);
  assert.match(res.text, /This credential is valid\./);
  // uploaded as a file
  const page = await anon.get('/verify');
  const fd = new FormData();
  fd.set('csrf_token', csrfFrom(page.text));
  fd.set('file', new Blob([jwt], { type: 'application/vc+jwt' }), 'credential.jwt');
  res = await anon.request('POST', '/verify', { body: fd });
  assert.equal(res.status, 200);
  assert.match(res.text, /This credential is valid\./);
  assert.equal((await anon.get('/verify/0123456789abcdef0123456789abcdef')).status, 404);
});

test('tampered, unsigned, HMAC and foreign-key credentials are refused, each with its reason', async () => {
  const [h, p, s] = parts(jwt);
  const payload = payloadOf(jwt);
  const changed = { ...payload, credentialSubject: { ...payload.credentialSubject, name: 'Mallory' } };
  let res = await verifyText(anon, `${h}.${b64url(JSON.stringify(changed))}.${s}`);
  assert.match(res.text, /The signature does not match/);
  assert.doesNotMatch(res.text, /This credential is valid/);
  assert.match(res.text, /none of it can be trusted/);
  // one character of the signature changed
  res = await verifyText(anon, `${h}.${p}.${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`);
  assert.match(res.text, /The signature does not match/);
  // the header changed (another typ)
  const hdr = headerOf(jwt);
  res = await verifyText(anon, `${b64url(JSON.stringify({ ...hdr, typ: 'JWT' }))}.${p}.${s}`);
  assert.match(res.text, /not a verifiable credential/);
  // alg none, with and without a signature part
  const none = new UnsecuredJWT(payload).encode();
  res = await verifyText(anon, none);
  assert.match(res.text, /not a credential in the JSON Web Token format|is not signed/);
  res = await verifyText(anon, `${b64url(JSON.stringify({ alg: 'none', typ: 'vc+jwt' }))}.${p}.${s}`);
  assert.match(res.text, /is not signed \(its algorithm is &quot;none&quot;\)/);
  // HMAC with the published public key as the secret
  const x = Buffer.from((await jwks()).keys[0].x, 'base64url');
  const hs = await new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid: hdr.kid, typ: 'vc+jwt' }).sign(x);
  res = await verifyText(anon, hs);
  assert.match(res.text, /shared secret \(HMAC\)/);
  // another key claiming the issuer's kid, and another key with its own kid
  const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const forged = await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: hdr.kid, typ: 'vc+jwt' }).sign(other.privateKey);
  res = await verifyText(anon, forged);
  assert.match(res.text, /The signature does not match/);
  const stranger = await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: 'stranger', typ: 'vc+jwt' }).sign(other.privateKey);
  res = await verifyText(anon, stranger);
  assert.match(res.text, /a key its issuer never published/);
  // an issuer this site does not know
  const elsewhere = await new SignJWT({ ...payload, issuer: { ...payload.issuer, id: 'https://elsewhere.test/issuers/1' }, iss: 'https://elsewhere.test/issuers/1' })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'x', typ: 'vc+jwt' }).sign(other.privateKey);
  res = await verifyText(anon, elsewhere);
  assert.match(res.text, /names an issuer that this site does not know/);
  res = await verifyText(anon, 'hello');
  assert.match(res.text, /three parts separated by dots/);
  // in Dutch and French too
  const nl = new Client(srv.base, { lang: 'nl' });
  res = await verifyText(nl, forged);
  assert.match(res.text, /De handtekening klopt niet/);
  const fr = new Client(srv.base, { lang: 'fr' });
  res = await verifyText(fr, forged);
  assert.match(res.text, /La signature ne correspond pas/);
});

test('revoking asks for confirmation and a reason; the status list has its bit set', async () => {
  const page = await alpha.get(`/orgs/1/credentials/${credId}`);
  let res = await alpha.post(`/orgs/1/credentials/${credId}/revoke`, { csrf_token: csrfFrom(page.text), reason: '' });
  assert.equal(res.status, 400);
  res = await alpha.post(`/orgs/1/credentials/${credId}/revoke`, { csrf_token: csrfFrom(page.text), reason: 'Issued to the wrong person' });
  assert.equal(res.status, 200);
  assert.match(res.text, /Revoke this credential\?/);
  assert.match((await anon.get(`/verify/${uid}`)).text, /This credential is valid\./, 'nothing happens before the confirmation');
  res = await alpha.confirm(res);
  assert.equal(res.status, 303);
  res = await anon.get(`/verify/${uid}`);
  assert.match(res.text, /This credential was revoked by its issuer\./);
  assert.match(res.text, /Issued to the wrong person/);
  assert.doesNotMatch(res.text, /This credential is valid/);
  res = await verifyText(new Client(srv.base, { lang: 'fr' }), jwt);
  assert.match(res.text, /Ce certificat a été révoqué par son émetteur\./);

  const list = await anon.get('/issuers/1/status/1');
  assert.equal(list.status, 200);
  const { payload } = await jwtVerify(list.text, createLocalJWKSet(await jwks()), { algorithms: ['EdDSA'], typ: 'vc+jwt' });
  assert.ok(payload.type.includes('BitstringStatusListCredential'));
  assert.equal(payload.id, `${srv.base}/issuers/1/status/1`);
  assert.equal(payload.credentialSubject.type, 'BitstringStatusList');
  assert.equal(payload.credentialSubject.statusPurpose, 'revocation');
  const enc = payload.credentialSubject.encodedList;
  assert.equal(enc[0], 'u', 'multibase base64url');
  const bits = gunzipSync(Buffer.from(enc.slice(1), 'base64url'));
  assert.ok(bits.length >= 16384, 'at least 131072 entries');
  const index = Number(payloadOf(jwt).credentialStatus.statusListIndex);
  const bit = (i) => (bits[i >> 3] >> (7 - (i & 7))) & 1;
  assert.equal(bit(index), 1);
  let set = 0;
  for (let i = 0; i < bits.length * 8; i++) set += bit(i);
  assert.equal(set, 1, 'only the revoked credential is set');
  // twice is refused
  const again = await alpha.get(`/orgs/1/credentials/${credId}`);
  assert.doesNotMatch(again.text, /Revoke the credential/);
  assert.equal((await anon.get('/issuers/1/status/2')).status, 404);
});

test('a new signing key keeps older credentials valid; both keys stay published', async () => {
  const page = await alpha.get(achievement);
  const omarId = /<option value="(\d+)">Omar Haddad<\/option>/.exec(page.text)[1];
  let res = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(page.text), person_id: omarId, valid_until: '2030-06-30' });
  assert.equal(res.status, 303);
  const before = await alpha.get(res.location);
  const uid2 = /\/verify\/([0-9a-f]{32})/.exec(before.text)[1];
  const keys = await alpha.get('/orgs/1/signing-keys');
  res = await alpha.post('/orgs/1/signing-keys/rotate', { csrf_token: csrfFrom(keys.text) });
  assert.equal(res.status, 200);
  assert.match(res.text, /Make a new signing key\?/);
  res = await alpha.confirm(res);
  assert.equal(res.status, 303);
  const set = await jwks();
  assert.equal(set.keys.length, 2);
  res = await anon.get(`/verify/${uid2}`);
  assert.match(res.text, /This credential is valid\./);
  assert.match(res.text, /2030/);
  // a credential issued now is signed with the new key; both verify with jose
  const again = await alpha.get(achievement);
  const linaId = /<option value="(\d+)">Lina Peeters<\/option>/.exec(again.text)[1];
  res = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(again.text), person_id: linaId });
  const uid3 = /\/verify\/([0-9a-f]{32})/.exec((await alpha.get(res.location)).text)[1];
  assert.match((await anon.get(`/verify/${uid3}`)).text, /This credential is valid\./);
  const staff = await alpha.get('/orgs/1/credentials');
  assert.match(staff.text, /Lina Peeters/);
  assert.equal((staff.text.match(/<td>Revoked<\/td>/g) || []).length, 1);
  // staff who are not administrators cannot rotate: beta is not even a member
  assert.equal((await beta.get('/orgs/1/signing-keys')).status, 404);
  void uid3;
});

test('completing the programme issues its achievement once, by the rule "on completion"', async () => {
  const page = await alpha.get(achievement);
  let res = await alpha.post(`${achievement}/rules`, { csrf_token: csrfFrom(page.text), programme_id: programmeId });
  assert.equal(res.status, 303);
  res = await alpha.post(`${achievement}/rules`, { csrf_token: csrfFrom(page.text), programme_id: programmeId });
  assert.equal(res.status, 409);
  assert.match(res.text, /already issued on completing that programme/);
  assert.match((await alpha.get(achievement)).text, /Issued on completing the programme Web developer\./);
  const before = (await alpha.get('/orgs/1/credentials')).text.match(/\/orgs\/1\/credentials\/\d+"/g).length;
  const cohortPage = await alpha.get(cohort);
  const ids = [...cohortPage.text.matchAll(/\/orgs\/1\/enrolments\/(\d+)\/end/g)].map((m) => m[1]);
  res = await endEnrolment(ids[0], 'completed');
  assert.equal(res.status, 303);
  res = await endEnrolment(ids[1], 'withdrawn');
  assert.equal(res.status, 303);
  const list = await alpha.get('/orgs/1/credentials');
  assert.equal(list.text.match(/\/orgs\/1\/credentials\/\d+"/g).length, before + 1, 'one credential for the completion, none for the withdrawal');
  const newest = /\/orgs\/1\/credentials\/(\d+)"/.exec(list.text)[1];
  const shown = await alpha.get(`/orgs/1/credentials/${newest}`);
  assert.match(shown.text, /On completing the programme/);
  const uid4 = /\/verify\/([0-9a-f]{32})/.exec(shown.text)[1];
  assert.match((await anon.get(`/verify/${uid4}`)).text, /This credential is valid\./);
});

test('another organisation and anonymous visitors see and change nothing', async () => {
  for (const path of ['/orgs/1/credentials', `/orgs/1/credentials/${credId}`, achievement, '/orgs/1/signing-keys', '/orgs/1/achievements/new']) {
    assert.equal((await beta.get(path)).status, 404, path);
    const a = await anon.get(path);
    assert.equal(a.status, 303, path);
    assert.match(a.location, /sign-in/);
  }
  const mine = await beta.get('/orgs/2/credentials');
  assert.equal(mine.status, 200);
  assert.doesNotMatch(mine.text, /Accessible web developer|Nadia/);
  const token = csrfFrom(mine.text);
  for (const [path, fields] of [[`/orgs/1/credentials/${credId}/revoke`, { reason: 'x' }], [`${achievement}/issue`, { person_id: '1' }], ['/orgs/1/signing-keys/rotate', {}]]) {
    assert.equal((await beta.post(path, { csrf_token: token, ...fields })).status, 404, path);
  }
  // beta's own id space: its achievement pages do not reach alpha's records
  assert.equal((await beta.get(`/orgs/2/credentials/${credId}`)).status, 404);
  assert.equal((await beta.get(`/orgs/2/achievements/${achievement.split('/').pop()}`)).status, 404);
  // someone else's download
  assert.equal((await beta.get(`/learning/credentials/${credId}/jwt`)).status, 404);
  assert.equal((await anon.get(`/learning/credentials/${credId}/jwt`)).status, 303);
  // an organisation that never issued publishes an empty key set and no list
  assert.deepEqual(JSON.parse((await anon.get('/issuers/2/jwks.json')).text), { keys: [] });
  assert.equal((await anon.get('/issuers/2/status/1')).status, 404);
  assert.equal((await anon.get('/issuers/999/jwks.json')).status, 404);
});

test('the certificate PDF renders with poppler and its QR code opens the verify page', async () => {
  const res = await nadia.getBytes(`/learning/credentials/${credId}/pdf`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  const file = join(tmp, 'certificate.pdf');
  writeFileSync(file, res.body);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const s of ['Alpha Training', 'Certificate', 'Nadia Amrani', 'Accessible web developer', 'Builds web applications everyone can use.', 'Issued on Wednesday 13 January 2027', `${srv.base}/verify/${uid}`]) {
    assert.ok(text.includes(s), `the certificate says ${s}:\n${text}`);
  }
  const zbar = spawnSync('zbarimg', ['--version']);
  if (zbar.error) return; // zbar-tools is in tools/deps.sh; without it the QR code is not read
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, join(tmp, 'certificate')]);
  const qr = execFileSync('zbarimg', ['--raw', '-q', join(tmp, 'certificate.png')], { encoding: 'utf8' }).trim();
  assert.equal(qr, `${srv.base}/verify/${uid}`);
  // someone else's certificate is not theirs to download
  assert.equal((await beta.getBytes(`/learning/credentials/${credId}/pdf`)).status, 404);
});

test('traject credential verify checks a file offline, with the JWK set from a file or its address', async () => {
  const cred = join(tmp, 'credential.jwt');
  writeFileSync(cred, jwt + '\n');
  const keys = join(tmp, 'jwks.json');
  writeFileSync(keys, JSON.stringify(await jwks()));
  const env = { TRAJECT_NOW: String(NOW) };
  // the key that signed it was rotated out, and stays published: the signature holds
  let r = runTraject(['credential', 'verify', cred, '--keys', keys], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /This credential is valid\./);
  assert.match(r.stdout, /To: Nadia Amrani/);
  assert.match(r.stdout, /For: Accessible web developer/);
  assert.match(r.stdout, /Revocation was not checked/);
  // with the issuer's status list, from its address: it was revoked
  r = runTraject(['credential', 'verify', cred, '--keys', `${srv.base}/issuers/1/jwks.json`, '--status', `${srv.base}/issuers/1/status/1`, '--lang', 'nl'], { env });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /Dit bewijs is ingetrokken door de uitgever\./);
  // one byte changed
  const [h, p, s] = parts(jwt);
  const payload = payloadOf(jwt);
  writeFileSync(cred, `${h}.${b64url(JSON.stringify({ ...payload, validFrom: '2020-01-01T00:00:00Z' }))}.${s}`);
  r = runTraject(['credential', 'verify', cred, '--keys', keys], { env });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /The signature does not match/);
  void p;
  // a credential valid until the end of January 2028, checked on 1 February 2028
  const page = await alpha.get(achievement);
  const nadiaId = /<option value="(\d+)">Nadia Amrani<\/option>/.exec(page.text)[1];
  const issued = await alpha.post(`${achievement}/issue`, { csrf_token: csrfFrom(page.text), person_id: nadiaId, valid_until: '2028-01-31' });
  const id = /credentials\/(\d+)/.exec(issued.location)[1];
  writeFileSync(cred, (await nadia.get(`/learning/credentials/${id}/jwt`)).text);
  r = runTraject(['credential', 'verify', cred, '--keys', `${srv.base}/issuers/1/jwks.json`, '--lang', 'fr'], { env });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Ce certificat est valide\./);
  r = runTraject(['credential', 'verify', cred, '--keys', keys], { env: { TRAJECT_NOW: String(Date.UTC(2028, 1, 1) / 1000) } });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /This credential has expired\./);
  r = runTraject(['credential', 'verify', join(tmp, 'missing.jwt'), '--keys', keys], { env });
  assert.equal(r.code, 2);
  r = runTraject(['credential', 'verify', cred], { env });
  assert.equal(r.code, 2);
});

test('the list of issued credentials reads a page at a time, newest first, and searches', async () => {
  const page = await alpha.get(achievement);
  const linaId = /<option value="(\d+)">Lina Peeters<\/option>/.exec(page.text)[1];
  const token = csrfFrom(page.text);
  for (let i = 0; i < 50; i++) {
    assert.equal((await alpha.post(`${achievement}/issue`, { csrf_token: token, person_id: linaId })).status, 303);
  }
  const list = await alpha.get('/orgs/1/credentials');
  const m = /Showing 1–50 of (\d+)/.exec(list.text);
  assert.ok(m, 'a summary of the first page');
  const total = Number(m[1]);
  assert.equal(total, 55, 'five issued before, and fifty now');
  assert.equal((list.text.match(/\/orgs\/1\/credentials\/\d+"/g) || []).length, 50);
  const next = /<a href="([^"]+)" rel="next">/.exec(list.text)[1].replace(/&amp;/g, '&');
  const second = await alpha.get(next);
  assert.equal((second.text.match(/\/orgs\/1\/credentials\/\d+"/g) || []).length, total - 50);
  // the oldest, Nadia's first (revoked), is on the last page
  assert.match(second.text, new RegExp(`/orgs/1/credentials/${credId}"`));
  const omar = await alpha.get('/orgs/1/credentials?q=omar');
  assert.equal((omar.text.match(/\/orgs\/1\/credentials\/\d+"/g) || []).length, 1);
  assert.match(omar.text, /Omar Haddad/);
  const byName = await alpha.get('/orgs/1/credentials?sort=learner&dir=asc');
  const names = [...byName.text.matchAll(/\/orgs\/1\/credentials\/\d+">([^<]+)</g)].map((x) => x[1]);
  assert.equal(names[0], 'Lina Peeters');
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
});

// Assesses person pid on a competence (a form without a file).
async function assess(pid, competence, level) {
  const page = await alpha.get(`/orgs/1/people/${pid}/competences`);
  return alpha.post(`/orgs/1/people/${pid}/assessments`, { csrf_token: csrfFrom(page.text), competence_id: competence, level: String(level), assessed_on: '2027-01-13', evidence_text: 'Built a parser.' });
}

test('a rule on a competence level: a lower level issues nothing, the level issues once, in the learner\'s language, and the JWT verifies', async () => {
  let res = await alpha.submit('/orgs/1/achievements/new', {
    name: 'Programmer', description: 'Writes programs that work.', criteria: 'Reached level 4 in DigComp programming.',
    name_nl: 'Programmeur', description_nl: 'Schrijft programma\'s die werken.', criteria_nl: 'Bereikte niveau 4 in programmeren (DigComp).',
    name_fr: 'Programmeuse ou programmeur', valid_months: '0',
  }, '/orgs/1/achievements');
  assert.equal(res.status, 303);
  const ach = res.location.replace('?saved=1', '');
  let page = await alpha.get(ach);
  const programming = /<option value="(\d+)">DigComp 2\.2 · 3\.4 Programming<\/option>/.exec(page.text)[1];
  const nadiaId = /<option value="(\d+)">Nadia Amrani<\/option>/.exec(page.text)[1];
  const omarId = /<option value="(\d+)">Omar Haddad<\/option>/.exec(page.text)[1];
  // a level off DigComp's scale of 8, and a missing level, are refused
  res = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'level', competence_id: programming, min_level: '9' });
  assert.equal(res.status, 400);
  res = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'level', competence_id: programming });
  assert.equal(res.status, 400);
  assert.match(res.text, /Lowest level that issues it is required\./);
  assert.match((await alpha.get(ach)).text, /Only by hand, for now\./);
  res = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'level', competence_id: programming, min_level: '4' });
  assert.equal(res.status, 303);
  res = await alpha.post(`${ach}/rules`, { csrf_token: csrfFrom(page.text), kind: 'level', competence_id: programming, min_level: '5' });
  assert.equal(res.status, 409);
  page = await alpha.get(ach);
  assert.match(page.text, /Issued on reaching [^<]*4[^<]* or higher in 3\.4 Programming\./);
  // the translations written show on the achievement's page
  assert.match(page.text, /<h3>In Dutch<\/h3>\n<dl>\n<dt>Name<\/dt><dd>Programmeur<\/dd>\n<dt>What it recognises<\/dt><dd>Schrijft programma&#39;s die werken\.<\/dd>/);
  assert.match(page.text, /<h3>In French<\/h3>\n<dl>\n<dt>Name<\/dt><dd>Programmeuse ou programmeur<\/dd>\n<\/dl>/);
  assert.doesNotMatch(page.text, /<h3>In English<\/h3>/);

  // Nadia reads in Dutch
  const account = await nadia.get('/account');
  assert.equal((await nadia.post('/language', { csrf_token: csrfFrom(account.text), lang: 'nl', next: '/account' })).status, 303);
  const before = (await mails(srv.mailDir, 0)).length;
  const issuedTo = async (who) => ((await alpha.get(`/orgs/1/credentials?q=${encodeURIComponent(who)}`)).text.match(/<td>Programmer<\/td>/g) || []).length;
  assert.equal((await assess(nadiaId, programming, 3)).status, 303);
  assert.equal(await issuedTo('Nadia'), 0, 'level 3 is below the rule');
  assert.equal((await assess(nadiaId, programming, 5)).status, 303);
  assert.equal(await issuedTo('Nadia'), 1, 'level 5 reaches it');
  assert.equal((await assess(nadiaId, programming, 6)).status, 303);
  assert.equal((await assess(nadiaId, programming, 4)).status, 303);
  assert.equal(await issuedTo('Nadia'), 1, 'once per learner');
  // Omar has no account: his credential is issued, and no mail goes out
  assert.equal((await assess(omarId, programming, 4)).status, 303);
  assert.equal(await issuedTo('Omar'), 1);
  const all = await mails(srv.mailDir, before + 1);
  const mine = all.slice(before).filter((m) => m.to === 'nadia@learner.test');
  assert.equal(mine.length, 1, 'one mail to Nadia');
  assert.equal(mine[0].subject, 'Je hebt een bewijs ontvangen: Programmeur');
  assert.match(mine[0].body, /Alpha Training heeft je een bewijs uitgereikt: Programmeur\./);
  assert.match(mine[0].body, /\/learning\/record/);
  assert.equal(all.length - before, 1, 'no other mail');

  // her credential, in Dutch, verifies with jose against the published keys
  const learning = await nadia.get('/learning');
  const id = [...learning.text.matchAll(/\/learning\/credentials\/(\d+)\/jwt/g)].map((m) => Number(m[1])).sort((a, b) => b - a)[0];
  const token = (await nadia.get(`/learning/credentials/${id}/jwt`)).text.trim();
  const { payload } = await jwtVerify(token, createLocalJWKSet(await jwks()), { algorithms: ['EdDSA'], typ: 'vc+jwt', currentDate: new Date(NOW * 1000) });
  assert.equal(payload.credentialSubject.achievement.name, 'Programmeur');
  assert.equal(payload.credentialSubject.achievement.description, 'Schrijft programma\'s die werken.');
  assert.equal(payload.credentialSubject.name, 'Nadia Amrani');
  // Omar's credential is in the default texts
  const omarCred = /href="(\/orgs\/1\/credentials\/\d+)">Omar Haddad<\/a><\/td><td>Programmer/.exec((await alpha.get('/orgs/1/credentials?q=omar')).text)[1];
  assert.match((await alpha.get(omarCred)).text, /On reaching a competence level/);
  // the rule stops
  page = await alpha.get(ach);
  const stop = /action="(\/orgs\/1\/achievements\/\d+\/rules\/\d+\/delete)"/.exec(page.text)[1];
  assert.equal((await alpha.post(stop, { csrf_token: csrfFrom(page.text) })).status, 303);
  assert.match((await alpha.get(ach)).text, /Only by hand, for now\./);
  await nadia.post('/language', { csrf_token: csrfFrom(account.text), lang: 'en', next: '/account' });
});

test('an achievement is changed: bad input changes nothing, credentials issued before keep their signed texts, new ones carry the new', async () => {
  const made = await alpha.submit('/orgs/1/achievements/new', { name: 'Junior tester', description: 'Tests web pages.',
    criteria: 'Wrote ten test plans.', valid_months: '0' }, '/orgs/1/achievements');
  assert.equal(made.status, 303);
  const ach = made.location.replace('?saved=1', '');
  let page = await alpha.get(ach);
  assert.match(page.text, new RegExp(`href="${ach}/edit">Change the texts or the validity`));
  const nadiaId = /<option value="(\d+)">Nadia Amrani<\/option>/.exec(page.text)[1];
  let res = await alpha.post(`${ach}/issue`, { csrf_token: csrfFrom(page.text), person_id: nadiaId });
  assert.equal(res.status, 303);
  const before = await alpha.get(res.location);
  const oldUid = /\/verify\/([0-9a-f]{32})/.exec(before.text)[1];

  // the form holds what is saved; bad input is refused and changes nothing
  const form = await alpha.get(`${ach}/edit`);
  assert.equal(form.status, 200);
  assert.match(form.text, /<h1>Change Junior tester<\/h1>/);
  assert.match(form.text, /Credentials already issued keep the texts they were signed with/);
  assert.match(form.text, /value="Junior tester"/);
  res = await alpha.submit(`${ach}/edit`, { name: '', description: 'x', criteria: 'y', valid_months: '500' }, `${ach}/edit`);
  assert.equal(res.status, 400);
  assert.match(res.text, /Valid for how many months/);
  assert.match((await alpha.get(ach)).text, /<h1>Junior tester<\/h1>/);

  // saved, with a Dutch translation and a validity
  res = await alpha.submit(`${ach}/edit`, { name: 'Web tester', description: 'Tests web pages and their accessibility.',
    criteria: 'Wrote ten test plans.', valid_months: '24', name_nl: 'Webtester' }, `${ach}/edit`);
  assert.equal(res.status, 303);
  assert.equal(res.location, `${ach}?saved=1`);
  page = await alpha.get(ach);
  assert.match(page.text, /<h1>Web tester<\/h1>/);
  assert.match(page.text, /24 months/);
  assert.match(page.text, /Webtester/);

  // the credential issued before still verifies, with the name it was signed with
  const old = await anon.get(`/verify/${oldUid}`);
  assert.match(old.text, /This credential is valid\./);
  assert.match(old.text, /Junior tester/);
  assert.doesNotMatch(old.text, /Web tester/);
  // one issued now carries the new texts and the new validity, and verifies with jose
  page = await alpha.get(ach);
  res = await alpha.post(`${ach}/issue`, { csrf_token: csrfFrom(page.text), person_id: nadiaId });
  assert.equal(res.status, 303);
  const newId = /credentials\/(\d+)/.exec(res.location)[1];
  const token = (await nadia.get(`/learning/credentials/${newId}/jwt`)).text.trim();
  const { payload } = await jwtVerify(token, createLocalJWKSet(await jwks()), { algorithms: ['EdDSA'], typ: 'vc+jwt', currentDate: new Date(NOW * 1000) });
  assert.ok(['Web tester', 'Webtester'].includes(payload.credentialSubject.achievement.name), payload.credentialSubject.achievement.name);
  assert.equal(payload.credentialSubject.achievement.criteria.narrative, 'Wrote ten test plans.');
  assert.ok(payload.validUntil, 'a validity of 24 months gives validUntil');

  // another organisation can neither open nor change it
  const id = ach.split('/').pop();
  assert.equal((await beta.get(`/orgs/2/achievements/${id}/edit`)).status, 404);
  const theirs = await beta.get('/orgs/2/credentials');
  assert.equal((await beta.post(`/orgs/2/achievements/${id}/edit`, { csrf_token: csrfFrom(theirs.text), name: 'Hijacked',
    description: 'x', criteria: 'y', valid_months: '0' })).status, 404);
  assert.match((await alpha.get(ach)).text, /<h1>Web tester<\/h1>/);
});
