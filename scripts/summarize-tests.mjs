#!/usr/bin/env node
// Sums the unit (vitest) and end-to-end (Playwright) results written by `npm test` into one
// plain line "N passed, N failed". A step that failed before its tests ran (type-check, lint,
// build) counts as one failure, so that a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs';

const [exitCode = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('reports/unit-results.json')) {
  const unit = JSON.parse(readFileSync('reports/unit-results.json', 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (existsSync('reports/e2e-results.json')) {
  const e2e = JSON.parse(readFileSync('reports/e2e-results.json', 'utf8'));
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  skipped += e2e.stats?.skipped ?? 0;
}
if (exitCode !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
