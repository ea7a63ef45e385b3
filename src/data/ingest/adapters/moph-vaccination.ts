/**
 * MOPH provincial vaccination snapshots (the Mor Prom export as republished: Thai or English
 * province names, `total_1st_dose`, `total_2nd_dose`, `total_3rd_dose`, `date`). One file or
 * many: each date found is one `week_end` of the vaccination dataset. Coverage is counted
 * against the context's registered population; a province over 100 % is kept and carries a
 * caveat, because MOPH counts doses where they were given and DOPA people where they are registered.
 */
import type { LocalText } from '../../manifest/manifest-types';
import { coreEntry } from '../core-entries';
import type { Adapter, IngestContext, IngestOptions, IngestRow, ReadSource } from '../ingest-types';
import { placeOf, ReportBuilder, type Place } from '../report-builder';
import {
  cellAt,
  dateCell,
  findColumn,
  hasColumns,
  numberCell,
  provinceCodes,
} from '../source-cells';

const DOSE_COLUMNS = {
  dose1: ['total_1st_dose', 'first_dose', 'dose1', 'เข็มที่ 1', 'เข็ม1'],
  dose2: ['total_2nd_dose', 'second_dose', 'dose2', 'เข็มที่ 2', 'เข็ม2'],
  dose3: ['total_3rd_dose', 'third_dose', 'dose3', 'เข็มที่ 3', 'เข็ม3'],
} as const;
const DATE_COLUMN = ['date', 'update_date', 'วันที่', 'ข้อมูล ณ วันที่'];

const SOURCE: LocalText = {
  th: 'กระทรวงสาธารณสุข — ระบบหมอพร้อม: ผลการฉีดวัคซีนโควิด-19 สะสมรายจังหวัด',
  en: 'Ministry of Public Health — Mor Prom: cumulative COVID-19 vaccinations by province',
};

type Dose = keyof typeof DOSE_COLUMNS;
const DOSES: readonly Dose[] = ['dose1', 'dose2', 'dose3'];

const percent = (n: number): string => `${(Math.round(n * 10) / 10).toFixed(1)} %`;

function overHundredCaveat(names: readonly string[]): LocalText {
  return {
    th: `${names.join(', ')}: ความครอบคลุมเกินร้อยละ 100 — กระทรวงสาธารณสุขนับการฉีดตามสถานที่ฉีด แต่ประชากรนับตามทะเบียนบ้าน ผู้ที่มาทำงานหรือพักอาศัยโดยไม่ย้ายทะเบียนจึงทำให้ตัวเลขสูงเกินจริง`,
    en: `${names.join(', ')}: coverage over 100 % — MOPH counts doses where they were given, DOPA counts people where they are registered, so people who work or live there unregistered push the figure up`,
  };
}

interface Kept {
  readonly place: Place;
  readonly code: number;
  readonly date: string;
  readonly doses: Readonly<Record<Dose, number>>;
}

