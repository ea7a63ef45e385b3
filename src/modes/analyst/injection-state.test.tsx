/**
 * Component tier, injection (issue 8) in the analyst's state: complaint categories and statuses
 * holding payloads (as DuckDB's options query returns them) in the filter list and the breakdown
 * chart; payloads and `__proto__` keys in URL parameters, shown in the notices; a saved-view file
 * with payload names and `__proto__` keys. Every payload must be in the DOM as text and no element
 * or attribute it carries may be created. Was the injection-state journey; that the SQL filter
 * matches such values exactly is proved on DuckDB in src/data/queries/injection.test.ts.
 */
import { Float64 } from 'apache-arrow';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { BreakdownChart } from '../../charts/BreakdownChart';
import { tableOfColumns, utf8Vector, vectorOf } from '../../data/formats/arrow-vectors';
import { addNotice, setResult } from '../../state/app/actions';
import { createAppStore, type AppStore } from '../../state/app/app-state';
import { useStore } from '../../state/app/store';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { parseUrlState, serializeUrlState } from '../../state/url/url-state';
import { PAYLOADS, watchInjection, type InjectionProbe } from '../../testing-dom/payloads';
import { inAct, interact, one, render } from '../../testing-dom/render';
import { ProblemText } from '../../ui/ErrorDetails';
import { AnalystPanel } from './AnalystPanel';
import { SAVED_VIEWS_KEY } from './saved-views';

const CATEGORY = `ที่ดิน ${PAYLOADS.img}`;
const STATUS = PAYLOADS.script;

/** The options query's answer, values as the data holds them. */
function options(rows: readonly (readonly [string, string, number])[]) {
  return tableOfColumns([
    ['column_name', utf8Vector(rows.map((r) => r[0]))],
    ['value', utf8Vector(rows.map((r) => r[1]))],
    [
      'count',
      vectorOf(
        rows.map((r) => r[2]),
        new Float64(),
      ),
    ],
  ]);
}

const PAYLOAD_OPTIONS = options([
  ['category', 'land', 40],
  ['category', CATEGORY, 12],
  ['category', '__proto__', 5],
  ['category', 'constructor', 4],
  ['status', 'received', 30],
  ['status', STATUS, 9],
]);
const PLAIN_OPTIONS = options([
  ['category', 'land', 40],
  ['status', 'received', 30],
]);

/** The page's notices as App renders them. */
function Notices({ store }: { store: AppStore }) {
  const notices = useStore(store, (s) => s.notices);
  return (
    <ul className="notices">
      {notices.map((notice) => (
        <li key={notice}>
          <ProblemText text={notice} lang="en" />
        </li>
      ))}
    </ul>
  );
}

const checkbox = (root: HTMLElement, filter: string, value: string) =>
  [...root.querySelectorAll<HTMLInputElement>(`[data-filter="${filter}"] input`)].find(
    (input) => input.value === value,
  );

let probe: InjectionProbe;
afterEach(() => {
  expect(probe.stop()).toEqual([]);
  expect(probe.prototypeChanges()).toEqual([]);
  localStorage.removeItem(SAVED_VIEWS_KEY);
});

describe('injection: values inside the data', () => {
  it('lists and charts categories and statuses holding payloads as text, and keeps them as values', async () => {
    probe = watchInjection();
    const store = createAppStore(parseUrlState('?mode=analyst&layers=complaints&lang=en').state);
    setResult(store, QUERY_KEYS.complaintOptions, PAYLOAD_OPTIONS);
    const { container } = await render(<AnalystPanel store={store} />);
    // The lists start closed unless a value is kept: opened as a person would.
    for (const details of container.querySelectorAll('.analyst-categories details')) {
      (details as HTMLDetailsElement).open = true;
    }
    const categories = one(container, '[data-filter="categories"]');
    expect(categories.textContent).toContain('<img src=x onerror=');
    expect(one(container, '[data-filter="statuses"]').textContent).toContain('"><script>');
    for (const value of [CATEGORY, '__proto__', 'constructor']) {
      expect(checkbox(container, 'categories', value), value).toBeDefined();
    }
    const chart = await render(
      <BreakdownChart
        model={{
          title: 'Complaints by status',
          unit: 'cases',
          rows: [
            { key: CATEGORY, label: CATEGORY, value: 12, valueText: '12' },
            { key: STATUS, label: STATUS, value: 9, valueText: '9' },
          ],
        }}
        lang="en"
        height={160}
        animate={false}
        onSelectKey={() => undefined}
      />,
    );
    expect(chart.container.textContent).toContain(CATEGORY);
    expect(chart.container.textContent).toContain(STATUS);

    // Ticking a payload keeps it as the filter's value, exactly, in the state the URL is written from.
    await interact(() =>
      userEvent.click(checkbox(container, 'categories', CATEGORY) ?? categories),
    );
    expect(store.getState().url.categories).toEqual([CATEGORY]);
    const query = new URLSearchParams(serializeUrlState(store.getState().url));
    expect(query.get('category')).toBe(CATEGORY);
    // A value named __proto__ is a value like any other (a fresh view: one tick each).
    const other = createAppStore(parseUrlState('?mode=analyst&layers=complaints&lang=en').state);
    setResult(other, QUERY_KEYS.complaintOptions, PAYLOAD_OPTIONS);
    const second = await render(<AnalystPanel store={other} />);
    await inAct(() => {
      (one(second.container, '[data-filter="categories"]') as HTMLDetailsElement).open = true;
    });
    const proto = checkbox(second.container, 'categories', '__proto__');
    await interact(() => userEvent.click(proto ?? second.container));
    expect(other.getState().url.categories).toEqual(['__proto__']);
    expect(new URLSearchParams(serializeUrlState(other.getState().url)).get('category')).toBe(
      '__proto__',
    );
  });
});

