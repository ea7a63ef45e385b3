import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';
import { NO_DATA_COLOUR } from '../../../state/layers/palettes';
import { utf8 } from '../../../data/import/__fixtures__/encodings';
import { testRegistry } from '../../../data/testing/fixtures';
import { createNativeEngine } from '../../../data/testing/engines';
import {
  consoleResultToLayer,
  importUserFile,
  runConsoleAction,
  type ToolsBackend,
} from './tools-actions';
import { userChoropleth, valuesByProvince } from './user-layer-model';
import { selectUserLayerSpecs } from './user-layer-specs';
import {
  addUserLayer,
  createDataToolsStore,
  removeUserLayer,
  updateUserLayer,
} from './user-layers-store';

const PROVINCES = tableFromArrays({
  province_code: Int32Array.from([10, 10, 50, 999]),
  value: Float64Array.from([1, 2, 7, 100]),
  label: ['a', 'b', 'c', 'd'],
});
const POINTS = tableFromArrays({
  lon: Float64Array.from([100.5, 98.98, NaN]),
  lat: Float64Array.from([13.75, 18.79, 10]),
});

describe('values per province', () => {
  it('sums each province and leaves unknown codes out', () => {
    expect([...valuesByProvince(PROVINCES, 'province_code', 'value')]).toEqual([
      [10, 3],
      [50, 7],
    ]);
    expect([...valuesByProvince(PROVINCES, 'province_code', null)]).toEqual([
      [10, 2],
      [50, 1],
    ]);
  });

  it('colours the provinces of the table only, one without a value in the no-data colour', () => {
    const values = new Map<number, number | null>([
      [10, 3],
      [50, 7],
      [90, null],
    ]);
    const layer = userChoropleth(values, 'quantile', 'viridis');
    expect([...layer.model.colourByCode.keys()]).toEqual([10, 50, 90]);
    expect(layer.model.colourByCode.get(90)).toEqual(NO_DATA_COLOUR);
    expect(layer.model.colourByCode.get(10)).not.toEqual(layer.model.colourByCode.get(50));
    expect(layer.hasNoData).toBe(true);
    expect(userChoropleth(new Map([[10, 1]]), 'quantile', 'viridis').hasNoData).toBe(false);
  });
});

describe('the user layers store', () => {
  it('colours a file that leads with an id column by its first measure, not the id', () => {
    const tools = createDataToolsStore();
    addUserLayer(tools, {
      name: 'moph.csv',
      source: 'moph.csv',
      origin: 'file',
      table: tableFromArrays({
        id: Int32Array.from([1, 2]),
        province_code: Int32Array.from([10, 30]),
        total_2nd_dose: Float64Array.from([5_800_000, 1_900_000]),
      }),
    });
    const [layer] = tools.getState().layers;
    expect(layer?.numericColumns).toEqual(['id', 'total_2nd_dose']);
    expect(layer?.column).toBe('total_2nd_dose');
  });

  it('adds a province layer coloured by its first numeric column, and a points layer', () => {
    const tools = createDataToolsStore();
    const a = addUserLayer(tools, {
      name: 'a.csv',
      source: 'a.csv',
      origin: 'file',
      table: PROVINCES,
    });
    const b = addUserLayer(tools, {
      name: 'b.csv',
      source: 'b.csv',
      origin: 'file',
      table: POINTS,
    });
    const [first, second] = tools.getState().layers;
    expect(first?.key).toEqual({ kind: 'province', code: 'province_code' });
    expect(first?.column).toBe('value');
    expect(second?.key).toEqual({ kind: 'points', lon: 'lon', lat: 'lat' });
    expect(tools.getState().tableSource).toBe(`layer:${b ?? ''}`);
    const specs = selectUserLayerSpecs(tools.getState());
    expect(specs.map((s) => [s.key, s.kind])).toEqual([
      [`user-${a ?? ''}`, 'choropleth'],
      [`user-${b ?? ''}`, 'incident-points'],
    ]);
    const points = specs[1]?.kind === 'incident-points' ? specs[1].points : null;
    expect(points?.length).toBe(2);
    expect(selectUserLayerSpecs(tools.getState())).toBe(specs);
  });

  it('refuses a table with no province code and no coordinates', () => {
    const tools = createDataToolsStore();
    const table = tableFromArrays({ x: Float64Array.from([1]) });
    expect(addUserLayer(tools, { name: 'x', source: 'x', origin: 'console', table })).toBeNull();
    expect(tools.getState().layers).toEqual([]);
  });

  it('hides a layer without rebuilding its points, and removes it', () => {
    const tools = createDataToolsStore();
    const id = addUserLayer(tools, { name: 'b', source: 'b', origin: 'file', table: POINTS }) ?? '';
    const before = selectUserLayerSpecs(tools.getState())[0];
    updateUserLayer(tools, id, { visible: false });
    const after = selectUserLayerSpecs(tools.getState())[0];
    expect(after?.visible).toBe(false);
    expect(
      after?.kind === 'incident-points' && before?.kind === 'incident-points' && after.points,
    ).toBe(before?.kind === 'incident-points' ? before.points : undefined);
    expect(removeUserLayer(tools, id)?.id).toBe(id);
    expect(selectUserLayerSpecs(tools.getState())).toEqual([]);
    expect(tools.getState().tableSource).toBe('view');
  });
});

