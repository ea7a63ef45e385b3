/** UI languages: Thai first, English second. */
export type Lang = 'th' | 'en';

/** Every UI string, in Thai and English. Keys name the place a string appears. */
const MESSAGES = {
  appTitle: { th: 'ห้องปฏิบัติการ กระทรวงมหาดไทย', en: 'War Room · Ministry of Interior' },
  appSubtitle: {
    th: 'ภาพรวมสถานการณ์รายจังหวัด 77 จังหวัด',
    en: 'Situation overview of the 77 provinces',
  },
  layersTitle: { th: 'ชั้นข้อมูล', en: 'Layers' },
  layerShow: { th: 'แสดง', en: 'Show' },
  layerOpacity: { th: 'ความทึบ', en: 'Opacity' },
  layerMoveUp: { th: 'เลื่อนขึ้น', en: 'Move up' },
  layerMoveDown: { th: 'เลื่อนลง', en: 'Move down' },
  layerMeasure: { th: 'ค่าที่แสดง', en: 'Measure' },
  layerClassification: { th: 'การจำแนกชั้น', en: 'Classes' },
  layerPalette: { th: 'ชุดสี', en: 'Palette' },
  classQuantile: { th: 'ควอนไทล์', en: 'Quantiles' },
  classJenks: { th: 'ช่วงธรรมชาติ', en: 'Natural breaks' },
  classEqual: { th: 'ช่วงเท่ากัน', en: 'Equal intervals' },
  regionAll: { th: 'ทุกภาค', en: 'All regions' },
  regionLabel: { th: 'ภาค', en: 'Region' },
  clearSelection: { th: 'ล้างการเลือก', en: 'Clear selection' },
  timePlay: { th: 'เล่น', en: 'Play' },
  timePause: { th: 'หยุด', en: 'Pause' },
  timeStepBack: { th: 'ย้อนหนึ่งช่วง', en: 'Step back' },
  timeStepForward: { th: 'เดินหน้าหนึ่งช่วง', en: 'Step forward' },
  timeCursorLabel: { th: 'วันที่แสดงผล', en: 'Date shown' },
  timeRangeAll: { th: 'ทุกช่วงเวลา', en: 'All dates' },
  layer_vaccination: { th: 'วัคซีนโควิด-19', en: 'COVID-19 vaccination' },
  layer_poverty: { th: 'คนจนเป้าหมาย (TPMAP)', en: 'TPMAP poverty targets' },
  layer_road_safety: { th: 'อุบัติเหตุทางถนน', en: 'Road safety' },
  layer_complaints: { th: 'เรื่องร้องเรียน ศูนย์ดำรงธรรม', en: 'Damrongdhama complaints' },
  layer_households: { th: 'ครัวเรือนสำรวจ (รวมกลุ่ม)', en: 'Surveyed households (aggregated)' },
  measure_dose1_pct: { th: 'เข็มที่ 1 (% ประชากร)', en: 'Dose 1 (% of population)' },
  measure_dose2_pct: { th: 'เข็มที่ 2 (% ประชากร)', en: 'Dose 2 (% of population)' },
  measure_dose3_pct: { th: 'เข็มที่ 3 (% ประชากร)', en: 'Dose 3 (% of population)' },
  measure_people: { th: 'จำนวนคนจนเป้าหมาย', en: 'Target poor people' },
  measure_per_1000: { th: 'ต่อประชากร 1,000 คน', en: 'Per 1,000 population' },
  measure_bivariate: {
    th: 'เทียบกับความครอบคลุมวัคซีน (3×3)',
    en: 'Against vaccination coverage (3×3)',
  },
  measure_incidents: { th: 'จุดเกิดเหตุ / ความหนาแน่น', en: 'Incidents / density' },
  measure_deaths_per_100k: { th: 'ผู้เสียชีวิตต่อประชากรแสนคน', en: 'Deaths per 100,000' },
  measure_open: {
    th: 'เรื่องค้าง (ขนาด) และสัดส่วนเกินกำหนด (สี)',
    en: 'Open cases (size), share overdue (colour)',
  },
  measure_hexagons: { th: 'ตารางหกเหลี่ยม', en: 'Hexagon cells' },
  measure_provinces: { th: 'รายจังหวัด', en: 'By province' },
  legendIncidentUnit: { th: 'จุดเกิดเหตุ (ขนาดตามความรุนแรง)', en: 'Incidents (size by severity)' },
  legendIncidentDeath: { th: 'มีผู้เสียชีวิต', en: 'With deaths' },
  legendIncidentInjury: { th: 'มีผู้บาดเจ็บ', en: 'With injuries' },
  legendIncidentOther: { th: 'ไม่มีผู้บาดเจ็บ', en: 'No casualties' },
  legendHouseholdsPerCell: { th: 'ครัวเรือนต่อช่อง (ช่องละ 12 กม.)', en: 'Households per cell (12 km)' },
  legendOverdueShare: { th: 'สีตามร้อยละเรื่องค้างเกินกำหนด', en: 'Colour: % of open cases overdue' },
  chartRoadDaily: { th: 'อุบัติเหตุรายวัน', en: 'Road incidents per day' },
  chartPerDay: { th: 'ครั้ง / คน ต่อวัน', en: 'per day' },
  chartCrashes: { th: 'อุบัติเหตุ (ครั้ง)', en: 'Crashes' },
  chartDeaths: { th: 'ผู้เสียชีวิต (คน)', en: 'Deaths' },
  chartComplaintsWeekly: { th: 'เรื่องร้องเรียนรายสัปดาห์', en: 'Complaints per week' },
  chartCasesPerWeek: { th: 'เรื่องต่อสัปดาห์', en: 'cases per week' },
  chartReceived: { th: 'รับเรื่อง', en: 'Received' },
  chartClosed: { th: 'ยุติเรื่อง', en: 'Closed' },
  chartCases: { th: 'เรื่อง', en: 'cases' },
  chartPovertyDimensions: { th: 'คนจนเป้าหมายตามมิติ', en: 'Target poor people by dimension' },
  chartRoadCauses: { th: 'สาเหตุของอุบัติเหตุ', en: 'Causes of crashes' },
  chartComplaintCategories: { th: 'ประเภทเรื่องร้องเรียน', en: 'Complaint categories' },
  chartDoses: { th: 'ความครอบคลุมตามเข็ม', en: 'Coverage by dose' },
  povertyDimension: { th: 'มิติความยากจน', en: 'Poverty dimension' },
  dimension_any: { th: 'ทุกมิติ', en: 'Any dimension' },
  dimension_health: { th: 'ด้านสุขภาพ', en: 'Health' },
  dimension_living: { th: 'ด้านความเป็นอยู่', en: 'Living standard' },
  dimension_education: { th: 'ด้านการศึกษา', en: 'Education' },
  dimension_income: { th: 'ด้านรายได้', en: 'Income' },
  dimension_access: { th: 'ด้านการเข้าถึงบริการรัฐ', en: 'Access to public services' },
  switchLanguage: { th: 'English', en: 'ภาษาไทย' },
  switchLanguageLabel: { th: 'Switch to English', en: 'เปลี่ยนเป็นภาษาไทย' },
  demoData: { th: 'ข้อมูลสาธิต', en: 'Demo data' },
  loading: { th: 'กำลังโหลดข้อมูล…', en: 'Loading data…' },
  errorTitle: { th: 'โหลดข้อมูลไม่สำเร็จ', en: 'The data could not be loaded' },
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' },
  noticesLabel: { th: 'ปัญหาของข้อมูล', en: 'Data problems' },
  asOf: { th: 'ข้อมูล ณ', en: 'As of' },
  source: { th: 'ที่มา', en: 'Source' },
  licence: { th: 'สัญญาอนุญาต', en: 'Licence' },
  engineLoading: { th: 'กำลังเตรียมฐานข้อมูล', en: 'Preparing the database' },
  engineReady: { th: 'ฐานข้อมูลพร้อม', en: 'Database ready' },
  engineError: { th: 'ฐานข้อมูลขัดข้อง', en: 'Database error' },
  dose2Coverage: {
    th: 'ความครอบคลุมวัคซีนโควิด-19 เข็มที่ 2',
    en: 'COVID-19 vaccination coverage, dose 2',
  },
  percentOfPopulation: { th: 'ร้อยละของประชากร', en: '% of population' },
  people: { th: 'คน', en: 'people' },
  vaccinatedDose2: { th: 'ได้รับเข็มที่ 2 แล้ว', en: 'Dose 2 given to' },
  outOfPopulation: { th: 'จากประชากร', en: 'of a population of' },
  mapLabel: {
    th: 'แผนที่ประเทศไทยรายจังหวัด',
    en: 'Map of Thailand by province',
  },
  legendBelowTarget: {
    th: 'ต่ำกว่าเป้าหมาย {target} (เส้นขอบ)',
    en: 'Below the {target} target (outlined)',
  },
  legendSmallCellsHidden: {
    th: 'ไม่แสดงช่องที่มีน้อยกว่า {count} ครัวเรือน',
    en: 'Cells with fewer than {count} households are not shown',
  },
  legendSmallGroupsHidden: {
    th: 'ไม่แสดงกลุ่มที่มีน้อยกว่า {count} รายการ',
    en: 'Groups with fewer than {count} records are not shown',
  },
  kpiVaccinationLabel: { th: 'ความครอบคลุมเข็มที่ 2 ทั้งประเทศ', en: 'Dose 2 coverage, nationwide' },
  kpiRoadDeathsLabel: { th: 'ผู้เสียชีวิตจากอุบัติเหตุทางถนน', en: 'Road deaths' },
  kpiOpenComplaintsLabel: { th: 'เรื่องร้องเรียนที่ยังไม่ยุติ', en: 'Open complaints' },
  kpiPovertyLabel: { th: 'คนจนเป้าหมาย', en: 'Poverty target people' },
  kpiHouseholdsLabel: { th: 'ครัวเรือนที่สำรวจ', en: 'Households surveyed' },
  kpiBelowTarget: {
    th: 'จังหวัดที่ต่ำกว่าเป้าหมาย {target}: {count}',
    en: 'Provinces below the {target} target: {count}',
  },
  kpiAboveUsual: {
    th: 'จังหวัดที่ผู้เสียชีวิตสูงกว่าปกติเกิน {factor} เท่า: {count}',
    en: 'Provinces above {factor}× their usual death rate: {count}',
  },
  kpiOverdueShare: {
    th: 'จังหวัดที่เรื่องค้างเกิน {days} วัน มากกว่า {share} ของเรื่องที่ยังไม่ยุติ: {count}',
    en: 'Provinces with over {share} of open cases older than {days} days: {count}',
  },
  kpiPoints: { th: 'จุด', en: 'pts' },
  kpiNoComparison: { th: 'ไม่มีข้อมูลเปรียบเทียบ', en: 'No comparison' },
  rankTop: { th: 'สูงสุด {count} จังหวัด', en: 'Top {count} provinces' },
  rankBottom: { th: 'ต่ำสุด {count} จังหวัด', en: 'Bottom {count} provinces' },
  rankPosition: { th: 'อันดับ {rank} จาก {of}', en: 'Rank {rank} of {of}' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the UI string table. */
export type MessageKey = keyof typeof MESSAGES;

/** The UI string for `key` in `lang`. */
export function t(lang: Lang, key: MessageKey): string {
  return MESSAGES[key][lang];
}

/** Parses a `lang` URL value; anything but "en" means Thai, the default. */
export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'th';
}
