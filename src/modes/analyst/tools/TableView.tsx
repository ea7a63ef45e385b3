import type { Table } from 'apache-arrow';
import { useCallback, useMemo, useState, type UIEvent } from 'react';
import { messageOf } from '../../../data/error-message';
import { formatCount } from '../../../i18n/format';
import type { Lang } from '../../../i18n/messages';
import { downloadTable, type ExportOptions, type TableExportFormat } from './download';
import { tt } from './messages';
import { cellKinds, cellText, orderedTable, sortOrder, type SortState } from './table-model';

/** Height of one row in CSS pixels (fixed, so the visible rows are computed, not measured). */
export const ROW_HEIGHT = 28;
const VIEW_HEIGHT = 336;
const OVERSCAN = 8;
/** Width of every column. */
const COLUMN_REM = 9;

/** Props of {@link TableView}. */
export interface TableViewProps {
  readonly table: Table | null;
  readonly lang: Lang;
  /** What the table is, e.g. "Current view: vaccination by province". */
  readonly caption: string;
  readonly exportOptions: ExportOptions;
  /** Set when the rows were cut at a limit. */
  readonly truncatedAt?: number | null;
}

/**
 * A sortable, virtualised table of an Arrow table: only the rows in view (and a few more) are in
 * the DOM, so a million rows scroll as smoothly as ten. Export writes what is shown, in the
 * order shown. Cell text is set as text, never as HTML.
 */
export function TableView({ table, lang, caption, exportOptions, truncatedAt }: TableViewProps) {
  const [sort, setSort] = useState<SortState | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const order = useMemo(() => (table ? sortOrder(table, sort) : new Uint32Array()), [table, sort]);
  const kinds = useMemo(() => (table ? cellKinds(table) : []), [table]);
  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
  }, []);

  if (!table) {
    return (
      <section className="dt-table" data-table-view="" data-rows="0" aria-label={caption}>
        <p className="dt-muted">{tt(lang, 'tableEmpty')}</p>
      </section>
    );
  }
  const fields = table.schema.fields;
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(order.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  // Fixed column widths: every row is laid out alone (absolutely placed), so content-sized
  // columns would not line up from row to row.
  const template = `repeat(${fields.length}, ${COLUMN_REM}rem)`;
  const width = `${fields.length * COLUMN_REM}rem`;
  const exportAs = (format: TableExportFormat) => {
    setExportMessage(null);
    downloadTable(orderedTable(table, order), format, exportOptions).catch((error: unknown) => {
      setExportMessage(tt(lang, 'exportFailed', { reason: messageOf(error) }));
    });
  };
  const toggleSort = (column: string) => {
    setSort((current) =>
      current?.column === column
        ? { column, descending: !current.descending }
        : { column, descending: false },
    );
  };
  const rows = [];
  for (let position = first; position < last; position += 1) {
    const row = order[position] ?? 0;
    rows.push(
      <div
        key={row}
        role="row"
        className="dt-row"
        data-row-index={position}
        style={{ top: position * ROW_HEIGHT, gridTemplateColumns: template, width }}
      >
        {fields.map((field, c) => (
          <div role="cell" key={field.name} className={`dt-cell dt-${kinds[c] ?? 'other'}`}>
            {cellText(vectors[c]?.get(row), kinds[c] ?? 'other', lang, field.name)}
          </div>
        ))}
      </div>,
    );
  }
  return (
    <section className="dt-table" data-table-view="" data-rows={table.numRows} aria-label={caption}>
      <header className="dt-table-head">
        <h4>{caption}</h4>
        <span className="dt-muted">
          {tt(lang, 'tableRows', { count: formatCount(table.numRows, lang) })}
        </span>
        {exportOptions.demo && <span className="demo-badge">{tt(lang, 'demoData')}</span>}
        <button
          type="button"
          data-export="csv"
          onClick={() => {
            exportAs('csv');
          }}
        >
          {tt(lang, 'exportCsv')}
        </button>
        <button
          type="button"
          data-export="xlsx"
          onClick={() => {
            exportAs('xlsx');
          }}
        >
          {tt(lang, 'exportXlsx')}
        </button>
        <button
          type="button"
          data-export="parquet"
          onClick={() => {
            exportAs('parquet');
          }}
        >
          {tt(lang, 'exportParquet')}
        </button>
      </header>
      {truncatedAt ? (
        <p className="dt-muted">
          {tt(lang, 'tableTruncated', { count: formatCount(truncatedAt, lang) })}
        </p>
      ) : null}
      {exportMessage && (
        <p className="dt-error" role="alert">
          {exportMessage}
        </p>
      )}
      <div className="dt-grid" role="table" aria-rowcount={table.numRows}>
        <div className="dt-scroll" style={{ height: VIEW_HEIGHT }} onScroll={onScroll}>
          <div
            role="row"
            className="dt-row dt-header"
            style={{ gridTemplateColumns: template, width }}
          >
            {fields.map((field) => {
              const sorted = sort?.column === field.name;
              const direction = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
              return (
                <div role="columnheader" key={field.name} aria-sort={direction} className="dt-cell">
                  <button
                    type="button"
                    data-sort-column={field.name}
                    title={tt(lang, 'sortBy', { column: field.name })}
                    onClick={() => {
                      toggleSort(field.name);
                    }}
                  >
                    {field.name}
                    {sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </div>
              );
            })}
          </div>
          <div className="dt-body" style={{ height: order.length * ROW_HEIGHT, width }}>
            {rows}
          </div>
        </div>
      </div>
    </section>
  );
}
