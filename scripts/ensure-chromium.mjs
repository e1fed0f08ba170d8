#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for the Playwright end-to-end tests, and prints its path.
 *
 * Looks, in order, at $CHROMIUM_PATH, Playwright's own downloaded Chromium, /usr/bin/chromium.
 * If none is there: as root on Debian it installs Debian's `chromium` package with apt-get;
 * anywhere else it runs `npx playwright install chromium`. Exits non-zero with a message when
 * no browser can be found or installed. Does nothing slow when a browser is already present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

/** Playwright's own Chromium, only if it has actually been downloaded. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
  }
  return playwrightChromium() ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

function run(command, args) {
  console.log(`ensure-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0)
    fail(`${command} ${args.join(' ')} exited with status ${result.status}.`);
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log(
      "ensure-chromium: no Chromium found; installing Debian's chromium package (about a minute, ~480 MB).",
    );
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  } else {
    console.log('ensure-chromium: no Chromium found; running `npx playwright install chromium`.');
    run('npx', ['playwright', 'install', 'chromium']);
  }
}

let found = findChromium();
if (!found) {
  install();
  found = findChromium();
  if (!found) {
    fail(
      'the install finished but no Chromium was found. Install one yourself and set CHROMIUM_PATH to its executable.',
    );
  }
}
console.log(`ensure-chromium: using ${found}`);
