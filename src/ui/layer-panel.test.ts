/**
 * The layer panel lists every indicator the manifest declares, with no code per dataset: its
 * title, its measure picker when it has several measures, and its legend when shown.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DatasetDef, IndicatorMeasure } from '../data/manifest/manifest-types';
import { testDataset } from '../data/testing/fixtures';
import '../datasets';
import { initialAppState, type AppState } from '../state/app/app-state';
import type { LayerView } from '../state/models/view-model-selectors';
import { LayerPanel, type LayerPanelActions } from './LayerPanel';
import { layerPanelEntries } from './layer-panel-entries';

const text = (th: string, en: string) => ({ th, en });

const measure = (column: string, en: string): IndicatorMeasure => ({
  column,
  title: text(`ไทย ${en}`, en),
  unit: text('หน่วย', 'units'),
  better: 'lower',
  aggregate: 'sum',
});

function indicator(id: string, en: string, measures: readonly IndicatorMeasure[]): DatasetDef {
  return {
    ...testDataset('poverty'),
    id,
    title: text(`ไทย ${en}`, en),
    indicator: { keys: { province: 'province_code', date: 'month' }, measures },
  };
}

const DATASETS: readonly DatasetDef[] = [
  testDataset('vaccination'),
  indicator('drought', 'Drought', [measure('villages', 'Villages'), measure('wells', 'Dry wells')]),
  indicator('pm25', 'PM2.5', [measure('ugm3', 'Mean PM2.5')]),
];

function state(layers: readonly string[], lang: AppState['lang'] = 'en'): AppState {
  const base = initialAppState();
  return { ...base, lang, datasets: DATASETS, url: { ...base.url, layers, lang } };
}

const NOOP: LayerPanelActions = {
  toggle: () => undefined,
  move: () => undefined,
  setOpacity: () => undefined,
  setMeasure: () => undefined,
  setClassification: () => undefined,
  setPalette: () => undefined,
  setPovertyDimension: () => undefined,
};

function render(s: AppState, layers: readonly LayerView[] = []): string {
  const entries = layerPanelEntries(
    {
      shown: s.url.layers,
      layerSettings: s.layerSettings,
      datasets: s.datasets,
      lang: s.lang,
      health: s.health,
    },
    layers,
  );
  return renderToStaticMarkup(
    createElement(LayerPanel, { lang: s.lang, entries, povertyDimension: 'any', actions: NOOP }),
  );
}

describe('layer panel entries', () => {
  it('lists the five core layers, then each indicator of the manifest in order', () => {
    const s = state(['vaccination']);
    const entries = layerPanelEntries(
      {
        shown: s.url.layers,
        layerSettings: s.layerSettings,
        datasets: s.datasets,
        lang: 'en',
        health: s.health,
      },
      [],
    );
    expect(entries.map((e) => [e.id, e.title, e.active])).toEqual([
      ['vaccination', 'COVID-19 vaccination', true],
      ['poverty', 'TPMAP poverty targets', false],
      ['road_safety', 'Road safety', false],
      ['complaints', 'Damrongdhama complaints', false],
      ['households', 'Surveyed households (aggregated)', false],
      ['drought', 'Drought', false],
      ['pm25', 'PM2.5', false],
    ]);
  });

  it('starts an indicator on its first measure, orange when less is better', () => {
    const s = state(['drought']);
    const entry = layerPanelEntries(
      {
        shown: s.url.layers,
        layerSettings: s.layerSettings,
        datasets: s.datasets,
        lang: 'th',
        health: s.health,
      },
      [],
    )[0];
    expect(entry?.settings).toEqual({
      opacity: 0.9,
      measure: 'villages',
      classification: 'quantile',
      palette: 'oranges',
    });
    expect(entry?.measures).toEqual([
      { value: 'villages', label: 'ไทย Villages' },
      { value: 'wells', label: 'ไทย Dry wells' },
    ]);
  });
});

describe('LayerPanel with indicators', () => {
  it('shows a shown indicator with its measure picker', () => {
    const html = render(state(['drought']));
    expect(html).toContain('data-layer="drought" data-active="true"');
    expect(html).toContain('Drought</label>');
    expect(html).toContain('Measure<select');
    expect(html).toContain('<option value="villages" selected="">Villages</option>');
    expect(html).toContain('<option value="wells">Dry wells</option>');
  });

  it('offers no measure picker for an indicator with one measure', () => {
    const html = render(state(['pm25']));
    expect(html).toContain('data-layer="pm25" data-active="true"');
    expect(html).not.toContain('<option value="ugm3"');
    expect(html).not.toContain('Measure<select');
  });

  it('draws the indicator legend it is handed', () => {
    const legend = {
      layerId: 'pm25',
      title: 'PM2.5',
      unit: 'µg/m³',
      classes: [{ colour: [255, 176, 0] as const, label: '< 25' }],
      notes: [{ colour: [72, 78, 92] as const, label: 'No data' }],
      source: 'Test source',
      licence: 'CC0-1.0',
      asOf: '2026-03-31',
      demo: true,
    };
    const view = { id: 'pm25', legend, bivariate: null } as unknown as LayerView;
    const html = render(state(['pm25']), [view]);
    expect(html).toContain('µg/m³');
    expect(html).toContain('&lt; 25');
    expect(html).toContain('No data');
    expect(html).toContain('Test source');
  });
});
