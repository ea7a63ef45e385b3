import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The build the preview serves (the deploy tests serve it with nginx too). */
    distDir: string;
  }
}

let server: PreviewServer | undefined;
let outDir: string | undefined;

/**
 * Builds the app as `npm start` does and serves it on 127.0.0.1 for the browser tests. Each run
 * builds into a folder of its own, so two runs at once (or a benchmark serving dist/) never
 * swap files under each other's pages.
 */
export async function setup(project: TestProject): Promise<void> {
  outDir = mkdtempSync(path.join(tmpdir(), 'war-room-dist-'));
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: test what ships.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
}

/** Stops the preview server and removes the build. */
export async function teardown(): Promise<void> {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
