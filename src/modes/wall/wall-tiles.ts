/**
 * Which KPI tiles the wall's strip shows. Every dataset the manifest lists has a tile, and a war
 * room grows a dataset a month: seven tiles at 1080p cut their labels and wrap their figures,
 * unreadable at four metres. The strip keeps the scene's focused tile and fills the rest in the
 * dashboard's order, up to {@link WALL_KPI_LIMIT}.
 */
import type { KpiTileModel } from '../../state/kpis/kpis';
import type { LayerId } from '../../state/models/view-models';

/** The most tiles the strip shows: four fit 1920 px with their labels whole at 24 px. */
export const WALL_KPI_LIMIT = 4;

/**
 * Up to `limit` tiles in their given order, the focused one always among them. A tile whose
 * dataset misses the scene's dates (it carries a period note) is left out unless focused: a
 * Songkran 2025 scene does not show the 2021 vaccination figure, and its note would fill the strip.
 */
export function wallTiles(
  all: readonly KpiTileModel[],
  focus: LayerId,
  limit: number = WALL_KPI_LIMIT,
): readonly KpiTileModel[] {
  const tiles = all.filter((tile) => tile.id === focus || tile.periodNote === '');
  if (tiles.length <= limit) return tiles;
  const focused = tiles.some((tile) => tile.id === focus);
  let others = focused ? limit - 1 : limit;
  return tiles.filter((tile) => {
    if (tile.id === focus) return true;
    if (others <= 0) return false;
    others -= 1;
    return true;
  });
}
