// Mail over SMTP through libcurl, against a minimal SMTP server run by the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, Client, parseMail } from '../lib/server.mjs';

function smtpServer() {
  const received = [];
  const server = net.createServer((sock) => {
    let buf = '', inData = false, msg = { rcpt: [] };
    sock.write('220 test.local ESMTP\r\n');
    sock.on('data', (d) => {
      buf += d.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          msg.data = buf.slice(0, end + 2);
          buf = buf.slice(end + 5);
          inData = false;
          received.push(msg);
          msg = { rcpt: [] };
          sock.write('250 OK queued\r\n');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') sock.write('250-test.local\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') { msg.from = line; sock.write('250 OK\r\n'); }
        else if (verb === 'RCPT') { msg.rcpt.push(line); sock.write('250 OK\r\n'); }
        else if (verb === 'DATA') { inData = true; sock.write('354 go on\r\n'); }
        else if (verb === 'QUIT') { sock.end('221 bye\r\n'); return; }
        else sock.write('250 OK\r\n');
      }
    });
    sock.on('error', () => {});
  });
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res({ server, received, port: server.address().port })));
}

test('with --smtp-url, mail is delivered over SMTP', async () => {
  const smtp = await smtpServer();
  const srv = await startServer({ env: { TRAJECT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, TRAJECT_MAIL_FROM: 'Traject Test <noreply@traject.test>' } });
  try {
    const c = new Client(srv.base);
    const res = await c.submit('/password-reset', { email: 'admin@alpha.test' });
    assert.equal(res.status, 200);
    for (let i = 0; i < 50 && smtp.received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(smtp.received.length, 1);
    const m = smtp.received[0];
    assert.match(m.from, /<noreply@traject\.test>/);
    assert.match(m.rcpt[0], /<admin@alpha\.test>/);
    const mail = parseMail(m.data);
    assert.match(mail.subject, /password/i);
    assert.match(mail.body, /\/password-reset\/[A-Za-z0-9_-]{43}/);
  } finally {
    await srv.stop();
    smtp.server.close();
  }
});
