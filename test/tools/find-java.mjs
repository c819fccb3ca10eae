// Finds a Java runtime for the W3C Nu HTML checker (vnu.jar, from the vnu-jar package), installing
// Debian's or Ubuntu's headless one when the machine has none and the tests run as root, as
// find-chromium.mjs does for Chromium. Order: JAVA_HOME, then `java` on the PATH, then an install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const say = (line) => console.log(`[java] ${line}`);
const runs = (java) => spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;

function installed() {
  const fromHome = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
  return [fromHome, 'java', '/usr/bin/java'].find((java) => java && (java === 'java' || existsSync(java)) && runs(java));
}

function tryAptInstall() {
  const debianLike = existsSync('/etc/os-release') && /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  if (!debianLike || process.getuid?.() !== 0) return undefined;
  say('none found; installing Debian’s default-jre-headless with apt-get (this takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { stdio: 'inherit', env });
  } catch {
    return undefined;
  }
  return installed();
}

/**
 * The command that runs Java 11 or later; throws with what to do when none can be had.
 * @returns {string}
 */
export function findJava() {
  const java = installed() ?? tryAptInstall();
  if (java) return java;
  throw new Error(
    'No Java found and none could be installed. Install one (Debian/Ubuntu: sudo apt-get install -y default-jre-headless) or set JAVA_HOME.',
  );
}
