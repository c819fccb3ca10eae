import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { PACKAGE_PATH, readableSize } from '../../src/lib/scorm-download.ts';
import { MASTERY_SCORE } from '../../src/lib/scorm-progress.ts';

// The SCORM 1.2 schemas as ADL publishes them (see test/fixtures/scorm12-schemas/README.md).
const schemaFolder = new URL('../fixtures/scorm12-schemas/', import.meta.url).pathname;
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(posix.join(schemaFolder, fileName), 'utf8') });
// One schema that takes in both namespaces a SCORM 1.2 manifest uses.
const bothNamespaces = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:scorm12-manifest" elementFormDefault="qualified">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

const validate = (xml: string) =>
  validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema: { fileName: 'scorm12.xsd', contents: bothNamespaces },
    preload: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'].map(schemaFile),
  });

const zipFile = readFileSync(posix.join(dist, PACKAGE_PATH));
const zip = unzipSync(zipFile);
const inZip = new Set(Object.keys(zip).filter((name) => !name.endsWith('/')));
const text = (name: string) => new TextDecoder().decode(zip[name]);
const manifest = text('imsmanifest.xml');
const manifestDoc = new JSDOM(manifest, { contentType: 'text/xml' }).window.document;

describe('the SCORM 1.2 package', () => {
  it('has a manifest at its root that the SCORM 1.2 schemas accept', async () => {
    const result = await validate(manifest);
    // ADL's ims_xml.xsd draws a namespace warning from libxml2 whatever the manifest; only validity errors count.
    expect(result.errors.map((e) => e.message).filter((m) => m.includes('validity'))).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('would have a broken manifest caught', async () => {
    const result = await validate(manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join(' ')).toContain('scormtype');
  });

  it('is a SCORM 1.2 course launched from its first page, passed at the stated mastery score', () => {
    expect(manifestDoc.querySelector('schemaversion')?.textContent).toBe('1.2');
    const resource = manifestDoc.querySelector('resource')!;
    expect(resource.getAttribute('adlcp:scormtype')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('index.html');
    expect(manifestDoc.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe(String(MASTERY_SCORE));
  });

  it('holds every file its manifest lists, and lists every file it holds', () => {
    const listed = [...manifestDoc.querySelectorAll('file')].map((f) => f.getAttribute('href')!);
    expect(listed.length).toBeGreaterThan(20);
    for (const file of listed) expect(inZip.has(file), file).toBe(true);
    expect(new Set([...listed, 'imsmanifest.xml'])).toEqual(inZip);
  });

  it('holds the lessons, their checks and the knowledge check', () => {
    const lessons = [...inZip].filter((name) => /^lessons\/[^/]+\/index\.html$/.test(name));
    expect(lessons.length).toBeGreaterThanOrEqual(9);
    expect(lessons.some((name) => text(name).includes('<lesson-check'))).toBe(true);
    expect(text('quiz/check/index.html')).toContain('KnowledgeCheck');
  });

  it('only refers to files inside itself, from any page', () => {
    const pages = [...inZip].filter((name) => name.endsWith('.html'));
    const misses: string[] = [];
    const inside = (from: string, address: string) => {
      if (address === '' || address.startsWith('#')) return true;
      const path = posix.normalize(posix.join(posix.dirname(from), address.replace(/[?#].*$/, '')));
      return inZip.has(path);
    };
    for (const page of pages) {
      const doc = new JSDOM(text(page)).window.document;
      for (const element of doc.querySelectorAll('[href], [src], [component-url], [renderer-url], [data-bundle], [action], [srcset]'))
        for (const attribute of ['href', 'src', 'component-url', 'renderer-url', 'data-bundle', 'action', 'srcset']) {
          const address = element.getAttribute(attribute);
          if (address === null) continue;
          // Hyperlinks to the cited articles and the public site open in a new tab, outside the course.
          if (
            element.localName === 'a' &&
            attribute === 'href' &&
            /^https?:\/\//.test(address) &&
            element.getAttribute('target') === '_blank'
          )
            continue;
          if (!inside(page, address)) misses.push(`${page}: ${attribute}="${address}"`);
        }
      for (const island of doc.querySelectorAll('astro-island[props]'))
        for (const [, address] of island.getAttribute('props')!.matchAll(/"((?:\/|\.\.?\/)[^"]*)"/g))
          if (!inside(page, address)) misses.push(`${page}: island link ${address}`);
    }
    for (const name of [...inZip].filter((n) => /\.(js|css)$/.test(n))) {
      const code = text(name);
      for (const [address] of code.matchAll(/(?<=url\()\/[^)]*|(?<=[`"'])\/_astro\/[^`"']*/g)) misses.push(`${name}: ${address}`);
    }
    expect(misses).toEqual([]);
  });

  it('leaves out what needs the public site, so no control opens nothing', () => {
    for (const page of [...inZip].filter((name) => name.endsWith('.html') && name !== 'index.html')) {
      const doc = new JSDOM(text(page)).window.document;
      expect(doc.querySelector('site-search, share-panel, offline-support, [popovertarget="share-panel"]'), page).toBeNull();
      expect(doc.querySelectorAll('.site-menu a').length, page).toBeGreaterThanOrEqual(2);
    }
  });

  it('carries its LMS scripts only inside the package, never on the site', () => {
    expect(inZip.has('scorm/launch.js')).toBe(true);
    expect(text('lessons/index.html')).toContain('scorm/page.js');
    const sitePage = readFileSync(posix.join(dist, 'lessons/index.html'), 'utf8');
    expect(sitePage).not.toContain('scorm/');
  });
});

describe('the workshop page', () => {
  it('links to the package with its size', () => {
    const guide = new JSDOM(readFileSync(posix.join(dist, 'workshop/index.html'), 'utf8')).window.document;
    const link = guide.querySelector<HTMLAnchorElement>('#lms a[download]')!;
    expect(link.getAttribute('href')).toMatch(new RegExp(`/${PACKAGE_PATH}$`));
    expect(link.querySelector('[hidden]')).toBeNull();
    expect(link.textContent).toContain(readableSize(zipFile.length));
  });
});
