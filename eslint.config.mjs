import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules the pure rules engine must never import: it takes data and time, and does no I/O. */
const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net', 'child_process', 'node:child_process', 'axios', 'react', 'react/jsx-runtime', '@hubspot/ui-extensions'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'src/app/functions/dist/**', 'out/**', '.scratch/**', 'coverage/**', 'test/fixtures/**', 'rules/schema/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Second line of defence next to dependency-cruiser, so editors flag the import as it is typed.
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: IO_MODULES.map((name) => ({ name, message: 'rules/ is pure: pass data and time in, let serverless/ do the I/O.' })), patterns: [{ group: ['@leadops/*'], message: 'rules/ depends on nothing of ours.' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'rules/ does no I/O.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'rules/ never reads the clock: take `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'rules/ never reads the clock: take `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'rules/ is deterministic: take randomness as input.' },
      ],
    },
  },
);
