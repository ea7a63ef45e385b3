/**
 * The browser's Parquet decoder: parquet-wasm from the app's own bundle, and after a trap a new
 * module instance (the same file loaded under another address is another module, with its own
 * wasm instance and memory), so a file that broke parquet-wasm cannot break the files after it.
 */
import initParquet from 'parquet-wasm/esm';
import parquetGlueUrl from 'parquet-wasm/esm/parquet_wasm.js?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetDecoder } from '../engine/engine';
import { createParquetDecoder, type ParquetWasm } from './parquet';

let instances = 0;

/** A new parquet-wasm module instance, initialised from the bundled wasm file. */
async function freshInstance(): Promise<ParquetWasm> {
  instances += 1;
  const url = new URL(parquetGlueUrl, document.baseURI);
  url.searchParams.set('instance', String(instances));
  const module = (await import(/* @vite-ignore */ url.href)) as typeof import('parquet-wasm/esm');
  await module.default({ module_or_path: parquetWasmUrl });
  return module;
}

/** The decoder the browser engine uses (see the module comment). */
export function createBrowserParquetDecoder(): ParquetDecoder {
  return createParquetDecoder(() => initParquet({ module_or_path: parquetWasmUrl }), {
    fresh: freshInstance,
  });
}
