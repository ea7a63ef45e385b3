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
  await build({ logLevel: 'warn' });
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
}

/** Stops the preview server. */
export async function teardown(): Promise<void> {
  await server?.close();
}
