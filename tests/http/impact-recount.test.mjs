// The impact reports read learners the database keeps grouped (impact_learners, rewritten by
// triggers whenever an enrolment, a person, a cohort, a place, a programme, an account, an
// exam attempt or a placement changes). On random records, and again after random changes to
// each of those, every report (of each programme, of the organisation, of the funder, of one
// call; every breakdown; with and without a period) says exactly what a straightforward recount
// from every enrolment says (`traject report impact --recount`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { startServer, backend, NORMAL_BIN } from '../lib/server.mjs';

let srv;

// A reproducible generator (mulberry32).
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(20261201);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const q = (v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
const day = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function sql(text) {
  const r = backend === 'sqlite'
    ? spawnSync('sqlite3', [srv.db.replace(/^sqlite:/, '')], { input: `.timeout 10000\nBEGIN;\n${text}\nCOMMIT;\n`, encoding: 'utf8' })
    : spawnSync('psql', [srv.db, '-q', '-v', 'ON_ERROR_STOP=1', '-1', '-f', '-'], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr.trim(), '', r.stderr);
}

const T0 = 1700000000;
const programmes = [100, 101, 102, 103];
const cohorts = []; // [id, programme]
const people = [];

function records() {
  const out = [];
  const ins = (table, row) => out.push(`INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.values(row).map(q).join(', ')});`);
  const provinces = ['brussels', 'antwerp', 'east-flanders', 'liege'];
  for (let i = 0; i < 3; i++)
    ins('locations', { id: 50 + i, org_id: 1, name: `Place ${i}`, municipality: 'Gent', province: provinces[i], created_at: T0 });
  const kinds = ['bootcamp', 'certification', 'workshops', 'camp'];
  programmes.forEach((id, i) => ins('programmes', {
    id, org_id: 1, kind: kinds[i], status: 'running', title_en: `Programme ${i}`, teaching_langs: 1,
    audience: [null, 'women', 'newcomers', 'women'][i],
    target_trained: 10 * i, target_reached: 20 * i, created_at: T0, updated_at: T0,
  }));
  let cid = 200;
  for (const p of programmes)
    for (let c = 0; c < 3; c++) {
      // cohorts start around the changes of time in Brussels (last Sunday of March, October)
      const starts = day(2025 + (c % 2), pick([3, 4, 10, 11]), int(1, 28));
      ins('cohorts', { id: cid, org_id: 1, programme_id: p, name: `Cohort ${cid}`, starts_on: starts, ends_on: day(2026 + (c % 2), int(1, 12), int(1, 28)) > starts ? day(2026 + (c % 2), int(1, 12), int(1, 28)) : starts,
        capacity: 1000, location_id: c === 2 ? null : pick([50, 51, 52]), created_at: T0 });
      cohorts.push([cid++, p]);
    }
  ins('certifications', { id: 300, org_id: 1, name: 'Net A', vendor: 'V', exam_code: 'NA', validity_months: 0, created_at: T0 });
  ins('certifications', { id: 301, org_id: 1, name: 'Net B', vendor: 'V', exam_code: 'NB', validity_months: 12, created_at: T0 });
  ins('programme_certifications', { org_id: 1, programme_id: 101, certification_id: 300 });
  ins('programme_certifications', { org_id: 1, programme_id: 101, certification_id: 301 });
  ins('programme_certifications', { org_id: 1, programme_id: 102, certification_id: 300 });
  let eid = 1000, aid = 1000, jid = 1000;
  for (let pid = 1000; pid < 1400; pid++) {
    people.push(pid);
    ins('people', {
      id: pid, org_id: 1, name: `Learner ${pid}`, created_at: T0,
      birth_date: rnd() < 0.1 ? null : day(int(1995, 2016), int(1, 12), int(1, 28)),
      municipality: rnd() < 0.1 ? (rnd() < 0.5 ? null : '') : pick(['Anderlecht', 'Gent', 'Liège', 'Molenbeek']),
      gender: pick(['woman', 'man', 'another', 'rather_not_say', null]),
      lang: pick(['en', 'nl', 'fr', null]),
    });
    const n = pick([1, 1, 1, 2, 2, 3]);
    const mine = new Set();
    for (let k = 0; k < n; k++) mine.add(pick(cohorts)[0]);
    for (const c of mine) {
      // some enrolled at the very same second, some around midnight in Brussels
      const at = rnd() < 0.1 ? T0 + 86400 * 400 : T0 + int(0, 86400 * 700) - (rnd() < 0.3 ? int(0, 3) * 3600 : 0);
      ins('enrolments', { id: eid++, org_id: 1, cohort_id: c, person_id: pid, status: pick(['enrolled', 'completed', 'completed', 'withdrawn', 'dropped_out']), enrolled_at: at });
    }
    for (const cert of [300, 301])
      if (rnd() < 0.35)
        ins('exam_attempts', { id: aid++, org_id: 1, person_id: pid, certification_id: cert, taken_on: day(int(2024, 2027), int(1, 12), int(1, 28)), result: pick(['passed', 'passed', 'failed']), place: 'online', created_at: T0 });
    if (rnd() < 0.3)
      ins('job_placements', { id: jid++, org_id: 1, person_id: pid, kind: 'job', employer: 'E', starts_on: day(int(2025, 2027), int(1, 12), int(1, 28)), ends_on: rnd() < 0.5 ? null : day(2028, 1, 1), created_at: T0 });
  }
  // the organisation's admin, a person with an account, whose language is the account's
  out.push(`INSERT INTO enrolments (id, org_id, cohort_id, person_id, status, enrolled_at) SELECT 1, 1, ${cohorts[0][0]}, id, 'completed', ${T0} FROM people WHERE org_id = 1 AND account_id = 1;`);
  // what the funder (organisation 2) funds: two grants of one call, one of another
  ins('calls', { id: 400, org_id: 2, status: 'decided', title_en: 'Call A', budget: 100, min_grant: 1, max_grant: 100, opens_at: T0, closes_at: T0 + 10, created_at: T0, updated_at: T0 });
  ins('calls', { id: 401, org_id: 2, status: 'decided', title_en: 'Call B', budget: 100, min_grant: 1, max_grant: 100, opens_at: T0, closes_at: T0 + 10, created_at: T0, updated_at: T0 });
  [[500, 400, [100, 101]], [501, 400, [101]], [502, 401, [102, 103]]].forEach(([id, call, progs]) => {
    ins('proposals', { id, org_id: 1, call_id: call, funder_id: 2, status: 'selected', title: `P ${id}`, planned_trained: 10, planned_reached: 30, created_at: T0, updated_at: T0 });
    ins('grants', { id, org_id: 2, call_id: call, proposal_id: id, grantee_id: 1, amount: 50, created_at: T0 });
    for (const p of progs) ins('grant_programmes', { org_id: 1, grant_id: id, programme_id: p });
  });
  return out.join('\n');
}

// Random changes to everything the kept rows hold.
function changes() {
  const out = [];
  for (let i = 0; i < 60; i++) {
    const pid = pick(people);
    switch (i % 12) {
    case 0: out.push(`UPDATE enrolments SET status = '${pick(['completed', 'withdrawn', 'enrolled'])}' WHERE person_id = ${pid};`); break;
    case 1: out.push(`DELETE FROM enrolments WHERE id = (SELECT MIN(id) FROM enrolments WHERE person_id = ${pid});`); break;
    case 2: out.push(`UPDATE enrolments SET enrolled_at = enrolled_at - ${int(1, 90) * 86400} WHERE person_id = ${pid};`); break;
    case 3: out.push(`UPDATE people SET municipality = '${pick(['Gent', 'Namur', ''])}', birth_date = ${q(rnd() < 0.2 ? null : day(int(1990, 2015), int(1, 12), int(1, 28)))}, gender = ${q(pick(['woman', null]))}, lang = ${q(pick(['fr', null]))} WHERE id = ${pid};`); break;
    case 4: out.push(`UPDATE cohorts SET starts_on = '${day(2025, int(1, 12), int(1, 28))}', ends_on = '2027-12-31', location_id = ${q(pick([50, 51, null]))} WHERE id = ${pick(cohorts)[0]};`); break;
    case 5: out.push(`UPDATE locations SET province = '${pick(['limburg', 'namur', 'brussels'])}' WHERE id = ${pick([50, 51, 52])};`); break;
    case 6: out.push(`UPDATE programmes SET kind = '${pick(['online', 'camp', 'bootcamp'])}', audience = ${q(pick(['youth', null]))} WHERE id = ${pick(programmes)};`); break;
    case 7: out.push(`UPDATE accounts SET lang = '${pick(['nl', 'fr', 'en'])}' WHERE id = 1;`); break;
    case 8: out.push(`DELETE FROM job_placements WHERE person_id = ${pid};`); break;
    case 9: out.push(`INSERT INTO job_placements (id, org_id, person_id, kind, employer, starts_on, created_at) VALUES (${5000 + i}, 1, ${pid}, 'internship', 'F', '${day(2026, int(1, 12), int(1, 28))}', ${T0});`); break;
    case 10: out.push(`UPDATE exam_attempts SET result = '${pick(['passed', 'failed'])}' WHERE person_id = ${pid};`); break;
    case 11: {
      const c = pick(cohorts)[0];
      out.push(`INSERT INTO enrolments (id, org_id, cohort_id, person_id, status, enrolled_at) SELECT ${6000 + i}, 1, ${c}, ${pid}, 'completed', ${T0 + int(0, 86400 * 700)} WHERE NOT EXISTS (SELECT 1 FROM enrolments WHERE cohort_id = ${c} AND person_id = ${pid});`);
      break;
    }
    }
  }
  return out.join('\n');
}

// a period from and to a day the time changes in Brussels
const period = ['--from', '2024-03-31', '--to', '2025-10-26'];

// `--check` writes the CSV of every breakdown counted from the kept rows, and fails unless a
// recount from every enrolment says the same, breakdown by breakdown.
function compareAll() {
  const scopes = [...programmes.map((p) => ['--programme', String(p)]), ['--org', '1'], ['--funder', '2'], ['--funder', '2', '--call', '400']];
  let compared = 0;
  for (const scope of scopes)
    for (const when of [[], period]) {
      const args = ['report', 'impact', '--db', srv.db, '--format', 'csv', '--impact-k', '5', '--check', ...scope, ...when];
      const r = spawnSync(NORMAL_BIN, args, { encoding: 'utf8' });
      assert.equal(r.status, 0, `traject ${args.join(' ')}:\n${r.stderr}`);
      // a report per breakdown: 8 for a programme, 11 across programmes
      assert.equal((r.stdout.match(/^"All",\d+/gm) || []).length, scope[0] === '--programme' ? 8 : 11);
      compared++;
    }
  return compared;
}

before(async () => {
  srv = await startServer();
  sql(records());
});

after(async () => {
  await srv.stop();
});

test('on random records, every report says what a recount of every enrolment says', () => {
  const total = execFileSync(NORMAL_BIN, ['report', 'impact', '--db', srv.db, '--format', 'csv', '--org', '1', '--by', 'year'], { encoding: 'utf8' });
  assert.match(total, /"All",[1-9]\d\d,/, 'hundreds of learners are counted');
  assert.equal(compareAll(), 7 * 2);
});

test('after changes to enrolments, people, cohorts, places, programmes, accounts, attempts and placements, the same', () => {
  sql(changes());
  compareAll();
});

test('a cohort stays in its programme', () => {
  const move = `UPDATE cohorts SET programme_id = 103 WHERE id = ${cohorts[0][0]};`;
  const r = backend === 'sqlite'
    ? spawnSync('sqlite3', [srv.db.replace(/^sqlite:/, '')], { input: move, encoding: 'utf8' })
    : spawnSync('psql', [srv.db, '-q', '-v', 'ON_ERROR_STOP=1', '-c', move], { encoding: 'utf8' });
  assert.notEqual(r.status === 0 && r.stderr === '', true, 'the move is refused');
  assert.match(r.stderr, /a cohort stays in its programme/);
});
