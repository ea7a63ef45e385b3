/** Parquet decoding with parquet-wasm (DuckDB-wasm 1.32 has no Parquet reader without a download). */
import { readParquet } from 'parquet-wasm/esm';
import type { ParquetDecoder } from './engine';

/**
 * A decoder using parquet-wasm's ESM build, which must be initialised once before use.
 * @param init loads parquet-wasm's wasm module: in the browser `init({ module_or_path: url })`,
 * in Node tests `initSync({ module: bytes })`. Called on first use; retried after a failure.
 */
export function createParquetDecoder(init: () => Promise<unknown>): ParquetDecoder {
  let ready: Promise<unknown> | undefined;
  return async (bytes) => {
    ready ??= init().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
    // intoIPCStream() frees the wasm-side table and returns a fresh JS-owned buffer.
    return readParquet(bytes).intoIPCStream();
  };
}
