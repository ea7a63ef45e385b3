import { describe, expect, it } from 'vitest';
import { contentKey } from './refresh-registry';
import { droughtEntryJson, registryWithEntries } from '../testing/indicator-fixtures';

const COLUMNS = [
  { name: 'a', type: 'INTEGER', nullable: true },
  { name: 'b', type: 'INTEGER', nullable: true },
  { name: 'month', type: 'DATE', nullable: true },
  { name: 'villages', type: 'DOUBLE', nullable: true },
];

/** The drought entry with declared columns and its province key in column `province`. */
const droughtKeyedBy = (province: string) =>
  registryWithEntries([
    { ...droughtEntryJson(), columns: COLUMNS, keys: { province, date: 'month' } },
  ]).get('drought');

describe('contentKey', () => {
  it('changes when only an indicator’s province key moves (that column is rewritten at load)', () => {
    expect(droughtKeyedBy('a').columns).toEqual(droughtKeyedBy('b').columns);
    expect(contentKey(droughtKeyedBy('a'))).not.toBe(contentKey(droughtKeyedBy('b')));
    expect(contentKey(droughtKeyedBy('a'))).toBe(contentKey(droughtKeyedBy('a')));
  });
});
