// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import floorsPlugin from './scripts/lint/import-floors.js';

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
    // `**/data/engine*` also closes a src/data/engine/ folder (the coordinator, the WASM backend and
    // the table loader go there in /work/notes/subfolders-plan.md).
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

/**
 * The floors of src/, lowest first; folders on one floor are peers and do not import each other.
 * main.tsx (and any file directly in src/) stands above them all. Test files, testing/ and
 * __fixtures__ folders may import any floor. Enforced, with import circles, by
 * scripts/lint/import-floors.js.
 */
const FLOORS = [
  ['i18n'],
  ['data'],
  ['state'],
  ['datasets'],
  ['map', 'charts'],
  ['ui'],
  ['modes', 'export'],
];

const SOURCE_FOLDERS = [
  'data',
  'state',
  'datasets',
  'map',
  'charts',
  'modes',
  'export',
  'ui',
  'i18n',
];

/** One config block per src/ folder with the imports it may not use. */
const boundaryConfigs = [
  ...SOURCE_FOLDERS.map((folder) => `src/${folder}/`),
  'src/main.tsx',
  'src/Shell.tsx',
].map((prefix) => ({
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
}));

/**
 * Text from data is never HTML, and nothing is compiled at run time: the Content-Security-Policy
 * (scripts/deploy/security-headers.ts) refuses eval, so code that needs it would only fail in the
 * browser. apache-arrow's builders compile with `new Function`: src/data/formats/arrow-vectors.ts instead.
 */
const SECURITY_SYNTAX = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Text from data is never inserted as HTML: render it as a React text child.',
  },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: 'Text from data is never inserted as HTML: set textContent or build elements.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTML)$/]',
    message: 'Text from data is never inserted as HTML.',
  },
  {
    selector:
      "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'Text from data is never inserted as HTML.',
  },
  {
    selector:
      "ImportDeclaration[source.value='apache-arrow'] > ImportSpecifier[imported.name=/^(vectorFromArray|tableFromArrays|tableFromJSON|makeBuilder|builderThroughIterable|builderThroughAsyncIterable)$/]",
    message:
      "apache-arrow's builders use new Function, which the CSP refuses: use src/data/formats/arrow-vectors.ts.",
  },
];

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
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { floors: floorsPlugin },
    rules: {
      'floors/import-floors': ['error', { srcRoot: `${import.meta.dirname}/src`, floors: FLOORS }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/data/testing/**'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...SECURITY_SYNTAX],
    },
  },
  { files: ['eslint.config.js', 'scripts/lint/*.js'], ...tseslint.configs.disableTypeChecked },
);