describe('injection: URL parameters and saved views', () => {
  it('shows payloads in URL values as text, refuses the bad ones and ignores __proto__ parameters', async () => {
    probe = watchInjection();
    const query = new URLSearchParams({
      mode: 'analyst',
      lang: 'en',
      layers: 'complaints',
      category: PAYLOADS.img,
      status: PAYLOADS.svg,
      provinces: PAYLOADS.script,
      threshold: `received:gt:${PAYLOADS.img}`,
      from: PAYLOADS.js,
      view: PAYLOADS.template,
      region: PAYLOADS.iframe,
      '__proto__[polluted]': 'yes',
      'constructor[prototype][polluted]': 'yes',
      '__proto__.polluted': 'yes',
    });
    // As main.tsx starts the app: the link's problems become notices.
    const parsed = parseUrlState(`?${query.toString()}`);
    const store = createAppStore(parsed.state);
    for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);
    const { container } = await render(
      <>
        <Notices store={store} />
        <AnalystPanel store={store} />
      </>,
    );
    const notices = () => one(container, '.notices').textContent;
    expect(notices()).toContain(`provinces: unknown province "${PAYLOADS.script}" ignored`);
    expect(notices()).toContain(`threshold: "received:gt:${PAYLOADS.img}" not understood`);
    expect(notices()).toContain(`from=${PAYLOADS.js}: not understood`);
    expect(notices()).toContain(`view=${PAYLOADS.template}: not understood`);
    expect(notices()).toContain(`region=${PAYLOADS.iframe}: not understood`);
    // Accepted filter values the data lacks are dropped with a notice showing them as text.
    await inAct(() => {
      setResult(store, QUERY_KEYS.complaintOptions, PLAIN_OPTIONS);
    });
    expect(notices()).toContain('<svg onload=');
    expect(notices()).toContain('<img src=x onerror=');
    expect(store.getState().url.categories).toBeUndefined();
    expect(store.getState().url.statuses).toBeUndefined();
    expect(container.querySelectorAll('.analyst-categories input:checked')).toHaveLength(0);
  });

  it('imports a saved-view file with payload names and __proto__ keys; opens a view as text', async () => {
    probe = watchInjection();
    localStorage.removeItem(SAVED_VIEWS_KEY);
    const store = createAppStore(parseUrlState('?mode=analyst&lang=en').state);
    setResult(store, QUERY_KEYS.complaintOptions, PLAIN_OPTIONS);
    const name = `ดู ${PAYLOADS.svg}`;
    const opened = `?mode=analyst&lang=en&layers=complaints&category=${encodeURIComponent(PAYLOADS.img)}`;
    const text = `{"format": "war-room-views", "version": 1, "__proto__": {"polluted": "yes"},
      "constructor": {"prototype": {"polluted": "yes"}}, "views": [
      {"name": ${JSON.stringify(name)}, "query": ${JSON.stringify(opened)},
       "savedAt": "2026-01-01T00:00:00Z", "__proto__": {"polluted": "yes"}},
      {"name": ${JSON.stringify(PAYLOADS.script)}, "query": "?provinces=10);DROP TABLE vaccination;--"},
      {"name": "link", "query": ${JSON.stringify(`javascript:${PAYLOADS.js}`)}},
      {"__proto__": {"name": "inherited", "query": "?mode=wall"}}
    ]}`;
    const fileName = `views ${PAYLOADS.img}.json`;
    const { container } = await render(
      <>
        <Notices store={store} />
        <AnalystPanel store={store} />
      </>,
    );
    const views = one(container, '.analyst-views');
    const file = new File([text], fileName, { type: 'application/json' });
    await interact(() => userEvent.upload(one(views, 'input[type="file"]'), file));
    const names = (root: HTMLElement) =>
      [...root.querySelectorAll('.analyst-view-open')].map((b) => b.textContent);
    expect(names(views)).toEqual([name, PAYLOADS.script]);
    const messages = one(views, '.analyst-messages').textContent;
    expect(messages).toContain(`Imported 2 views from ${fileName}`);
    expect(messages).toContain(`${fileName}: views[2] ("link"): "query" must be a URL query`);
    expect(messages).toContain(`${fileName}: views[3]: "name" must be text`);

    const open = [...views.querySelectorAll<HTMLElement>('.analyst-view-open')].find((b) =>
      b.textContent.includes('<svg onload='),
    );
    await interact(() => userEvent.click(open ?? views));
    // Its category is not in the data: dropped, and shown as text in a notice.
    expect(store.getState().url.layers).toEqual(['complaints']);
    expect(store.getState().url.categories).toBeUndefined();
    expect(one(container, '.notices').textContent).toContain('<img src=x onerror=');
    // Read back from storage by a fresh mount: still two views, still text.
    const again = await render(<AnalystPanel store={createAppStore()} />);
    expect(names(one(again.container, '.analyst-views'))).toEqual([name, PAYLOADS.script]);
  });
});
