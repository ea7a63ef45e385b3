/**
 * parquet-wasm for the import worker: the same decoder the data tools use (formats/parquet.ts),
 * with its WebAssembly module from the app's own build, started inside the worker.
 */
import initParquet from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { createParquetDecoder } from '../formats/parquet';

/** Parquet file bytes to an Arrow IPC stream. */
export const decodeParquet = createParquetDecoder(() =>
  initParquet({ module_or_path: parquetWasmUrl }),
);
