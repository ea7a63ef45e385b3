/**
 * Component tier: the tooltip of the road-safety hexagon under the pointer (was the last check of
 * the density journey): the cell's size, its incidents, deaths and injuries, the demo label, and
 * gone when the pointer leaves. deck.gl's picking that sets the hovered cell needs a drawn map.
 */
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../data/manifest/registry';
import { setDatasets, setHoveredCell } from '../state/app/actions';
import { createAppStore } from '../state/app/app-state';
import { selectViewModels } from '../state/models/view-model-selectors';
import { parseUrlState } from '../state/url/url-state';
import { inAct, one, render } from '../testing-dom/render';
import { HoverTooltip } from './HoverTooltip';

describe('HoverTooltip over a density hexagon', () => {
  it('names the incidents of the hexagon under the pointer, with the demo label', async () => {
    const store = createAppStore(parseUrlState('?layers=road_safety').state);
    // The shipped manifest, served from public/ as the app fetches it.
    const manifest: unknown = await (await fetch('/data/manifest.json')).json();
    setDatasets(store, parseManifest(manifest, 'manifest.json').datasets);
    const layers = selectViewModels(store.getState()).layers;
    const { container } = await render(<HoverTooltip store={store} lang="th" layers={layers} />);
    expect(container.querySelector('[data-tooltip="density-cell"]')).toBeNull();

    await inAct(() => {
      setHoveredCell(store, { incidents: 1234, deaths: 5, injuries: 17, x: 40, y: 30 });
    });
    const tooltip = one(container, '[data-tooltip="density-cell"]');
    expect(one(tooltip, '.tooltip-name-th').textContent).toBe('ช่องหกเหลี่ยม 12 กม.');
    expect(one(tooltip, '.tooltip-value').textContent).toBe('1,234 ครั้ง (ในช่วงวันที่เลือก)');
    expect(tooltip.textContent).toContain('เสียชีวิต 5');
    expect(tooltip.textContent).toContain('ข้อมูลสาธิต');

    await inAct(() => {
      setHoveredCell(store, null);
    });
    expect(container.querySelector('[data-tooltip="density-cell"]')).toBeNull();
  });
});
