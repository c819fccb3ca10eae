// Some registries do not serve every platform's prebuilt binary (e.g. macOS or Windows builds
// of the Astro compiler and Pagefind). npm then leaves those optional packages out of
// package-lock.json and `npm ci` refuses the lock as "out of sync". This adds the missing
// entries, marked optional with their platform, so `npm ci` skips them on other platforms.
// Run after `npm install`: node test/tools/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platform = (name) => {
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'windows'].find((o) => name.includes(`-${o}`));
  const cpu = ['arm64', 'x64', 'wasm32', 'ia32', 'arm'].find((c) => name.includes(`-${c}`));
  return { os: os === 'windows' ? 'win32' : os, cpu };
};

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const { os, cpu } = platform(name);
    if (!os && !cpu) continue;
    lock.packages[key] = { version, dev: entry.dev || undefined, optional: true, ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }) };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
