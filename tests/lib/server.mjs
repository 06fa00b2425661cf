// Test harness: starts a real `traject serve` on a fresh database (SQLite file, or a
// new PostgreSQL database when TRAJECT_TEST_PG is set) on a random loopback port, and a
// small HTTP client with a cookie jar that reads CSRF tokens from forms.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
// The tests run the test build (traject-test: TRAJECT_NOW fixes its clock, the HTML writer
// aborts on a bad format), made by `make traject`; TRAJECT_BIN chooses another (make asan).
// NORMAL_BIN is the traject that `make run` and installations use.
export const BIN = resolve(ROOT, process.env.TRAJECT_BIN || 'traject-test');
export const NORMAL_BIN = resolve(ROOT, 'traject');
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run make traject`);
export const PASSWORD = 'correct-horse-battery';

function run(args, { input, env } = {}) {
  const r = spawnSync(BIN, args, { input, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
export { run as runTraject };

// A fresh database URL: a SQLite file in a temporary folder, or a new PostgreSQL database.
export function freshDb(dir) {
  const pg = process.env.TRAJECT_TEST_PG; // postgresql://postgres@127.0.0.1:PORT
  if (!pg) return `sqlite:${join(dir, 'test.db')}`;
  const name = 'tj_' + randomBytes(6).toString('hex');
  const r = spawnSync('psql', [`${pg}/postgres`, '-q', '-c', `CREATE DATABASE ${name}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('cannot create database: ' + r.stderr);
  return `${pg}/${name}`;
}

export const backend = process.env.TRAJECT_TEST_PG ? 'postgresql' : 'sqlite';

// Creates the database with two organisations: "Alpha Training" (admin@alpha.test) and
// "Beta Fund" (admin@beta.test, funder), both with PASSWORD.
export function initDb(db) {
  for (const [org, kind, email] of [
    ['Alpha Training', 'training', 'admin@alpha.test'],
    ['Beta Fund', 'funder', 'admin@beta.test'],
  ]) {
    const r = run(['init', '--db', db, '--org', org, '--org-kind', kind, '--admin-email', email,
      '--admin-name', `Admin of ${org}`, '--admin-password-file', '-'], { input: PASSWORD + '\n' });
    if (r.code !== 0) throw new Error(`traject init failed: ${r.stderr}`);
  }
}

