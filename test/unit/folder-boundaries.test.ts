import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
const problems = async (file: string, code: string) => (await eslint.lintText(code, { filePath: file }))[0].messages.map((m) => m.ruleId);

describe('folders say where code runs, and the linter holds them to it', { timeout: 60_000 }, () => {
  it('keeps src/lib pure: no browser helpers, no DOM, no Node', async () => {
    expect(
      await problems('src/lib/probe.ts', "import { copyText } from '../browser/clipboard.ts';\nexport const a = copyText;\n"),
    ).toContain('no-restricted-imports');
    expect(await problems('src/lib/probe.ts', 'export const b = () => document.title;\n')).toContain('no-restricted-globals');
    expect(await problems('src/lib/probe.ts', "import { readFileSync } from 'node:fs';\nexport const c = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await problems('src/lib/probe.ts', "import { withBase } from './paths.ts';\nexport const d = withBase;\n")).toEqual([]);
  });

  it('keeps build-time code out of the browser and out of islands', async () => {
    expect(await problems('src/browser/probe.ts', "import { base } from '../server/href.ts';\nexport const e = base;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await problems('src/components/islands/quiz/Probe.tsx', "import { base } from '../../../server/href.ts';\nexport const f = base;\n"),
    ).toContain('no-restricted-imports');
    expect(
      await problems(
        'src/components/islands/quiz/Probe.tsx',
        "import { copyText } from '../../../browser/clipboard.ts';\nexport const g = copyText;\n",
      ),
    ).toEqual([]);
  });
});
