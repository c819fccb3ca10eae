import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// The unit and component tests, as in the main config's projects of those names: what mutation
// testing of src/lib runs against each change it makes.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: { name: 'component', include: ['test/component/**/*.test.tsx'], environment: 'jsdom' },
      },
    ],
  },
});
