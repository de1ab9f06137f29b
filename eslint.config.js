import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'client/src/generated/**', 'coverage/**'],
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
    files: ['stack/src/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // A test or a benchmark that assumes a value is there fails loudly on the next line anyway.
    files: ['**/*.test.ts', 'e2e/src/**', 'bench/src/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
