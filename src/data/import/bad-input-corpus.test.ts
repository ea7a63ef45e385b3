/**
 * The bad-input corpus (tests/fixtures/bad-input, issue 8) through the importer's entry point and
 * the step the panel takes next (the user table): every file gives the outcome and the message
 * its manifest entry lists, and none of them adds anything to the built-in prototypes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  corpusBytes,
  corpusFilesOnDisk,
  readCorpus,
  type CorpusEntry,
} from '../../../tests/fixtures/bad-input/corpus';
import { nodeParquetDecoder } from '../testing/engines';
import { userTableFromImport } from '../sql-guard/user-table';
import { importFile } from './import-file';
import { quoted, where } from './import-messages';
import type { ImportResult, ImportSuccess } from './import-types';

const corpus = readCorpus();
const MIN_FILES = 40;

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownKeys = (): string[][] => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort());
const pristine = ownKeys();

afterEach(() => {
  expect(ownKeys()).toEqual(pristine);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** Everything the panel shows about a loaded file, in one language. */
function summaryText(result: ImportSuccess, lang: 'th' | 'en'): string {
  return [
    result.fileName,
    result.format,
    result.encoding ?? '',
    result.sheet ?? '',
    ...result.unmatched.map((u) => `${where(u.unit, u.location)[lang]} · ${u.value} · ${u[lang]}`),
    ...result.warnings.map((w) => w[lang]),
  ].join('\n');
}

function shownText(result: ImportResult, lang: 'th' | 'en'): string {
  return result.ok ? summaryText(result, lang) : result.error[lang];
}

function checkLoaded(entry: CorpusEntry, result: ImportSuccess): void {
  const expected = entry.expect;
  if (expected.outcome !== 'loaded') return;
  expect(result.kind).toBe(expected.kind);
  expect(result.rowCount).toBe(expected.rows);
  expect(result.unmatched).toHaveLength(expected.unmatched);
  expect(result.rowsRead).toBe(expected.rows + expected.unmatched);
  expect(result.warnings.map((w) => w.code).sort()).toEqual([...expected.warnings].sort());
  for (const warning of result.warnings) {
    expect(warning.th).toContain(quoted(entry.file));
    expect(warning.en).toContain(quoted(entry.file));
  }
  if (expected.encoding !== undefined) expect(result.encoding).toBe(expected.encoding);
  if (expected.sheet !== undefined) expect(result.sheet).toBe(expected.sheet);
  if (expected.codes !== undefined) {
    expect(result.key.kind === 'province' ? Array.from(result.key.codes) : null).toEqual(
      expected.codes,
    );
  }
  for (const [name, values] of Object.entries(expected.columns ?? {})) {
    expect(result.columns.find((c) => c.name === name)?.values, name).toEqual(values);
  }
  // The panel turns the result into the user table next: every column must arrive.
  const table = userTableFromImport(result);
  expect(table.numRows).toBe(expected.rows);
  const fields = table.schema.fields.map((f) => f.name);
  const keys = expected.kind === 'province' ? ['province_code'] : ['lon', 'lat'];
  expect(fields).toHaveLength(keys.length + result.columns.length);
  expect(fields.slice(0, keys.length)).toEqual(keys);
}

describe('bad-input corpus', () => {
  it(`has at least ${MIN_FILES} files on disk, each listed once in corpus.json`, () => {
    const onDisk = corpusFilesOnDisk();
    expect(onDisk.length).toBeGreaterThanOrEqual(MIN_FILES);
    const listed = corpus.filter((e) => !e.generated).map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(onDisk);
    expect(corpus.some((e) => e.generated && e.expect.outcome === 'refused')).toBe(true);
  });

  it.each(corpus.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const bytes = corpusBytes(entry);
    const result = await importFile(
      { name: entry.file, bytes },
      { decodeParquet: nodeParquetDecoder },
    );
    expect(result.fileName).toBe(entry.file);
    if (entry.expect.outcome === 'refused') {
      const shown = result.ok ? `loaded ${result.rowCount} rows` : result.error.code;
      expect(shown).toBe(entry.expect.code);
      if (!result.ok) {
        expect(result.error.th).toContain(quoted(entry.file));
        expect(result.error.en).toContain(quoted(entry.file));
      }
    } else {
      expect(result.ok ? 'loaded' : result.error.en).toBe('loaded');
      if (result.ok) checkLoaded(entry, result);
    }
    for (const lang of ['th', 'en'] as const) {
      const text = shownText(result, lang);
      for (const fragment of entry.message[lang]) expect(text, lang).toContain(fragment);
    }
  });
});
