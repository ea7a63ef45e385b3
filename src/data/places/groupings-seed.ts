/**
 * The groupings the app ships with: the demo generator writes them to public/data/groupings.json
 * and the app falls back on them when that file is absent or bad. Pure: it takes the province and
 * region tables, so both the browser (bundled CSV) and Node scripts (read with fs) can build it.
 */
import type { Grouping, ProvinceGroup } from './groupings';
import type { ProvinceRecord, RegionRecord } from './province-table';

/**
 * The Ministry of Public Health's 13 health regions (เขตสุขภาพ), by English province name as in
 * data/provinces.csv; region 13 is Bangkok.
 */
const HEALTH_REGIONS: readonly (readonly string[])[] = [
  ['Chiang Mai', 'Chiang Rai', 'Lampang', 'Lamphun', 'Mae Hong Son', 'Nan', 'Phayao', 'Phrae'],
  ['Tak', 'Phitsanulok', 'Phetchabun', 'Sukhothai', 'Uttaradit'],
  ['Chai Nat', 'Nakhon Sawan', 'Phichit', 'Kamphaeng Phet', 'Uthai Thani'],
  [
    'Nonthaburi',
    'Pathum Thani',
    'Phra Nakhon Si Ayutthaya',
    'Ang Thong',
    'Lopburi',
    'Saraburi',
    'Sing Buri',
    'Nakhon Nayok',
  ],
  [
    'Ratchaburi',
    'Kanchanaburi',
    'Suphan Buri',
    'Nakhon Pathom',
    'Samut Sakhon',
    'Samut Songkhram',
    'Phetchaburi',
    'Prachuap Khiri Khan',
  ],
  [
    'Samut Prakan',
    'Chachoengsao',
    'Chon Buri',
    'Rayong',
    'Chanthaburi',
    'Trat',
    'Prachin Buri',
    'Sa Kaeo',
  ],
  ['Khon Kaen', 'Maha Sarakham', 'Roi Et', 'Kalasin'],
  [
    'Udon Thani',
    'Sakon Nakhon',
    'Nakhon Phanom',
    'Loei',
    'Nong Khai',
    'Nong Bua Lam Phu',
    'Bueng Kan',
  ],
  ['Nakhon Ratchasima', 'Buri Ram', 'Surin', 'Chaiyaphum'],
  ['Ubon Ratchathani', 'Si Sa Ket', 'Yasothon', 'Amnat Charoen', 'Mukdahan'],
  ['Nakhon Si Thammarat', 'Krabi', 'Phang Nga', 'Phuket', 'Surat Thani', 'Ranong', 'Chumphon'],
  ['Songkhla', 'Satun', 'Trang', 'Phatthalung', 'Pattani', 'Yala', 'Narathiwat'],
  ['Bangkok'],
];

/**
 * The inspection zones of the demo inspection dataset (scripts/demo-data/inspection.ts
 * `demoZones`, zone n = entry n-1): a DEMO assignment, not the official one.
 */
const DEMO_INSPECTION_ZONES: readonly (readonly number[])[] = [
  [50, 51, 52, 53, 54],
  [55, 56, 57, 58],
  [30, 31, 32, 33],
  [34, 35, 36, 37],
  [38, 39, 40, 41],
  [42, 43, 44, 45],
  [46, 47, 48, 49],
  [10, 11, 12, 13, 14],
  [15, 16, 17, 18],
  [19, 26, 60, 61, 62],
  [64, 65, 66, 67],
  [72, 73, 74, 75],
  [20, 21, 22, 23],
  [24, 25, 27],
  [63, 70, 71, 76, 77],
  [80, 81, 82, 83, 84],
  [85, 86, 90, 91, 92],
  [93, 94, 95, 96],
];

function numbered(
  lists: readonly (readonly number[])[],
  th: string,
  en: string,
): readonly ProvinceGroup[] {
  return lists.map((codes, index) => ({
    id: String(index + 1),
    title: { th: `${th} ${index + 1}`, en: `${en} ${index + 1}` },
    codes: [...codes].sort((a, b) => a - b),
  }));
}

/** The shipped groupings: region, health, inspection. Throws on a name the table lacks. */
export function seedGroupings(
  provinces: readonly ProvinceRecord[],
  regions: readonly RegionRecord[],
): readonly Grouping[] {
  const codeByName = new Map(provinces.map((p) => [p.nameEn, p.code]));
  const codeOf = (name: string): number => {
    const code = codeByName.get(name);
    if (code === undefined) throw new Error(`health regions: no province named "${name}"`);
    return code;
  };
  return [
    {
      id: 'region',
      title: { th: 'ภาค', en: 'Region' },
      source: {
        th: 'การแบ่ง 6 ภาคของราชบัณฑิตยสถาน (data/regions.csv)',
        en: 'The six-region scheme of the Royal Institute (data/regions.csv)',
      },
      verified: true,
      note: {
        th: 'ตรงกับภาคที่แอปใช้ใน data/provinces.csv',
        en: 'The same as the regions of data/provinces.csv',
      },
      groups: regions.map((region) => ({
        id: region.id,
        // "Northern region": the English name reads as a place in "Rank 2 of 9 in …".
        title: { th: region.nameTh, en: `${region.nameEn} region` },
        codes: provinces.filter((p) => p.region === region.id).map((p) => p.code),
      })),
    },
    {
      id: 'health',
      title: { th: 'เขตสุขภาพ', en: 'Health region' },
      source: {
        th: 'กระทรวงสาธารณสุข: เขตสุขภาพที่ 1–13 (เขต 13 = กรุงเทพมหานคร)',
        en: 'Ministry of Public Health: health regions 1–13 (region 13 = Bangkok)',
      },
      verified: true,
      note: {
        th: 'ตรวจกับรายชื่อจังหวัดในเขตสุขภาพที่เผยแพร่โดยกระทรวงสาธารณสุข',
        en: "Checked against the Ministry of Public Health's published list of provinces per health region",
      },
      groups: numbered(
        HEALTH_REGIONS.map((names) => names.map(codeOf)),
        'เขตสุขภาพที่',
        'Health region',
      ),
    },
    {
      id: 'inspection',
      title: { th: 'เขตตรวจราชการ', en: 'Inspection zone' },
      source: {
        th: 'ข้อมูลสาธิต: เขตเดียวกับชุดข้อมูลแผนตรวจราชการสาธิต (inspection.csv)',
        en: 'Demo: the zones of the demo inspection plan dataset (inspection.csv)',
      },
      verified: false,
      note: {
        th: 'ยังไม่ได้ตรวจสอบกับคำสั่งทางการ: ต้องตรวจกับระเบียบสำนักนายกรัฐมนตรีและคำสั่งเขตตรวจราชการก่อนใช้งานจริง',
        en: "Not yet checked against the official order: check it against the Prime Minister's Office regulation and order on inspection zones before a real deployment",
      },
      groups: numbered(DEMO_INSPECTION_ZONES, 'เขตตรวจราชการที่', 'Inspection zone'),
    },
  ];
}
