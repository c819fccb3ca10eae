import { describe, expect, it } from 'vitest';
import { rehypeGlossaryLinks } from '../../src/integrations/markdown/rehype-glossary-links.ts';
import { strings } from '../../src/strings/site.ts';

const terms = [
  { id: 'retainer', phrases: ['retainer', 'retainers'], term: 'Retainer', definition: 'A fee paid each month for ongoing work.' },
  { id: 'churn', phrases: ['churn'], term: 'Churn', definition: 'The share of buyers who leave.' },
];

// Enough HTML to read the result by: the site's own pages are checked in the browser tests.
const attr = (k: string) => ({ className: 'class', popoverTarget: 'popovertarget', dataPagefindIgnore: 'data-pagefind-ignore' })[k] ?? k;
function toHtml(node: any): string {
  if (node.type === 'text') return node.value;
  const inner = (node.children ?? []).map(toHtml).join('');
  if (node.type === 'root') return inner;
  const props = Object.entries(node.properties ?? {}).map(([k, v]) =>
    v === '' ? ` ${attr(k)}` : ` ${attr(k)}="${Array.isArray(v) ? v.join(' ') : v}"`,
  );
  return `<${node.tagName}${props.join('')}>${inner}</${node.tagName}>`;
}

function lesson(...paragraphs: string[]) {
  const tree = {
    type: 'root',
    children: paragraphs.map((p) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: p }] })),
  };
  rehypeGlossaryLinks({ terms })(tree);
  return toHtml(tree);
}

describe('glossary terms in lessons', () => {
  it('makes the first use a link to the glossary and a button that opens the definition in place', () => {
    const html = lesson('A retainer is paid monthly.');
    expect(html).toContain('<a href="/glossary/#retainer" class="term term-link">retainer</a>');
    expect(html).toMatch(/<button type="button" class="term term-button" popovertarget="term-retainer"[^>]*>retainer<\/button>/);
    expect(html).toMatch(
      /<span id="term-retainer" popover="auto" class="term-definition"[^>]*><strong>Retainer<\/strong> A fee paid each month for ongoing work\. <a href="\/glossary\/#retainer">/,
    );
    expect(html).toContain(`>${strings.lesson.glossaryEntry}</a></span> is paid monthly.`);
  });

  it('keeps the reader’s words, and explains each term only once per lesson', () => {
    const html = lesson('Retainers and churn.', 'Another retainer, more churn.');
    expect(html.match(/popover="auto"/g)).toHaveLength(2);
    expect(html).toContain('>Retainers</button>');
    expect(html).toContain('<p>Another retainer, more churn.</p>');
  });

  it('leaves search out of the copies, so a lesson is found by its own words once', () => {
    const html = lesson('Churn.');
    expect(html).toMatch(/<button[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<span id="term-churn"[^>]*data-pagefind-ignore/);
    expect(html).not.toMatch(/<a [^>]*class="term term-link"[^>]*data-pagefind-ignore/);
  });
});
