// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Which folders may import what: each heavy library lives in one folder, and only the state layer
 * talks to the data module's coordinator and engines (views never query DuckDB).
 */
const IMPORT_BOUNDARIES = [
  {
    group: ['@duckdb/*'],
    allowedIn: ['src/data/'],
    message: 'DuckDB is imported only in src/data.',
  },
  {
    group: ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*'],
    allowedIn: ['src/map/'],
    message: 'MapLibre and deck.gl are imported only in src/map.',
  },
  {
    group: ['recharts'],
    allowedIn: ['src/charts/'],
    message: 'recharts is imported only in src/charts.',
  },
  {
    group: [
      '**/data/coordinator',
      '**/data/engine*',
      '**/data/wasm-backend',
      '**/data/table-loader',
    ],
    allowedIn: ['src/data/', 'src/state/'],
    message: 'Views reach data through the state layer, never the coordinator or an engine.',
  },
];

const SOURCE_FOLDERS = ['data', 'state', 'map', 'charts', 'modes', 'export', 'ui', 'i18n'];

/** One config block per src/ folder with the imports it may not use. */
const boundaryConfigs = [...SOURCE_FOLDERS.map((folder) => `src/${folder}/`), 'src/main.tsx'].map(
  (prefix) => ({
    files: [prefix.endsWith('/') ? `${prefix}**` : prefix],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: IMPORT_BOUNDARIES.filter((b) => !b.allowedIn.includes(prefix)).map((b) => ({
            group: b.group,
            message: b.message,
          })),
        },
      ],
    },
  }),
);

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
    },
  },
  ...boundaryConfigs,
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
