// Every CSV the application writes goes through one writer that neutralises spreadsheet
// formulas: a question label typed as a formula comes out of the paper-application
// template as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, alpha;
before(async () => {
  srv = await startServer();
  alpha = new Client(srv.base);
  await alpha.signIn('admin@alpha.test');
});
after(async () => { if (srv) await srv.stop(); });

test('the import template neutralises a question label that is a formula', async () => {
  const res = await alpha.submit('/orgs/1/programmes/new', [['title_en', 'Formulas'], ['title_fr', 'Formules'], ['kind', 'bootcamp'], ['status', 'open'], ['langs', 'fr'],
    ['min_age', '16'], ['max_age', '30']], '/orgs/1/programmes');
  assert.equal(res.status, 303);
  const programme = res.location.replace('?saved=1', '');
  for (const label of ['=HYPERLINK("x")', '-2+3', '@SUM(A1)', 'Plain "quoted" question'])
    assert.equal((await alpha.submit(programme, { kind: 'short', label_en: label, required: '' }, `${programme}/questions`)).status, 303, label);
  const tpl = await alpha.get(`${programme}/import-template.csv`);
  assert.equal(tpl.status, 200);
  const header = tpl.text.replace(/^\uFEFF/, '').trim();
  assert.equal(header, 'name,email,phone,birth_date,municipality,jobseeker,lang,guardian_name,guardian_email,' +
    '"\'=HYPERLINK(""x"")","\'-2+3","\'@SUM(A1)","Plain ""quoted"" question"');
});
