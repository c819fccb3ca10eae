import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';

/**
 * Where code runs decides what it may import. Each folder's rule is in the README's layout
 * section; these patterns are what enforces it.
 */
/** @param {...string} folders */
const forbid = (...folders) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: folders.map((folder) => ({
        group: [`**/${folder}/*`, `**/${folder}/**`],
        message: `code in this folder may not import from src/${folder}/ (see the README's layout section)`,
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test/fixtures/',
      'test/bench/results.json',
      '.scratch/',
      '.stryker-tmp/',
      'reports/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Content and third-party shapes (YAML, Pagefind) arrive untyped; a narrow `any` at that edge is clearer than casts.
      '@typescript-eslint/no-explicit-any': 'off',
      'prefer-const': ['error', { destructuring: 'all' }],
      'no-restricted-syntax': [
        'error',
        // Names say what a thing is: no `go()`, `type()`, `changed()`.
        { selector: 'FunctionDeclaration[id.name=/^(go|type|changed|handle|run)$/]', message: 'name the function for what it does' },
        {
          selector: 'VariableDeclarator[id.name=/^(go|type|changed|handle|run)$/] > ArrowFunctionExpression',
          message: 'name the function for what it does',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...solid,
    rules: {
      ...solid.rules,
      // Islands render once from props that never change (our renderer passes them as a plain
      // object, not a store), so reading a prop outside a tracked scope loses nothing.
      'solid/reactivity': 'off',
      // Lists drawn from those same fixed props never change, so a plain map re-creates nothing.
      'solid/prefer-for': 'off',
    },
  },
  // Pure logic: no DOM, no Node, no framework, nothing of the site around it.
  {
    files: ['src/lib/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'location', 'history', 'process'],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'solid-js', 'solid-js/*', 'astro', 'astro:*'], message: 'src/lib is pure: no Node, no framework' },
            {
              group: [
                '**/browser/**',
                '**/server/**',
                '**/integrations/**',
                '**/components/**',
                '**/layouts/**',
                '**/pages/**',
                '**/strings/**',
              ],
              message: 'src/lib imports only src/lib',
            },
          ],
        },
      ],
    },
  },
  // Page code in the browser: never build-time code.
  { files: ['src/browser/**'], rules: forbid('server', 'integrations', 'components', 'layouts', 'pages') },
  // Islands: only pure logic, wording, browser helpers, content types and their own tool's files.
  { files: ['src/components/islands/**'], rules: forbid('server', 'integrations', 'layouts', 'pages') },
  // Build-time code never reaches for the browser's.
  { files: ['src/server/**', 'src/integrations/**', 'src/schemas/**'], rules: forbid('browser', 'pages', 'layouts') },
  {
    files: ['test/**', '*.config.*', 'src/integrations/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
