import { describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart } from './file-name';

describe('exportFileName', () => {
  it('names the app, the dataset and the period', () => {
    expect(
      exportFileName({
        parts: ['road_safety'],
        from: '2025-04-11',
        to: '2025-04-17',
        extension: 'csv',
      }),
    ).toBe('war-room_road-safety_2025-04-11_2025-04-17.csv');
  });

  it('keeps Thai words, drops characters that file systems refuse', () => {
    expect(
      exportFileName({
        parts: ['ความปลอดภัยทางถนน', 'นครราชสีมา / โคราช: "สงกรานต์"?'],
        extension: 'parquet',
      }),
    ).toBe('war-room_ความปลอดภัยทางถนน_นครราชสีมา-โคราช-สงกรานต์.parquet');
  });

  it('leaves out dates that are not ISO and writes one date for a one-day period', () => {
    expect(
      exportFileName({
        parts: ['SQL Query'],
        from: '11/04/2568',
        to: '2025-04-17',
        extension: 'CSV',
      }),
    ).toBe('war-room_sql-query_2025-04-17.csv');
    expect(
      exportFileName({ parts: [], from: '2025-04-11', to: '2025-04-11', extension: 'csv' }),
    ).toBe('war-room_2025-04-11.csv');
  });

  it('never yields path separators, dots or an over-long name', () => {
    const name = exportFileName({
      parts: ['../../etc/passwd', 'x'.repeat(500)],
      extension: '../csv',
    });
    expect(name).toMatch(/^[a-z0-9\u0E00-\u0E7F_-]+\.[a-z0-9-]+$/);
    expect(name.length).toBeLessThanOrEqual(130);
  });
});

describe('fileNamePart', () => {
  it('lower-cases and joins words with -', () => {
    expect(fileNamePart('  Road Safety (Songkran) ')).toBe('road-safety-songkran');
  });
});
