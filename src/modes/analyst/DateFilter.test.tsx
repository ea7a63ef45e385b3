/**
 * Component tier: the analyst's date filter in Chromium, typed into as a person does. Buddhist-era
 * dates become ISO dates, the applied range is shown in the Buddhist era, and a date that does not
 * exist says so and applies nothing (moved here from the analyst journey, which keeps the URL).
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { interact, one, render } from '../../testing-dom/render';
import { DateFilter } from './DateFilter';

function recorder() {
  const calls: [string | null, string | null][] = [];
  return { calls, onChange: (from: string | null, to: string | null) => calls.push([from, to]) };
}

async function typeInto(input: HTMLElement, text: string) {
  await interact(() => userEvent.fill(input, text));
}

describe('DateFilter', () => {
  it('turns a Buddhist-era day and a year into ISO dates (the year to its last day)', async () => {
    const { calls, onChange } = recorder();
    const { container } = await render(
      <DateFilter lang="th" from={null} to={null} onChange={onChange} />,
    );
    await typeInto(one(container, 'input[name="from"]'), '1/3/2564');
    await typeInto(one(container, 'input[name="to"]'), '2564');
    await interact(() => userEvent.click(one(container, 'button[type="submit"]')));
    expect(calls).toEqual([['2021-03-01', '2021-12-31']]);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the applied range in the Buddhist era', async () => {
    const { onChange } = recorder();
    const { container } = await render(
      <DateFilter lang="th" from="2021-03-01" to="2021-12-31" onChange={onChange} />,
    );
    expect((one(container, 'input[name="from"]') as HTMLInputElement).value).toBe('1 มี.ค. 2564');
  });

  it('says a day that does not exist, and applies nothing', async () => {
    const { calls, onChange } = recorder();
    const { container } = await render(
      <DateFilter lang="th" from="2021-03-01" to="2021-12-31" onChange={onChange} />,
    );
    await typeInto(one(container, 'input[name="to"]'), '31/2/2564');
    await interact(() => userEvent.click(one(container, 'button[type="submit"]')));
    expect(one(container, '[role="alert"]').textContent).toBe('ไม่มีวันนี้ในเดือนนั้น');
    expect(calls).toEqual([]);
    // Blank ends are open.
    await typeInto(one(container, 'input[name="from"]'), '');
    await typeInto(one(container, 'input[name="to"]'), '');
    await interact(() => userEvent.click(one(container, 'button[type="submit"]')));
    expect(calls).toEqual([[null, null]]);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
