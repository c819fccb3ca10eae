// Finds a Chromium for the browser tests and benchmarks, installing one when the machine has
// none, so `npm test` on a fresh machine needs no manual step. Order: CHROMIUM_PATH, then an
// installed Chrome or Chromium (as chrome-launcher finds them), then an install: Playwright's
// own download where it can reach its servers, else Debian's or Ubuntu's package when run as root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { chromium } from 'playwright-core';

const say = (line) => console.log(`[chromium] ${line}`);
const KNOWN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function installed() {
  try {
    const found = Launcher.getInstallations();
    if (found.length > 0) return found[0];
  } catch {
    // chrome-launcher throws on platforms it does not know; fall through to the known paths.
  }
  return KNOWN_PATHS.find((p) => existsSync(p));
}

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

// The package exports no path to its command-line script, so it is found beside package.json.
function playwrightCli() {
  try {
    const manifest = createRequire(import.meta.url).resolve('playwright-core/package.json');
    const cli = join(dirname(manifest), 'cli.js');
    return existsSync(cli) ? cli : undefined;
  } catch {
    return undefined;
  }
}

function tryPlaywrightInstall() {
  const cli = playwrightCli();
  if (!cli) return undefined;
  say('none found; trying Playwright’s installer (needs to reach its download servers)…');
  const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  return run.status === 0 ? playwrightChromium() : undefined;
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function tryAptInstall() {
  if (!isDebianLike() || process.getuid?.() !== 0) return undefined;
  say('installing Debian’s chromium package with apt-get (this takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  } catch {
    return undefined;
  }
  return installed();
}

/**
 * The path of a Chromium to drive; throws with what to do when none can be had.
 * @returns {string}
 */
export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = installed() ?? playwrightChromium();
  if (found) return found;
  if (!install) throw new Error('No Chrome or Chromium found.');
  const added = tryPlaywrightInstall() ?? tryAptInstall();
  if (added) {
    say(`installed: ${added}`);
    return added;
  }
  throw new Error(
    'No Chrome or Chromium found and none could be installed. Install one (Debian/Ubuntu: ' +
      'sudo apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/** Flags for a headless Chromium run as root on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What playwright-core's `chromium.launch` needs to start the Chromium found here. */
export const launchOptions = () => ({ executablePath: findChromium(), args: CHROMIUM_ARGS });

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
