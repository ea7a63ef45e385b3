/** The SQL builders: pure functions from the registry and options to a {@link SqlQuery}. */
export {
  COMPLAINTS,
  COMPLAINTS_BREAKDOWNS,
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  type ComplaintsBreakdownBy,
  type ComplaintsByProvinceOptions,
} from './complaints';
export { NO_FILTERS, type QueryFilters } from './filters';
export {
  DEFAULT_MIN_GROUP_SIZE,
  HOUSEHOLD_CELL_KM,
  HOUSEHOLDS,
  HOUSEHOLDS_CELLS,
  householdHexbins,
  householdsByProvince,
  householdsMinGroupSize,
} from './households';
export {
  POVERTY,
  POVERTY_DIMENSIONS,
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
  type RoadSafetyBreakdownBy,
} from './road-safety';
export { ROAD_SAFETY_CELLS, roadSafetyCellDensity } from './road-safety-cells';
export { aggregateInputs } from './source';
export {
  FESTIVAL_WINDOW_DAYS,
  roadSafetyDaily,
  roadSafetyFestivalDays,
} from './road-safety-series';
export { datasetSummary } from './summary';
export {
  VACCINATION,
  vaccinationByProvince,
  vaccinationSeries,
  vaccinationWeeks,
  type VaccinationByProvinceOptions,
} from './vaccination';
