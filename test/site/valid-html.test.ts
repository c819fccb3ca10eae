import { describe, expect, it } from 'vitest';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages } from './built-site.ts';

// The standard preset checks conformance to the HTML standard (what the W3C checker reports),
// not house style.
const validator = new HtmlValidate({ root: true, extends: ['html-validate:standard'] });
const format = formatterFactory('text');

describe('every built page is valid HTML', () => {
  const pages = builtPages();
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(20));
  it.each(pages.map((p) => [p.path, p.file]))('%s', async (_path, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
