import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { createInstanceDecoder, type ParquetWasm } from './parquet';
import { freshParquetWasm } from '../testing/fresh-parquet';
import { findTrappingFile } from '../testing/parquet-fuzz';

const good = new Uint8Array(
  readFileSync(new URL('../../../public/data/vaccination.parquet', import.meta.url)),
);

/** Fresh parquet-wasm instances, each counting the files it was asked to decode. */
function countedInstances() {
  const decodes: number[] = [];
  const make = async (): Promise<ParquetWasm> => {
    const wasm = await freshParquetWasm();
    const index = decodes.push(0) - 1;
    return {
      readParquet: (bytes) => {
        decodes[index] = (decodes[index] ?? 0) + 1;
        return wasm.readParquet(bytes);
      },
    };
  };
  return { make, decodes };
}

describe('the Parquet decoder', () => {
  it('decodes the next file on a new module instance after a trap, never on the trapped one', async () => {
    const { bytes } = await findTrappingFile(good, freshParquetWasm, 7);
    const { make, decodes } = countedInstances();
    const decode = createInstanceDecoder(make, make);
    await expect(decode(bytes)).rejects.toThrow('unreachable');
    const rows = tableFromIPC(await decode(good)).numRows;
    expect(rows).toBe(3003);
    expect(decodes).toEqual([1, 1]);
  });

  it('refuses bytes that failed before with the same error, without decoding them again', async () => {
    const { bytes } = await findTrappingFile(good, freshParquetWasm, 7);
    const { make, decodes } = countedInstances();
    const decode = createInstanceDecoder(make, make);
    await expect(decode(bytes)).rejects.toThrow('unreachable');
    await expect(decode(bytes.slice())).rejects.toThrow('unreachable');
    const notParquet = new TextEncoder().encode('PAR1 this is not parquet at all PAR1');
    await expect(decode(notParquet)).rejects.toThrow();
    await expect(decode(notParquet)).rejects.toThrow();
    // One decode of each bad file: the trap's on the first instance, the parse error's on the second.
    expect(decodes).toEqual([1, 1]);
  });
});
