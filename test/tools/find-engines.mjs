// Finds Firefox and WebKit for the cross-engine browser tests, installing Debian's packages when
// the machine has none, the way find-chromium.mjs does for Chromium, so `npm test` on a fresh
// machine needs no manual step. Firefox is Debian's firefox-esr, driven over WebDriver BiDi;
// WebKit is WebKitGTK (Safari's engine) through its WebKitWebDriver. WebKitGTK needs a display,
// so without one the driver runs under xvfb-run.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const say = (line) => console.log(`[engines] ${line}`);

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver'];
const XVFB_RUN_PATHS = ['/usr/bin/xvfb-run'];

const firstThere = (paths) => paths.find((p) => existsSync(p));

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

let updated = false;
function aptInstall(packages) {
  if (!isDebianLike() || process.getuid?.() !== 0) return false;
  say(`installing ${packages.join(', ')} with apt-get (this takes a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

function find(what, envName, paths, packages) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, which does not exist.`);
  }
  const found = firstThere(paths);
  if (found) return found;
  if (aptInstall(packages)) {
    const added = firstThere(paths);
    if (added) {
      say(`installed: ${added}`);
      return added;
    }
  }
  throw new Error(
    `No ${what} found and none could be installed. Install it (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}) ` +
      `or set ${envName} to its executable.`,
  );
}

/** Firefox's executable. @returns {string} */
export const findFirefox = () => find('Firefox', 'FIREFOX_PATH', FIREFOX_PATHS, ['firefox-esr', 'fonts-dejavu-core']);

/**
 * How to start WebKitWebDriver: the command and its leading arguments, wrapped in xvfb-run
 * when there is no display. @returns {string[]}
 */
export function findWebKitDriver() {
  const driver = find('WebKitWebDriver', 'WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_PATHS, ['webkit2gtk-driver', 'fonts-dejavu-core']);
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return [driver];
  const xvfbRun = find('xvfb-run', 'XVFB_RUN_PATH', XVFB_RUN_PATHS, ['xvfb', 'xauth']);
  return [xvfbRun, '--auto-servernum', driver];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findFirefox(), findWebKitDriver().join(' '));
