import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core is pure: no I/O libraries, no Office, no DOM (tsconfig.core.json checks the types).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: ['exceljs', 'jszip', 'fs', 'node:*', 'path', '*/layout/*', '*/xlsx/*', '*/excel/*', '*/taskpane/*', '*/cli/*', '*/commands/*'],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel'],
    },
  },
);
