/**
 * Component tier: the group filter wired to a real store through the dashboard's own action, in
 * Chromium with real selects: pick a grouping, then a group; the URL carries it; an unverified
 * grouping says so beside the filter.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createAppStore, type AppStore } from '../state/app/app-state';
import { useStore } from '../state/app/store';
import { parseUrlState, serializeUrlState } from '../state/url/url-state';
import { interact, one, render, texts } from '../testing-dom/render';
import { GroupFilter } from './GroupFilter';
import { useDashboardActions } from './use-dashboard-actions';

function ConnectedFilter({ store }: { store: AppStore }) {
  const region = useStore(store, (s) => s.url.region);
  const lang = useStore(store, (s) => s.lang);
  const actions = useDashboardActions(store);
  return <GroupFilter lang={lang} group={region} onGroupChange={actions.setRegion} />;
}

const UNVERIFIED = 'ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order';

describe('GroupFilter', () => {
  it('picks a health region: grouping first, then the group, into the URL', async () => {
    const store = createAppStore();
    const { container } = await render(<ConnectedFilter store={store} />);
    const groups = () => one(container, '.region-filter select') as HTMLSelectElement;
    expect(groups().options.length).toBe(7);
    await interact(() =>
      userEvent.selectOptions(one(container, '.grouping-choice select'), 'health'),
    );
    expect(store.getState().url.region).toBeNull();
    expect(texts(container, '.region-filter option').slice(0, 2)).toEqual(['ทุกกลุ่ม', 'เขตสุขภาพที่ 1']);
    await interact(() => userEvent.selectOptions(groups(), 'health:9'));
    expect(serializeUrlState(store.getState().url)).toBe('?group=health:9');
    expect(texts(container, '.grouping-unverified')).toEqual([]);
  });

  it('opens on a link to an inspection zone and says the zones are unverified', async () => {
    const store = createAppStore(parseUrlState('?group=inspection:4').state);
    const { container } = await render(<ConnectedFilter store={store} />);
    expect((one(container, '.grouping-choice select') as HTMLSelectElement).value).toBe(
      'inspection',
    );
    expect((one(container, '.region-filter select') as HTMLSelectElement).value).toBe(
      'inspection:4',
    );
    expect(texts(container, '.grouping-unverified')).toEqual([UNVERIFIED]);
    // Another grouping clears the group: its groups are not the zone's.
    await interact(() =>
      userEvent.selectOptions(one(container, '.grouping-choice select'), 'region'),
    );
    expect(store.getState().url.region).toBeNull();
    expect(texts(container, '.grouping-unverified')).toEqual([]);
  });
});
