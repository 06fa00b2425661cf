// Under overload: the liveness probe answers even when every worker is busy, and requests
// beyond what the queue holds get a short 503 with Retry-After at once instead of a long
// wait; every request gets an answer.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, csrfFrom, PASSWORD } from '../lib/server.mjs';

let srv;
after(async () => { if (srv) await srv.stop(); });

// Clients holding a sign-in form each (its cookie and token), ready to post at once.
async function signInForms(n) {
  const forms = [];
  for (let i = 0; i < n; i++) {
    const c = new Client(srv.base);
    forms.push({ c, token: csrfFrom((await c.get('/sign-in')).text) });
  }
  return forms;
}

const post = ({ c, token }, lang = 'en') =>
  c.post('/sign-in', { csrf_token: token, email: 'admin@alpha.test', password: PASSWORD }, { headers: { 'accept-language': lang } });

test('a full queue: the rest get 503 with Retry-After at once, in their language, and nobody is left without an answer', async () => {
  srv = await startServer({ env: { TRAJECT_THREADS: '2', TRAJECT_QUEUE_MAX: '3', TRAJECT_HASH_CONCURRENCY: '1' } });
  const forms = await signInForms(40);
  const answers = await Promise.all(forms.map((f, i) => post(f, i % 2 ? 'fr' : 'en')));
  const busy = answers.filter((a) => a.status === 503);
  const done = answers.filter((a) => a.status === 303);
  assert.equal(busy.length + done.length, 40, answers.map((a) => a.status).join(' '));
  assert.ok(busy.length > 0, 'some were refused at once');
  assert.ok(done.length >= 2, 'the workers and the queue were served');
  for (const a of busy) {
    assert.equal(a.headers.get('retry-after'), '5');
    assert.match(a.text, /The server is very busy just now|Le serveur est très occupé/);
  }
  assert.ok(busy.some((a) => /Le serveur est très occupé/.test(a.text)), 'in French for the French');
  assert.match(srv.stderr(), /every worker busy and the queue full or slow: answered 503/);
  // afterwards, all is normal again
  const c = new Client(srv.base);
  assert.equal((await post({ c, token: csrfFrom((await c.get('/sign-in')).text) })).status, 303);
  await srv.stop();
  srv = null;
});

test('a queue that moves too slowly: new requests get 503 at once while the oldest has waited too long', async () => {
  srv = await startServer({ env: { TRAJECT_THREADS: '2', TRAJECT_QUEUE_MAX: '1000', TRAJECT_QUEUE_WAIT: '100', TRAJECT_HASH_CONCURRENCY: '1' } });
  const forms = await signInForms(30);
  const answers = [];
  for (const f of forms) { // one after another, each while the earlier ones still wait
    answers.push(post(f));
    await new Promise((r) => setTimeout(r, 15));
  }
  const done = await Promise.all(answers);
  const busy = done.filter((a) => a.status === 503);
  assert.equal(busy.length + done.filter((a) => a.status === 303).length, 30, done.map((a) => a.status).join(' '));
  assert.ok(busy.length > 0 && busy.length < 30, done.map((a) => a.status).join(' '));
  assert.ok(busy.every((a) => a.headers.get('retry-after') === '5'));
  await srv.stop();
  srv = null;
});

test('the liveness probe answers while every worker is busy hashing passwords', async () => {
  srv = await startServer({ env: { TRAJECT_THREADS: '2', TRAJECT_HASH_CONCURRENCY: '1' } });
  const forms = await signInForms(16);
  const order = [];
  const signIns = forms.map((f, i) => post(f).then((a) => { order.push(`sign-in ${i}`); return a; }));
  await new Promise((r) => setTimeout(r, 20)); // the sign-ins are in
  const probe = fetch(srv.base + '/healthz').then(async (res) => { order.push('healthz'); return res; });
  const res = await probe;
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'ok\n');
  const answers = await Promise.all(signIns);
  assert.ok(answers.every((a) => a.status === 303), answers.map((a) => a.status).join(' '));
  assert.ok(order.indexOf('healthz') < order.length - 1, `the probe did not wait for the queue: ${order.join(', ')}`);
  assert.ok(order.indexOf('healthz') < 8, `the probe came before most sign-ins: ${order.join(', ')}`);
});
