import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets we hold every page to: WCAG 2.0–2.2 A and AA, plus axe's best practices. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeNode = { target: string[]; any: { data?: { messageKey?: string } | null }[] };
type AxeResults = { violations: { id: string; nodes: AxeNode[] }[]; incomplete: { id: string; nodes: AxeNode[] }[] };

/**
 * Runs axe-core in the page and returns its violations, each as "rule: target". Text drawn in
 * its own background colour counts too: axe files that under "needs review", not as a failure,
 * though no reader can see it. axe is injected
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the
 * pages are checked with their real policy in force.
 */
export async function axeViolations(
  page: Page,
  { tags = WCAG_TAGS, within }: { tags?: string[]; within?: string } = {},
): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ([runOnly, context]) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document | string, opts: object) => Promise<AxeResults> } }).axe;
      const { violations, incomplete } = await axe.run((context ?? document) as Document, { runOnly: { type: 'tag', values: runOnly } });
      const invisible = incomplete
        .filter((r) => r.id === 'color-contrast')
        .flatMap((r) => r.nodes.filter((n) => n.any.some((c) => c.data?.messageKey === 'equalRatio')))
        .map((n) => `color-contrast (text in its background colour): ${n.target.join(' ')}`);
      return [...violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)), ...invisible];
    },
    [tags, within] as const,
  );
}
