/**
 * Coarse per-province calibration classes for the demo data. They keep the real provincial
 * shape (which provinces are high or low) without copying any real figure: every class is a
 * rounded bin, and the generator adds seeded noise on top. How each column was derived is in
 * data/README.md ("Calibration").
 */

/** The calibration classes of one province. */
export interface ProvinceCalibration {
  /**
   * Dose-1 coverage tier at 28 Nov 2021, 0 (lowest) .. 6 (highest). Tiers 1-5 bin the real
   * MOPH snapshot (< 50 %, < 58 %, < 70 %, < 85 %, higher); 0 is the deep south (94-96) and 6 is
   * Bangkok, set by hand so that they are the lowest and the highest as the brief asks.
   */
  readonly vaccinationTier: number;
  /**
   * TPMAP 2018 poverty intensity: log2(target people per registered person / 1 %), rounded to
   * half steps. Null for Bangkok, which TPMAP 2018 does not cover.
   */
  readonly povertyHalfOctave: number | null;
  /** Highway crash volume: log2(crashes 2021-2025 / 1000), rounded to half steps. */
  readonly roadHalfOctave: number;
  /** Highway deaths per 100 crashes, binned to 2.5, 5, 10, 15 ... 30. */
  readonly roadDeathsPer100: number;
}

// [code, vaccinationTier, povertyHalfOctave, roadHalfOctave, roadDeathsPer100]
type CalibrationRow = readonly [number, number, number | null, number, number];

const CALIBRATION_ROWS: readonly CalibrationRow[] = [
  [10, 6, null, 3.5, 2.5],
  [11, 5, -1, 1.5, 10],
  [12, 4, -2, 0, 15],
  [13, 5, -1, 1.5, 15],
  [14, 4, 0, 1, 10],
  [15, 2, 1, 0, 15],
  [16, 2, 1, 0.5, 15],
  [17, 2, 0.5, -0.5, 15],
  [18, 2, 0.5, 0, 20],
  [19, 3, 0, 0.5, 15],
  [20, 5, -1.5, 2.5, 5],
  [21, 5, -1, 0.5, 10],
  [22, 4, 0, 1, 25],
  [23, 4, 0, -0.5, 20],
  [24, 5, 0, 1, 10],
  [25, 3, 0.5, 0, 15],
  [26, 2, 0, -1, 15],
  [27, 2, 0, 0, 15],
  [30, 3, 1, 2.5, 10],
  [31, 3, 1, -1, 20],
  [32, 1, 0, 0, 25],
  [33, 1, 1.5, 0, 20],
  [34, 2, 0.5, 0, 15],
  [35, 1, 0.5, -0.5, 20],
  [36, 1, 1, -0.5, 20],
  [37, 2, 0, -2, 20],
  [38, 1, 1.5, -1, 20],
  [39, 1, -2, -1, 15],
  [40, 2, 0.5, 0.5, 15],
  [41, 2, 1, 0.5, 20],
  [42, 2, 1.5, 0, 20],
  [43, 2, 0, -2, 20],
  [44, 1, 0, 0, 20],
  [45, 1, 0, 0, 20],
  [46, 1, 0.5, 0, 20],
  [47, 1, 0.5, 0, 20],
  [48, 1, 0.5, -1, 20],
  [49, 2, 0, -0.5, 30],
  [50, 4, 1.5, 2, 10],
  [51, 4, 1, -0.5, 15],
  [52, 2, 1.5, 0, 15],
  [53, 3, 1.5, 0, 10],
  [54, 2, 1, 1, 5],
  [55, 2, 3, 0, 5],
  [56, 3, 0.5, -0.5, 20],
  [57, 3, 2, 0.5, 15],
  [58, 1, 3, -1.5, 15],
  [60, 2, 1, 1, 15],
  [61, 2, 1, -0.5, 20],
  [62, 2, 1, 0, 20],
  [63, 2, 2, 1.5, 10],
  [64, 2, 1.5, 0.5, 10],
  [65, 3, 1.5, 0, 25],
  [66, 2, 1.5, -1.5, 25],
  [67, 2, 1, 1, 15],
  [70, 2, -0.5, -0.5, 20],
  [71, 2, 0.5, 0.5, 20],
  [72, 2, 0.5, 2, 10],
  [73, 3, -1.5, -0.5, 10],
  [74, 5, 0, 1, 5],
  [75, 2, -1, -1, 15],
  [76, 3, 0, 0.5, 15],
  [77, 4, -1, 1, 15],
  [80, 3, 1, 1, 15],
  [81, 4, 0.5, -0.5, 15],
  [82, 4, 0.5, -1, 15],
  [83, 5, -2, -1, 10],
  [84, 4, 0, 1.5, 20],
  [85, 5, 0.5, -2, 15],
  [86, 3, 0, 0.5, 10],
  [90, 4, 0, 0.5, 15],
  [91, 2, 2, -1.5, 20],
  [92, 3, 1, 0.5, 10],
  [93, 2, 1, 0.5, 15],
  [94, 0, 1.5, -1, 10],
  [95, 0, 1.5, -0.5, 10],
  [96, 0, 1, -0.5, 15],
];

const CALIBRATION_BY_CODE = new Map<number, ProvinceCalibration>(
  CALIBRATION_ROWS.map(
    ([code, vaccinationTier, povertyHalfOctave, roadHalfOctave, roadDeathsPer100]) => [
      code,
      { vaccinationTier, povertyHalfOctave, roadHalfOctave, roadDeathsPer100 },
    ],
  ),
);

/** The calibration classes of a province; throws for an unknown code. */
export function calibrationOf(code: number): ProvinceCalibration {
  const calibration = CALIBRATION_BY_CODE.get(code);
  if (!calibration) throw new Error(`no calibration for province ${code}`);
  return calibration;
}
