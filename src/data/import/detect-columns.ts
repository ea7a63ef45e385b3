/**
 * Which columns of a file hold province names or codes, longitudes and latitudes, judged by
 * their headers. Headers are compared lower-cased with spaces, dots, hyphens and underscores
 * removed, so "Province_ID", "PROV CODE" and "prov.code" all look alike.
 */

/** A header reduced for comparison. */
export function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._\-()[\]/:]/g, '');
}

// Whole-key or prefix patterns for province columns in files seen in the wild: province,
// province_ID, PROV_CODE, PROV_NAMT, pro_code, pro_th, changwat, CWT, pv_code, ADM1_PCODE, iso.
const PROVINCE_HEADER =
  /^(?:province|provinces|prov|pro(?:code|id|th|en|name|namt|nameth|nameen)|changwat|cwt|pv|pvcode|pvname|adm1|iso|iso31662|isocode|hasc|จว|จังหวัด|ชื่อจังหวัด|รหัสจังหวัด)/;
const PROVINCE_ANYWHERE = /province|จังหวัด|changwat/;
// Headers that start like a province column but count something about it.
const NOT_PROVINCE = /(?:population|pop|count|cnt|area|rate|total|sum|จำนวน|ประชากร|ร้อยละ)/;

/** True when the header names a province column (a code or a name). */
export function isProvinceHeader(header: string): boolean {
  const key = headerKey(header);
  if (key === '' || NOT_PROVINCE.test(key)) return false;
  return PROVINCE_HEADER.test(key) || PROVINCE_ANYWHERE.test(key);
}

const LON_TOKENS = new Set(['lon', 'lng', 'long', 'longitude', 'ลองจิจูด', 'ลองติจูด', 'x']);
const LAT_TOKENS = new Set(['lat', 'latitude', 'ละติจูด', 'y']);
// Single-letter tokens only count as the whole header ("x", "y", "coord_x"), not inside words.
const LETTER_TOKENS = new Set(['x', 'y']);

function tokens(header: string): string[] {
  return header
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s._\-()[\]/:]+/)
    .filter((t) => t !== '');
}

function matchesAxis(header: string, axis: ReadonlySet<string>): boolean {
  const parts = tokens(header);
  const key = headerKey(header);
  if (axis.has(key)) return true;
  return parts.some(
    (t) => axis.has(t) && (!LETTER_TOKENS.has(t) || parts.length <= 2 || /coord|พิกัด/.test(key)),
  );
}

/** Index of the longitude and latitude columns by header, or null when either is missing. */
export function findCoordinateColumns(
  headers: readonly string[],
): { readonly lon: number; readonly lat: number } | null {
  const lon = headers.findIndex((h) => matchesAxis(h, LON_TOKENS));
  const lat = headers.findIndex((h, i) => i !== lon && matchesAxis(h, LAT_TOKENS));
  return lon >= 0 && lat >= 0 ? { lon, lat } : null;
}
