import { describe, expect, it } from 'vitest';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { relative } from 'node:path';
import { dist, htmlFiles } from './built-site.ts';

// The standard preset checks conformance to the HTML standard (the W3C checker itself runs in
// nu-html.test.ts and finds more), not house style.
const validator = new HtmlValidate({ root: true, extends: ['html-validate:standard'] });
const format = formatterFactory('text');

describe('every built page is valid HTML', () => {
  // The files alone: the validator reads them itself, so nothing is parsed twice.
  const files = [...htmlFiles()];
  it('has pages to check', () => expect(files.length).toBeGreaterThan(20));
  it.each(files.map((file) => [relative(dist, file), file]))('%s', async (_path, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
