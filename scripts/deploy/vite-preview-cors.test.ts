import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { securityHeaders } from './vite-plugin';

let root = '';
let server: PreviewServer | undefined;
let base = '';

beforeAll(async () => {
  // A tiny build folder: what `npm start` serves, without building the app.
  root = mkdtempSync(path.join(tmpdir(), 'war-room-cors-'));
  mkdirSync(path.join(root, 'dist', 'data'), { recursive: true });
  writeFileSync(path.join(root, 'dist', 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(root, 'dist', 'data', 'manifest.json'), '{"datasets":[]}');
  server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [securityHeaders()],
    build: { outDir: 'dist' },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  base = url;
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm start (vite preview with the security plugin)', () => {
  it('sends no CORS header to another local origin, as nginx does not', async () => {
    for (const origin of [
      'http://localhost:5999',
      'http://127.0.0.1:8080',
      'https://evil.example',
    ]) {
      const response = await fetch(new URL('data/manifest.json', base), {
        headers: { Origin: origin },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(new URL('data/manifest.json', base), {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('still serves the security headers', async () => {
    const response = await fetch(new URL('data/manifest.json', base));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});
