import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app as `npm start` does and serves dist/ on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: test what ships.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

/** Stops the preview server. */
export async function teardown(): Promise<void> {
  await server?.close();
}
