/**
 * Component tier: the analyst's threshold form for an indicator layer, wired to a real store
 * through the dashboard's own action, in Chromium with real input. The form offers the measures
 * the manifest entry declares, titled from the entry, and a threshold set on one of them lands in
 * the URL as `<datasetId>.<column>`.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testDataset } from '../../data/testing/fixtures';
import { droughtEntryJson, registryWithEntries } from '../../data/testing/indicator-fixtures';
import { setDatasets, setThreshold } from '../../state/app/actions';
import { createAppStore, type AppStore } from '../../state/app/app-state';
import { useStore } from '../../state/app/store';
import { parseUrlState, serializeUrlState } from '../../state/url/url-state';
import { interact, one, render } from '../../testing-dom/render';
import { ThresholdFilters } from './ThresholdFilters';

type Json = Record<string, unknown>;

/** The fixture's drought entry with a second measure, titled in Thai and English. */
function droughtDef() {
  const entry = droughtEntryJson();
  const [villages] = entry.measures as Json[];
  const households = {
    ...villages,
    column: 'households_affected',
    title: { th: 'ครัวเรือนที่ได้รับผลกระทบ', en: 'Households affected' },
  };
  return registryWithEntries([{ ...entry, measures: [villages, households] }]).get('drought');
}

function Connected({ store }: { store: AppStore }) {
  const url = useStore(store, (s) => s.url);
  const datasets = useStore(store, (s) => s.datasets);
  const lang = useStore(store, (s) => s.lang);
  return (
    <ThresholdFilters
      lang={lang}
      layers={[...url.layers].reverse()}
      datasets={datasets}
      thresholds={url.thresholds ?? []}
      onChange={(layer, threshold) => {
        setThreshold(store, layer, threshold);
      }}
    />
  );
}

async function mounted(query: string) {
  const store = createAppStore(parseUrlState(query).state);
  setDatasets(store, [testDataset('vaccination'), droughtDef()]);
  const { container } = await render(<Connected store={store} />);
  const form = one(container, 'form[data-layer="drought"]');
  return { store, container, form };
}

/** The drought form again: a new threshold re-mounts it (a link's threshold resets the draft). */
function droughtForm(container: HTMLElement) {
  return one(container, 'form[data-layer="drought"]');
}

const optionTexts = (form: HTMLElement) =>
  [...form.querySelectorAll('select[name="measure"] option')].map((o) => [
    o.getAttribute('value'),
    o.textContent,
  ]);

describe('ThresholdFilters on an indicator layer', () => {
  it('offers the entry’s measures with their titles, and sets one in the URL', async () => {
    const { store, container, form } = await mounted(
      '?mode=analyst&layers=vaccination,drought&lang=en',
    );
    expect(one(form, '.analyst-field-title').textContent).toBe('Drought-affected villages');
    expect(optionTexts(form)).toEqual([
      ['drought.villages', 'Villages'],
      ['drought.households_affected', 'Households affected'],
    ]);
    await interact(() =>
      userEvent.selectOptions(one(form, 'select[name="measure"]'), 'drought.households_affected'),
    );
    await interact(() => userEvent.selectOptions(one(form, 'select[name="op"]'), 'ge'));
    await interact(() => userEvent.fill(one(form, 'input[name="value"]'), '1,250'));
    await interact(() => userEvent.click(one(form, 'button[type="submit"]')));
    expect(store.getState().url.thresholds).toEqual([
      { measure: 'drought.households_affected', op: 'ge', value: 1250 },
    ]);
    expect(serializeUrlState(store.getState().url)).toBe(
      '?mode=analyst&layers=vaccination,drought&lang=en&threshold=drought.households_affected:ge:1250',
    );
    // The form shows the applied threshold by the measure's title, and clears it.
    expect(one(droughtForm(container), '.analyst-current').textContent).toBe(
      'Households affected ≥ 1,250',
    );
    await interact(() => userEvent.click(one(droughtForm(container), 'button[type="button"]')));
    expect(store.getState().url.thresholds).toBeUndefined();
  });

  it('shows a linked threshold in Thai, keeping the vaccination one beside it', async () => {
    const { container, form } = await mounted(
      '?mode=analyst&layers=vaccination,drought&threshold=dose2_pct:lt:70,drought.villages:gt:5',
    );
    expect(one(form, '.analyst-current').textContent).toBe('หมู่บ้าน > 5');
    expect((one(form, 'select[name="measure"]') as HTMLSelectElement).value).toBe(
      'drought.villages',
    );
    const vaccination = one(container, 'form[data-layer="vaccination"]');
    expect(one(vaccination, '.analyst-current').textContent).toBe('เข็มที่ 2 (%) < 70');
  });
});
