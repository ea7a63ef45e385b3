/** The SQL builders: pure functions from the registry and options to a {@link SqlQuery}. */
export { datasetSummary } from './summary';
export {
  VACCINATION,
  vaccinationByProvince,
  vaccinationWeeks,
  type VaccinationByProvinceOptions,
} from './vaccination';
