import type { Layer } from '@deck.gl/core';
import { describe, expect, it, vi } from 'vitest';
import { buildLayers, type LayerContext } from './build-layers';
import { specHasData, type MapHit, type MapLayerSpec } from './layer-spec';
import { densityCells, pointsOnDays, squareProvince } from './testing/fixtures';

type Handler = (info: unknown) => boolean;

function propsOf(layer: Layer): Record<string, unknown> {
  return layer.props;
}

const points = pointsOnDays([0, 1, 2]);
const cells = densityCells([4, 2]);
const common = { visible: true, opacity: 1 };
const specs: MapLayerSpec[] = [
  {
    ...common,
    kind: 'choropleth',
    key: 'vaccination',
    choropleth: { colourByCode: new Map([[10, [1, 2, 3]]]), outlinedCodes: new Set() },
  },
  {
    ...common,
    kind: 'incidents',
    key: 'roads',
    points,
    cells,
    densityMode: 'hexagon',
    dayRange: [0, 1],
  },
  { ...common, kind: 'incident-points', key: 'dots', points, dayRange: null, visible: false },
  {
    ...common,
    kind: 'province-symbols',
    key: 'complaints',
    symbols: [{ code: 38, lon: 103.6, lat: 18.3, value: 4, radiusPx: 6, colour: [9, 9, 9] }],
  },
  { ...common, kind: 'hex-cells', key: 'households', cells: [], opacity: 0.4 },
];

function context(overrides: Partial<LayerContext> = {}): LayerContext {
  return {
    features: [squareProvince(10, 100, 13)],
    zoom: 6,
    symbolScale: 1,
    highlightCode: null,
    selectedCode: 38,
    onHover: vi.fn(),
    onSelectProvince: vi.fn(),
    ...overrides,
  };
}

describe('buildLayers', () => {
  it('draws the specs in order, first at the bottom, with ids from their keys', () => {
    const ids = buildLayers(specs, context()).map((layer) => layer.id);
    expect(ids).toEqual([
      'vaccination',
      'roads:hexagon',
      'roads:points',
      'dots',
      'complaints',
      'households',
    ]);
  });

  it('keeps hidden layers (hidden), passes opacity and the selection', () => {
    const layers = new Map(buildLayers(specs, context()).map((layer) => [layer.id, layer]));
    expect(propsOf(layers.get('dots') as Layer).visible).toBe(false);
    expect(propsOf(layers.get('households') as Layer).opacity).toBe(0.4);
    expect(propsOf(layers.get('vaccination') as Layer).selectedCode).toBe(38);
  });

  it('draws nothing for incidents whose density cells are not queried yet', () => {
    const waiting: MapLayerSpec = {
      ...common,
      kind: 'incidents',
      key: 'roads',
      points: null,
      cells: null,
      densityMode: 'hexagon',
      dayRange: null,
    };
    expect(buildLayers([waiting], context())).toEqual([]);
    expect(specHasData(waiting)).toBe(false);
  });

  it('switches the incidents spec by zoom', () => {
    const visibleIds = (zoom: number) =>
      buildLayers(specs, context({ zoom }))
        .filter((layer) => layer.id.startsWith('roads') && propsOf(layer).visible)
        .map((layer) => layer.id);
    expect(visibleIds(6)).toEqual(['roads:hexagon']);
    expect(visibleIds(9)).toEqual(['roads:points']);
  });

  it('reports hovers with the layer key and selects provinces on click', () => {
    const onHover = vi.fn<(hit: MapHit | null) => void>();
    const onSelectProvince = vi.fn<(code: number) => void>();
    const layers = buildLayers(specs, context({ onHover, onSelectProvince }));
    const symbols = layers.find((layer) => layer.id === 'complaints') as Layer;
    // What deck.gl picks: the entry of the layer's data (the symbol with its drawn radius).
    const symbol = (propsOf(symbols).data as unknown[])[0];
    const info = { picked: true, object: symbol, index: 0, x: 1, y: 2 };
    (propsOf(symbols).onHover as Handler)(info);
    expect(onHover).toHaveBeenLastCalledWith({ layerKey: 'complaints', code: 38, x: 1, y: 2 });
    (propsOf(symbols).onClick as Handler)(info);
    expect(onSelectProvince).toHaveBeenLastCalledWith(38);
    (propsOf(symbols).onHover as Handler)({ picked: false, index: -1, x: 0, y: 0 });
    expect(onHover).toHaveBeenLastCalledWith(null);
    const hexagons = layers.find((layer) => layer.id === 'roads:hexagon') as Layer;
    (propsOf(hexagons).onHover as Handler)({ picked: true, object: {}, index: 1, x: 3, y: 4 });
    expect(onHover).toHaveBeenLastCalledWith({
      layerKey: 'roads',
      part: 'cells',
      index: 1,
      x: 3,
      y: 4,
    });
  });
});

describe('specHasData', () => {
  it('is true only when the layer has something to draw', () => {
    expect(specs.map(specHasData)).toEqual([true, true, true, true, false]);
    const emptyChoropleth: MapLayerSpec = {
      ...common,
      kind: 'choropleth',
      key: 'c',
      choropleth: { colourByCode: new Map(), outlinedCodes: new Set() },
    };
    expect(specHasData(emptyChoropleth)).toBe(false);
    expect(
      specHasData({
        ...common,
        kind: 'incident-points',
        key: 'p',
        points: pointsOnDays([]),
        dayRange: null,
      }),
    ).toBe(false);
  });
});
