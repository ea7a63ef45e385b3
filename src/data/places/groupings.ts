/**
 * Groupings of the provinces (the six regions, the health regions, the inspection zones...) are
 * data: `public/data/groupings.json`, next to manifest.json, so an administrator can change them
 * without a rebuild. This module holds the file's types and its reader. A grouping that fails a
 * check is left out with a message naming the grouping, the group and the field; the others load.
 */
import { DataFileError, JsonObjectReader, describeValue } from '../manifest/json-fields';
import type { LocalText } from '../manifest/manifest-types';
import { PROVINCE_COUNT } from './province-table';

/** One group of a grouping: "เขตสุขภาพที่ 9" and its provinces. */
export interface ProvinceGroup {
  /** Unique within its grouping; written in links as `group=<grouping>:<id>`. */
  readonly id: string;
  readonly title: LocalText;
  /** TIS-1099 province codes, ascending. */
  readonly codes: readonly number[];
}

/** A way of cutting the 77 provinces into groups, each province in exactly one group. */
export interface Grouping {
  readonly id: string;
  readonly title: LocalText;
  /** Who defines the grouping (the order, the ministry). */
  readonly source: LocalText;
  /** false until the assignment has been checked against the official source. */
  readonly verified: boolean;
  /** How it was (or must be) checked. */
  readonly note: LocalText;
  readonly groups: readonly ProvinceGroup[];
}

/** The groupings that passed every check and a message for each one left out. */
export interface GroupingsRead {
  readonly groupings: readonly Grouping[];
  readonly problems: readonly string[];
}

/** Grouping ids: like dataset ids, so they read well in a link. */
export const GROUPING_ID_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;
/** Group ids: short words or numbers ("north", "9"). */
export const GROUP_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;

const GROUPING_FIELDS = ['id', 'title', 'source', 'verified', 'note', 'groups'];
const GROUP_FIELDS = ['id', 'title', 'provinces'];

function localText(parent: JsonObjectReader, key: string): LocalText {
  const reader = parent.object(key, 'an object with th and en');
  reader.rejectUnknownKeys(['th', 'en']);
  return { th: reader.string('th', 'the Thai text'), en: reader.string('en', 'the English text') };
}

function readGroup(
  value: unknown,
  source: string,
  where: string,
  knownCodes: ReadonlySet<number>,
): ProvinceGroup {
  const reader = JsonObjectReader.of(value, source, where);
  reader.rejectUnknownKeys(GROUP_FIELDS);
  const id = reader.string('id', 'the group id, e.g. "9"');
  if (!GROUP_ID_PATTERN.test(id)) {
    throw reader.fail(`id ${describeValue(id)} must be lower-case letters, digits, - or _`);
  }
  const named = JsonObjectReader.of(value, source, `${where} (${id})`);
  const codes = named.array('provinces', 'TIS-1099 province codes, e.g. [30, 31]').map((code) => {
    if (typeof code !== 'number' || !knownCodes.has(code)) {
      throw named.fail(
        `provinces: unknown province code ${describeValue(code)}; use a TIS-1099 code from data/provinces.csv`,
      );
    }
    return code;
  });
  if (codes.length === 0) throw named.fail('provinces is empty; a group needs a province');
  return { id, title: localText(named, 'title'), codes: [...codes].sort((a, b) => a - b) };
}

/** Reads one grouping; throws a {@link DataFileError} naming the grouping, group and field. */
export function readGrouping(
  value: unknown,
  source: string,
  index: number,
  knownCodes: ReadonlySet<number>,
): Grouping {
  const first = JsonObjectReader.of(value, source, `groupings[${index}]`);
  const id = first.string('id', 'the grouping id, e.g. "health"');
  if (!GROUPING_ID_PATTERN.test(id)) {
    throw first.fail(`id ${describeValue(id)} must match ${GROUPING_ID_PATTERN.source}`);
  }
  const reader = JsonObjectReader.of(value, source, `groupings[${index}] (${id})`);
  reader.rejectUnknownKeys(GROUPING_FIELDS);
  const groups = reader
    .array('groups', 'the groups, each with id, title and provinces')
    .map((group, at) => readGroup(group, source, `grouping ${id}: groups[${at}]`, knownCodes));
  const groupOf = new Map<number, string>();
  const groupIds = new Set<string>();
  for (const group of groups) {
    if (groupIds.has(group.id)) throw reader.fail(`group ${group.id} is listed twice`);
    groupIds.add(group.id);
    for (const code of group.codes) {
      const other = groupOf.get(code);
      if (other !== undefined) {
        throw reader.fail(
          `province ${code} is in group ${other} and in group ${group.id}; keep it in one`,
        );
      }
      groupOf.set(code, group.id);
    }
  }
  const missing = [...knownCodes].filter((code) => !groupOf.has(code)).sort((a, b) => a - b);
  if (missing.length > 0) {
    throw reader.fail(
      `province${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in no group; every one of the ${PROVINCE_COUNT} provinces needs a group`,
    );
  }
  return {
    id,
    title: localText(reader, 'title'),
    source: localText(reader, 'source'),
    verified: reader.boolean('verified', 'true once checked against the official source'),
    note: localText(reader, 'note'),
    groups,
  };
}

/**
 * Reads a groupings file: `{ "groupings": [ ... ] }`. A bad grouping is left out (its message in
 * `problems`) while the others load; a file that is not such an object throws.
 */
export function readGroupings(
  json: unknown,
  source: string,
  knownCodes: ReadonlySet<number>,
): GroupingsRead {
  const file = JsonObjectReader.of(json, source, '');
  file.rejectUnknownKeys(['groupings']);
  const groupings: Grouping[] = [];
  const problems: string[] = [];
  for (const [index, value] of file.array('groupings', 'a list of groupings').entries()) {
    try {
      const grouping = readGrouping(value, source, index, knownCodes);
      if (groupings.some((other) => other.id === grouping.id)) {
        throw new DataFileError(
          `${source}: groupings[${index}] (${grouping.id}): the id is used twice; the first is kept`,
        );
      }
      groupings.push(grouping);
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      problems.push(`${error.message}; this grouping is left out`);
    }
  }
  return { groupings, problems };
}

/** The file's JSON for a list of groupings (the generator writes it; tests round-trip it). */
export function groupingsJson(groupings: readonly Grouping[]): unknown {
  return {
    groupings: groupings.map((grouping) => ({
      id: grouping.id,
      title: grouping.title,
      source: grouping.source,
      verified: grouping.verified,
      note: grouping.note,
      groups: grouping.groups.map((group) => ({
        id: group.id,
        title: group.title,
        provinces: group.codes,
      })),
    })),
  };
}
