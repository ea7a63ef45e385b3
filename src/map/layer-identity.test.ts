/**
 * Issue 14 item 2 at the map: a layer whose model the selectors kept (the same object) gives
 * deck.gl the same data and update triggers, so deck.gl recolours nothing; a new model changes
 * the fill's trigger, so only that layer is recoloured.
 */
import type { Layer } from '@deck.gl/core';
import { describe, expect, it, vi } from 'vitest';
import type { ChoroplethModel } from '../state/models/view-models';
import { buildLayers, type LayerContext } from './build-layers';
import type { MapLayerSpec } from './layer-spec';
import { squareProvince } from './testing/fixtures';

const context: LayerContext = {
  features: [squareProvince(10, 100, 13), squareProvince(50, 99, 18)],
  zoom: 6,
  symbolScale: 1,
  highlightCode: null,
  selectedCode: null,
  onHover: vi.fn(),
  onSelectProvince: vi.fn(),
};

function choropleth(key: string, model: ChoroplethModel): MapLayerSpec {
  return { key, kind: 'choropleth', visible: true, opacity: 0.8, choropleth: model };
}

/** The fill sub-layer's update triggers, as deck.gl would diff them. */
function fillTriggers(layer: Layer): unknown {
  const composite = layer as unknown as {
    state: unknown;
    renderLayers(): Layer[];
  };
  composite.state = { byCode: new Map(), outlined: [], emphasised: [] };
  const fill = composite.renderLayers()[0];
  return (fill?.props as { updateTriggers?: Record<string, unknown> }).updateTriggers;
}

describe('deck.gl layers of kept models', () => {
  it('keep their data and update triggers; a changed model changes only its own', () => {
    const vaccination: ChoroplethModel = {
      colourByCode: new Map([[10, [1, 2, 3]]]),
      outlinedCodes: new Set([10]),
    };
    const road: ChoroplethModel = {
      colourByCode: new Map([[50, [9, 9, 9]]]),
      outlinedCodes: new Set(),
    };
    const roadBrushed: ChoroplethModel = {
      colourByCode: new Map([[50, [7, 7, 7]]]),
      outlinedCodes: new Set(),
    };
    const [vaccinationBefore, roadBefore] = buildLayers(
      [choropleth('vaccination', vaccination), choropleth('road_safety', road)],
      context,
    );
    const [vaccinationAfter, roadAfter] = buildLayers(
      [choropleth('vaccination', vaccination), choropleth('road_safety', roadBrushed)],
      context,
    );
    if (!vaccinationBefore || !vaccinationAfter || !roadBefore || !roadAfter) {
      throw new Error('two layers each time');
    }
    expect((vaccinationAfter.props as { model?: unknown }).model).toBe(vaccination);
    const kept = fillTriggers(vaccinationAfter) as { getFillColor: unknown[] };
    expect(kept.getFillColor[0]).toBe(vaccination.colourByCode);
    expect(fillTriggers(vaccinationBefore)).toEqual(kept);
    const before = fillTriggers(roadBefore) as { getFillColor: unknown[] };
    const after = fillTriggers(roadAfter) as { getFillColor: unknown[] };
    expect(before.getFillColor[0]).toBe(road.colourByCode);
    expect(after.getFillColor[0]).toBe(roadBrushed.colourByCode);
  });
});
