/**
 * A Parquet decoder for Node tests that, like the browser's, gets a new parquet-wasm module
 * instance after a trap: each instance is the ESM build imported under its own URL (a query
 * string makes the module loader evaluate it again). Test-only: the app never imports this file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ParquetDecoder } from '../engine/engine';
import { createInstanceDecoder, type ParquetWasm } from '../formats/parquet';

const require = createRequire(import.meta.url);
const wasmBytes = readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm'));
let imported = 0;

/** A new, initialised parquet-wasm module instance, sharing nothing with any other. */
export async function freshParquetWasm(): Promise<ParquetWasm> {
  imported += 1;
  const specifier = `parquet-wasm/esm/parquet_wasm.js?instance=${imported}`;
  const module = (await import(/* @vite-ignore */ specifier)) as typeof import('parquet-wasm/esm');
  module.initSync({ module: wasmBytes });
  return module;
}

/** A decoder whose every instance (the first too) is fresh; counts the instances it made. */
export function createFreshParquetDecoder(): {
  readonly decode: ParquetDecoder;
  readonly instances: () => number;
} {
  let made = 0;
  const fresh = (): Promise<ParquetWasm> => {
    made += 1;
    return freshParquetWasm();
  };
  return { decode: createInstanceDecoder(fresh, fresh), instances: () => made };
}
