import { describe, expect, it } from 'vitest';
import { parseManifest } from './registry';
import { droughtEntryJson, manifestWithEntries } from '../testing/indicator-fixtures';

type Json = Record<string, unknown>;

/** The drought entry with `change` applied, parsed in the test manifest as datasets[5]. */
function parsedWith(change: (entry: Json, measure: Json) => void) {
  const entry = droughtEntryJson();
  change(entry, (entry.measures as Json[])[0] as Json);
  return parseManifest(manifestWithEntries([entry]), 'manifest.json');
}

/** Why the drought entry was left out (fails the test when it was kept). */
function leftOutMessage(change: (entry: Json, measure: Json) => void): string {
  const parsed = parsedWith(change);
  expect(parsed.datasets.map((def) => def.id)).not.toContain('drought');
  // Every other dataset still loads.
  expect(parsed.datasets).toHaveLength(5);
  const left = parsed.leftOut?.find((entry) => entry.entry === 'drought');
  if (!left) throw new Error('the drought entry was not listed as left out');
  return left.message;
}

const AT = 'manifest.json: datasets[5] (drought)';

describe('indicator entries', () => {
  it('are read with their keys and measures, and columns derived', () => {
    const def = parsedWith(() => undefined).datasets[5];
    expect(def?.indicator).toEqual({
      keys: { province: 'province_code', date: 'month' },
      measures: [
        {
          column: 'villages',
          title: { th: 'หมู่บ้าน', en: 'Villages' },
          unit: { th: 'หมู่บ้าน', en: 'villages' },
          better: 'lower',
          aggregate: 'sum',
        },
      ],
    });
    expect(def?.columns).toEqual([
      { name: 'province_code', type: 'INTEGER', nullable: true },
      { name: 'month', type: 'DATE', nullable: true },
      { name: 'villages', type: 'DOUBLE', nullable: true },
    ]);
  });

  it('derive the inputs of weighted and ratio measures, once each; a snapshot has no date', () => {
    const def = parsedWith((entry, measure) => {
      entry.keys = { province: 'province' };
      entry.measures = [
        { ...measure, column: 'share', aggregate: 'weighted', weight: 'households' },
        {
          ...measure,
          column: 'rate',
          aggregate: 'ratio',
          numerator: 'affected',
          denominator: 'households',
          scale: 100,
        },
      ];
    }).datasets[5];
    expect(def?.indicator?.keys).toEqual({ province: 'province', date: null });
    expect(def?.indicator?.measures[1]?.scale).toBe(100);
    expect(def?.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'province INTEGER',
      'share DOUBLE',
      'households DOUBLE',
      'affected DOUBLE',
    ]);
  });

  it('keep declared columns, the province key stored as a nullable INTEGER code', () => {
    const def = parsedWith((entry) => {
      entry.columns = [
        { name: 'province_code', type: 'VARCHAR', nullable: false },
        { name: 'month', type: 'DATE', nullable: false },
        { name: 'villages', type: 'INTEGER', nullable: false },
        { name: 'note', type: 'VARCHAR', nullable: true },
      ];
    }).datasets[5];
    expect(def?.columns.map((c) => `${c.name} ${c.type} ${String(c.nullable)}`)).toEqual([
      'province_code INTEGER true',
      'month DATE false',
      'villages INTEGER false',
      'note VARCHAR true',
    ]);
  });

  it.each<[string, (entry: Json, measure: Json) => void, string]>([
    [
      'an unknown aggregate',
      (_, m) => (m.aggregate = 'median'),
      `${AT}: measures[0]: aggregate 'median' is not one of sum, mean, weighted, ratio`,
    ],
    ['an unknown kind', (e) => (e.kind = 'points'), `${AT}: kind 'points' is not one of indicator`],
    [
      'keys and measures without kind',
      (e) => delete e.kind,
      `${AT}: keys is read only with "kind": "indicator"; add kind or remove keys`,
    ],
    [
      'no keys',
      (e) => delete e.keys,
      `${AT}: missing field 'keys' ({ "province": "<column>", "date": "<column>" })`,
    ],
    [
      'no province key',
      (e) => (e.keys = { date: 'month' }),
      `${AT}: keys: missing field 'province' (the column holding province codes or names)`,
    ],
    [
      'a date key that is the province key',
      (e) => (e.keys = { province: 'p', date: 'P' }),
      `${AT}: keys: date 'P' is the province column too; name the date column`,
    ],
    ['no measures', (e) => (e.measures = []), `${AT}: measures is empty; list at least one figure`],
    [
      'a measure that is not an object',
      (e) => (e.measures = ['villages']),
      `${AT}: measures[0] must be a JSON object, found 'villages'`,
    ],
    [
      'a measure without better',
      (_, m) => delete m.better,
      `${AT}: measures[0]: missing field 'better' (one of higher, lower)`,
    ],
    [
      'a measure without a Thai title',
      (_, m) => (m.title = { en: 'Villages' }),
      `${AT}: measures[0]: title: missing field 'th' (the Thai text)`,
    ],
    [
      'weighted without weight',
      (_, m) => (m.aggregate = 'weighted'),
      `${AT}: measures[0]: missing field 'weight' (the column weighted needs)`,
    ],
    [
      'ratio without denominator',
      (_, m) => Object.assign(m, { aggregate: 'ratio', numerator: 'a' }),
      `${AT}: measures[0]: missing field 'denominator' (the column ratio needs)`,
    ],
    [
      'a weight on a sum',
      (_, m) => (m.weight = 'households'),
      `${AT}: measures[0]: weight is read only with aggregate weighted; remove it or change aggregate`,
    ],
    [
      'a scale on a sum',
      (_, m) => (m.scale = 100),
      `${AT}: measures[0]: scale is read only with aggregate ratio; remove it or change aggregate`,
    ],
    [
      'a scale of zero',
      (_, m) =>
        Object.assign(m, { aggregate: 'ratio', numerator: 'a', denominator: 'b', scale: 0 }),
      `${AT}: measures[0]: scale must be a number above 0 (the ratio is multiplied by it, e.g. 100), found 0`,
    ],
    [
      'a measure on the date column',
      (_, m) => (m.column = 'Month'),
      `${AT}: measures[0].column 'Month' is used already (by a key or another measure); give each measure its own column`,
    ],
    [
      'a declared schema without the measure column',
      (e) => (e.columns = [{ name: 'province_code', type: 'INTEGER', nullable: false }]),
      `${AT}: keys.date 'month' is not in columns (it has: province_code); add it or leave columns out`,
    ],
    [
      'a text measure column',
      (e) =>
        (e.columns = [
          { name: 'province_code', type: 'INTEGER', nullable: false },
          { name: 'month', type: 'DATE', nullable: false },
          { name: 'villages', type: 'VARCHAR', nullable: false },
        ]),
      `${AT}: measures[0] column 'villages' is VARCHAR; a figure needs INTEGER, BIGINT, DOUBLE`,
    ],
    [
      'aggregateOf',
      (e) => (e.aggregateOf = 'poverty'),
      `${AT}: aggregateOf is not for an indicator; remove it`,
    ],
  ])('are left out, the others loading, for %s', (_, change, message) => {
    expect(leftOutMessage(change)).toBe(message);
  });

  it('have ids of at most 32 characters', () => {
    const id = `d${'x'.repeat(32)}`;
    expect(parsedWith((entry) => (entry.id = id)).leftOut?.[0]?.message).toBe(
      `manifest.json: datasets[5] (${id}): id '${id}' of an indicator must be at most 32 lower-case letters, digits and _, starting with a letter`,
    );
    expect(parsedWith((entry) => (entry.id = id.slice(1))).datasets[5]?.id).toBe(id.slice(1));
  });

  it('may not take the id of a dataset the app ships', () => {
    const parsed = parsedWith((entry) => (entry.id = 'road_safety_daily'));
    expect(parsed.leftOut).toEqual([
      {
        entry: 'road_safety_daily',
        message:
          "manifest.json: datasets[5] (road_safety_daily): id 'road_safety_daily' belongs to a dataset the app ships; give the indicator another id",
      },
    ]);
  });
});
