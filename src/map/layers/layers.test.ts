import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ColumnLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it, vi } from 'vitest';
import type { DensityCell, HexCell, ProvinceSymbol } from '../../state/models/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { densityCells, pointsOnDays, squareProvince } from '../testing/fixtures';
import { choroplethLayer, emphasisOrder } from './choropleth-layer';
import { hexCellLayer } from './hex-cell-layer';
import { incidentDensityLayer } from './incident-density-layer';
import { incidentPointsLayer, pointsBinaryData } from './incident-points-layer';
import { toPickHandler } from './layer-hit';
import { INCIDENT_POINTS_MIN_ZOOM, pickIncidentLayers } from './pick-incident-layers';
import { provinceSymbolLayer, sizedLargestFirst } from './province-symbol-layer';

/** The props of a layer as plain values (deck.gl's props object is typed per layer class). */
function propsOf(layer: Layer): Record<string, unknown> {
  return layer.props;
}

const points = pointsOnDays([0, 1, 2, 3]);

describe('incidentPointsLayer', () => {
  it('draws the typed arrays as binary attributes with the GPU day filter', () => {
    const layer = incidentPointsLayer({ id: 'roads', points, opacity: 0.8, dayRange: [1, 2] });
    expect(layer).toBeInstanceOf(ScatterplotLayer);
    expect(layer.id).toBe('roads');
    const props = propsOf(layer);
    expect(props.radiusUnits).toBe('pixels');
    expect(props.opacity).toBe(0.8);
    expect(props.filterEnabled).toBe(true);
    expect(props.filterRange).toEqual([1, 2]);
    expect(props.beforeId).toBe(DATA_LAYERS_BEFORE_ID);
    const { attributes, length } = pointsBinaryData(points);
    expect(length).toBe(4);
    expect(attributes.getPosition).toMatchObject({ value: points.positions, size: 2 });
    expect(attributes.getRadius).toMatchObject({ value: points.radii, size: 1 });
    expect(attributes.getFillColor).toMatchObject({ value: points.colours, size: 4 });
    expect(attributes.getFilterValue).toMatchObject({ value: points.days, size: 1 });
    expect(props.data).toBe(pointsBinaryData(points));
  });

  it('keeps the same data object when only the range changes, and disables the filter for null', () => {
    const a = incidentPointsLayer({ id: 'r', points, opacity: 1, dayRange: [0, 1] });
    const b = incidentPointsLayer({ id: 'r', points, opacity: 1, dayRange: null });
    expect(propsOf(a).data).toBe(propsOf(b).data);
    expect(propsOf(b).filterEnabled).toBe(false);
  });

  it('is pickable only with a hover handler', () => {
    expect(
      propsOf(incidentPointsLayer({ id: 'r', points, opacity: 1, dayRange: null })).pickable,
    ).toBe(false);
    const hover = incidentPointsLayer({
      id: 'r',
      points,
      opacity: 1,
      dayRange: null,
      onHover: vi.fn(),
    });
    expect(propsOf(hover).pickable).toBe(true);
  });
});

describe('incidentDensityLayer', () => {
  const cells = densityCells([3, 1, 7]);

  it('draws each counted cell as an instanced pointy-top hexagon of the grid size', () => {
    const layer = incidentDensityLayer({
      id: 'roads',
      cells,
      opacity: 0.7,
      mode: 'hexagon',
      onHover: vi.fn(),
    });
    expect(layer).toBeInstanceOf(ColumnLayer);
    expect(layer.id).toBe('roads:hexagon');
    const props = propsOf(layer);
    expect(props.data).toBe(cells.cells);
    expect([props.diskResolution, props.angle, props.radius]).toEqual([6, 30, 12_000]);
    expect(props.extruded).toBe(false);
    expect([props.opacity, props.visible, props.pickable]).toEqual([0.7, true, true]);
    const getPosition = props.getPosition as (cell: DensityCell) => number[];
    expect(getPosition(cells.cells[2] as DensityCell)).toEqual([102, 15]);
  });

  it('draws a heat map weighted by each cell, with its own id, hidden when no cell is left', () => {
    const heat = incidentDensityLayer({ id: 'roads', cells, opacity: 1, mode: 'heatmap' });
    expect(heat).toBeInstanceOf(HeatmapLayer);
    expect(heat.id).toBe('roads:heatmap');
    const getWeight = propsOf(heat).getWeight as (cell: DensityCell) => number;
    expect(cells.cells.map(getWeight)).toEqual([3, 1, 7]);
    const empty = { cells: [], radiusMetres: 12_000 };
    const none = incidentDensityLayer({ id: 'roads', cells: empty, opacity: 1, mode: 'heatmap' });
    expect(propsOf(none).visible).toBe(false);
  });
});

