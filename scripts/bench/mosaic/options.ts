/** Command-line options of `npm run bench:mosaic`. */
import { parseArgs } from 'node:util';

/** What to measure and where to write it. */
export interface MosaicBenchOptions {
  /** Incidents in the generated road-safety data. */
  readonly incidents: number;
  /** JSON output path, or undefined to print only. */
  readonly out: string | undefined;
  /** Brush widths as fractions of the time axis. */
  readonly widths: readonly number[];
  /** Brush steps per width. */
  readonly steps: number;
  /** Also sweep the War Room app itself (same widths), for the ratio. */
  readonly ours: boolean;
  /** PNG path for a screenshot of the Mosaic page after its sweep, or undefined. */
  readonly screenshot: string | undefined;
}

/** Usage text for `--help`. */
export const USAGE = `npm run bench:mosaic -- [--incidents 1000000] [--out FILE.json]
  [--widths 0.1,0.2,0.3] [--steps 20] [--no-ours] [--screenshot FILE.png]`;

/** Parses argv (without node and script); returns undefined for --help. Throws on bad values. */
export function parseMosaicOptions(argv: readonly string[]): MosaicBenchOptions | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      incidents: { type: 'string', default: '1000000' },
      out: { type: 'string' },
      screenshot: { type: 'string' },
      widths: { type: 'string', default: '0.1,0.2,0.3' },
      steps: { type: 'string', default: '20' },
      'no-ours': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return undefined;
  const incidents = Number(values.incidents.replace(/_/g, ''));
  if (!Number.isInteger(incidents) || incidents < 1) {
    throw new Error(`--incidents must be a positive integer, got ${values.incidents}`);
  }
  const widths = values.widths.split(',').map(Number);
  if (widths.some((w) => !(w > 0 && w < 1))) {
    throw new Error(`--widths must be fractions between 0 and 1, got ${values.widths}`);
  }
  const steps = Number(values.steps);
  if (!Number.isInteger(steps) || steps < 1) {
    throw new Error(`--steps must be a positive integer, got ${values.steps}`);
  }
  return {
    incidents,
    out: values.out,
    widths,
    steps,
    ours: !values['no-ours'],
    screenshot: values.screenshot,
  };
}