/** A backend over native DuckDB with the test registry, where vaccination is loaded. */
async function nativeBackend(): Promise<ToolsBackend & { close(): Promise<void> }> {
  const engine = await createNativeEngine();
  await engine.query({
    sql: 'CREATE TABLE vaccination AS SELECT 10 AS province_code, 5 AS dose2',
    params: [],
  });
  const loaded = new Map<string, number>();
  return {
    registry: testRegistry(),
    statuses: () => [{ id: 'vaccination', state: 'ready' }],
    query: (q) => engine.query(q),
    interruptibleQuery: (q, signal) => engine.interruptibleQuery(q, signal),
    loadUserTable: (name, table) => {
      loaded.set(name, table.numRows);
      return Promise.resolve(table.numRows);
    },
    dropUserTable: (name) => {
      loaded.delete(name);
      return Promise.resolve();
    },
    close: () => engine.terminate(),
  };
}

const file = (name: string, text: string) => {
  const bytes = utf8(text);
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: vi.fn(() => Promise.resolve(bytes.buffer as ArrayBuffer)),
  };
};

describe('importing a file', () => {
  it('refuses a file over the limit before reading its bytes', async () => {
    const tools = createDataToolsStore();
    const big = { name: 'big.csv', size: 60 * 1024 * 1024, arrayBuffer: vi.fn() };
    expect(await importUserFile(tools, big, null)).toBeNull();
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    const status = tools.getState().importStatus;
    expect(status.state === 'failed' && status.message.en).toMatch(/big\.csv/);
  });

  it('adds a layer and loads it as a user table; a broken file later changes nothing', async () => {
    const tools = createDataToolsStore();
    const backend = await nativeBackend();
    try {
      const loadSpy = vi.spyOn(backend, 'loadUserTable');
      const id = await importUserFile(
        tools,
        file('ผล.csv', 'จังหวัด,ค่า\nกรุงเทพมหานคร,1\nเมืองลับแล,2\n'),
        backend,
      );
      expect(id).not.toBeNull();
      await vi.waitFor(() => {
        expect(tools.getState().layers[0]?.tableState).toBe('ready');
      });
      expect(loadSpy.mock.calls[0]?.[0]).toBe('user_file');
      expect(tools.getState().layers[0]?.imported?.unmatched.map((u) => u.value)).toEqual([
        'เมืองลับแล',
      ]);
      const layersBefore = tools.getState().layers;
      expect(
        await importUserFile(tools, file('broken.json', '{"type": "Feature'), backend),
      ).toBeNull();
      expect(tools.getState().layers).toBe(layersBefore);
      const status = tools.getState().importStatus;
      expect(status.state === 'failed' && status.message.en).toMatch(/broken\.json/);
    } finally {
      await backend.close();
    }
  });
});

describe('the console', () => {
  it('runs a SELECT, refuses a write, and turns a result with province codes into a layer', async () => {
    const tools = createDataToolsStore();
    const backend = await nativeBackend();
    try {
      await runConsoleAction(tools, backend, 'DELETE FROM vaccination');
      expect(tools.getState().console.message?.en).toMatch(/read-only/);
      expect(consoleResultToLayer(tools)).toBeNull();
      await runConsoleAction(tools, backend, 'SELECT province_code, dose2 FROM vaccination');
      expect(tools.getState().console.message).toBeNull();
      expect(tools.getState().console.result?.numRows).toBe(1);
      expect(tools.getState().tableSource).toBe('console');
      const id = consoleResultToLayer(tools);
      expect(tools.getState().layers.map((l) => [l.id, l.origin, l.column])).toEqual([
        [id, 'console', 'dose2'],
      ]);
    } finally {
      await backend.close();
    }
  });

  it('says the database is not ready when there is no coordinator', async () => {
    const tools = createDataToolsStore();
    await runConsoleAction(tools, Promise.resolve(null), 'SELECT 1');
    expect(tools.getState().console.message?.en).toMatch(/not ready/);
  });
});
