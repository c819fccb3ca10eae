import { defineConfig } from 'vitest/config';

// The unit tests alone, as in the main config's unit project: what mutation testing of src/lib
// runs against each change it makes.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
