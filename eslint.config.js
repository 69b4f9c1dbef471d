// @ts-check
import tseslint from 'typescript-eslint';

/**
 * Lint is part of `npm test`. Besides typescript-eslint's recommended rules it enforces
 * two project rules: email content is untrusted, so no API that parses HTML strings;
 * and the layers of GUIDE.md §1, so a page never opens the ledger directly.
 */
const noHtmlStrings = [
  'error',
  { property: 'innerHTML', message: 'Email content is untrusted: build DOM nodes or use Preact.' },
  { property: 'outerHTML', message: 'Email content is untrusted: build DOM nodes or use Preact.' },
  { property: 'insertAdjacentHTML', message: 'Email content is untrusted.' },
  { object: 'document', property: 'write', message: 'Never.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-properties': noHtmlStrings,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Email content is untrusted.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Pure layers: no DOM, no browser APIs, nothing above them.
    files: ['src/core/**', 'src/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt/*',
            '**/ledger/**',
            '**/ui/**',
            '**/mail/**',
            '**/messaging/**',
            '**/calendar/**',
            '**/auth/**',
          ],
        },
      ],
    },
  },
  {
    // Pages and content scripts reach the ledger only through messages (GUIDE.md §1).
    files: ['src/ui/**', 'src/mail/**', 'entrypoints/**/*.content/**', 'entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/ledger/db*', '**/ledger/store*', 'idb'] }],
    },
  },
  {
    files: ['test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
