/**
 * The optional `caveats` and `provenance` fields of a dataset entry (issue 15): written by
 * `npm run ingest`, read by the legend, the card and the exports. A wrong value fails the entry
 * like any other field, naming it.
 */
import { JsonObjectReader } from './json-fields';
import type { LocalText, Provenance, ProvenanceFile } from './manifest-types';

type SkipUnknown = (object: JsonObjectReader, allowed: readonly string[]) => void;
type ReadText = (parent: JsonObjectReader, key: string) => LocalText;

const SHA256 = /^[0-9a-f]{64}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `caveats`: a list of texts in Thai and English, or undefined when absent. */
export function parseCaveats(
  reader: JsonObjectReader,
  readText: ReadText,
): readonly LocalText[] | undefined {
  if (reader.raw('caveats') === undefined) return undefined;
  const list = reader.array('caveats', 'texts in Thai and English: [{ "th", "en" }]');
  const caveats = list.map((entry, index) => {
    const holder = JsonObjectReader.of(
      { [`caveats[${index}]`]: entry },
      reader.source,
      reader.where,
    );
    return readText(holder, `caveats[${index}]`);
  });
  return Object.freeze(caveats);
}

function parseFile(entry: unknown, reader: JsonObjectReader, index: number, skip: SkipUnknown) {
  const file = JsonObjectReader.of(entry, reader.source, `${reader.where}: files[${index}]`);
  skip(file, ['name', 'sha256', 'bytes']);
  const sha256 = file.string('sha256', 'the SHA-256 of the file, 64 hex digits');
  if (!SHA256.test(sha256)) throw file.fail(`sha256 '${sha256}' is not 64 lower-case hex digits`);
  const parsed: ProvenanceFile = {
    name: file.string('name', 'the name of the source file'),
    sha256,
    bytes: file.integer('bytes', 0, 'the size of the source file'),
  };
  return Object.freeze(parsed);
}

/** `provenance`: which files an ingest read and when, or undefined when absent. */
export function parseProvenance(
  reader: JsonObjectReader,
  skip: SkipUnknown,
): Provenance | undefined {
  if (reader.raw('provenance') === undefined) return undefined;
  const object = reader.object('provenance', '{ "ingestedAt", "adapter", "files" }');
  skip(object, ['ingestedAt', 'adapter', 'files']);
  const ingestedAt = object.string('ingestedAt', 'an ISO timestamp, e.g. 2026-12-07T10:00:00Z');
  if (!ISO_TIMESTAMP.test(ingestedAt)) {
    throw object.fail(`ingestedAt '${ingestedAt}' is not an ISO timestamp (2026-12-07T10:00:00Z)`);
  }
  const files = object
    .array('files', 'the source files: [{ "name", "sha256", "bytes" }]')
    .map((entry, index) => parseFile(entry, object, index, skip));
  const provenance: Provenance = {
    ingestedAt,
    adapter: object.string('adapter', 'the adapter that read the files'),
    files: Object.freeze(files),
  };
  return Object.freeze(provenance);
}
