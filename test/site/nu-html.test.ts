import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findJava } from '../tools/find-java.mjs';
import { dist, htmlFiles } from './built-site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

/**
 * The W3C's own checker (the one validator.w3.org/nu runs) finds what html-validate does not,
 * such as ARIA roles HTML does not allow on an element. Every page in one run: one JVM start.
 */
// Its CSS checker predates paint-order (CSS Fill and Stroke) and container queries, both in every
// engine the site supports; the map's labels and its small-width layout use them. Pages carry their
// styles inline, so it reads those too: anchor positioning (used only where @supports finds it, for
// popovers beside their control) and the standard line-clamp beside its -webkit- form.
const KNOWN_GAPS = [
  /^CSS: “position-area”: Property “position-area” doesn't exist\.$/,
  /^CSS: “position-try-fallbacks”: Property “position-try-fallbacks” doesn't exist\.$/,
  /^CSS: “line-clamp”: Property “line-clamp” doesn't exist\.$/,
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”$/,
];

// A short run: the quick compiler alone (three times faster here than waiting on the optimising
// one), with the stack the schema needs under it.
const JVM = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
// Errors only; language detection (a warning, and slow) is skipped, as every page declares lang="en".
const CHECKER = ['--errors-only', '--no-langdetect', '--format', 'json', '--stdout'];

describe('the W3C Nu HTML checker', () => {
  it('finds no errors on any built page', { timeout: 180_000 }, async () => {
    const files = [...htmlFiles()];
    expect(files.length).toBeGreaterThan(20);
    const { stdout } = await promisify(execFile)(findJava(), [...JVM, '-jar', vnuJar, ...CHECKER, ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((failed: { stdout?: string }) => ({ stdout: failed.stdout ?? '' })); // it exits 1 when it finds errors
    const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
    const errors = messages
      .filter((m) => !KNOWN_GAPS.some((gap) => gap.test(m.message)))
      .map((m) => `${relative(dist, new URL(m.url).pathname)}: ${m.message} (${m.extract?.trim() ?? ''})`);
    expect(errors).toEqual([]);
  });
});
