import { describe, expect, it } from 'vitest';
import {
  REAL_NON_PROVINCE_SPELLINGS,
  REAL_PROVINCE_SPELLINGS,
} from '../__fixtures__/real-province-spellings';
import { createProvinceNormaliser, type ProvinceInput } from './normalise-province';
import { PROVINCE_ALIASES, PROVINCES, matchProvinceColumn, normaliseProvince } from './provinces';

/** The inputs among `cases` whose result differs from the expected code, for a readable diff. */
function mismatches(cases: readonly (readonly [ProvinceInput, number | null])[]) {
  return cases
    .map(([input, expected]) => ({ input, expected, actual: normaliseProvince(input) }))
    .filter(({ expected, actual }) => expected !== actual);
}

describe('real spellings from public files', () => {
  const sources = [...new Set(REAL_PROVINCE_SPELLINGS.map(([, , source]) => source))];

  it('holds over a thousand distinct spellings', () => {
    expect(REAL_PROVINCE_SPELLINGS.length).toBeGreaterThan(1000);
    const keys = REAL_PROVINCE_SPELLINGS.map(([spelling]) => `${typeof spelling}:${spelling}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(sources)('maps every spelling from %s to its code', (source) => {
    const cases = REAL_PROVINCE_SPELLINGS.filter(([, , from]) => from === source).map(
      ([spelling, code]) => [spelling, code] as const,
    );
    expect(mismatches(cases)).toEqual([]);
  });

  it('rejects the values that name no single province', () => {
    expect(mismatches(REAL_NON_PROVINCE_SPELLINGS.map(([spelling]) => [spelling, null]))).toEqual(
      [],
    );
  });
});

describe('every province', () => {
  it.each(PROVINCES.map((province) => [province.nameEn, province] as const))(
    '%s maps back from its names and codes',
    (_name, province) => {
      const { code, nameTh, nameEn, iso, hasc } = province;
      const inputs: ProvinceInput[] = [
        nameTh,
        `จังหวัด${nameTh}`,
        `จังหวัด ${nameTh}`,
        `จ.${nameTh}`,
        `จ. ${nameTh}`,
        `จ ${nameTh}`,
        ` ${nameTh} `,
        nameEn,
        nameEn.toUpperCase(),
        nameEn.toLowerCase(),
        nameEn.replaceAll(' ', ''),
        nameEn.toUpperCase().replaceAll(' ', ''),
        nameEn.replaceAll(' ', '-'),
        `${nameEn} Province`,
        `Changwat ${nameEn}`,
        iso,
        iso.toLowerCase(),
        hasc,
        hasc.toLowerCase(),
        code,
        String(code),
        ` ${code} `,
      ];
      expect(mismatches(inputs.map((input) => [input, code]))).toEqual([]);
    },
  );

  it('maps every alias of data/province-aliases.csv to its code', () => {
    expect(mismatches(PROVINCE_ALIASES.map(({ alias, code }) => [alias, code]))).toEqual([]);
  });
});

describe('normaliseProvince rules', () => {
  it.each([
    ['NFC and NFD forms of a name with diacritics', 'Nakhon Rātchasīmā'.normalize('NFD'), 30],
    ['NFC form', 'Nakhon Rātchasīmā', 30],
    ['a byte-order mark', '\uFEFFชลบุรี', 20],
    ['zero-width spaces', 'ชล\u200Bบุรี\u200B', 20],
    ['a zero-width joiner in English', 'Chon\u200DBuri', 20],
    ['tabs, non-breaking and repeated spaces', '\t Chon\u00A0  Buri \n', 20],
    ['English case and spacing', 'cHoN bUrI', 20],
    ['Chonburi', 'Chonburi', 20],
    ['Nakhonratchasima', 'Nakhonratchasima', 30],
    ['NAKHON-RATCHASIMA', 'NAKHON-RATCHASIMA', 30],
    ['Sisaket', 'Sisaket', 33],
    ['Si Sa Ket', 'Si Sa Ket', 33],
    ['Buriram', 'Buriram', 31],
    ['Buri Ram', 'Buri Ram', 31],
    ['dots and apostrophes', "Chon'Buri.", 20],
    ['a Province suffix in capitals', 'CHON BURI PROVINCE', 20],
    ['a Changwat prefix', 'changwat chonburi', 20],
    ['a Thai province prefix before a name starting with จ', 'จ.จันทบุรี', 22],
    ['a Thai name starting with จ', 'จันทบุรี', 22],
    ['sara am split into nikhahit and sara aa', 'ลําปาง', 52],
    ['a doubled vowel', 'ชลบุุรี', 20],
    ['กรุงเทพฯ', 'กรุงเทพฯ', 10],
    ['กรุงเทพ ฯ', 'กรุงเทพ ฯ', 10],
    ['กทม.', 'กทม.', 10],
    ['กทม', 'กทม', 10],
    ['ก.ท.ม.', 'ก.ท.ม.', 10],
    ['กรุงเทพ', 'กรุงเทพ', 10],
    ['กรุงเทพมหานคร', 'กรุงเทพมหานคร', 10],
    ['จ.กรุงเทพฯ', 'จ.กรุงเทพฯ', 10],
    ['an unambiguous ฯ abbreviation', 'ประจวบฯ', 77],
    ['an ambiguous ฯ abbreviation', 'สมุทรฯ', null],
    ['a too short ฯ abbreviation', 'นคฯ', null],
    ['a Thai name mixed with other text', 'ชลบุรี (เมือง)', null],
    ['a Thai name with a number', 'ชลบุรี 2', null],
    ['ISO code with an en dash', 'TH\u201330', 30],
    ['ISO code in lower case with spaces around', '  th-30 ', 30],
    ['Thai digits', '๓๐', 30],
    ['a Thai-digit ISO code', 'TH-๓๘', 38],
    ['a zero-padded code', '030', 30],
    ['a spreadsheet float code', '30.0', 30],
    ['a float code', 30.0, 30],
    ['FIPS code', 'TH27', 30],
    ['FIPS TH40 (Bangkok), unlike ISO TH-40', 'TH40', 10],
    ['ISO TH-40 (Khon Kaen), unlike FIPS TH40', 'TH-40', 40],
    ['a HASC-looking code with digits', 'TH.40', null],
    ['an unknown HASC code', 'TH.XX', null],
    ['a bare HASC suffix', 'NR', null],
    ['Nan', 'Nan', 55],
    ['NAN (Nan in capitals and its HS code)', 'NAN', 55],
    ['NaN as JavaScript prints a missing number', 'NaN', null],
    ['nan (Nan in lower case, though pandas prints a missing number so)', 'nan', 55],
    ['an ISO code without the hyphen or digits', 'TH-', null],
  ] as const)('handles %s', (_rule, input, expected) => {
    expect(normaliseProvince(input)).toBe(expected);
  });

  it.each([
    ['an unknown Thai name', 'แอตแลนติส'],
    ['an unknown English name', 'Atlantis'],
    ['an empty string', ''],
    ['blank text', ' \u200B\t '],
    ['NA', 'NA'],
    ['Prison', 'Prison'],
    ['Unknown', 'Unknown'],
    ['only a prefix', 'จังหวัด'],
    ['only the word Province', 'Province'],
    ['null', null],
    ['undefined', undefined],
  ] as const)('returns null for %s', (_case, input) => {
    expect(normaliseProvince(input)).toBeNull();
  });

  it.each([97, '97', 'TH-99', 'TH-97', 0, 1, 28, 59, 68, 100, -10, 10.5, '๙๙', '9999999999'])(
    'returns null for the code %s, which is not one of the 77',
    (input) => {
      expect(normaliseProvince(input)).toBeNull();
    },
  );

  it('never throws, whatever it is given', () => {
    const oddInputs: unknown[] = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      1e308,
      Number.MAX_SAFE_INTEGER + 2,
      '\uD800',
      'x'.repeat(100_000),
      'ก'.repeat(100_000),
      '\u0E4D\u0E32\u0E4D',
      'ฯ',
      '.',
      '*',
      '()[]{}\\^$|?+',
      'TH-',
      'TH.',
      '\u0000',
      {},
      [],
      ['ชลบุรี'],
      true,
      Symbol('ชลบุรี'),
      10n,
      () => 10,
      new Date(0),
    ];
    for (const input of oddInputs) {
      expect(() => normaliseProvince(input as ProvinceInput)).not.toThrow();
      expect(normaliseProvince(input as ProvinceInput)).toBeNull();
    }
  });
});

describe('matchProvinceColumn', () => {
  it('returns one code per row and lists the unmatched rows by index', () => {
    const result = matchProvinceColumn(['ชลบุรี', 'TH-10', 'Atlantis', null, 38, '']);
    expect(result.codes).toEqual([20, 10, null, null, 38, null]);
    expect(result.unmatched).toEqual([
      { row: 2, value: 'Atlantis' },
      { row: 3, value: null },
      { row: 5, value: '' },
    ]);
  });

  it('handles an empty column', () => {
    expect(matchProvinceColumn([])).toEqual({ codes: [], unmatched: [] });
  });
});

describe('createProvinceNormaliser', () => {
  it('refuses an alias that names another province', () => {
    expect(() => createProvinceNormaliser(PROVINCES, [{ alias: 'chon-buri', code: 21 }])).toThrow(
      /"chon-buri" \(code 21\) clashes with code 20/,
    );
  });

  it('works from the tables it is given, without aliases', () => {
    const normalise = createProvinceNormaliser(PROVINCES, []);
    expect(normalise('Chonburi')).toBe(20);
    expect(normalise('Korat')).toBeNull();
  });
});
