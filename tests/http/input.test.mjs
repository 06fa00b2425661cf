// Bad input of every kind: a clear answer (400/403/404/413/415), nothing written, and
// the server goes on. Also forms in multipart, HEAD, languages of error pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, Client, csrfFrom, PASSWORD } from '../lib/server.mjs';

let srv;
before(async () => { srv = await startServer({ env: { TRAJECT_MAX_BODY: '65536' } }); });
after(async () => {
  if (!srv) return;
  const r = await srv.stop();
  assert.equal(r.code, 0, 'graceful stop exits 0');
});

function raw(port, data) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.end(data));
    let out = '';
    s.on('data', (d) => { out += d; });
    s.on('close', () => resolve(out));
    s.on('error', () => resolve(out));
    s.setTimeout(5000, () => s.destroy());
  });
}
const port = () => Number(new URL(srv.base).port);

test('an unknown route is 404, a wrong method 405, in the visitor\'s language', async () => {
  let res = await new Client(srv.base).get('/no/such/page');
  assert.equal(res.status, 404);
  assert.match(res.text, /<h1>Page not found<\/h1>/);
  res = await new Client(srv.base).request('DELETE', '/sign-in');
  assert.equal(res.status, 405);
  res = await new Client(srv.base, { lang: 'nl-BE,nl;q=0.9' }).get('/no/such/page');
  assert.equal(res.status, 404);
  assert.match(res.text, /<html lang="nl">/);
  assert.doesNotMatch(res.text, /<h1>Page not found<\/h1>/);
  res = await new Client(srv.base, { lang: 'fr' }).get('/no/such/page');
  assert.match(res.text, /<html lang="fr">/);
  assert.doesNotMatch(res.text, /<h1>Page not found<\/h1>/);
});

