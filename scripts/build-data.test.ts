import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('derived basemap files', () => {
  it('are what scripts/build-basemap.mjs makes from the kept sources', () => {
    const root = join(import.meta.dirname, '..');
    // Throws (exit 1) and names the stale file if a derived file was edited by hand or not rebuilt.
    expect(() =>
      execFileSync('node', ['scripts/build-basemap.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
