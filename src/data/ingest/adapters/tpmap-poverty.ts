/**
 * TPMAP poverty targets (NESDC/NECTEC), one year as published: the province dimension files
 * `NN_province_XXXXX.csv` and `NN_province_common.csv` (see tpmap-files.ts). The five
 * single-dimension files and the 11111 file ('any') become the poverty dataset's six rows per
 * province; combinations of dimensions and national files are read and reported as not used.
 *
 * target_people is poor.JPT.MOFval.CNT: people failing the JPT basic-needs criteria whose state
 * welfare registration (MOF) was validated, TPMAP's "target poor" (1,032,987 in 2018).
 * target_households is poor.household.CNT, the only household count the files have: the
 * households the JPT survey found poor in the filter's dimensions. TPMAP publishes no count of
 * the households of the MOF-validated people, so this one is the nearest, and it is larger
 * (it also counts households with no registered member): a caveat says so.
 */
import { POVERTY_DIMENSIONS, type PovertyDimension } from '../../queries/poverty-dimensions';
import type { LocalText } from '../../manifest/manifest-types';
import { coreEntry } from '../core-entries';
import type { Adapter, IngestContext, IngestOptions, IngestRow, ReadSource } from '../ingest-types';
import { placeOf, ReportBuilder } from '../report-builder';
import { cellAt, columnName, findColumn, numberCell, provinceCodes } from '../source-cells';
import {
  classify,
  FILTER_OF_DIMENSION,
  gregorianOf,
  isTpmapFile,
  POOR_HOUSEHOLDS_COLUMN,
  TARGET_PEOPLE_COLUMN,
  type TpmapFile,
} from './tpmap-files';
import { checkAgainstBase, type CountedRow } from './tpmap-base';
import { checkAgainstAny } from './tpmap-cross-check';
import { tpmapText } from './tpmap-messages';

const SOURCE: LocalText = {
  th: 'ระบบบริหารจัดการข้อมูลการพัฒนาคนแบบชี้เป้า (TPMAP) สศช. และ NECTEC: คนจนเป้าหมายรายจังหวัดและรายมิติ',
  en: 'Thai People Map and Analytics Platform (TPMAP), NESDC and NECTEC: target poor people by province and dimension',
};

const BANGKOK = 10;

/** One province's counts of one dimension. */
interface Kept extends CountedRow {
  readonly dimension: PovertyDimension;
}

/** A count cell: a whole number, not negative; otherwise the finding is noted and null returned. */
function countAt(
  source: ReadSource,
  r: number,
  index: number,
  report: ReportBuilder,
): number | null {
  const raw = cellAt(source, r, index);
  const value = numberCell(raw);
  if (value === null || value === undefined || value < 0 || !Number.isInteger(value)) {
    report.outOfRangeValue(
      placeOf(source, r, columnName(source, index), String(raw ?? '')),
      tpmapText.badCount,
    );
    return null;
  }
  return value;
}

/** Reads one dimension file's rows into `kept`; a province given twice keeps its first row. */
function readDimension(
  file: TpmapFile,
  dimension: PovertyDimension,
  context: IngestContext,
  report: ReportBuilder,
  kept: Kept[],
): void {
  const { source } = file;
  const peopleIndex = findColumn(source, TARGET_PEOPLE_COLUMN);
  const householdIndex = findColumn(source, POOR_HOUSEHOLDS_COLUMN);
  if (peopleIndex === null || householdIndex === null) {
    report.error(tpmapText.noHouseholdColumn(source.name));
    return;
  }
  const codes = provinceCodes(source, context, report);
  if (codes === null) return;
  const seen = new Map<number, number>();
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    if (code === null || code === undefined) return;
    const first = seen.get(code);
    if (first !== undefined) {
      report.duplicate(placeOf(source, r, null, null), tpmapText.duplicate(code, first));
      return;
    }
    const place = placeOf(source, r, null, null);
    seen.set(code, place.location ?? r + 1);
    const people = countAt(source, r, peopleIndex, report);
    const households = countAt(source, r, householdIndex, report);
    if (people === null || households === null) return;
    kept.push({ code, dimension, people, households, place, row: r });
  });
}

