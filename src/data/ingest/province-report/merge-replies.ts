/**
 * Many returned templates in, one row per province out: who has not reported, who replied late,
 * which provinces sent different figures in two files, which key cells were edited and which
 * values fail the template's rules, and the merged rows (figures and `reply_date`) ready to be
 * written as the indicator dataset's CSV.
 */
import { readSource } from '../read-source';
import type { ColumnDef, LocalText } from '../../manifest/manifest-types';
import type { ProvinceRecord } from '../../places/province-table';
import type { IngestRow, IngestValue, ReadSource, SourceFile } from '../ingest-types';
import { prefixOf } from '../report-builder';
import { fileTemplateId, readReply, type Answer, type Problem } from './read-reply';
import { keyHash, parseTemplateId, type TemplateId } from './template-id';
import type { ReportSpec } from './template-spec';
import { CODE_COLUMN, REPLY_COLUMN } from './template-workbook';

/** What the replies to one template say. */
export interface RepliesReport {
  /** The template answered, or null when no file was a reply to it. */
  readonly spec: ReportSpec | null;
  /** Files read as replies, and files that are not (with the reason). */
  readonly replies: readonly string[];
  readonly notReplies: readonly LocalText[];
  readonly notReported: readonly { readonly code: number; readonly name: string }[];
  readonly late: readonly Problem[];
  readonly conflicts: readonly Problem[];
  readonly editedKeys: readonly Problem[];
  readonly invalidValues: readonly Problem[];
  /** Figures left blank in answered rows. */
  readonly blankFigures: readonly Problem[];
}

/** The report and the merged rows (one per province that answered, by code). */
export interface RepliesResult {
  readonly report: RepliesReport;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly IngestRow[];
}

/** Choices of the person reading the replies. */
export interface RepliesOptions {
  /** Replies dated after it are late; default: the template's deadline. */
  readonly deadline?: string | null;
  /** The template expected (its id text); default: the template of the first reply. */
  readonly template?: string;
}

/** A problem as one line of text: "file, row 3, column x: what to do". */
export function problemText(problem: Problem): LocalText {
  const prefix = prefixOf(problem.place);
  return { th: `${prefix.th}: ${problem.text.th}`, en: `${prefix.en}: ${problem.text.en}` };
}

