import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { classify } from './classify';
import { buildLegendModel, classColours, classLabel, colourByCode } from './legend-model';
import {
  BELOW_TARGET_OUTLINE_COLOUR,
  MAP_LAND_COLOUR,
  NO_DATA_COLOUR,
  PALETTE_ANCHORS,
  VIRIDIS_5,
} from './palettes';

const vaccination: DatasetDef = {
  id: 'vaccination',
  title: { th: 'ความครอบคลุมวัคซีน', en: 'Vaccination coverage' },
  unit: { th: 'ร้อยละของประชากร', en: '% of population' },
  source: { th: 'แหล่งทดสอบ', en: 'Test source' },
  licence: 'CC0-1.0',
  asOf: '2021-11-28',
  period: { from: '2021-03-01', to: '2021-11-28' },
  cadence: 'weekly',
  demo: true,
  file: 'vaccination.parquet',
  format: 'parquet',
  columns: [],
};

const households: DatasetDef = { ...vaccination, id: 'households', minGroupSize: 10 };

const fourClasses = { breaks: [56, 59.5, 74.2], min: 50, max: 80, decimals: 1 };

describe('classLabel', () => {
  it('writes open-ended first and last classes and ranges between', () => {
    const labels = [0, 1, 2, 3].map((i) => classLabel(fourClasses, i, 'en', 1));
    expect(labels).toEqual(['< 56', '56 – 59.5', '59.5 – 74.2', '≥ 74.2']);
  });

  it('formats numbers for the language, with thousands separators', () => {
    const classes = { breaks: [1234.5], min: 1000, max: 2000 };
    expect(classLabel(classes, 0, 'th', 1)).toBe('< 1,234.5');
    expect(classLabel(classes, 1, 'en', 0)).toBe('≥ 1,235');
  });

  it('writes a single class as its range, or its value when all values are equal', () => {
    expect(classLabel({ breaks: [], min: 1, max: 9 }, 0, 'en', 1)).toBe('1 – 9');
    expect(classLabel({ breaks: [], min: 4, max: 4 }, 0, 'en', 1)).toBe('4');
    expect(classLabel({ breaks: [], min: NaN, max: NaN }, 0, 'en', 1)).toBe('');
  });
});

describe('buildLegendModel', () => {
  it('pairs each class with its colour and takes the dataset metadata', () => {
    const model = buildLegendModel({
      layerId: 'vaccination',
      dataset: vaccination,
      classification: fourClasses,
      colours: classColours(fourClasses, 'viridis'),
      lang: 'en',
      hasNoData: false,
    });
    expect(model.classes.map((c) => c.label)).toEqual([
      '< 56',
      '56 – 59.5',
      '59.5 – 74.2',
      '≥ 74.2',
    ]);
    expect(model.classes[0]?.colour).toEqual(PALETTE_ANCHORS.viridis[0]);
    expect(model.classes[3]?.colour).toEqual(PALETTE_ANCHORS.viridis[8]);
    expect(model.title).toBe('Vaccination coverage');
    expect(model.unit).toBe('% of population');
    expect(model.source).toBe('Test source');
    expect(model.licence).toBe('CC0-1.0');
    expect(model.asOf).toBe('2021-11-28');
    expect(model.demo).toBe(true);
    expect(model.notes).toEqual([]);
  });

  it('adds the no-data and below-target notes, in Thai', () => {
    const model = buildLegendModel({
      layerId: 'vaccination',
      dataset: vaccination,
      classification: fourClasses,
      colours: VIRIDIS_5,
      lang: 'th',
      title: 'เข็มที่ 2',
      unit: 'ร้อยละ',
      asOf: '2021-11-21',
      hasNoData: true,
      belowTargetPercent: 70,
    });
    expect(model.title).toBe('เข็มที่ 2');
    expect(model.unit).toBe('ร้อยละ');
    expect(model.asOf).toBe('2021-11-21');
    expect(model.source).toBe('แหล่งทดสอบ');
    expect(model.notes).toEqual([
      { colour: NO_DATA_COLOUR, label: 'ไม่มีข้อมูล' },
      { colour: BELOW_TARGET_OUTLINE_COLOUR, label: 'ต่ำกว่าเป้าหมาย 70 % (เส้นขอบ)' },
    ]);
  });

  it('says that small household cells are hidden', () => {
    const classification = classify([12, 40, 80], 'equal', 2, 0);
    const model = buildLegendModel({
      layerId: 'households',
      dataset: households,
      classification,
      colours: classColours(classification, 'blues'),
      lang: 'en',
      hasNoData: false,
    });
    expect(model.classes.map((c) => c.label)).toEqual(['< 46', '≥ 46']);
    expect(model.notes).toEqual([
      { colour: MAP_LAND_COLOUR, label: 'Cells with fewer than 10 households are not shown' },
    ]);
  });

  it('has no classes when there are no values', () => {
    const classification = classify([], 'quantile', 5);
    const model = buildLegendModel({
      layerId: 'vaccination',
      dataset: vaccination,
      classification,
      colours: classColours(classification, 'viridis'),
      lang: 'en',
      hasNoData: true,
    });
    expect(model.classes).toEqual([]);
    expect(model.notes.map((n) => n.label)).toEqual(['No data']);
  });
});

describe('colourByCode', () => {
  it('colours each code by its class, and codes without a value as no data', () => {
    const classification = { breaks: [10], min: 0, max: 20, decimals: 0 };
    const colours = classColours(classification, 'viridis');
    const values = new Map<number, number | null>([
      [10, 5],
      [11, 9.6],
      [12, null],
    ]);
    const result = colourByCode(values, [10, 11, 12, 13], classification, colours);
    expect(result.get(10)).toEqual(PALETTE_ANCHORS.viridis[0]);
    // 9.6 shows as "10", so it is in the upper class.
    expect(result.get(11)).toEqual(PALETTE_ANCHORS.viridis[8]);
    expect(result.get(12)).toEqual(NO_DATA_COLOUR);
    expect(result.get(13)).toEqual(NO_DATA_COLOUR);
  });
});
