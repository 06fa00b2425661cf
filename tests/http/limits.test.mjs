// The server's limits seen from outside: slow clients are closed after the header and body
// deadlines, a NUL byte in a URL is refused, 405 says what is allowed and 429 how long to
// wait, early errors follow the reader's language, a read whose client has gone is not
// computed, and the access log tells how long a request waited before its handler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, Client, csrfFrom, PASSWORD } from '../lib/server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const portOf = (s) => Number(new URL(s.base).port);

// Sends head at once, then trickle one byte every `every` ms; resolves with the seconds the
// server took to close the connection (or null after `giveUp` ms) and what it answered.
function trickle(port, head, trickleText, every, giveUp) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect(port, '127.0.0.1');
    let out = '';
    let i = 0;
    let timer = null;
    const done = (closed) => {
      clearInterval(timer);
      clearTimeout(stop);
      s.destroy();
      resolve({ seconds: closed ? (Date.now() - t0) / 1000 : null, out });
    };
    const stop = setTimeout(() => done(false), giveUp);
    s.on('connect', () => {
      s.write(head);
      timer = setInterval(() => {
        if (!s.destroyed && i < trickleText.length) s.write(trickleText[i++]);
      }, every);
    });
    s.on('data', (d) => { out += d; });
    s.on('close', () => done(true));
    s.on('error', () => {});
  });
}

test('headers or a body sent one byte at a time are cut off at their deadline', async () => {
  const s = await startServer({ env: { TRAJECT_HEADER_TIMEOUT: '2', TRAJECT_BODY_TIMEOUT: '3' } });
  try {
    const port = portOf(s);
    // a header line that never ends, a byte every 400 ms (libmicrohttpd's idle timeout is 30 s)
    const heads = trickle(port, 'GET /sign-in HTTP/1.1\r\nHost: x\r\nX-Slow: ', 'a'.repeat(100), 400, 9000);
    // a body of 1,000 bytes announced, sent a byte every 400 ms
    const token = csrfFrom((await new Client(s.base).get('/sign-in')).text);
    const bodies = trickle(port, 'POST /password-reset HTTP/1.1\r\nHost: x\r\n' +
      'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n' +
      `csrf_token=${token}&email=`, 'a'.repeat(1000), 400, 9000);
    // an idle connection that never sends a byte is closed at the header deadline too
    const idle = trickle(port, '', '', 1000, 9000);
    const [h, b, i] = await Promise.all([heads, bodies, idle]);
    assert.ok(h.seconds !== null && h.seconds >= 1.9 && h.seconds < 4, `headers closed after ${h.seconds} s`);
    assert.ok(b.seconds !== null && b.seconds >= 2.9 && b.seconds < 5, `body closed after ${b.seconds} s`);
    assert.ok(i.seconds !== null && i.seconds < 4, `idle connection closed after ${i.seconds} s`);
    assert.equal(h.out, '');
    assert.equal(b.out, '');
    // a request sent at a normal pace on a connection kept alive goes on being served
    const c = new Client(s.base);
    for (let k = 0; k < 3; k++) {
      assert.equal((await c.get('/sign-in')).status, 200);
      await sleep(700);
    }
    assert.equal((await fetch(s.base + '/healthz')).status, 200);
  } finally {
    await s.stop();
  }
});

test('the deadlines are settings, with defaults of 10 s for headers and 60 s for a body', async () => {
  const s = await startServer({ env: { TRAJECT_HEADER_TIMEOUT: '1' } });
  try {
    const r = await trickle(portOf(s), 'GET /sign-in HTTP/1.1\r\n', 'Host: x\r\n'.repeat(20), 300, 6000);
    assert.ok(r.seconds !== null && r.seconds < 2.5, `closed after ${r.seconds} s`);
  } finally {
    await s.stop();
  }
});

test('a NUL byte in a URL path or query is refused with 400, as in a form', async () => {
  const s = await startServer();
  try {
    const c = new Client(s.base);
    await c.signIn('admin@alpha.test');
    assert.equal((await c.get('/orgs/1')).status, 200);
    for (const path of ['/orgs/1%00', '/orgs/1%00/programmes', '/orgs/1%00x', '/sign-in?next=/orgs/1%00']) {
      const res = await c.get(path);
      assert.equal(res.status, 400, path);
    }
    assert.equal((await c.get('/orgs/1')).status, 200);
  } finally {
    await s.stop();
  }
});

