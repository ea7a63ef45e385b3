/**
 * Component tier: the export dialog's "one image per province" choice counts the provinces it will
 * make, following the group filter (a health region's meeting gets its eight, not 77).
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/app/app-state';
import { parseUrlState } from '../state/url/url-state';
import { render } from '../testing-dom/render';
import { ExportDialog } from './ExportDialog';

function provincesChoice(container: HTMLElement): string {
  const input = container.querySelector('input[name="export-scope"][value="provinces"]');
  return input?.closest('label')?.textContent ?? '';
}

describe('ExportDialog', () => {
  it('offers one image for each of the 77 provinces when the views are not narrowed', async () => {
    const store = createAppStore(parseUrlState('?layers=vaccination').state);
    const { container } = await render(
      <ExportDialog store={store} geography={null} onClose={() => undefined} />,
    );
    expect(provincesChoice(container)).toBe('ทีละจังหวัด (77 ภาพ) ชั้นข้อมูลปัจจุบัน');
  });

  it("offers the chosen group's provinces only, naming the group", async () => {
    const store = createAppStore(parseUrlState('?layers=vaccination&group=health:1&lang=en').state);
    const { container } = await render(
      <ExportDialog store={store} geography={null} onClose={() => undefined} />,
    );
    expect(provincesChoice(container)).toBe(
      'One image per province (8 · Health region 1), current layers',
    );
  });
});
