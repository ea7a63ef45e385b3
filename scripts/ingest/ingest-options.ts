/** The command line of `npm run ingest`. */

export const INGEST_USAGE = `npm run ingest -- <dataset-id> <file…> [options]

นำไฟล์ที่หน่วยงานเผยแพร่เข้าเป็นชุดข้อมูลของ War Room · Turns the files a source publishes into a War Room dataset.

  <dataset-id>          vaccination | poverty | road_safety | complaints | households
                        or a new id (lower-case, e.g. drought_2569) for an indicator dataset
  <file…>               CSV / TSV / Excel .xlsx / GeoJSON files (UTF-8, UTF-16 or TIS-620)

  --out <dir>           the deployment's data folder (default public/data; dist/data works too):
                        the dataset's files are written there and its entry merged into
                        <dir>/manifest.json, keeping every other dataset
  --population <file>   population per province for coverage (default: DOPA 31 Dec 2020)
  --mapping <file.json> column mapping of an indicator dataset (see README "ใช้ข้อมูลจริง"),
                        or instead: --province <col> --measure <col>[:sum|mean] [--date <col>]
                        [--title-th .. --title-en .. --unit-th .. --unit-en .. --better higher|lower]
  --source-th <text>    who published the data (Thai); --source-en <text> (English)
  --licence <text>      the licence the source gives
  --dry-run             check and report only: write nothing
  --today <YYYY-MM-DD>  the date after which a date counts as "in the future" (default: today)

Every run prints a validation report and saves it as <dir>/<dataset-id>.report.json.
A file that cannot be ingested changes nothing that was already published.`;

/** What the command line asked for. */
export interface IngestCliOptions {
  readonly datasetId: string;
  readonly files: readonly string[];
  readonly outDir: string;
  readonly population?: string;
  readonly mapping?: string;
  readonly sourceTh?: string;
  readonly sourceEn?: string;
  readonly licence?: string;
  readonly dryRun: boolean;
  readonly today?: string;
  /** Flags no option above takes (`--province col`...): handed to the indicator mapping. */
  readonly extra: Readonly<Record<string, string>>;
}

const VALUED = new Set([
  'out',
  'population',
  'mapping',
  'source-th',
  'source-en',
  'licence',
  'today',
]);

/**
 * Parses `argv` (after `--`). Returns null for --help or no arguments.
 * @throws Error naming the flag at fault.
 */
export function parseIngestOptions(argv: readonly string[]): IngestCliOptions | null {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return null;
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const extra: Record<string, string> = {};
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (name === 'dry-run') {
      dryRun = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    i += 1;
    if (VALUED.has(name)) values[name] = value;
    else extra[name] = extra[name] === undefined ? value : `${extra[name]}\n${value}`;
  }
  const [datasetId, ...files] = positional;
  if (datasetId === undefined) throw new Error('give the dataset id first, e.g. vaccination');
  if (files.length === 0) throw new Error(`give at least one file to ingest as ${datasetId}`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new Error(`--today ${values.today}: use YYYY-MM-DD`);
  }
  return {
    datasetId,
    files,
    outDir: values.out ?? 'public/data',
    population: values.population,
    mapping: values.mapping,
    sourceTh: values['source-th'],
    sourceEn: values['source-en'],
    licence: values.licence,
    dryRun,
    today: values.today,
    extra,
  };
}
