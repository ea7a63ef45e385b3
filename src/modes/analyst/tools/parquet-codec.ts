/**
 * parquet-wasm for the data tools (reading dropped Parquet files, writing Parquet exports), from
 * the app's own bundle. Imported on demand, so its 1.6 MB of WebAssembly loads only when used.
 */
import initParquet from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { createParquetDecoder } from '../../../data/formats/parquet';
import { createParquetEncoder } from './parquet';

const init = () => initParquet({ module_or_path: parquetWasmUrl });

/** Parquet file bytes to an Arrow IPC stream. */
export const decodeParquet = createParquetDecoder(init);

/** An Arrow table to Parquet file bytes (with the demo-data column when asked). */
export const encodeParquet = createParquetEncoder(init);
