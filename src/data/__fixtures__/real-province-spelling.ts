/**
 * Province spellings from real public files, gathered by hand from the shared real-data folder
 * (collected 2026-11-26; the files themselves are not part of the project and tests never read
 * them). Facts only: `[spelling, expected TIS-1099 code, source file name]`. Numbers stand for
 * codes the file stores as JSON numbers; strings are the file's text exactly, invisible characters
 * included (written as escapes).
 */
export type RealProvinceSpelling = readonly [
  spelling: string | number,
  expectedCode: number,
  source: string,
];
