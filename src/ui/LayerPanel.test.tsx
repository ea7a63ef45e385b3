/**
 * Component tier: the layer panel wired to a real store through the dashboard's own actions, in
 * Chromium with real clicks. What the whole-picture journey proved about the panel itself (ticks
 * add and remove layers in drawing order, ▲/▼ reorder, the top button disabled, the controls and
 * legend of a shown layer) is proved here; the journey keeps what only the map shows.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testDataset } from '../data/testing/fixtures';
import '../datasets';
import { setDatasetHealth, setDatasets, setDateRange } from '../state/app/actions';
import { RestrictedFileError } from '../data/refresh/restricted-file';
import { createAppStore, type AppStore } from '../state/app/app-state';
import { useStore } from '../state/app/store';
import { serializeUrlState } from '../state/url/url-state';
import type { LegendModel } from '../state/models/view-models';
import type { LayerView } from '../state/models/view-model-selectors';
import { inAct, interact, one, render, texts } from '../testing-dom/render';
import { FreshnessProvider } from './FreshnessBadge';
import { LayerPanel } from './LayerPanel';
import { layerPanelEntries } from './layer-panel-entries';
import { useDashboardActions } from './use-dashboard-actions';

function ConnectedPanel({ store, views }: { store: AppStore; views: readonly LayerView[] }) {
  const url = useStore(store, (s) => s.url);
  const layerSettings = useStore(store, (s) => s.layerSettings);
  const datasets = useStore(store, (s) => s.datasets);
  const lang = useStore(store, (s) => s.lang);
  const health = useStore(store, (s) => s.health);
  const povertyDimension = useStore(store, (s) => s.povertyDimension);
  const actions = useDashboardActions(store);
  const entries = layerPanelEntries(
    { shown: url.layers, layerSettings, datasets, lang, health },
    views,
  );
  return (
    <FreshnessProvider store={store}>
      <LayerPanel
        lang={lang}
        entries={entries}
        povertyDimension={povertyDimension}
        actions={actions.panel}
      />
    </FreshnessProvider>
  );
}

function storeWithDatasets(): AppStore {
  const store = createAppStore();
  setDatasets(
    store,
    ['vaccination', 'poverty', 'road_safety', 'complaints', 'households'].map((id) =>
      testDataset(id),
    ),
  );
  return store;
}

const activeOrder = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('.layer-entry[data-active="true"]')].map(
    (entry) => entry.dataset.layer,
  );
const checkbox = (root: HTMLElement, id: string) =>
  one(root, `.layer-entry[data-layer="${id}"] .layer-toggle input`);
const urlLayers = (store: AppStore) =>
  new URLSearchParams(serializeUrlState(store.getState().url)).get('layers');

describe('LayerPanel with the store', () => {
  it('ticks add and remove layers in drawing order, the panel listing the top-most first', async () => {
    const store = storeWithDatasets();
    const { container } = await render(<ConnectedPanel store={store} views={[]} />);
    expect(store.getState().url.layers).toEqual(['vaccination']);
    expect(activeOrder(container)).toEqual(['vaccination']);

    await interact(() => userEvent.click(checkbox(container, 'poverty')));
    expect(store.getState().url.layers).toEqual(['vaccination', 'poverty']);
    expect(urlLayers(store)).toBe('vaccination,poverty');
    expect(activeOrder(container)).toEqual(['poverty', 'vaccination']);

    await interact(() => userEvent.click(checkbox(container, 'complaints')));
    expect(urlLayers(store)).toBe('vaccination,poverty,complaints');
    await interact(() => userEvent.click(checkbox(container, 'poverty')));
    expect(urlLayers(store)).toBe('vaccination,complaints');
    expect(activeOrder(container)).toEqual(['complaints', 'vaccination']);
    expect((checkbox(container, 'poverty') as HTMLInputElement).checked).toBe(false);
  });

  it('▲/▼ reorder the shown layers; the top one cannot go up, the bottom one not down', async () => {
    const store = storeWithDatasets();
    const { container } = await render(<ConnectedPanel store={store} views={[]} />);
    await interact(() => userEvent.click(checkbox(container, 'complaints')));
    expect(activeOrder(container)).toEqual(['complaints', 'vaccination']);
    const button = (name: string) =>
      [...container.querySelectorAll<HTMLButtonElement>('.layer-order button')].find(
        (b) => b.getAttribute('aria-label') === name,
      );
    await interact(() => userEvent.click(button('เลื่อนลง: เรื่องร้องเรียน ศูนย์ดำรงธรรม') ?? container));
    expect(urlLayers(store)).toBe('complaints,vaccination');
    expect(activeOrder(container)).toEqual(['vaccination', 'complaints']);
    expect(button('เลื่อนขึ้น: วัคซีนโควิด-19')?.disabled).toBe(true);
    expect(button('เลื่อนลง: เรื่องร้องเรียน ศูนย์ดำรงธรรม')?.disabled).toBe(true);
    await interact(() => userEvent.click(button('เลื่อนขึ้น: เรื่องร้องเรียน ศูนย์ดำรงธรรม') ?? container));
    expect(urlLayers(store)).toBe('vaccination,complaints');
  });

  it("a shown layer's controls change its settings in the store; hidden layers have none", async () => {
    const store = storeWithDatasets();
    const { container } = await render(<ConnectedPanel store={store} views={[]} />);
    const entry = one(container, '.layer-entry[data-layer="vaccination"]');
    expect(one(container, '.layer-entry[data-layer="poverty"]').querySelector('select')).toBeNull();
    const selects = entry.querySelectorAll('select');
    const [classification, palette] = [...selects].slice(-2);
    if (!classification || !palette)
      throw new Error('vaccination has no classification and palette');
    await interact(() => userEvent.selectOptions(classification, 'jenks'));
    await interact(() => userEvent.selectOptions(palette, 'oranges'));
    expect(store.getState().layerSettings.vaccination).toMatchObject({
      classification: 'jenks',
      palette: 'oranges',
    });
    expect(classification.value).toBe('jenks');
    const slider = one(entry, 'input[type=range]');
    await interact(() => userEvent.fill(slider, '0.5'));
    expect(store.getState().layerSettings.vaccination.opacity).toBe(0.5);
  });

  it('shows the legend of a shown layer: classes, demo label, as-of date and the period note', async () => {
    const store = storeWithDatasets();
    const def = testDataset('vaccination');
    const legend: LegendModel = {
      layerId: 'vaccination',
      title: 'ความครอบคลุมวัคซีนเข็มที่ 2',
      unit: 'ร้อยละของประชากร',
      classes: [
        { label: '< 60', colour: [68, 1, 84] },
        { label: '≥ 60', colour: [253, 231, 37] },
      ],
      notes: [{ label: 'ไม่มีข้อมูล', colour: [90, 90, 90] }],
      source: def.source.th,
      licence: def.licence,
      asOf: def.asOf,
      demo: true,
    };
    const views: LayerView[] = [
      {
        id: 'vaccination',
        drawing: { kind: 'none' } as unknown as LayerView['drawing'],
        legend,
        bivariate: null,
        answered: true,
      },
    ];
    const { container } = await render(<ConnectedPanel store={store} views={views} />);
    const shown = one(container, '.legend[data-layer="vaccination"]');
    expect(texts(shown, '.legend-class')).toEqual(['< 60', '≥ 60', 'ไม่มีข้อมูล']);
    expect(shown.querySelector('.demo-badge')).not.toBeNull();
    expect(shown.textContent).toMatch(/ข้อมูล ณ \d{1,2} [ก-๙.]+ 25\d\d/);
    expect(shown.querySelector('[data-period-note]')).toBeNull();

    // A date range before the dataset's period: the legend says so, naming both.
    await inAct(() => {
      setDateRange(store, { from: '1990-01-01', to: '1990-01-31' });
    });
    expect(one(shown, '[data-period-note]').textContent).toMatch(
      /^ไม่มีข้อมูลในช่วง 1 ม\.ค\. 2533 – 31 ม\.ค\. 2533: ชุดข้อมูลนี้ครอบคลุม .* · No data for /,
    );

    // Hidden, the layer shows no legend.
    await interact(() => userEvent.click(checkbox(container, 'vaccination')));
    expect(container.querySelector('.legend')).toBeNull();
  });

  it('lists a restricted dataset the server refused as restricted, not tickable, with a hint', async () => {
    const store = createAppStore();
    const poverty = { ...testDataset('poverty'), restricted: true, file: 'restricted/poverty.csv' };
    setDatasets(store, [testDataset('vaccination'), poverty]);
    setDatasetHealth(store, 'poverty', {
      lastGoodAt: null,
      failedAt: 1,
      message: new RestrictedFileError('restricted/poverty.csv', 403).message,
    });
    const { container } = await render(<ConnectedPanel store={store} views={[]} />);
    const entry = one(container, '.layer-entry[data-layer="poverty"]');
    expect(entry.hasAttribute('data-restricted')).toBe(true);
    expect(texts(entry, '.layer-restricted')).toEqual(['จำกัดสิทธิ์ · restricted']);
    expect(texts(entry, '.layer-restricted-hint')).toEqual([
      'ลงชื่อเข้าใช้โดยเปิด data/restricted/ ในแท็บใหม่ แล้วโหลดหน้านี้ใหม่ · Sign in by opening data/restricted/ in a new tab, then reload this page',
    ]);
    const box = checkbox(container, 'poverty') as HTMLInputElement;
    expect([box.disabled, box.checked]).toEqual([true, false]);
    expect(box.getAttribute('aria-describedby')).toBe('layer-restricted-poverty');
    expect(entry.querySelector('select')).toBeNull();

    // Signed in and loaded: an ordinary layer again, ticked like the others.
    await inAct(() => {
      setDatasetHealth(store, 'poverty', { lastGoodAt: 2, failedAt: null, message: null });
    });
    expect(container.querySelector('[data-restricted]')).toBeNull();
    await interact(() => userEvent.click(checkbox(container, 'poverty')));
    expect(urlLayers(store)).toBe('vaccination,poverty');
  });
});
