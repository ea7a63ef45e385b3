/**
 * A small deterministic fuzzer: damages a valid Parquet file (flips bits, zeroes or cuts out a
 * run of bytes, always before the footer so the file still looks like Parquet) until
 * parquet-wasm traps on it. Test-only.
 */
import { readParquetDeclaredSize } from '../formats/parquet-footer';
import { isWasmTrap, type ParquetWasm } from '../formats/parquet';

/** A damaged copy that makes the decoder trap, and how many copies were tried to find it. */
export interface TrappingFile {
  readonly bytes: Uint8Array;
  readonly tries: number;
  readonly trap: string;
}

/** A linear congruential generator: the same seed gives the same damage on every run. */
function randomOf(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 8) % below;
  };
}

/** One damaged copy of `good`: its first 4 and last `keep` bytes (the footer) are left alone. */
function damaged(good: Uint8Array, keep: number, random: (below: number) => number): Uint8Array {
  const body = good.length - keep - 4;
  const at = (): number => 4 + random(body);
  switch (random(3)) {
    case 0: {
      const copy = good.slice();
      for (let i = 0; i < 3; i++) {
        const index = at();
        copy[index] = (copy[index] ?? 0) ^ (1 << random(8));
      }
      return copy;
    }
    case 1: {
      const copy = good.slice();
      const start = at();
      copy.fill(0, start, Math.min(start + 1 + random(16), good.length - keep));
      return copy;
    }
    default: {
      // Truncated in the middle: a run of bytes cut out, the footer kept after it.
      const start = at();
      const end = Math.min(start + 1 + random(64), good.length - keep);
      const copy = new Uint8Array(good.length - (end - start));
      copy.set(good.subarray(0, start));
      copy.set(good.subarray(end), start);
      return copy;
    }
  }
}

/**
 * Damages `good` until `instance()`'s decoder traps on a copy whose footer still reads.
 * @param instance makes the parquet-wasm instance to probe with (a trapped one is never reused:
 * the search ends at the first trap).
 * @throws Error when no copy traps within `maxTries`.
 */
export async function findTrappingFile(
  good: Uint8Array,
  instance: () => Promise<ParquetWasm>,
  seed = 1,
  maxTries = 5_000,
): Promise<TrappingFile> {
  const view = new DataView(good.buffer, good.byteOffset, good.byteLength);
  const keep = view.getUint32(good.length - 8, true) + 8;
  const random = randomOf(seed);
  const wasm = await instance();
  for (let tries = 1; tries <= maxTries; tries++) {
    const bytes = damaged(good, keep, random);
    try {
      readParquetDeclaredSize(bytes);
    } catch {
      continue;
    }
    try {
      wasm.readParquet(bytes).intoIPCStream();
    } catch (error) {
      // An ordinary parse error leaves the instance sound: it is used for the next copy.
      if (isWasmTrap(error)) return { bytes, tries, trap: String(error) };
    }
  }
  throw new Error(`no damaged copy made the decoder trap in ${maxTries} tries`);
}