test('invalid UTF-8 in a query, a path or a form is 400 and writes nothing', async () => {
  const c = new Client(srv.base);
  assert.equal((await c.get('/sign-in?next=%ff%fe')).status, 400);
  assert.equal((await c.get('/orgs/%c0%af')).status, 400);
  await c.signIn('admin@alpha.test');
  const token = csrfFrom((await c.get('/account')).text);
  const res = await c.request('POST', '/account/profile', {
    body: `csrf_token=${token}&name=Bad%ff%feName&lang=en`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 400);
  assert.doesNotMatch((await c.get('/account')).text, /BadName|Bad\uFFFD/);
});

test('a body over the limit is 413; an unknown content type is 415', async () => {
  const c = new Client(srv.base);
  const token = csrfFrom((await c.get('/sign-in')).text);
  let res = await c.request('POST', '/sign-in', {
    body: `csrf_token=${token}&email=a@b.c&password=${'x'.repeat(70000)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 413);
  res = await c.request('POST', '/sign-in', { body: '{"email":"a"}', headers: { 'content-type': 'application/json' } });
  assert.equal(res.status, 415);
  // without Content-Length (chunked), the excess is read and dropped, then 413
  const chunked = await raw(port(), 'POST /sign-in HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
    'Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n' +
    `13880\r\nx=${'a'.repeat(0x13880 - 2)}\r\n0\r\n\r\n`);
  assert.match(chunked, /^HTTP\/1\.1 413/);
  assert.equal((await fetch(srv.base + '/healthz')).status, 200);
});

test('a form of a thousand fields is read; a body of tiny fields past the memory bound is 413', async () => {
  const c = new Client(srv.base);
  await c.signIn('admin@alpha.test');
  const token = csrfFrom((await c.get('/account')).text);
  const extra = Array.from({ length: 1000 }, (_, i) => `learner_${i}=present`).join('&');
  let res = await c.request('POST', '/account/profile', {
    body: `csrf_token=${token}&${extra}&name=Many%20Fields&lang=en`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 303, 'a thousand fields are not refused');
  assert.match((await c.get('/account')).text, /Many Fields/);
  // 65,536 bytes of one-letter fields would take far more memory than the body: refused
  res = await c.request('POST', '/account/profile', {
    body: `csrf_token=${token}&name=Tiny&lang=en&${Array.from({ length: 7000 }, (_, i) => `a${i}=`).join('&')}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 413);
  assert.doesNotMatch((await c.get('/account')).text, /Tiny/);
  res = await c.request('POST', '/account/profile', {
    body: `csrf_token=${token}&name=Admin%20Alpha&lang=en`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 303);
});

test('forms may come as multipart/form-data', async () => {
  const c = new Client(srv.base);
  const token = csrfFrom((await c.get('/sign-in')).text);
  const fd = new FormData();
  fd.set('csrf_token', token);
  fd.set('email', 'admin@alpha.test');
  fd.set('password', PASSWORD);
  const res = await fetch(srv.base + '/sign-in', { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: c.cookieHeader() } });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/orgs/1');
});

test('malformed requests get 400 and the server goes on', async () => {
  const a = await raw(port(), 'GARBAGE\r\n\r\n'); // no request line: closed, or 400
  assert.ok(a === '' || /^HTTP\/1\.[01] 400/.test(a), a.slice(0, 80));
  const m = await raw(port(), 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.match(m, /^HTTP\/1\.[01] 405/);
  const b = await raw(port(), 'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n');
  assert.match(b, /^HTTP\/1\.[01] 400/);
  const c = await raw(port(), 'GET /' + 'a'.repeat(200000) + ' HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.match(c, /^HTTP\/1\.[01] 4\d\d/);
  const broken = '--zz\r\nbroken\r\n\r\n--zz--\r\n';
  const d = await raw(port(), `POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: ${broken.length}\r\nConnection: close\r\n\r\n${broken}`);
  assert.match(d, /^HTTP\/1\.[01] (400|403)/);
  assert.equal((await fetch(srv.base + '/healthz')).status, 200);
});

test('script in form fields is shown as text', async () => {
  const c = new Client(srv.base);
  const res = await c.submit('/sign-in', { email: '"><script>alert(1)</script>', password: 'x' });
  assert.equal(res.status, 400);
  assert.doesNotMatch(res.text, /<script>alert/);
  assert.match(res.text, /&lt;script&gt;/);
});

test('an open redirect through next= is refused', async () => {
  const c = new Client(srv.base);
  const token = csrfFrom((await c.get('/sign-in?next=//evil.example/')).text);
  const res = await c.post('/sign-in', { csrf_token: token, email: 'admin@alpha.test', password: PASSWORD, next: '//evil.example/' });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/orgs/1');
});

test('the language switcher: a cookie for visitors, the account preference once signed in', async () => {
  const c = new Client(srv.base);
  const page = await c.get('/sign-in');
  let res = await c.post('/language', { csrf_token: csrfFrom(page.text), lang: 'nl', next: '/sign-in' });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/sign-in');
  assert.match((await c.get('/sign-in')).text, /<html lang="nl">/);
  await c.signIn('admin@alpha.test');
  const home = await c.get('/orgs/1');
  res = await c.post('/language', { csrf_token: csrfFrom(home.text), lang: 'fr', next: '/orgs/1' });
  assert.equal(res.status, 303);
  const other = new Client(srv.base, { lang: 'en' }); // a new device, English browser
  await other.signIn('admin@alpha.test');
  assert.match((await other.get('/orgs/1')).text, /<html lang="fr">/);
  res = await c.post('/language', { csrf_token: csrfFrom(home.text), lang: 'en', next: '/orgs/1' });
  assert.equal(res.status, 303);
  res = await c.post('/language', { csrf_token: csrfFrom(home.text), lang: 'klingon' });
  assert.equal(res.status, 400);
});

test('assets are served with a content hash, a long cache and gzip', async () => {
  const page = await (await fetch(srv.base + '/sign-in')).text();
  const href = /href="(\/assets\/pico\.min\.[0-9a-f]{10}\.css)"/.exec(page)[1];
  const res = await fetch(srv.base + href, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('cache-control'), /max-age=31536000/);
  assert.equal(res.headers.get('content-encoding'), 'gzip');
  assert.match(await res.text(), /--pico/);
  assert.equal((await fetch(srv.base + '/assets/pico.min.0000000000.css')).status, 404);
  const total = Buffer.byteLength(page) + Number(res.headers.get('content-length') || 0);
  assert.ok(total < 50 * 1024, `sign-in page + CSS gzip = ${total} bytes`);
});

test('hundreds of random malformed requests: every one answered or closed, the server lives', async () => {
  let seed = 12345;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pick = (a) => a[rnd(a.length)];
  const junk = (n) => Buffer.from(Array.from({ length: n }, () => rnd(256)));
  const types = ['multipart/form-data; boundary=zz', 'multipart/form-data', 'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=', 'text/plain', 'application/x-www-form-urlencoded; charset=latin1'];
  const bodies = [
    () => '--zz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--zz--\r\n',
    () => '--zz\r\nContent-Disposition: form-data; name="a"; filename="f"\r\n\r\n' + 'y'.repeat(rnd(5000)) + '\r\n--zz--\r\n',
    () => '--zz\r\n\r\n\r\n--zz',
    () => 'a=%zz&b=%&=&&c=' + '%e2%82'.repeat(rnd(50)),
    () => junk(rnd(2000)).toString('latin1'),
    () => '--zz\r\nContent-Disposition: form-data; name="' + junk(20).toString('latin1') + '"\r\n\r\nv\r\n--zz--\r\n',
  ];
  for (let i = 0; i < 300; i++) {
    const body = pick(bodies)();
    const len = Buffer.byteLength(body, 'latin1');
    const cl = pick([len, len, Math.max(0, len - rnd(10)), len + rnd(5)]);
    const req = `POST ${pick(['/sign-in', '/language', '/password-reset', '/orgs/1/members/invite', '/x'])} HTTP/1.1\r\nHost: x\r\n` +
      `Content-Type: ${pick(types)}\r\nContent-Length: ${cl}\r\nConnection: close\r\n\r\n` + body;
    const out = await raw(port(), Buffer.from(req, 'latin1'));
    assert.ok(out === '' || /^HTTP\/1\.[01] [2345]\d\d/.test(out), out.slice(0, 60));
    assert.doesNotMatch(out, /^HTTP\/1\.[01] 500/);
  }
  assert.equal((await fetch(srv.base + '/healthz')).status, 200);
});
