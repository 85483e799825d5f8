import tseslint from 'typescript-eslint';

// Code outside a core concept folder imports it through the folder's index.ts.
const THROUGH_INDEX = {
  group: ['**/core/*/*', '!**/core/*/index'],
  message: 'Import a core concept through its index (src/core/<concept>), not one of its files.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'bench/.build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [THROUGH_INDEX] }] },
  },
  {
    // The domain core is pure: no I/O libraries, no Office, no DOM (tsconfig.core.json checks the types);
    // one concept imports another through that concept's index.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['exceljs', 'jszip', 'fs', 'node:*', 'path', '*/layout/*', '*/xlsx/*', '*/excel/*', '*/taskpane/*', '*/cli/*', '*/commands/*'], message: 'src/core is pure.' },
          { group: ['../*/*', '!../*/index'], message: 'Import another core concept through its index (../<concept>), not one of its files.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel'],
    },
  },
);
