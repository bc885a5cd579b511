#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests and installs one where there is none:
//   1. $CHROMIUM_PATH (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) if set;
//   2. a system Chromium (/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome);
//   3. Playwright's own Chromium, if already downloaded;
//   4. otherwise: Debian/Ubuntu's `chromium` package when apt is usable as root, else
//      `npx playwright install chromium`.
// Prints the path it settled on. playwright.config.ts uses the same lookup (find-chromium.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } else {
    console.log('No Chromium found: installing Playwright’s Chromium.');
    run('npx', ['playwright', 'install', 'chromium']);
  }
  found = findChromium();
}
if (!found) {
  console.error('No Chromium could be found or installed. Set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${found}`);
