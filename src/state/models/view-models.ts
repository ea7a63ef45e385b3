/**
 * The shapes selectors hand to views: map layer factories (src/map) and charts (src/charts)
 * receive these plain values and callbacks, never the store or DuckDB.
 */
import type { CoreDatasetId, LocalText } from '../../data/manifest/manifest-types';
import type { Rgb } from '../layers/palettes';
import type { CaveatLine } from '../quality/dataset-caveats';
import type { SizeKey } from '../layers/symbol-size';

/**
 * A map layer is one dataset of the manifest: one of the five with code of their own
 * ({@link CoreDatasetId}) or any indicator the manifest declares (issue 14), so any id.
 */
export type LayerId = string;

export type { CoreDatasetId };

/** Classification methods the layer panel offers. */
export type ClassificationMethod = 'quantile' | 'jenks' | 'equal';

/** Colour-blind-safe palettes the layer panel offers (ids of src/state/layers/palettes.ts). */
export type { PaletteId } from '../layers/palettes';

/** A colour class of a legend. */
export interface LegendClass {
  readonly colour: Rgb;
  /** "< 56", "56 – 59.5", "≥ 74.2" (already formatted for the UI language). */
  readonly label: string;
}

/** Everything a legend shows for one layer. */
export interface LegendModel {
  readonly layerId: LayerId;
  readonly title: string;
  readonly unit: string;
  readonly classes: readonly LegendClass[];
  /** Extra swatches, e.g. "no data", "below target (outline)", "fewer than 10 households". */
  readonly notes: readonly LegendClass[];
  readonly source: string;
  readonly licence: string;
  /** ISO date. */
  readonly asOf: string;
  readonly demo: boolean;
  /**
   * What the figures leave out or flag, e.g. "คุณภาพข้อมูล: ตัด 3 แถว (รหัสจังหวัดไม่รู้จัก 2,
   * ซ้ำ 1); 1 จังหวัดเกิน 100 %"; absent or null when the data has no such problem.
   */
  readonly qualityNote?: string | null;
  /** The manifest's caveats on the dataset (issue 15), each short for the legend and whole. */
  readonly caveats?: readonly CaveatLine[];
  /** "นำเข้าเมื่อ … จาก 2 ไฟล์ (…)" when the dataset was ingested from published files. */
  readonly provenance?: string | null;
  /** "SHA-256 0123456789ab (a.csv), …": the first hex digits of each ingested file's hash. */
  readonly hashes?: string | null;
  /** Proportional symbols only: reference circles at the radii the map draws, with the unit. */
  readonly sizeKey?: SizeKey | null;
}

/** A province choropleth: one fill per province code. */
export interface ChoroplethModel {
  readonly colourByCode: ReadonlyMap<number, Rgb>;
  /** Provinces drawn with an emphasised outline (e.g. below the coverage target). */
  readonly outlinedCodes: ReadonlySet<number>;
}

/**
 * Individual points (road incidents) as columnar typed arrays, passed to deck.gl as binary
 * attributes. Index i of every array describes point i.
 */
export interface PointColumns {
  readonly length: number;
  /** lon, lat interleaved (length 2n). */
  readonly positions: Float32Array;
  /** Radius in pixels. */
  readonly radii: Float32Array;
  /** r, g, b, a interleaved (length 4n). */
  readonly colours: Uint8Array;
  /** Day index since the dataset's first day, for GPU time filtering. */
  readonly days: Float32Array;
  /** Weight for aggregation layers (e.g. deaths + injuries + 1). */
  readonly weights: Float32Array;
}

/**
 * A cell of incident density: a hexagon of the app's grid (hexgrid.ts) with the incidents in it.
 * Drawn by its centre and the grid's cell size, so a brush step builds no polygons.
 */
export interface DensityCell {
  readonly id: string;
  /** [lon, lat] of the cell's centre. */
  readonly centre: readonly [number, number];
  /** Incidents in the cell in the date range. */
  readonly count: number;
  readonly deaths: number;
  readonly injuries: number;
  readonly colour: Rgb;
}

/** Density cells with the circumradius of their hexagons. */
export interface DensityCells {
  readonly cells: readonly DensityCell[];
  readonly radiusMetres: number;
}

/** How incident density is drawn when zoomed out. */
export type DensityMode = 'hexagon' | 'heatmap';

/** A proportional symbol at a province's anchor (complaints). */
export interface ProvinceSymbol {
  readonly code: number;
  readonly lon: number;
  readonly lat: number;
  /** Value the symbol's area is proportional to. */
  readonly value: number;
  readonly radiusPx: number;
  readonly colour: Rgb;
}

/** A hexagonal cell of an aggregate (households): only cells with at least k records exist. */
export interface HexCell {
  readonly id: string;
  /** Ring of [lon, lat] vertices (closed). */
  readonly polygon: readonly (readonly [number, number])[];
  readonly count: number;
  readonly colour: Rgb;
}

/** One line of a time series chart. */
export interface SeriesLine {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  /** One value per entry of {@link TimeSeriesModel.dates}; null = no data. */
  readonly values: readonly (number | null)[];
}

/** A time series chart's data. */
export interface TimeSeriesModel {
  readonly title: string;
  readonly unit: string;
  /** ISO dates, ascending. */
  readonly dates: readonly string[];
  readonly lines: readonly SeriesLine[];
  /** The brushed range (ISO dates) or null. */
  readonly range: { readonly from: string; readonly to: string } | null;
  /** The global time cursor (ISO date) or null. */
  readonly cursor: string | null;
}

/** One bar of a ranking (top/bottom provinces). */
export interface RankingRow {
  readonly code: number;
  readonly label: string;
  readonly value: number;
  /** Value formatted for display, with unit. */
  readonly valueText: string;
}

/** A ranking chart's data. */
export interface RankingModel {
  readonly title: string;
  readonly unit: string;
  readonly rows: readonly RankingRow[];
  readonly selectedCode: number | null;
}

/** One bar of a breakdown (dose, dimension, cause, category ...). */
export interface BreakdownRow {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

/** One choice of a breakdown switch, e.g. "by cause" / "by vehicle". */
export interface BreakdownOption {
  /** The breakdown's id, reported when the option is chosen. */
  readonly key: string;
  readonly label: string;
  readonly selected: boolean;
}

/** A breakdown chart's data. */
export interface BreakdownModel {
  readonly title: string;
  readonly unit: string;
  readonly rows: readonly BreakdownRow[];
  /** The breakdowns the chart can switch between (absent when there is no choice). */
  readonly options?: readonly BreakdownOption[];
}

/** Text in both languages, re-exported for view models that carry raw manifest text. */
export type { LocalText };