/** The merged table's columns: province code, the date key, the figures, the reply date. */
export function mergedColumns(spec: ReportSpec): ColumnDef[] {
  const type = { count: 'INTEGER', number: 'DOUBLE', category: 'VARCHAR' } as const;
  return [
    { name: CODE_COLUMN, type: 'INTEGER', nullable: true, description: 'TIS-1099 code' },
    ...(spec.dateKey === null
      ? []
      : [{ name: spec.dateKey, type: 'DATE' as const, nullable: false, description: spec.period }]),
    ...spec.columns.map((c) => ({ name: c.name, type: type[c.kind], nullable: true })),
    { name: REPLY_COLUMN, type: 'DATE', nullable: true, description: 'Date of the reply' },
  ];
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const shown = (v: IngestValue): string => (v === null ? '(ว่าง/blank)' : String(v));

/** The answer kept of several: the latest reply (a correction comes after), else the first. */
function chosen(answers: readonly Answer[]): Answer {
  return answers.reduce((best, a) => ((a.replyDate ?? '') > (best.replyDate ?? '') ? a : best));
}

function conflictOf(name: string, answers: readonly Answer[], kept: Answer, spec: ReportSpec) {
  const differing = spec.columns
    .map((c) => c.name)
    .filter((n) => new Set(answers.map((a) => shown(a.values[n] ?? null))).size > 1);
  const values = answers
    .map(
      (a) =>
        `${a.place.file}: ${differing.map((n) => `${n}=${shown(a.values[n] ?? null)}`).join(' ')}`,
    )
    .join('; ');
  const problem: Problem = {
    place: {
      file: [...new Set(answers.map((a) => a.place.file))].join(', '),
      location: null,
      unit: null,
      field: differing.join(', '),
      value: values,
    },
    text: {
      th: `${name} ส่งตัวเลขไม่ตรงกัน (${values}) — ใช้คำตอบล่าสุดจาก ${kept.place.file} โปรดสอบถามจังหวัดว่าตัวเลขใดถูกต้อง`,
      en: `${name} sent different figures (${values}) — the latest reply, from ${kept.place.file}, is kept; ask the province which is right`,
    },
  };
  return problem;
}

/** Merges the replies read from `sources`; never throws. */
export function mergeReplies(
  sources: readonly ReadSource[],
  provinces: readonly ProvinceRecord[],
  today: string,
  options: RepliesOptions = {},
): RepliesResult {
  const nameOf = new Map(provinces.map((p) => [p.code, p.nameTh]));
  const replies: string[] = [];
  const notReplies: LocalText[] = [];
  const editedKeys: Problem[] = [];
  const invalidValues: Problem[] = [];
  const blankFigures: Problem[] = [];
  const answers = new Map<number, Answer[]>();
  let template: TemplateId | null =
    options.template === undefined ? null : parseTemplateId(options.template);
  for (const source of sources) {
    const id = fileTemplateId(source);
    if (id === null) {
      notReplies.push({
        th: `${source.name}: ไม่ใช่แบบรายงานที่ส่งกลับ (ไม่พบรหัสแบบรายงาน) — ใช้ไฟล์แบบรายงานที่ส่งไปแล้วกรอกในไฟล์นั้น`,
        en: `${source.name}: not a returned report template (no template id) — fill in the template file that was sent`,
      });
      continue;
    }
    template ??= id;
    if (id.text !== template.text) {
      notReplies.push({
        th: `${source.name}: ตอบแบบรายงานอื่น (${id.spec.dataset} งวด ${id.spec.period}) ไม่ใช่ ${template.spec.dataset} งวด ${template.spec.period} — นำเข้าทีละแบบรายงาน`,
        en: `${source.name}: answers another template (${id.spec.dataset}, period ${id.spec.period}), not ${template.spec.dataset}, period ${template.spec.period} — ingest one template's replies at a time`,
      });
      continue;
    }
    replies.push(source.name);
    const read = readReply(source, template, nameOf, today);
    editedKeys.push(...read.editedKeys);
    invalidValues.push(...read.invalidValues);
    blankFigures.push(...read.blankFigures);
    for (const answer of read.answers) {
      answers.set(answer.code, [...(answers.get(answer.code) ?? []), answer]);
    }
  }
  if (template === null) {
    return {
      report: {
        spec: null,
        replies,
        notReplies,
        notReported: [],
        late: [],
        conflicts: [],
        editedKeys,
        invalidValues,
        blankFigures,
      },
      columns: [],
      rows: [],
    };
  }
  const { spec } = template;
  const keys = spec.codes.map((code) => ({ code, name: nameOf.get(code) ?? String(code) }));
  if (keyHash(keys) !== template.keyHash) {
    notReplies.push({
      th: `แบบรายงาน ${spec.dataset} งวด ${spec.period}: รายชื่อจังหวัดในรหัสแบบรายงานไม่ตรงกับที่ทำไว้ — สร้างแบบรายงานใหม่ด้วย npm run report-template`,
      en: `template ${spec.dataset}, period ${spec.period}: its province keys do not match the ones it was made with — make a new one with npm run report-template`,
    });
  }
  const deadline = options.deadline === undefined ? spec.deadline : options.deadline;
  const late: Problem[] = [];
  const conflicts: Problem[] = [];
  const notReported: { code: number; name: string }[] = [];
  const rows: IngestRow[] = [];
  for (const { code, name } of keys) {
    const list = answers.get(code) ?? [];
    if (list.length === 0) {
      notReported.push({ code, name });
      continue;
    }
    const kept = chosen(list);
    const distinct = new Set(
      list.map((a) => JSON.stringify(spec.columns.map((c) => a.values[c.name] ?? null))),
    );
    if (distinct.size > 1) conflicts.push(conflictOf(name, list, kept, spec));
    for (const answer of list) {
      if (deadline === null || answer.replyDate === null || answer.replyDate <= deadline) continue;
      const days = daysBetween(deadline, answer.replyDate);
      late.push({
        place: { ...answer.place, field: REPLY_COLUMN, value: answer.replyDate },
        text: {
          th: `${name} ตอบวันที่ ${answer.replyDate} หลังกำหนดส่ง ${deadline} ${String(days)} วัน`,
          en: `${name} replied on ${answer.replyDate}, ${String(days)} day(s) after the deadline ${deadline}`,
        },
      });
    }
    rows.push({
      [CODE_COLUMN]: code,
      ...(spec.dateKey === null ? {} : { [spec.dateKey]: spec.periodDate }),
      ...kept.values,
      [REPLY_COLUMN]: kept.replyDate,
    });
  }
  return {
    report: {
      spec,
      replies,
      notReplies,
      notReported,
      late,
      conflicts,
      editedKeys,
      invalidValues,
      blankFigures,
    },
    columns: mergedColumns(spec),
    rows,
  };
}

/** Reads `files` (bytes and names) and merges them: {@link mergeReplies} for the CLI and tests. */
export async function readReplies(
  files: readonly SourceFile[],
  provinces: readonly ProvinceRecord[],
  today: string,
  options: RepliesOptions = {},
): Promise<RepliesResult & { readonly unreadable: readonly LocalText[] }> {
  const sources: ReadSource[] = [];
  const unreadable: LocalText[] = [];
  for (const file of files) {
    const read = await readSource(file);
    if (read.ok) sources.push(read.source);
    else unreadable.push({ th: read.error.th, en: read.error.en });
  }
  return { ...mergeReplies(sources, provinces, today, options), unreadable };
}
