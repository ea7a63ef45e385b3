/** Hand-written manifests and data files for the src/data tests. */
import type { ColumnDef, DataFormat, DatasetDef } from '../manifest/manifest-types';
import { parseManifest } from '../manifest/registry';
import { DatasetRegistry } from '../manifest/registry';

const col = (name: string, type: ColumnDef['type'], nullable = false): ColumnDef => ({
  name,
  type,
  nullable,
});

/** The five core datasets' columns, as in the data contract. */
export const COLUMNS: Readonly<Record<string, readonly ColumnDef[]>> = {
  vaccination: [
    col('province_code', 'INTEGER'),
    col('week_end', 'DATE'),
    col('population', 'INTEGER'),
    col('dose1', 'INTEGER'),
    col('dose2', 'INTEGER'),
    col('dose3', 'INTEGER'),
  ],
  poverty: [
    col('province_code', 'INTEGER'),
    col('year', 'INTEGER'),
    col('dimension', 'VARCHAR'),
    col('target_people', 'INTEGER'),
    col('target_households', 'INTEGER'),
  ],
  road_safety: [
    col('incident_id', 'INTEGER'),
    col('occurred_at', 'TIMESTAMP'),
    col('date', 'DATE'),
    col('province_code', 'INTEGER'),
    col('lon', 'DOUBLE'),
    col('lat', 'DOUBLE'),
    col('deaths', 'INTEGER'),
    col('injuries', 'INTEGER'),
    col('vehicle', 'VARCHAR'),
    col('cause', 'VARCHAR'),
    col('festival', 'VARCHAR', true),
    col('festival_day', 'INTEGER', true),
  ],
  complaints: [
    col('case_id', 'INTEGER'),
    col('province_code', 'INTEGER'),
    col('category', 'VARCHAR'),
    col('status', 'VARCHAR'),
    col('received', 'DATE'),
    col('closed', 'DATE', true),
    col('security_sensitive', 'BOOLEAN'),
  ],
  households: [
    col('household_id', 'INTEGER'),
    col('province_code', 'INTEGER'),
    col('lon', 'DOUBLE'),
    col('lat', 'DOUBLE'),
    col('members', 'INTEGER'),
    col('members_vaccinated', 'INTEGER'),
    col('surveyed', 'DATE'),
  ],
};

/** A valid dataset entry as it would appear in manifest.json. */
export function datasetJson(id: string, format: DataFormat = 'parquet'): Record<string, unknown> {
  return {
    id,
    title: { th: `ชุดข้อมูล ${id}`, en: `Dataset ${id}` },
    unit: { th: 'คน', en: 'people' },
    source: { th: 'เครื่องมือสร้างข้อมูลสาธิต', en: 'War Room demo generator' },
    licence: 'CC-BY-4.0',
    asOf: '2024-01-21',
    period: { from: '2024-01-01', to: '2024-01-21' },
    cadence: 'weekly',
    demo: true,
    ...(id === 'households' ? { minGroupSize: 10 } : {}),
    file: `${id}.${format}`,
    format,
    columns: (COLUMNS[id] ?? []).map((c) => ({ ...c })),
  };
}

/** A valid manifest.json object (fresh on every call, so tests may change it). */
export function manifestJson(format: DataFormat = 'parquet'): Record<string, unknown> {
  return {
    version: 1,
    generatedAt: '2024-01-22T08:00:00Z',
    datasets: Object.keys(COLUMNS).map((id) => datasetJson(id, format)),
    preview: { dataset: 'vaccination', file: 'preview.json' },
  };
}

/** A registry over {@link manifestJson}. */
export function testRegistry(format: DataFormat = 'csv'): DatasetRegistry {
  return new DatasetRegistry(parseManifest(manifestJson(format), 'manifest.json'));
}

/** The dataset definition of `id` in {@link testRegistry}. */
export function testDataset(id: string, format: DataFormat = 'csv'): DatasetDef {
  return testRegistry(format).get(id);
}

/**
 * Vaccination rows: Bangkok (10) has three weeks, Chiang Mai (50) misses the newest week,
 * Songkhla (90) has only the newest week, 95 has a population of 0, and 11 has no rows at all.
 */
export const VACCINATION_CSV = `province_code,week_end,population,dose1,dose2,dose3
10,2024-01-07,1000,500,300,0
10,2024-01-14,1000,700,500,100
10,2024-01-21,1000,800,650,200
50,2024-01-07,2000,1000,500,0
50,2024-01-14,2000,1500,1000,400
90,2024-01-21,400,100,50,10
95,2024-01-14,0,0,0,0
`;

/** Road incidents; row 3 carries an SQL-injection payload as its vehicle. */
export const ROAD_SAFETY_CSV = `incident_id,occurred_at,date,province_code,lon,lat,deaths,injuries,vehicle,cause,festival,festival_day
1,2024-04-13 08:15:00,2024-04-13,10,100.5,13.75,1,2,motorcycle,speeding,songkran,3
2,2024-01-02 23:59:59,2024-01-02,50,98.98,18.79,0,1,car,drunk driving,newyear,5
3,2024-02-10 12:00:00,2024-02-10,90,100.6,7.2,0,0,"x'; DROP TABLE road_safety; --",other,,
`;

/** Encodes text as file bytes. */
export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