function readFile(
  source: ReadSource,
  context: IngestContext,
  report: ReportBuilder,
  seen: Map<string, string>,
  kept: Kept[],
): void {
  report.file(source);
  const codes = provinceCodes(source, context, report);
  if (codes === null) return;
  const dateIndex = findColumn(source, DATE_COLUMN);
  const doseIndex = Object.fromEntries(
    DOSES.map((d) => [d, findColumn(source, DOSE_COLUMNS[d])]),
  ) as Record<Dose, number | null>;
  if (doseIndex.dose3 === null) {
    report.warn({
      th: `${source.name}: ไม่มีคอลัมน์เข็มที่ 3 (total_3rd_dose) — บันทึกเป็น 0`,
      en: `${source.name}: no third-dose column (total_3rd_dose) — written as 0`,
    });
  }
  source.table.rows.forEach((_, r) => {
    const code = codes[r];
    if (code === null || code === undefined) return;
    const dateRaw = cellAt(source, r, dateIndex);
    const date = dateCell(dateRaw);
    const field = dateIndex === null ? 'date' : (source.table.names[dateIndex] ?? 'date');
    if (date === null || date === undefined) {
      const text = date === null ? 'ไม่มีวันที่' : 'วันที่อ่านไม่ได้';
      report.unmatchedRow(placeOf(source, r, field, String(dateRaw ?? '')), {
        th: `${text} — ใส่วันที่ของข้อมูล เช่น 2021-11-28`,
        en: `${date === null ? 'no date' : 'unreadable date'} — give the data's date, e.g. 2021-11-28`,
      });
      return;
    }
    if (date > context.today) {
      report.outOfRangeValue(placeOf(source, r, field, date), {
        th: `วันที่ ${date} อยู่ในอนาคต — แถวนี้ไม่ถูกนำเข้า ตรวจสอบปี (พ.ศ./ค.ศ.)`,
        en: `date ${date} is in the future — row left out; check the year (BE/CE)`,
      });
      return;
    }
    const doses = {} as Record<Dose, number>;
    for (const dose of DOSES) {
      const index = doseIndex[dose];
      const value = index === null ? 0 : numberCell(cellAt(source, r, index));
      const name = index === null ? dose : (source.table.names[index] ?? dose);
      if (value === undefined || value === null || value < 0 || !Number.isInteger(value)) {
        report.outOfRangeValue(placeOf(source, r, name, String(cellAt(source, r, index) ?? '')), {
          th: 'จำนวนผู้ได้รับวัคซีนต้องเป็นจำนวนเต็มไม่ติดลบ — แถวนี้ไม่ถูกนำเข้า',
          en: 'a vaccination count must be a whole number, not negative — row left out',
        });
        return;
      }
      doses[dose] = value;
    }
    const key = `${code}|${date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      report.duplicate(placeOf(source, r, null, null), {
        th: `จังหวัดรหัส ${code} วันที่ ${date} ซ้ำกับ ${first} — ใช้แถวแรก`,
        en: `province ${code} on ${date} repeats ${first} — the first row is kept`,
      });
      return;
    }
    const place = placeOf(source, r, null, null);
    seen.set(key, `${source.name} ${place.unit ?? 'row'} ${place.location ?? r + 1}`);
    const dose1Name =
      doseIndex.dose1 === null ? 'dose1' : (source.table.names[doseIndex.dose1] ?? 'dose1');
    kept.push({
      place: { ...place, field: dose1Name, value: String(doses.dose1) },
      code,
      date,
      doses,
    });
  });
}

function ingest(sources: readonly ReadSource[], context: IngestContext, options: IngestOptions) {
  const report = new ReportBuilder('vaccination', mophVaccination.id, context);
  const kept: Kept[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) readFile(source, context, report, seen, kept);
  if (kept.length === 0 && !report.failed) {
    return report.failNothingKept();
  }
  const nameOf = new Map(context.provinces.map((p) => [p.code, p.nameTh]));
  const dates = [...new Set(kept.map((k) => k.date))].sort();
  const asOf = dates[dates.length - 1] ?? '';
  const over: string[] = [];
  const rows: IngestRow[] = [];
  for (const k of [...kept].sort((a, b) => a.date.localeCompare(b.date) || a.code - b.code)) {
    const population = context.population.get(k.code);
    if (population === undefined || population <= 0) {
      report.error({
        th: `ไม่มีจำนวนประชากรของจังหวัดรหัส ${k.code} — ระบุไฟล์ประชากรด้วย --population`,
        en: `no population for province ${k.code} — give a population file with --population`,
      });
      continue;
    }
    const coverage = (100 * k.doses.dose1) / population;
    if (coverage > 100) {
      const name = nameOf.get(k.code) ?? String(k.code);
      report.outOfRangeValue(k.place, {
        th: `${name}: ความครอบคลุมเข็มที่ 1 ${percent(coverage)} เกินร้อยละ 100 ของประชากร ${population.toLocaleString('en-US')} คน — คงไว้พร้อมข้อควรระวัง`,
        en: `${name}: first-dose coverage ${percent(coverage)} is over 100 % of the population of ${population.toLocaleString('en-US')} — kept, with a caveat`,
      });
      if (k.date === asOf) over.push(name);
    }
    rows.push({ province_code: k.code, week_end: k.date, population, ...k.doses });
  }
  if (over.length > 0) report.caveat(overHundredCaveat(over));
  if (dates.length === 1) {
    report.caveat({
      th: `ข้อมูลมีวันเดียว (${asOf}) — ไม่มีแนวโน้มรายสัปดาห์`,
      en: `one snapshot only (${asOf}) — no weekly trend`,
    });
  }
  const source = options.source ?? SOURCE;
  const facts = {
    source: {
      th: `${source.th}; ประชากร: ${context.populationSource.th}`,
      en: `${source.en}; population: ${context.populationSource.en}`,
    },
    licence: options.licence ?? 'as published by MOPH (no licence stated)',
    asOf,
    period: { from: dates[0] ?? asOf, to: asOf },
  };
  const codes = new Set(rows.map((r) => Number(r.province_code)));
  return report.done([{ def: coreEntry('vaccination', facts), rows }], codes, asOf, facts.period);
}

export const mophVaccination: Adapter = {
  id: 'moph-vaccination',
  dataset: 'vaccination',
  describe: {
    th: 'ไฟล์ผลการฉีดวัคซีนรายจังหวัดของกระทรวงสาธารณสุข (CSV/Excel)',
    en: 'MOPH provincial vaccination file (CSV/Excel)',
  },
  needs: ['province', 'total_1st_dose', 'total_2nd_dose', '[total_3rd_dose]', 'date'],
  recognises: (source) => hasColumns(source, [DOSE_COLUMNS.dose1, DOSE_COLUMNS.dose2, DATE_COLUMN]),
  ingest,
};
