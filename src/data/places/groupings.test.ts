import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupingsJson, readGroupings, type Grouping } from './groupings';
import { BUNDLED_GROUPINGS, groupingsFrom, loadGroupings } from './groupings-load';
import { PROVINCES } from './provinces';

const CODES = new Set(PROVINCES.map((p) => p.code));
const shipped: unknown = JSON.parse(readFileSync('public/data/groupings.json', 'utf8'));

function grouping(id: string): Grouping {
  const found = BUNDLED_GROUPINGS.find((g) => g.id === id);
  if (!found) throw new Error(`no grouping ${id}`);
  return found;
}

/** The shipped file with one change made to a copy of it. */
function edited(change: (file: { groupings: Record<string, unknown>[] }) => void): unknown {
  const copy = structuredClone(shipped) as { groupings: Record<string, unknown>[] };
  change(copy);
  return copy;
}

function groupsOf(file: { groupings: Record<string, unknown>[] }, index: number) {
  return file.groupings[index]?.groups as { id: string; provinces: number[] }[];
}

describe('the shipped groupings file', () => {
  it('reads without a problem and equals the bundled copy', () => {
    const read = readGroupings(shipped, 'groupings.json', CODES);
    expect(read.problems).toEqual([]);
    expect(read.groupings).toEqual(BUNDLED_GROUPINGS);
    expect(groupingsJson(read.groupings)).toEqual(shipped);
  });

  it('puts every province in exactly one group of each grouping', () => {
    for (const g of BUNDLED_GROUPINGS) {
      const codes = g.groups.flatMap((group) => group.codes).sort((a, b) => a - b);
      expect(codes, g.id).toEqual([...CODES].sort((a, b) => a - b));
    }
  });

  it('keeps the regions the app used before: data/provinces.csv', () => {
    const region = grouping('region');
    expect(region.groups.map((g) => g.id)).toEqual([
      'north',
      'northeast',
      'central',
      'east',
      'west',
      'south',
    ]);
    for (const province of PROVINCES) {
      const group = region.groups.find((g) => g.codes.includes(province.code));
      expect(group?.id, province.nameEn).toBe(province.region);
    }
  });

  it('has the 13 MOPH health regions, verified, 13 = Bangkok', () => {
    const health = grouping('health');
    expect(health.verified).toBe(true);
    expect(health.groups.map((g) => g.codes.length)).toEqual([
      8, 5, 5, 8, 8, 8, 4, 7, 4, 5, 7, 7, 1,
    ]);
    expect(health.groups[8]).toEqual({
      id: '9',
      title: { th: 'เขตสุขภาพที่ 9', en: 'Health region 9' },
      codes: [30, 31, 32, 36],
    });
    expect(health.groups[12]?.codes).toEqual([10]);
    expect(health.groups[10]?.codes).toEqual([80, 81, 82, 83, 84, 85, 86]);
  });

  it('marks the demo inspection zones unverified, with the order to check them against', () => {
    const inspection = grouping('inspection');
    expect(inspection.verified).toBe(false);
    expect(inspection.groups).toHaveLength(18);
    expect(inspection.note.th).toContain('ระเบียบสำนักนายกรัฐมนตรี');
    expect(inspection.note.th).toContain('คำสั่งเขตตรวจราชการ');
  });
});

describe('readGroupings', () => {
  it('names the grouping, group and field of an unknown province code, and loads the rest', () => {
    const file = edited((f) => {
      groupsOf(f, 1)[8]?.provinces.push(99);
    });
    const read = readGroupings(file, 'groupings.json', CODES);
    expect(read.problems).toEqual([
      'groupings.json: grouping health: groups[8] (9): provinces: unknown province code 99; use a TIS-1099 code from data/provinces.csv; this grouping is left out',
    ]);
    expect(read.groupings.map((g) => g.id)).toEqual(['region', 'inspection']);
  });

  it('names a province in two groups', () => {
    const file = edited((f) => {
      groupsOf(f, 1)[0]?.provinces.push(30);
    });
    expect(readGroupings(file, 'g.json', CODES).problems).toEqual([
      'g.json: groupings[1] (health): province 30 is in group 1 and in group 9; keep it in one; this grouping is left out',
    ]);
  });

  it('names the provinces in no group', () => {
    const file = edited((f) => {
      const groups = groupsOf(f, 2);
      if (groups[0]) groups[0].provinces = [50, 51];
    });
    expect(readGroupings(file, 'g.json', CODES).problems).toEqual([
      'g.json: groupings[2] (inspection): provinces 52, 53, 54 in no group; every one of the 77 provinces needs a group; this grouping is left out',
    ]);
  });

  it('names a missing field and a repeated grouping id', () => {
    const file = edited((f) => {
      delete f.groupings[1]?.verified;
      f.groupings.push({ ...f.groupings[2], title: { th: 'ซ้ำ', en: 'Again' } });
    });
    const read = readGroupings(file, 'g.json', CODES);
    expect(read.problems).toEqual([
      "g.json: groupings[1] (health): missing field 'verified' (true once checked against the official source); this grouping is left out",
      'g.json: groupings[3] (inspection): the id is used twice; the first is kept; this grouping is left out',
    ]);
    expect(read.groupings.map((g) => g.id)).toEqual(['region', 'inspection']);
  });
});

describe('groupingsFrom / loadGroupings', () => {
  it('keeps the built-in regions when the file has none that can be used', () => {
    const file = edited((f) => {
      f.groupings.splice(0, 1);
    });
    const loaded = groupingsFrom(file, 'data/groupings.json');
    expect(loaded.groupings.map((g) => g.id)).toEqual(['region', 'health', 'inspection']);
    expect(loaded.problems).toEqual([
      'data/groupings.json: no usable grouping "region"; the built-in regions are used',
    ]);
  });

  it('falls back on the bundled copy for a file that is not a groupings object', () => {
    const loaded = groupingsFrom([1, 2], 'data/groupings.json');
    expect(loaded.groupings).toBe(BUNDLED_GROUPINGS);
    expect(loaded.problems).toEqual([
      'data/groupings.json: the file must be a JSON object, found a list; the built-in groupings are used',
    ]);
  });

  it('falls back on the bundled copy when the file is absent, naming the URL', async () => {
    const loaded = await loadGroupings('data/groupings.json', () =>
      Promise.resolve(new Response('not found', { status: 404 })),
    );
    expect(loaded.groupings).toBe(BUNDLED_GROUPINGS);
    expect(loaded.problems).toEqual([
      'data/groupings.json: HTTP 404; the built-in groupings are used (put groupings.json next to manifest.json to change them)',
    ]);
  });

  it('reads a served file that differs from the bundled one', async () => {
    const file = edited((f) => {
      f.groupings.splice(1, 2);
    });
    const loaded = await loadGroupings('data/groupings.json', () =>
      Promise.resolve(new Response(JSON.stringify(file))),
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.groupings.map((g) => g.id)).toEqual(['region']);
  });
});
