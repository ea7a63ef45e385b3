/** Parquet decoding with parquet-wasm (DuckDB-wasm 1.32 has no Parquet reader without a download). */
import { readParquet } from 'parquet-wasm/esm';
import type { ParquetDecoder } from '../engine/engine';
import { contentFingerprint } from '../engine/engine-errors';
import { messageOf } from '../error-message';

/** The part of a parquet-wasm module instance the decoder uses. */
export interface ParquetWasm {
  readParquet(bytes: Uint8Array): { intoIPCStream(): Uint8Array };
}

/** Options of {@link createParquetDecoder}. */
export interface ParquetDecoderOptions {
  /**
   * Makes a new, initialised parquet-wasm module instance. A module that trapped may be left
   * half-way through its own bookkeeping (its allocator, a borrowed table), so after a trap the
   * next file gets a fresh instance from here. Without it the first instance is kept.
   */
  readonly fresh?: () => Promise<ParquetWasm>;
}

/** Failed files remembered so the same bytes are refused without decoding them again. */
const REMEMBERED_FAILURES = 32;

/** True for a WebAssembly trap (a Rust panic shows as `unreachable`), not a reported parse error. */
export function isWasmTrap(error: unknown): boolean {
  return (
    (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) ||
    (error instanceof Error && error.name === 'RuntimeError')
  );
}

/**
 * A decoder using parquet-wasm's ESM build, which must be initialised once before use.
 * @param init loads parquet-wasm's wasm module: in the browser `init({ module_or_path: url })`,
 * in Node tests `initSync({ module: bytes })`. Called on first use; retried after a failure.
 * Bytes that failed to decode are refused at once with the same error when they come again (a
 * retry of an unchanged bad file): they would only fail, or trap, again.
 */
export function createParquetDecoder(
  init: () => Promise<unknown>,
  options: ParquetDecoderOptions = {},
): ParquetDecoder {
  return createInstanceDecoder(() => init().then(() => ({ readParquet })), options.fresh);
}

/**
 * A decoder on module instances made by `first` (at first use; again after it failed to start)
 * and, after a trap, by `fresh` (without it the trapped instance is kept). See
 * {@link createParquetDecoder}.
 */
export function createInstanceDecoder(
  first: () => Promise<ParquetWasm>,
  fresh?: () => Promise<ParquetWasm>,
): ParquetDecoder {
  let make = first;
  let ready: Promise<ParquetWasm> | undefined;
  const failures = new Map<string, string>();
  const remember = (key: string, message: string): void => {
    failures.set(key, message);
    const oldest = failures.keys().next();
    if (failures.size > REMEMBERED_FAILURES && !oldest.done) failures.delete(oldest.value);
  };
  return async (bytes) => {
    const key = contentFingerprint(bytes);
    const failedBefore = failures.get(key);
    if (failedBefore !== undefined) throw new Error(failedBefore);
    const instance = (ready ??= make().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
    const wasm = await instance;
    try {
      // intoIPCStream() frees the wasm-side table and returns a fresh JS-owned buffer.
      return wasm.readParquet(bytes).intoIPCStream();
    } catch (error) {
      const message = messageOf(error);
      remember(key, message);
      if (isWasmTrap(error) && fresh && ready === instance) {
        // Made on the next file's first use, so a trap costs nothing until then.
        make = fresh;
        ready = undefined;
      }
      throw error instanceof Error ? error : new Error(message);
    }
  };
}
