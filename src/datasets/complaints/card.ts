/**
 * The complaints rows of the province card: open cases per 100,000 on the day looked at, and
 * under it the restricted tier's security complaints: the province's figure for a visitor who
 * signed in, จำกัดสิทธิ์ · restricted for one the server refused.
 */
import { COMPLAINTS_SECURITY } from '../../data/published/complaints-security';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { POPULATION_BY_CODE } from '../../data/places/population';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { ProvinceCardRow } from '../../state/card/card-row';
import { ratioRow } from '../../state/card/ratio-row';
import { RESTRICTED_LABEL, restrictedAccess } from '../../state/card/restricted-tier';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { SECURITY_BY_PROVINCE_KEY } from './queries';
import { complaintsCounts } from './security-counts';

/** The label of the security complaints row: Thai first, then English, in either language. */
export const SECURITY_ROW_LABEL = 'เรื่องร้องเรียนด้านความมั่นคง · security complaints';

const perHundredThousand = (value: number, lang: AppState['lang']) => formatNumber(value, lang, 1);

/** The security complaints row, or null while it is not known whether the visitor may see it. */
function securityRow(state: AppState, asOf: string): ProvinceCardRow | null {
  const access = restrictedAccess(state, COMPLAINTS_SECURITY);
  if (access === 'refused') {
    return {
      id: COMPLAINTS_SECURITY,
      label: SECURITY_ROW_LABEL,
      valueText: RESTRICTED_LABEL,
      nationalText: '',
      regionText: '',
      rankText: '',
      asOf,
      flag: null,
    };
  }
  if (access !== 'loaded' || !state.results[SECURITY_BY_PROVINCE_KEY]) return null;
  return ratioRow(state, {
    id: COMPLAINTS_SECURITY,
    label: SECURITY_ROW_LABEL,
    ratio: {
      numerator: valueByProvince(resultRows(state, SECURITY_BY_PROVINCE_KEY), 'open'),
      denominator: POPULATION_BY_CODE,
      scale: 100_000,
    },
    format: perHundredThousand,
    asOf,
  });
}

/** Open cases per 100,000 registered population of the selected province, the nation and group. */
export function complaintsCardRow(state: AppState, def: DatasetDef): ProvinceCardRow | null {
  const asOf = state.cursor ?? state.url.to ?? def.asOf;
  const row = ratioRow(state, {
    id: def.id,
    label: t(state.lang, 'cardOpenComplaints'),
    ratio: {
      numerator: complaintsCounts(state).open,
      denominator: POPULATION_BY_CODE,
      scale: 100_000,
    },
    format: perHundredThousand,
    asOf,
  });
  const security = securityRow(state, asOf);
  return row && security ? { ...row, parts: [security] } : row;
}
