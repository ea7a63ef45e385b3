import { readFileSync } from 'node:fs';
import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { loadTableInto } from '../engine/table-loader';
import { createNodeBackend } from '../engine/engine-node';
import { nodeParquetDecoder } from '../testing/engines';
import { parquetOf } from '../testing/parquet-fixtures';
import { testDataset } from '../testing/fixtures';
import {
  checkParquetExpansion,
  DEFAULT_MAX_DECODED_BYTES,
  DEFAULT_MAX_ROWS,
  expansionLimits,
  readParquetDeclaredSize,
} from './parquet-footer';
import type { DatasetDef } from '../manifest/manifest-types';

const vaccination = new Uint8Array(
  readFileSync(new URL('../../../public/data/vaccination.parquet', import.meta.url)),
);

/** 6 million empty values (more than the default limit) in one column: Parquet's run-length encoding makes it a few KB. */
function expansionBomb(): Uint8Array {
  const rows = 6_000_000;
  const data = arrow.makeData({ type: new arrow.Null(), length: rows });
  return parquetOf(new arrow.Table({ nothing: arrow.makeVector(data) }), rows);
}

describe('readParquetDeclaredSize', () => {
  it("reads the row count and uncompressed size from the shipped vaccination file's footer", () => {
    expect(readParquetDeclaredSize(vaccination)).toEqual({
      rows: 3003,
      uncompressedBytes: 44201,
    });
  });

  it('refuses a file without its footer', () => {
    expect(() => readParquetDeclaredSize(vaccination.subarray(0, 20_000))).toThrow(
      'no PAR1 marks at its start and end',
    );
  });
});

describe('expansion limits', () => {
  it('come from the manifest rows when given, else from the defaults', () => {
    const def = testDataset('vaccination', 'parquet');
    expect(expansionLimits(def)).toEqual({
      maxRows: DEFAULT_MAX_ROWS,
      maxDecodedBytes: DEFAULT_MAX_DECODED_BYTES,
    });
    expect(expansionLimits({ ...def, rows: 1000 })).toEqual({
      maxRows: 1000,
      maxDecodedBytes: 1000 * 6 * 1024 + 16 * 1024 * 1024,
    });
  });

  it('refuse a file declaring more rows than the manifest says, before decoding it', () => {
    expect(() => {
      checkParquetExpansion(
        'vaccination.parquet',
        vaccination,
        { maxRows: 100, maxDecodedBytes: 1e9 },
        100,
      );
    }).toThrow(
      "vaccination.parquet: declares 3003 rows, more than 100 allowed by the manifest's rows (100); it was not decoded. Check the file, or set its rows in the manifest",
    );
  });

  it('refuse a file that would expand past the byte limit', () => {
    expect(() => {
      checkParquetExpansion('vaccination.parquet', vaccination, {
        maxRows: 1e6,
        maxDecodedBytes: 40_000,
      });
    }).toThrow(
      'vaccination.parquet: would expand to 44201 bytes, more than 40000 allowed by the default limit; it was not decoded. Check the file',
    );
  });
});

describe('an expansion bomb', () => {
  it('is refused with a message and never reaches the decoder', async () => {
    const bomb = expansionBomb();
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const backend = await createNodeBackend();
    let decoded = 0;
    const def: DatasetDef = {
      ...testDataset('vaccination', 'parquet'),
      file: 'bomb.parquet',
    };
    await expect(
      loadTableInto(
        backend,
        (bytes) => {
          decoded += 1;
          return nodeParquetDecoder(bytes);
        },
        def,
        bomb,
      ),
    ).rejects.toThrow(
      'bomb.parquet: declares 6000000 rows, more than 5000000 allowed by the default limit; it was not decoded. Check the file, or set its rows in the manifest',
    );
    expect(decoded).toBe(0);
    await backend.close();
  });
});
