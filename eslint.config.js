// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Layer boundaries: each heavy library lives in one folder only.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@duckdb/*'], message: 'DuckDB is imported only in src/data.' },
            { group: ['maplibre-gl', '@deck.gl/*'], message: 'MapLibre/deck.gl only in src/map.' },
            { group: ['recharts'], message: 'recharts only in src/charts.' },
          ],
        },
      ],
    },
  },
  { files: ['src/data/**', 'scripts/**', 'tests/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@duckdb/*', 'recharts'] }] }],
    },
  },
  {
    files: ['src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@duckdb/*', 'maplibre-gl', '@deck.gl/*'] }] },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
