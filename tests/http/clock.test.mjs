// The clock override TRAJECT_NOW is honoured by the test build only (traject-test, which
// the tests run); the traject of `make run` and of installations ignores it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, NORMAL_BIN } from '../lib/server.mjs';

const FIXED = 1000000000; // 2001-09-09

// Runs `init` on a fresh SQLite database with TRAJECT_NOW set; returns the time it
// recorded for the migrations it applied.
function appliedAt(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'traject-clock-'));
  try {
    const db = join(dir, 'clock.db');
    const r = spawnSync(bin, ['init', '--db', `sqlite:${db}`, '--org', 'Clock', '--org-kind', 'training',
      '--admin-email', 'admin@clock.test', '--admin-name', 'Admin', '--admin-password-file', '-'],
    { input: 'correct-horse-battery\n', env: { ...process.env, TRAJECT_NOW: String(FIXED) }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const q = spawnSync('sqlite3', [db, 'SELECT MIN(applied_at), MAX(applied_at) FROM schema_migrations; SELECT created_at FROM organisations;'], { encoding: 'utf8' });
    assert.equal(q.status, 0, q.stderr);
    return q.stdout.trim().split(/[|\n]/).map(Number);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the normal build ignores TRAJECT_NOW', () => {
  const before = Math.floor(Date.now() / 1000);
  const times = appliedAt(NORMAL_BIN);
  const after = Math.ceil(Date.now() / 1000);
  assert.equal(times.length, 3);
  for (const t of times) assert.ok(t >= before && t <= after, `${t} is not now (${before}..${after})`);
});

test('the test build honours TRAJECT_NOW', () => {
  assert.deepEqual(appliedAt(BIN), [FIXED, FIXED, FIXED]);
});
