import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('derived data files', () => {
  it('are what the build scripts make from the kept sources and specs', () => {
    const root = join(import.meta.dirname, '..');
    // Throws (exit 1) and names the stale file if a derived file was edited by hand or not rebuilt.
    expect(() =>
      execFileSync('node', ['scripts/build-basemap.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
    expect(() =>
      execFileSync('node', ['scripts/build-story-layers.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
