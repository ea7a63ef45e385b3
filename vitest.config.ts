import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from './tests/browser/chromium-args.js';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // The dataset modules, registered as src/main.tsx registers them in the app.
          setupFiles: ['src/datasets/index.ts'],
          // One module graph per worker instead of one per file: a file no longer pays again for
          // importing the dataset modules, DuckDB and Arrow (most of a small file's time). Test
          // files restore what they change (timers, spies, globals); `--sequence.shuffle.files`
          // runs prove no file depends on another's leftovers (tests/README.md, Time).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Vitest leaves a core free by default (one worker on this 2-core machine); the unit files
          // are pure CPU (DuckDB-WASM in Node), so both cores halve the tier's time.
          maxWorkers: 2,
        },
      },
      {
        // React components rendered in the Debian Chromium (no browser download), clicked and typed
        // into through Playwright: what a journey proved in seconds, proved in milliseconds.
        plugins: [react()],
        // Pre-bundled up front: a dependency Vite discovers mid-run makes it re-optimise and reload
        // the page, and the test file that found it fails to import (seen on a fresh clone).
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'apache-arrow',
            '@deck.gl/core',
            '@deck.gl/layers',
            '@deck.gl/extensions',
            '@deck.gl/aggregation-layers',
            '@deck.gl/maplibre',
            'maplibre-gl',
            '@turf/area',
            '@turf/bbox',
            'papaparse',
            'recharts',
            'simple-statistics',
            'topojson-client',
            'uqr',
            'fflate',
            'pdf-lib',
            'pptxgenjs',
            'read-excel-file/universal',
          ],
        },
        test: {
          name: 'component',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/datasets/index.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Journeys through the whole built app. One journey alone keeps both cores ~87 % busy
        // (SwiftShader, DuckDB-WASM): two files at a time, and no more, fill the machine.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
