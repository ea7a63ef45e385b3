/**
 * Loads the served groupings file (public/data/groupings.json, next to manifest.json) and falls
 * back on the bundled copy when the file is absent or unreadable. The region grouping is always
 * there: old `region=` links and wall scenes name regions.
 */
import { messageOf } from '../error-message';
import { readGroupings, type Grouping } from './groupings';
import { seedGroupings } from './groupings-seed';
import { PROVINCES, REGIONS } from './provinces';

/** The groupings built into the app (the same as the shipped file). */
export const BUNDLED_GROUPINGS: readonly Grouping[] = seedGroupings(PROVINCES, REGIONS);

/** The grouping old links name with `region=`. */
export const REGION_GROUPING_ID = 'region';

/** How long the served file may take before the built-in groupings are used. */
const GROUPINGS_DEADLINE_MS = 5000;

const KNOWN_CODES: ReadonlySet<number> = new Set(PROVINCES.map((p) => p.code));

/** What the app uses and, for each thing it could not use, a sentence saying what to do. */
export interface LoadedGroupings {
  readonly groupings: readonly Grouping[];
  readonly problems: readonly string[];
}

/** Reads already fetched JSON; see {@link loadGroupings}. */
export function groupingsFrom(json: unknown, source: string): LoadedGroupings {
  try {
    const read = readGroupings(json, source, KNOWN_CODES);
    const problems = [...read.problems];
    const groupings = [...read.groupings];
    const bundledRegion = BUNDLED_GROUPINGS.find((g) => g.id === REGION_GROUPING_ID);
    if (bundledRegion && !groupings.some((g) => g.id === REGION_GROUPING_ID)) {
      groupings.unshift(bundledRegion);
      problems.push(`${source}: no usable grouping "region"; the built-in regions are used`);
    }
    return { groupings, problems };
  } catch (error) {
    return {
      groupings: BUNDLED_GROUPINGS,
      problems: [`${messageOf(error)}; the built-in groupings are used`],
    };
  }
}

/**
 * Fetches `url` (relative to the page). Never throws: a missing or broken file gives the bundled
 * groupings and a problem naming the file.
 */
export async function loadGroupings(
  url: string,
  fetchFile: (url: string) => Promise<Response> = (u) =>
    // The page waits for this file before it starts: a hung server must not keep it blank.
    fetch(u, { cache: 'no-cache', signal: AbortSignal.timeout(GROUPINGS_DEADLINE_MS) }),
): Promise<LoadedGroupings> {
  let json: unknown;
  try {
    const response = await fetchFile(url);
    if (!response.ok) {
      return {
        groupings: BUNDLED_GROUPINGS,
        problems: [
          `${url}: HTTP ${response.status}; the built-in groupings are used (put groupings.json next to manifest.json to change them)`,
        ],
      };
    }
    json = await response.json();
  } catch (error) {
    return {
      groupings: BUNDLED_GROUPINGS,
      problems: [`${url}: ${messageOf(error)}; the built-in groupings are used`],
    };
  }
  return groupingsFrom(json, url);
}
