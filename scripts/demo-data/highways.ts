/**
 * A rough sketch of Thailand's main highways as chains of provinces, so that demo road incidents
 * line up along corridors that cross province borders instead of forming one star per province.
 * Each chain links province centres; it only approximates the real route (illustrative).
 */
import type { LonLat } from './geography';

/** Province chains (TIS-1099 codes), each loosely following a national highway. */
export const HIGHWAY_CHAINS: readonly (readonly number[])[] = [
  [10, 13, 14, 15, 17, 18, 60, 62, 63, 52, 56, 57], // 1/32 Phahonyothin
  [14, 19, 30, 40, 41, 43], // 2 Mittraphap
  [10, 11, 20, 21, 22, 23], // 3 Sukhumvit
  [10, 73, 70, 76, 77, 86, 85, 82, 81, 92, 93, 90], // 4 Phet Kasem
  [86, 84, 80, 93], // 41
  [30, 31, 32, 33, 34], // 24/226 lower north-east
  [17, 66, 65, 53, 54, 52, 51, 50], // 11
  [63, 64, 65, 67, 40, 46, 49], // 12
  [43, 38, 48, 49, 37, 34], // 212 Mekong
  [41, 47, 48], // 22
  [40, 44, 45, 35, 34], // 23 Chaeng Sanit
  [30, 36, 42, 39, 41], // 201/210
  [19, 26, 25, 27], // 33 Suwannason
  [10, 24, 25], // 304
  [10, 12, 72, 18], // 340
  [73, 71], // 323
  [10, 74, 75, 76], // 35 Rama II
  [50, 57], // 118
  [50, 58], // 108
  [54, 55], // 101
  [90, 94, 96], // 43/42
  [94, 95], // 410
  [90, 91], // 406
  [84, 82, 83], // 401/402
  [19, 16, 67, 42], // 21
  [60, 61], // Uthai Thani
];

/** The highway legs (centre to neighbouring centre) that start or end in province `code`. */
export function highwayLegsOf(
  code: number,
  centres: ReadonlyMap<number, LonLat>,
): [LonLat, LonLat][] {
  const legs: [LonLat, LonLat][] = [];
  for (const chain of HIGHWAY_CHAINS) {
    chain.forEach((from, i) => {
      const to = chain[i + 1];
      if (to === undefined || (from !== code && to !== code)) return;
      const start = centres.get(from);
      const end = centres.get(to);
      if (start && end) legs.push([start, end]);
    });
  }
  return legs;
}