describe('pickIncidentLayers', () => {
  const input = {
    id: 'roads',
    points,
    cells: densityCells([2, 5]),
    opacity: 1,
    densityMode: 'hexagon' as const,
    dayRange: null,
  };
  const visibility = (layers: Layer[]) => layers.map((l) => [l.id, propsOf(l).visible]);

  it('shows density below the threshold zoom and points from it on, keeping both layers', () => {
    expect(visibility(pickIncidentLayers(INCIDENT_POINTS_MIN_ZOOM - 0.01, input))).toEqual([
      ['roads:hexagon', true],
      ['roads:points', false],
    ]);
    expect(visibility(pickIncidentLayers(INCIDENT_POINTS_MIN_ZOOM, input))).toEqual([
      ['roads:hexagon', false],
      ['roads:points', true],
    ]);
  });

  it('keeps the density at every zoom while the points have not loaded', () => {
    const noPoints = { ...input, points: null };
    expect(visibility(pickIncidentLayers(INCIDENT_POINTS_MIN_ZOOM + 2, noPoints))).toEqual([
      ['roads:hexagon', true],
    ]);
  });

  it('hides both when the spec is hidden', () => {
    const layers = pickIncidentLayers(10, { ...input, visible: false });
    expect(layers.map((l) => propsOf(l).visible)).toEqual([false, false]);
  });
});

describe('choroplethLayer', () => {
  const features = [squareProvince(10, 100, 13), squareProvince(50, 98, 18)];
  const model = { colourByCode: new Map([[10, [1, 2, 3] as const]]), outlinedCodes: new Set([50]) };

  it('is one pickable layer with the given id beneath the province outlines', () => {
    const layer = choroplethLayer({
      id: 'vaccination',
      features,
      model,
      opacity: 0.9,
      highlightCode: null,
      selectedCode: 10,
    });
    expect(layer.id).toBe('vaccination');
    expect(propsOf(layer)).toMatchObject({
      model,
      selectedCode: 10,
      opacity: 0.9,
      pickable: true,
      visible: true,
      beforeId: DATA_LAYERS_BEFORE_ID,
    });
  });

  it('outlines the selected province on top of the hovered one, each once', () => {
    expect(emphasisOrder(10, 50)).toEqual([10, 50]);
    expect(emphasisOrder(50, 50)).toEqual([50]);
    expect(emphasisOrder(null, 50)).toEqual([50]);
    expect(emphasisOrder(null, null)).toEqual([]);
  });
});

describe('provinceSymbolLayer and hexCellLayer', () => {
  const symbol = (code: number, value: number): ProvinceSymbol => ({
    code,
    lon: 100,
    lat: 14,
    value,
    // The model's own radius is not what the map draws: the value decides.
    radiusPx: 1,
    colour: [1, 2, 3],
  });

  it('sizes symbols by value (area in proportion, 8 px at least), largest first', () => {
    const symbols = [symbol(10, 4), symbol(50, 100), symbol(90, 25), symbol(20, 1)];
    const sized = sizedLargestFirst(symbols);
    expect(sized.map((s) => [s.symbol.code, s.radiusPx])).toEqual([
      [50, 30],
      [90, 15],
      [10, 8],
      [20, 8],
    ]);
    expect(sizedLargestFirst(symbols)).toBe(sized);
  });

  it('draws them in pixels scaled with the screen, stroked and pickable', () => {
    const symbols = [symbol(10, 4), symbol(50, 12), symbol(90, 8)];
    const layer = provinceSymbolLayer({ id: 'complaints', symbols, opacity: 1, scale: 2 });
    expect(layer).toBeInstanceOf(ScatterplotLayer);
    expect(propsOf(layer)).toMatchObject({
      id: 'complaints',
      radiusUnits: 'pixels',
      radiusScale: 2,
      stroked: true,
      pickable: true,
    });
    expect(propsOf(layer).data).toBe(sizedLargestFirst(symbols));
    expect(propsOf(provinceSymbolLayer({ id: 'c', symbols, opacity: 1 })).radiusScale).toBe(1);
  });

  it('draws the cells it is given as polygons', () => {
    const cells: HexCell[] = [
      {
        id: 'a',
        polygon: [
          [100, 14],
          [101, 14],
          [100.5, 15],
          [100, 14],
        ],
        count: 12,
        colour: [1, 2, 3],
      },
    ];
    const layer = hexCellLayer({ id: 'households', cells, opacity: 0.5, visible: false });
    expect(layer).toBeInstanceOf(PolygonLayer);
    expect(propsOf(layer)).toMatchObject({
      id: 'households',
      data: cells,
      opacity: 0.5,
      visible: false,
    });
  });
});

describe('toPickHandler', () => {
  const info = (picked: boolean, object?: { code: number }) =>
    ({ picked, object, index: picked ? 3 : -1, x: 5, y: 6 }) as unknown as PickingInfo<{
      code: number;
    }>;

  it('reports the described hit with the pointer position and stops propagation', () => {
    const handler = vi.fn();
    const pick = toPickHandler<{ code: number }>(handler, (i) =>
      i.object ? { code: i.object.code } : null,
    );
    expect(pick?.(info(true, { code: 38 }))).toBe(true);
    expect(handler).toHaveBeenLastCalledWith({ code: 38, x: 5, y: 6 });
  });

  it('reports null when nothing is picked, and lets the event through', () => {
    const handler = vi.fn();
    const pick = toPickHandler(handler, (i) => ({ index: i.index }));
    expect(pick?.(info(false))).toBe(false);
    expect(handler).toHaveBeenLastCalledWith(null);
  });

  it('is undefined without a handler, so the layer gets no callback', () => {
    expect(toPickHandler(undefined, () => null)).toBeUndefined();
  });
});
