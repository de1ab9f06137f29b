import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'client/src/generated/**',
      '**/clients/generated/**',
      'coverage/**',
      'web/test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // pnpm links into a package only what its package.json declares: an import of anything else
    // resolves here through the root's node_modules, then fails in a container or a deploy.
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: { 'import-x/no-extraneous-dependencies': 'error' },
  },
  {
    // The web app runs in a browser: its globals, and React's rules of hooks.
    files: ['web/src/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['stack/src/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // A test or a benchmark that assumes a value is there fails loudly on the next line anyway.
    files: ['**/*.test.ts', 'e2e/src/**', 'bench/src/**', 'web/test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
