import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// With an extension, as Vite's coming native config loader needs (the .ts file is what loads).
import { securityHeaders } from './scripts/deploy/vite-plugin.js';

export default defineConfig({
  // The deploy headers (CSP, nosniff, cache rules) on `vite preview`, as nginx and Apache send them.
  plugins: [react(), securityHeaders()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every asset a file of its own: an asset inlined as a data: URL would break the CSP's img-src.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Vendor chunks change less often than the app, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            // Vite's dynamic-import helper would otherwise land in the deck.gl chunk, and the entry
            // would then load all of deck.gl before the first paint just to reach it.
            { name: 'preload-helper', test: /preload-helper/, priority: 10 },
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'deckgl', test: /node_modules[\\/]@(deck|luma|loaders|math)\.gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  optimizeDeps: {
    exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'],
  },
  worker: { format: 'es' },
});
