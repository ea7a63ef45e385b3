/**
 * Every adapter the ingest knows, in the order they are tried for a dataset: the first that
 * recognises all the files given wins. A new source shape is one file in this folder and one
 * line here.
 */
import type { Adapter } from '../ingest-types';
import { complaintsTemplate } from './complaints-template';
import { householdsSurvey } from './households-survey';
import { highwayCrashes } from './highway-crashes';
import { indicatorMapping } from './indicator-adapter';
import { mophVaccination } from './moph-vaccination';
import { provinceReport } from '../province-report/province-report-adapter';
import { roadSafety7Days } from './road-safety-7days';
import { roadSafetyIncidents } from './road-safety-incidents';
import { tpmapPoverty } from './tpmap-poverty';

export const ADAPTERS: readonly Adapter[] = [
  mophVaccination,
  complaintsTemplate,
  householdsSurvey,
  roadSafetyIncidents,
  roadSafety7Days,
  highwayCrashes,
  tpmapPoverty,
  provinceReport,
  // Last: it reads any file for a non-core id, so a source-specific adapter goes first.
  indicatorMapping,
];
