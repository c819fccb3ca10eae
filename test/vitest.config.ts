import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    reporters: ['default', './test/summary-reporter.ts'],
    maxWorkers: 2,
    // `npm run test:coverage`: what the unit and component tests reach of the pure logic and the
    // islands. The floors sit just under what they reach today, so a change that leaves code untested fails.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/components/**/*.tsx'],
      reporter: ['text-summary', 'html'],
      thresholds: { statements: 92, branches: 87, functions: 91, lines: 94 },
    },
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: { name: 'component', include: ['test/component/**/*.test.tsx'], environment: 'jsdom' },
      },
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Each file builds the site, and builds share the project's generated .astro folder.
          fileParallelism: false,
        },
      },
      {
        test: { name: 'site', include: ['test/site/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serve-dist.ts', 'test/browser/site-url-build.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          fileParallelism: true,
        },
      },
    ],
  },
});
