/**
 * Component tier: the analyst's saved views in Chromium, kept in a storage the test holds, so a
 * "reload" is a fresh mount over the same storage. Saving, opening, renaming, importing a broken
 * and a partly bad file, and deleting are proved here; the analyst-views journey keeps what needs
 * the app (the opened view in the URL, back, the real localStorage over a reload, the download).
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { interact, one, render } from '../../testing-dom/render';
import type { ViewStorage } from './saved-views';
import { SavedViews } from './SavedViews';

function memoryStorage(): ViewStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

const listed = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('.analyst-view-list [data-view]')].map(
    (row) => row.dataset.view,
  );

function button(root: HTMLElement, name: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('button')].find(
    (b) => b.textContent === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

const QUERY = '?mode=analyst&layers=road_safety&provinces=30&cause=speeding';

describe('SavedViews', () => {
  it('saves, keeps over a remount, opens, renames and deletes a view', async () => {
    const storage = memoryStorage();
    const opened: string[] = [];
    const views = (query: string) => (
      <SavedViews lang="en" currentQuery={query} onOpen={(q) => opened.push(q)} storage={storage} />
    );
    const first = await render(views(QUERY));
    await interact(() => userEvent.fill(one(first.container, 'input[name="view-name"]'), 'Korat'));
    await interact(() => userEvent.click(button(first.container, 'Save this view')));
    expect(listed(first.container)).toEqual(['Korat']);

    // A fresh mount on the same storage (a reload) lists it; opening hands back its query.
    const second = await render(views('?mode=analyst'));
    expect(listed(second.container)).toEqual(['Korat']);
    await interact(() => userEvent.click(one(second.container, '.analyst-view-open')));
    expect(opened).toEqual([QUERY]);

    await interact(() => userEvent.click(button(second.container, 'Rename')));
    await interact(() =>
      userEvent.fill(one(second.container, '[data-view="Korat"] input'), 'Korat speeding'),
    );
    await interact(() =>
      userEvent.click(one(second.container, '[data-view="Korat"] button[type="submit"]')),
    );
    expect(listed(second.container)).toEqual(['Korat speeding']);
    expect(listed((await render(views(''))).container)).toEqual(['Korat speeding']);

    await interact(() => userEvent.click(button(second.container, 'Delete')));
    expect(listed(second.container)).toEqual([]);
    expect(listed((await render(views(''))).container)).toEqual([]);
  });

  it('imports a file: a broken one is named, a partly bad one imports the good views', async () => {
    const storage = memoryStorage();
    const { container } = await render(
      <SavedViews lang="en" currentQuery="" onOpen={() => undefined} storage={storage} />,
    );
    const input = one(container, 'input[type="file"]');
    const broken = new File(
      ['{"format": "war-room-views", "version": 1, "views": ['],
      'broken views.json',
      {
        type: 'application/json',
      },
    );
    await interact(() => userEvent.upload(input, broken));
    await expect
      .poll(() => one(container, '.analyst-messages').textContent)
      .toContain('broken views.json: not JSON');
    const north = {
      format: 'war-room-views',
      version: 1,
      views: [
        { name: 'North', query: '?mode=analyst&region=north', savedAt: '2026-11-26T00:00:00Z' },
        { name: '', query: '?x' },
      ],
    };
    const file = new File([JSON.stringify(north)], 'north.json', { type: 'application/json' });
    await interact(() => userEvent.upload(input, file));
    await expect.poll(() => listed(container)).toEqual(['North']);
    const messages = one(container, '.analyst-messages').textContent;
    expect(messages).toContain('Imported 1 views from north.json');
    expect(messages).toContain('north.json: views[1]: "name" must be text');
  });
});
