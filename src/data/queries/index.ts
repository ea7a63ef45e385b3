/** The SQL builders: pure functions from the registry and options to a {@link SqlQuery}. */
export {
  COMPLAINTS,
  COMPLAINTS_BREAKDOWNS,
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  COMPLAINTS_PROVINCE_MEASURES,
  type ComplaintsBreakdownBy,
  type ComplaintsByProvinceOptions,
} from './complaints';
export {
  CATEGORY_COLUMNS,
  NO_FILTERS,
  restrictToProvincesOf,
  THRESHOLD_OPS,
  withThreshold,
  type CategoryColumn,
  type CategoryFilters,
  type ProvinceThreshold,
  type QueryFilters,
  type ThresholdOp,
} from './filters';
export { categoryOptions, type CategoryOptionsOf } from './category-options';
export {
  DEFAULT_MIN_GROUP_SIZE,
  HOUSEHOLD_CELL_KM,
  HOUSEHOLDS,
  HOUSEHOLDS_CELLS,
  HOUSEHOLDS_PROVINCE_MEASURES,
  householdHexbins,
  householdsByProvince,
  householdsMinGroupSize,
} from './households';
export {
  POVERTY,
  POVERTY_DIMENSIONS,
  POVERTY_PROVINCE_MEASURES,
  povertyByDimension,
  povertyByProvince,
  type PovertyByProvinceOptions,
  type PovertyDimension,
} from './poverty';
export {
  ROAD_SAFETY,
  ROAD_SAFETY_BREAKDOWNS,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyDateRange,
  roadSafetyPoints,
  ROAD_SAFETY_PROVINCE_MEASURES,
  type RoadSafetyBreakdownBy,
} from './road-safety';
export { ROAD_SAFETY_CELLS, roadSafetyCellDensity } from './road-safety-cells';
export {
  indicatorByProvince,
  indicatorMeasure,
  indicatorSeries,
  indicatorSpec,
  isIndicator,
  type IndicatorRange,
} from './indicator';
export { indicatorQuality } from './indicator-quality';
export {
  datasetQuality,
  KNOWN_PROVINCE_CODES,
  QUALITY_CHECKS,
  QUALITY_DATASETS,
  type QualityDatasetId,
} from './quality';
export { aggregateInputs } from './source';
export {
  FESTIVAL_WINDOW_DAYS,
  roadSafetyDaily,
  roadSafetyFestivalDays,
} from './road-safety-series';
export { datasetSummary } from './summary';
export {
  IMPLAUSIBLE_COVERAGE_PERCENT,
  VACCINATION,
  VACCINATION_ANOMALIES,
  VACCINATION_PROVINCE_MEASURES,
  vaccinationByProvince,
  vaccinationSeries,
  vaccinationWeeks,
  type VaccinationAnomaly,
  type VaccinationByProvinceOptions,
} from './vaccination';