/** The one year of the files, or null after an error naming the years found. */
function yearOf(files: readonly TpmapFile[], report: ReportBuilder): number | null {
  const byYear = new Map<number, string[]>();
  for (const f of files) {
    if (f.yearBe === null) continue;
    byYear.set(f.yearBe, [...(byYear.get(f.yearBe) ?? []), f.source.name]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length === 0) {
    report.error(tpmapText.noYear(files.map((f) => f.source.name)));
    return null;
  }
  if (years.length > 1) {
    report.error(tpmapText.mixedYears(years.map((y) => ({ year: y, files: byYear.get(y) ?? [] }))));
    return null;
  }
  const yearBe = years[0] ?? 0;
  const unnamed = files.filter((f) => f.yearBe === null).map((f) => f.source.name);
  if (unnamed.length > 0) report.warn(tpmapText.yearAssumed(unnamed, yearBe));
  return yearBe;
}

/** The dimension files to read, one per dimension; the others are reported as not used. */
function usedFiles(files: readonly TpmapFile[], report: ReportBuilder) {
  const used = new Map<PovertyDimension, TpmapFile>();
  const unused = { combination: [] as string[], national: [] as string[], unnamed: [] as string[] };
  for (const f of files) {
    const { file } = f;
    if (file.kind === 'dimension') {
      const earlier = used.get(file.dimension);
      if (earlier === undefined) used.set(file.dimension, f);
      else report.warn(tpmapText.repeatedFilter(f.source.name, earlier.source.name, file.filter));
    } else if (file.kind !== 'common') unused[file.kind].push(f.source.name);
  }
  if (unused.combination.length > 0) report.warn(tpmapText.combinationsUnused(unused.combination));
  if (unused.national.length > 0) report.warn(tpmapText.nationalUnused(unused.national));
  if (unused.unnamed.length > 0) report.warn(tpmapText.unnamedUnused(unused.unnamed));
  return used;
}

function ingest(sources: readonly ReadSource[], context: IngestContext, options: IngestOptions) {
  const report = new ReportBuilder('poverty', tpmapPoverty.id, context);
  const files = sources.map(classify);
  for (const f of files) report.file(f.source);
  const yearBe = yearOf(files, report);
  if (yearBe === null) return report.done([], new Set(), null, null);
  const year = gregorianOf(yearBe);
  if (`${year}-01-01` > context.today) return report.fail(tpmapText.futureYear(yearBe));
  const used = usedFiles(files, report);
  if (used.size === 0) return report.fail(tpmapText.noProvinceFile);
  const missing = POVERTY_DIMENSIONS.filter((d) => !used.has(d));
  for (const d of missing) report.warn(tpmapText.missingDimension(d, FILTER_OF_DIMENSION.get(d)));
  const kept: Kept[] = [];
  for (const [dimension, file] of used) readDimension(file, dimension, context, report, kept);
  if (report.failed) return report.done([], new Set(), null, null);
  if (kept.length === 0) return report.failNothingKept();
  const common = files.find((f) => f.file.kind === 'common');
  if (common !== undefined) checkAgainstBase(common.source, kept, context, report);
  const any = used.get('any');
  if (any !== undefined) checkAgainstAny(any.source, kept, report);
  const order = (d: PovertyDimension) => POVERTY_DIMENSIONS.indexOf(d);
  const rows: IngestRow[] = [...kept]
    .sort((a, b) => a.code - b.code || order(a.dimension) - order(b.dimension))
    .map((k) => ({
      province_code: k.code,
      year,
      dimension: k.dimension,
      target_people: k.people,
      target_households: k.households,
    }));
  const codes = new Set(kept.map((k) => k.code));
  if (!codes.has(BANGKOK)) report.caveat(tpmapText.noBangkok);
  report.caveat(tpmapText.householdsMeaning);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const facts = {
    source: options.source ?? SOURCE,
    licence: options.licence ?? 'as published by TPMAP, NESDC/NECTEC (no licence stated)',
    asOf: period.to,
    period,
    cadence: 'yearly' as const,
  };
  return report.done([{ def: coreEntry('poverty', facts), rows }], codes, period.to, period);
}

export const tpmapPoverty: Adapter = {
  id: 'tpmap-poverty',
  dataset: 'poverty',
  describe: {
    th: 'ไฟล์ TPMAP หนึ่งปี: NN_province_XXXXX.csv รายมิติ และ NN_province_common.csv',
    en: 'a TPMAP year: the NN_province_XXXXX.csv dimension files and NN_province_common.csv',
  },
  needs: ['province_ID', 'poor.JPT.MOFval.CNT', 'poor.household.CNT'],
  recognises: isTpmapFile,
  ingest,
};
