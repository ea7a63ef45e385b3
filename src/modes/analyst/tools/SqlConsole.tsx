import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CONSOLE_TIME_LIMIT_MS } from '../../../data/sql-guard/console';
import { formatCount } from '../../../i18n/format';
import type { Lang } from '../../../i18n/messages';
import { useStore } from '../../../state/app/store';
import { tt } from './messages';
import { consoleResultToLayer, runConsoleAction, type BackendSource } from './tools-actions';
import { layerKeyOf } from './user-layer-model';
import { updateConsole, type DataToolsStore } from './user-layers-store';

/** Props of {@link SqlConsole}. */
export interface SqlConsoleProps {
  readonly tools: DataToolsStore;
  readonly source: BackendSource;
  readonly lang: Lang;
  /** The tables the console may read, for the hint line (empty until the data has loaded). */
  readonly tables: readonly string[];
}

/**
 * The read-only SQL console: a query box (Ctrl+Enter or the button runs it), Cancel while it
 * runs (a query is stopped anyway after the time limit it states), the guard's refusal, DuckDB's
 * error or the stop as a message, the row count, and "turn into a layer" when the result has a
 * province code or coordinates. The rows appear in the table view.
 */
export function SqlConsole({ tools, source, lang, tables }: SqlConsoleProps) {
  const state = useStore(tools, (s) => s.console);
  // The running query's Cancel; a console that goes away stops its query (no one would see it).
  const running = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      running.current?.abort();
    },
    [],
  );
  const run = () => {
    if (state.running) return;
    const stop = new AbortController();
    running.current = stop;
    void runConsoleAction(tools, source, state.sql, stop.signal).finally(() => {
      if (running.current === stop) running.current = null;
    });
  };
  const cancel = () => {
    running.current?.abort();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  const layerable = state.result ? layerKeyOf(state.result) !== null : false;
  return (
    <section className="dt-console" data-console="">
      <h4>{tt(lang, 'consoleTitle')}</h4>
      <label className="dt-console-label">
        <span>{tt(lang, 'consoleLabel')}</span>
        <textarea
          value={state.sql}
          spellCheck={false}
          rows={4}
          placeholder="SELECT province_code, count(*) AS n FROM complaints GROUP BY 1"
          onChange={(event) => {
            updateConsole(tools, { sql: event.target.value });
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <p className="dt-muted" data-console-tables={tables.join(',')}>
        {tt(lang, 'consoleTables', { tables: tables.length > 0 ? tables.join(', ') : '–' })}
      </p>
      <p className="dt-muted" data-console-limit={CONSOLE_TIME_LIMIT_MS}>
        {tt(lang, 'consoleTimeLimit', { seconds: Math.round(CONSOLE_TIME_LIMIT_MS / 1000) })}
      </p>
      <div className="dt-actions">
        <button type="button" data-console-run="" onClick={run} disabled={state.running}>
          {state.running ? tt(lang, 'consoleRunning') : tt(lang, 'consoleRun')}
        </button>
        <button type="button" data-console-cancel="" onClick={cancel} disabled={!state.running}>
          {tt(lang, 'consoleCancel')}
        </button>
        <button
          type="button"
          data-console-layer=""
          disabled={!layerable}
          title={layerable ? undefined : tt(lang, 'consoleNoKey')}
          onClick={() => consoleResultToLayer(tools)}
        >
          {tt(lang, 'consoleToLayer')}
        </button>
        {state.result && !state.running && (
          <span className="dt-muted" data-console-rows={state.result.numRows}>
            {tt(lang, 'consoleDone', { count: formatCount(state.result.numRows, lang) })}
          </span>
        )}
      </div>
      {state.message && (
        <p className="dt-error" role="alert" data-console-message="">
          {state.message[lang]}
        </p>
      )}
    </section>
  );
}