test('a 405 says which methods the path takes; a 429 says how long to wait', async () => {
  const s = await startServer({ env: { TRAJECT_NOW: '1800000000' } });
  try {
    let res = await new Client(s.base).request('DELETE', '/sign-in');
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD, POST');
    res = await new Client(s.base).request('POST', '/healthz');
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET, HEAD');
    assert.equal((await new Client(s.base).get('/sign-in')).headers.get('allow'), null);
    const c = new Client(s.base);
    for (let i = 0; i < 3; i++) {
      assert.equal((await c.submit('/sign-in', { email: 'admin@alpha.test', password: 'wrong-password' })).status, 400);
    }
    res = await c.submit('/sign-in', { email: 'admin@alpha.test', password: PASSWORD });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '1');
  } finally {
    await s.stop();
  }
});

test('400, 413 and 415 are in the signed-in reader\'s language, as 403, 404 and 405 are', async () => {
  const s = await startServer({ env: { TRAJECT_MAX_BODY: '65536' } });
  try {
    const c = new Client(s.base); // sends no Accept-Language of its own
    await c.signIn('admin@alpha.test');
    const token = csrfFrom((await c.get('/account')).text);
    assert.equal((await c.post('/account/profile', { csrf_token: token, name: 'Admin Alpha', lang: 'fr' })).status, 303);
    const lang = (res) => /<html lang="(\w+)"/.exec(res.text)?.[1];
    let res = await c.get('/no/such/page');
    assert.equal(res.status, 404);
    assert.equal(lang(res), 'fr');
    res = await c.get('/sign-in?next=%ff%fe');
    assert.equal(res.status, 400);
    assert.equal(lang(res), 'fr', 'invalid UTF-8');
    res = await c.get('/orgs/1%00');
    assert.equal(res.status, 400);
    assert.equal(lang(res), 'fr', 'NUL byte');
    res = await c.request('POST', '/account/profile', {
      body: `csrf_token=${token}&name=${'x'.repeat(70000)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 413);
    assert.equal(lang(res), 'fr', '413');
    res = await c.request('POST', '/account/profile', { body: '{"name":"a"}', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 415);
    assert.equal(lang(res), 'fr', '415');
    // a visitor without an account still gets the language of the request
    res = await new Client(s.base, { lang: 'nl' }).request('POST', '/sign-in', { body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 415);
    assert.equal(lang(res), 'nl');
  } finally {
    await s.stop();
  }
});

// Keeps the only worker busy hashing passwords while `n` page loads arrive and their
// clients leave; returns the access log.
async function busyWorker(s, n, leave) {
  const c = new Client(s.base);
  await c.signIn('admin@alpha.test');
  const cookie = c.cookieHeader();
  const v = new Client(s.base);
  const token = csrfFrom((await v.get('/sign-in')).text);
  const hashes = Array.from({ length: 3 }, (_, i) => v.post('/sign-in',
    { csrf_token: token, email: `nobody${i}@alpha.test`, password: 'wrong-password' }));
  await sleep(30);
  const loads = Array.from({ length: n }, () => new Promise((resolve) => {
    const sock = net.connect(portOf(s), '127.0.0.1', () => {
      sock.write(`GET /orgs/1/members HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n\r\n`);
      if (leave) sock.end();
    });
    let out = '';
    sock.on('data', (d) => { out += d; if (/<\/html>/.test(out)) sock.destroy(); });
    sock.on('close', () => resolve(out));
    sock.on('error', () => resolve(out));
    sock.setTimeout(10000, () => sock.destroy());
  }));
  const got = await Promise.all(loads);
  await Promise.all(hashes);
  await sleep(200);
  return got;
}

test('a page whose client has gone while it waited is not computed', async () => {
  const s = await startServer({ env: { TRAJECT_THREADS: '1', TRAJECT_QUIET: '0' } });
  try {
    await busyWorker(s, 20, true);
    const log = s.stderr().split('\n').filter((l) => / GET \/orgs\/1\/members /.test(l));
    assert.equal(log.length, 20, log.join('\n'));
    for (const l of log) assert.match(l, /client gone: not computed/);
    assert.ok(!log.some((l) => / 200 /.test(l)));
    // a client that stays gets its page
    const got = await busyWorker(s, 3, false);
    for (const out of got) assert.match(out, /^HTTP\/1\.1 200/);
  } finally {
    await s.stop();
  }
});

test('the access log shows how long a request waited before its handler ran', async () => {
  const s = await startServer({ env: { TRAJECT_THREADS: '1', TRAJECT_QUIET: '0' } });
  try {
    await busyWorker(s, 3, false);
    const lines = s.stderr().split('\n').filter((l) => / GET \/orgs\/1\/members 200 /.test(l));
    assert.equal(lines.length, 3);
    for (const l of lines) {
      const m = / (\d+)B ([\d.]+)ms wait ([\d.]+)ms/.exec(l);
      assert.ok(m, l);
      // queued behind password hashes: the wait is far longer than the page itself
      assert.ok(Number(m[3]) > 20, l);
    }
  } finally {
    await s.stop();
  }
});
