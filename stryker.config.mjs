// Mutation testing of the pure logic: `npm run test:mutation`. Each change Stryker makes to src/lib
// must make a unit test fail; the run fails when fewer than `break` per cent of them do.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/vitest.mutation.config.ts', related: false },
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: 80 },
  tempDirName: '.stryker-tmp',
};