// `from`: reuse the database and mail folder of a stopped server (stopped with keep).
export async function startServer({ env = {}, init = true, from = null } = {}) {
  const dir = from ? from.dir : mkdtempSync(join(tmpdir(), 'traject-test-'));
  const db = from ? from.db : freshDb(dir);
  if (init && !from) initDb(db);
  const mailDir = join(dir, 'mail');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const base = `http://127.0.0.1:${port}`;
    const proc = spawn(BIN, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`], {
      env: { ...process.env, TRAJECT_MAIL_DIR: mailDir, TRAJECT_QUIET: '1', TRAJECT_THREADS: '2', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d) => { stderr += d; });
    proc.stdout.on('data', () => {});
    const exited = new Promise((res) => proc.on('exit', (code, sig) => res({ code, sig })));
    let up = false;
    for (let i = 0; i < 100 && proc.exitCode === null; i++) {
      try {
        const r = await fetch(base + '/healthz');
        if (r.ok) { up = true; break; }
      } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!up) {
      proc.kill('SIGKILL');
      await exited;
      if (/cannot listen/.test(stderr)) continue;
      throw new Error('traject serve did not start: ' + stderr);
    }
    return {
      base, db, dir, mailDir, proc,
      stderr: () => stderr,
      async stop({ keep = false } = {}) {
        proc.kill('SIGTERM');
        const r = await exited;
        if (!keep) rmSync(dir, { recursive: true, force: true });
        // a sanitizer build reports here; any report fails the test that stops the server
        if (/ERROR: (Address|Leak)Sanitizer|runtime error:/.test(stderr)) {
          throw new Error('sanitizer report:\n' + stderr.slice(-4000));
        }
        return r;
      },
    };
  }
  throw new Error('no free port found');
}

export function csrfFrom(html) {
  const m = /name="csrf_token" value="([0-9a-f]{64})"/.exec(html);
  if (!m) throw new Error('no csrf_token in page');
  return m[1];
}

export class Client {
  constructor(base, { lang } = {}) {
    this.base = base;
    this.cookies = new Map();
    this.lang = lang;
  }
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim(), value = pair.slice(i + 1).trim();
      if (attrs.some((a) => /max-age=0/i.test(a.trim())) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  async request(method, path, { body, headers = {} } = {}) {
    const h = { ...headers };
    if (this.cookies.size) h.cookie = this.cookieHeader();
    if (this.lang && !h['accept-language']) h['accept-language'] = this.lang;
    const res = await fetch(this.base + path, { method, body, headers: h, redirect: 'manual' });
    this.store(res);
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, location: res.headers.get('location') };
  }
  get(path, opts) { return this.request('GET', path, opts); }
  // GETs a binary download (PDF...): body is a Buffer.
  async getBytes(path, { headers = {} } = {}) {
    const h = { ...headers };
    if (this.cookies.size) h.cookie = this.cookieHeader();
    if (this.lang && !h['accept-language']) h['accept-language'] = this.lang;
    const res = await fetch(this.base + path, { headers: h, redirect: 'manual' });
    this.store(res);
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body, location: res.headers.get('location') };
  }
  // Posts urlencoded fields (an object, or an array of pairs for repeated names).
  post(path, fields, opts = {}) {
    const body = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields)).toString();
    return this.request('POST', path, { ...opts, body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(opts.headers || {}) } });
  }
  // GETs formPath, takes its CSRF token, posts fields to action (default: formPath).
  async submit(formPath, fields, action) {
    const page = await this.get(formPath);
    const token = csrfFrom(page.text);
    const f = Array.isArray(fields) ? [['csrf_token', token], ...fields] : { csrf_token: token, ...fields };
    return this.post(action || formPath, f);
  }
  // Answers a confirmation page (html/layout.h confirm_page): posts its hidden fields,
  // with the confirmation token, to its form's action.
  confirm(res) {
    const form = [...res.text.matchAll(/<form method="post" action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)]
      .find((f) => /name="confirm_token"/.test(f[2]));
    if (!form) throw new Error(`not a confirmation page: ${res.status} ${res.text.slice(0, 300)}`);
    const unescape = (v) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const fields = [...form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], unescape(m[2])]);
    return this.post(unescape(form[1]), fields);
  }
  // Sets the language of the signed-in account (the account's choice comes first).
  async setLanguage(lang) {
    const page = await this.get('/account');
    const res = await this.post('/language', { csrf_token: csrfFrom(page.text), lang, next: '/account' });
    if (res.status !== 303) throw new Error(`language of the account not set: ${res.status}`);
  }
  async signIn(email, password = PASSWORD) {
    const r = await this.submit('/sign-in', { email, password });
    if (r.status !== 303) throw new Error(`sign-in of ${email} failed: ${r.status} ${r.text.slice(0, 300)}`);
    return r;
  }
}

// Waits until the mail worker has written n .eml files, and returns them parsed.
export async function mails(mailDir, n = 1, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const files = existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.eml')).sort() : [];
    if (files.length >= n || Date.now() > end) return files.map((f) => parseMail(readFileSync(join(mailDir, f), 'utf8')));
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function parseMail(raw) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const subj = headers.subject.match(/^=\?UTF-8\?B\?(.*)\?=$/);
  return {
    to: headers.to.replace(/[<>]/g, ''),
    subject: subj ? Buffer.from(subj[1], 'base64').toString('utf8') : headers.subject,
    body: rest.join('\r\n\r\n').replace(/\r\n/g, '\n'),
    headers,
  };
}

export function linkIn(body, prefix) {
  const m = new RegExp(`https?://[^\\s]+${prefix}[^\\s]+`).exec(body);
  if (!m) throw new Error(`no ${prefix} link in mail:\n${body}`);
  return new URL(m[0]).pathname;
}

// Accepts the invitation last mailed to email (from the server srv) as name: a client signed
// in to the new account.
export async function invitedClient(srv, email, name) {
  const mail = (await mails(srv.mailDir, 1)).reverse().find((m) => m.to === email);
  if (!mail) throw new Error(`no invitation mailed to ${email}`);
  const c = new Client(srv.base);
  const res = await c.submit(linkIn(mail.body, '/invitations/'), { name, password: 'learning-2027-x', confirm: 'learning-2027-x' });
  if (res.status !== 303) throw new Error(`invitation of ${email} not accepted: ${res.status}`);
  return c;
}
