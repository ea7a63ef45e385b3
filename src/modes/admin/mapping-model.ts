/**
 * The builder's form for a new indicator dataset, as data: what a person fills in (columns of
 * their file, titles, units, which way is better, how provinces add up) and the column mapping
 * the indicator adapter reads — the words of the manifest's indicator entries
 * (src/data/manifest/manifest-indicator.ts), so the same mapping works with `npm run ingest --mapping`.
 */
import { INDICATOR_ID_PATTERN } from '../../data/manifest/manifest-indicator';
import { CORE_DATASET_IDS, type LocalText } from '../../data/manifest/manifest-types';
import { AGGREGATES } from '../../data/published/aggregates';

/** One figure of the dataset as the form holds it. */
export interface MeasureDraft {
  readonly column: string;
  readonly titleTh: string;
  readonly titleEn: string;
  readonly unitTh: string;
  readonly unitEn: string;
  readonly better: 'higher' | 'lower';
  /** Sum and mean need no other column; weighted and ratio are for a hand-written mapping. */
  readonly aggregate: 'sum' | 'mean';
}

/** The whole form. */
export interface MappingDraft {
  readonly id: string;
  readonly titleTh: string;
  readonly titleEn: string;
  readonly province: string;
  /** '' = a snapshot (no date column). */
  readonly date: string;
  readonly measures: readonly MeasureDraft[];
  readonly sourceTh: string;
  readonly sourceEn: string;
  readonly licence: string;
}

export const EMPTY_MEASURE: MeasureDraft = {
  column: '',
  titleTh: '',
  titleEn: '',
  unitTh: '',
  unitEn: '',
  better: 'higher',
  aggregate: 'sum',
};

export const EMPTY_MAPPING: MappingDraft = {
  id: '',
  titleTh: '',
  titleEn: '',
  province: '',
  date: '',
  measures: [EMPTY_MEASURE],
  sourceTh: '',
  sourceEn: '',
  licence: '',
};

/** The form read as a mapping, or what is missing. */
export type MappingOutcome =
  | { readonly ok: true; readonly mapping: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly problems: readonly LocalText[] };

// A text given in one language only is used for both: better than an empty title on screen.
const both = (th: string, en: string): LocalText => ({
  th: th.trim() || en.trim(),
  en: en.trim() || th.trim(),
});

function idProblems(id: string): LocalText[] {
  if (!INDICATOR_ID_PATTERN.test(id)) {
    return [
      {
        th: `รหัสชุดข้อมูล '${id}': ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และ _ ไม่เกิน 32 ตัว ขึ้นต้นด้วยตัวอักษร เช่น drought_2569`,
        en: `dataset id '${id}': use at most 32 lower-case letters, digits and _, starting with a letter, e.g. drought_2569`,
      },
    ];
  }
  const taken: readonly string[] = [...CORE_DATASET_IDS, ...AGGREGATES.map((a) => a.id)];
  if (taken.includes(id)) {
    return [
      {
        th: `รหัส '${id}' เป็นของชุดข้อมูลหลักของระบบ — ตั้งรหัสอื่น หรือเลือกชุดข้อมูลนั้นจากรายการ`,
        en: `'${id}' is a dataset the app ships — give another id, or choose that dataset from the list`,
      },
    ];
  }
  return [];
}

function measureProblems(draft: MappingDraft): LocalText[] {
  const problems: LocalText[] = [];
  const used = new Set([draft.province, draft.date].filter((c) => c !== ''));
  draft.measures.forEach((measure, index) => {
    const n = index + 1;
    if (measure.column === '') {
      problems.push({
        th: `ตัวชี้วัดที่ ${n}: เลือกคอลัมน์ที่เป็นตัวเลข`,
        en: `measure ${n}: choose the column holding the figure`,
      });
    } else if (used.has(measure.column)) {
      problems.push({
        th: `ตัวชี้วัดที่ ${n}: คอลัมน์ '${measure.column}' ถูกใช้แล้ว — แต่ละตัวชี้วัดใช้คอลัมน์ของตนเอง`,
        en: `measure ${n}: column '${measure.column}' is used already — give each measure its own column`,
      });
    } else {
      used.add(measure.column);
    }
    if (measure.unitTh.trim() === '' && measure.unitEn.trim() === '') {
      problems.push({
        th: `ตัวชี้วัดที่ ${n}: ระบุหน่วย เช่น ตัน, ร้อยละ, ครัวเรือน`,
        en: `measure ${n}: give its unit, e.g. tonnes, %, households`,
      });
    }
  });
  return problems;
}

/** Checks the form and builds the mapping. */
export function mappingOf(draft: MappingDraft): MappingOutcome {
  const problems = idProblems(draft.id);
  if (draft.province === '') {
    problems.push({
      th: 'เลือกคอลัมน์จังหวัด (ชื่อหรือรหัสจังหวัด)',
      en: 'choose the province column (province names or codes)',
    });
  } else if (draft.province === draft.date) {
    problems.push({
      th: `คอลัมน์ '${draft.date}' เป็นทั้งจังหวัดและวันที่ — เลือกคอลัมน์วันที่อื่น หรือ "ไม่มี"`,
      en: `column '${draft.date}' is both the province and the date — choose another date column, or "none"`,
    });
  }
  if (draft.titleTh.trim() === '' && draft.titleEn.trim() === '') {
    problems.push({ th: 'ตั้งชื่อชุดข้อมูล', en: 'give the dataset a title' });
  }
  // The dashboard names the source under every figure: an indicator without one is refused.
  if (draft.sourceTh.trim() === '' && draft.sourceEn.trim() === '') {
    problems.push({
      th: 'ระบุแหล่งข้อมูล (หน่วยงานที่เผยแพร่ตัวเลข)',
      en: 'name the source (who published the figures)',
    });
  }
  if (draft.measures.length === 0) {
    problems.push({ th: 'เพิ่มตัวชี้วัดอย่างน้อยหนึ่งตัว', en: 'add at least one measure' });
  }
  problems.push(...measureProblems(draft));
  if (problems.length > 0) return { ok: false, problems };
  const measures = draft.measures.map((m) => ({
    column: m.column,
    title: both(m.titleTh || m.column, m.titleEn || m.column),
    unit: both(m.unitTh, m.unitEn),
    better: m.better,
    aggregate: m.aggregate,
  }));
  const source = both(draft.sourceTh, draft.sourceEn);
  return {
    ok: true,
    mapping: {
      title: both(draft.titleTh, draft.titleEn),
      unit: measures[0]?.unit ?? { th: '', en: '' },
      province: draft.province,
      date: draft.date === '' ? null : draft.date,
      measures,
      source,
      ...(draft.licence.trim() === '' ? {} : { licence: draft.licence.trim() }),
    },
  };
}
