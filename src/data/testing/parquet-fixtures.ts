/** Parquet files for tests, written with parquet-wasm's Node build from Arrow tables. */
import * as arrow from 'apache-arrow';
import {
  Compression,
  Table as WasmTable,
  WriterPropertiesBuilder,
  writeParquet,
} from 'parquet-wasm/node';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 2024-04-11T00:00:00Z */
export const ROAD_SAFETY_START_MS = Date.UTC(2024, 3, 11);

/** Writes `table` as ZSTD-compressed Parquet with row groups of at most `maxRowGroupSize` rows. */
export function parquetOf(table: arrow.Table, maxRowGroupSize = 1024): Uint8Array {
  const properties = new WriterPropertiesBuilder()
    .setMaxRowGroupSize(maxRowGroupSize)
    .setCompression(Compression.ZSTD)
    .build();
  return writeParquet(WasmTable.fromIPCStream(arrow.tableToIPC(table, 'stream')), properties);
}

/**
 * `count` road incidents as a writer outside the app might produce them: millisecond timestamps
 * and 64-bit province codes. Every 5th row is a Songkran incident; the rest have NULL festival.
 */
export function roadSafetyArrow(count: number): arrow.Table {
  const ids = Array.from({ length: count }, (_, i) => i);
  const festive = (i: number): boolean => i % 5 === 0;
  return new arrow.Table({
    incident_id: arrow.vectorFromArray(
      ids.map((i) => i + 1),
      new arrow.Int32(),
    ),
    occurred_at: arrow.vectorFromArray(
      ids.map((i) => ROAD_SAFETY_START_MS + i * HOUR_MS),
      new arrow.TimestampMillisecond(),
    ),
    date: arrow.vectorFromArray(
      ids.map((i) => ROAD_SAFETY_START_MS + Math.floor(i / 24) * DAY_MS),
      new arrow.DateDay(),
    ),
    province_code: arrow.vectorFromArray(
      ids.map((i) => BigInt(10 + (i % 77))),
      new arrow.Int64(),
    ),
    lon: arrow.vectorFromArray(
      ids.map((i) => 100 + i / 10_000),
      new arrow.Float64(),
    ),
    lat: arrow.vectorFromArray(
      ids.map((i) => 13 + i / 10_000),
      new arrow.Float64(),
    ),
    deaths: arrow.vectorFromArray(
      ids.map((i) => i % 3),
      new arrow.Int32(),
    ),
    injuries: arrow.vectorFromArray(
      ids.map((i) => i % 4),
      new arrow.Int32(),
    ),
    vehicle: arrow.vectorFromArray(
      ids.map((i) => (i % 2 ? 'car' : 'รถจักรยานยนต์')),
      new arrow.Utf8(),
    ),
    cause: arrow.vectorFromArray(
      ids.map(() => 'speeding'),
      new arrow.Utf8(),
    ),
    festival: arrow.vectorFromArray(
      ids.map((i) => (festive(i) ? 'songkran' : null)),
      new arrow.Utf8(),
    ),
    festival_day: arrow.vectorFromArray(
      ids.map((i) => (festive(i) ? 1 + (i % 7) : null)),
      new arrow.Int32(),
    ),
  });
}
