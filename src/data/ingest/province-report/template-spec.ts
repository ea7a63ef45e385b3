/**
 * What a province report template asks for (issue 15 item 5): an indicator dataset's figures for
 * one period from the provinces of one group. The spec travels inside the template (see
 * template-id.ts), so a returned file says by itself what it answers.
 */
import type {
  Cadence,
  DatasetDef,
  IndicatorMeasure,
  LocalText,
} from '../../manifest/manifest-types';
import type { Grouping } from '../../places/groupings';
import type { ProvinceRecord } from '../../places/province-table';

/** How a column is filled in: a whole number, a number, or one of a list. */
export type ReportColumnKind = 'count' | 'number' | 'category';

/** One column a province fills in. */
export interface ReportColumn {
  readonly name: string;
  readonly title: LocalText;
  readonly kind: ReportColumnKind;
  /** For a `category` column: the words allowed. */
  readonly options?: readonly string[];
}

/** Everything a template asks and everything the reader of the replies needs. */
export interface ReportSpec {
  readonly dataset: string;
  readonly title: LocalText;
  readonly unit: LocalText;
  readonly cadence: Cadence;
  /** The period as the centre names it, e.g. "2026-03" or "ไตรมาส 2/2569". */
  readonly period: string;
  /** The dataset's date column and the date written into it (the period's last day), or null. */
  readonly dateKey: string | null;
  readonly periodDate: string | null;
  /** "region:north", or null for all 77 provinces. */
  readonly group: string | null;
  readonly groupTitle: LocalText;
  /** Replies dated after it are late; null when no deadline was set. */
  readonly deadline: string | null;
  /** The provinces asked, ascending. */
  readonly codes: readonly number[];
  readonly columns: readonly ReportColumn[];
  readonly measures: readonly IndicatorMeasure[];
}

/** What the centre chooses when it makes a template. */
export interface ReportChoice {
  readonly period: string;
  readonly deadline: string | null;
  /** "grouping:group", e.g. "inspection:4"; null for all provinces. */
  readonly group: string | null;
  /** Allowed words of text columns (e.g. the values found in the published file). */
  readonly categories?: Readonly<Record<string, readonly string[]>>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The last day of the period "YYYY-MM" or the date "YYYY-MM-DD"; null for other labels. */
export function periodEnd(period: string): string | null {
  const trimmed = period.trim();
  if (ISO_DATE.test(trimmed)) return trimmed;
  const month = MONTH.exec(trimmed);
  if (month === null) return null;
  const year = Number(month[1]);
  const m = Number(month[2]);
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month[1] ?? ''}-${month[2] ?? ''}-${String(last).padStart(2, '0')}`;
}

/** The columns a measure is computed from. */
function inputsOf(measure: IndicatorMeasure): string[] {
  if (measure.aggregate === 'ratio') return [measure.numerator ?? '', measure.denominator ?? ''];
  if (measure.aggregate === 'weighted') return [measure.column, measure.weight ?? ''];
  return [measure.column];
}

function columnsOf(def: DatasetDef, choice: ReportChoice, measures: readonly IndicatorMeasure[]) {
  const names: string[] = [];
  for (const name of measures.flatMap(inputsOf)) if (!names.includes(name)) names.push(name);
  const columns: ReportColumn[] = names.map((name) => {
    const declared = def.columns.find((c) => c.name === name);
    const measure = measures.find((m) => m.column === name && m.aggregate !== 'ratio');
    const title = measure?.title ?? {
      th: declared?.description ?? name,
      en: declared?.description ?? name,
    };
    const whole = declared?.type === 'INTEGER' || declared?.type === 'BIGINT';
    return { name, title, kind: whole ? 'count' : 'number' };
  });
  for (const [name, options] of Object.entries(choice.categories ?? {})) {
    if (names.includes(name) || options.length === 0) continue;
    const declared = def.columns.find((c) => c.name === name);
    const title = { th: declared?.description ?? name, en: declared?.description ?? name };
    columns.push({ name, title, kind: 'category', options: [...options] });
  }
  return columns;
}

/** The provinces of `group` ("grouping:group"), or a message naming what is known. */
function groupCodes(
  group: string,
  groupings: readonly Grouping[],
): { codes: readonly number[]; title: LocalText } | LocalText {
  const [groupingId, groupId] = group.split(':');
  const grouping = groupings.find((g) => g.id === groupingId);
  const found = grouping?.groups.find((g) => g.id === groupId);
  if (grouping === undefined || found === undefined) {
    const known = groupings.map((g) => `${g.id}:${g.groups.map((x) => x.id).join('|')}`);
    return {
      th: `ไม่พบกลุ่มจังหวัด '${group}' — ใช้ <การแบ่งกลุ่ม>:<กลุ่ม> เช่น ${known.join(', ')}`,
      en: `no province group '${group}' — use <grouping>:<group>, one of ${known.join(', ')}`,
    };
  }
  return {
    codes: found.codes,
    title: {
      th: `${grouping.title.th}: ${found.title.th}`,
      en: `${grouping.title.en}: ${found.title.en}`,
    },
  };
}

/** The spec of a template for `def`, or why none can be made. */
export function reportSpec(
  def: DatasetDef,
  choice: ReportChoice,
  groupings: readonly Grouping[],
  provinces: readonly ProvinceRecord[],
):
  | { readonly ok: true; readonly spec: ReportSpec }
  | { readonly ok: false; readonly error: LocalText } {
  const fail = (th: string, en: string) => ({ ok: false as const, error: { th, en } });
  if (def.indicator === undefined) {
    return fail(
      `ชุดข้อมูล ${def.id} ไม่ใช่ชุดข้อมูลตัวชี้วัด (kind: indicator) — แบบรายงานจังหวัดทำได้เฉพาะชุดข้อมูลตัวชี้วัด`,
      `dataset ${def.id} is not an indicator dataset (kind: indicator) — province reports ask for indicator figures only`,
    );
  }
  const dateKey = def.indicator.keys.date;
  const periodDate = periodEnd(choice.period);
  if (dateKey !== null && periodDate === null) {
    return fail(
      `ชุดข้อมูล ${def.id} มีคอลัมน์วันที่ (${dateKey}) — ระบุงวดเป็น YYYY-MM หรือ YYYY-MM-DD แทน '${choice.period}'`,
      `dataset ${def.id} has a date column (${dateKey}) — give the period as YYYY-MM or YYYY-MM-DD, not '${choice.period}'`,
    );
  }
  if (choice.deadline !== null && !ISO_DATE.test(choice.deadline)) {
    return fail(
      `กำหนดส่ง '${choice.deadline}' ต้องเป็น YYYY-MM-DD`,
      `deadline '${choice.deadline}' must be YYYY-MM-DD`,
    );
  }
  let codes = provinces.map((p) => p.code).sort((a, b) => a - b);
  let groupTitle: LocalText = { th: 'ทุกจังหวัด', en: 'all provinces' };
  if (choice.group !== null) {
    const found = groupCodes(choice.group, groupings);
    if (!('codes' in found)) return { ok: false, error: found };
    codes = [...found.codes];
    groupTitle = found.title;
  }
  const measures = def.indicator.measures;
  return {
    ok: true,
    spec: {
      dataset: def.id,
      title: def.title,
      unit: def.unit,
      cadence: def.cadence,
      period: choice.period.trim(),
      dateKey,
      periodDate: dateKey === null ? null : periodDate,
      group: choice.group,
      groupTitle,
      deadline: choice.deadline,
      codes,
      columns: columnsOf(def, choice, measures),
      measures,
    },
  };
}
