// A question of an application form is one line in every language, like every other
// one-line field: a label with a line break is refused with a message beside the field, and
// nothing is added. The paper-application template (CSV) writes the labels through the one
// CSV writer, which neutralises a label that a spreadsheet would read as a formula.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, alpha, programme;
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Questions'], ['title_fr', 'Questions'], ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'fr']], '/orgs/1/programmes');
  assert.equal(res.status, 303);
  programme = res.location.replace('?saved=1', '');
});
after(async () => { if (srv) await srv.stop(); });

test('a question label with a line break is refused in each language, nothing added', async () => {
  for (const [field, value] of [['label_en', 'Why\nnow?'], ['label_nl', 'Waarom\r\nnu?'], ['label_fr', 'Pourquoi\rmaintenant ?']]) {
    const r = await alpha.submit(programme, { kind: 'short', label_en: 'Fine', [field]: value }, `${programme}/questions`);
    assert.equal(r.status, 400, field);
    assert.match(r.text, /Write the question on one line, without line breaks\./, field);
    assert.match(r.text, new RegExp(`href="#f-${field}"`), field);
  }
  const tpl = await alpha.get(`${programme}/import-template.csv`);
  assert.doesNotMatch(tpl.text, /Fine|Why|Waarom|Pourquoi/);
  // a one-line label is taken
  assert.equal((await alpha.submit(programme, { kind: 'short', label_en: 'Why now?' }, `${programme}/questions`)).status, 303);
});

test('the paper template neutralises a label that is a formula', async () => {
  assert.equal((await alpha.submit(programme, { kind: 'short', label_en: '=HYPERLINK("http://x.test","y")' }, `${programme}/questions`)).status, 303);
  const tpl = await alpha.get(`${programme}/import-template.csv`);
  assert.equal(tpl.status, 200);
  assert.match(tpl.text, /,"'=HYPERLINK\(""http:\/\/x\.test"",""y""\)"\r\n$/);
  assert.doesNotMatch(tpl.text, /,=HYPERLINK/);
});
