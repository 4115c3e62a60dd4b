import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** lib/ folders that must stay pure: they run in Node tests and the CLI exactly as in the browser. */
const PURE = ['lib/readers/**', 'lib/scout/**', 'lib/shortlists/**', 'lib/backup/**', 'lib/collaborations/**', 'lib/scoring/**', 'lib/compliance/**', 'lib/invitations/**', 'lib/schemas/**', 'lib/i18n/**', 'lib/card/**', 'lib/team/model/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render page text as text.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Pure lib code must not touch the database.' },
            { name: 'dexie-react-hooks', message: 'Pure lib code must not touch the database.' },
            { name: 'react', message: 'Pure lib code must not import React.' },
            { name: 'react-dom', message: 'Pure lib code must not import React.' },
            { name: 'webextension-polyfill', message: 'Pure lib code must not use browser APIs.' },
            { name: 'wxt/browser', message: 'Pure lib code must not use browser APIs.' },
          ],
          patterns: [{ group: ['**/db/**', '**/background/**', '**/messaging/client*', 'wxt/*'], message: 'Pure lib code must not use browser or database code.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Pure lib code must not use browser APIs.' },
        { name: 'browser', message: 'Pure lib code must not use browser APIs.' },
        { name: 'indexedDB', message: 'Pure lib code must not touch the database.' },
      ],
    },
  },
  {
    // The database boundary: only the background writes. Extension pages and content scripts read
    // through lib/db/queries (and open the database class); repositories, the code that writes,
    // are for the background alone. Type imports (a message's payload type) are allowed.
    files: ['components/**', 'entrypoints/**'],
    ignores: ['entrypoints/background/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)lib/db/(?!queries/|database$|import-staging$)',
              allowTypeImports: true,
              message: 'Only the background writes the database: read through lib/db/queries/*, write by message.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Node scripts (plain .mjs, not type-checked): Node's globals.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', performance: 'readonly' },
    },
  },
);
