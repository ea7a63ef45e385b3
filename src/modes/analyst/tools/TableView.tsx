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
/** Width of every column but the province name's. */
const COLUMN_REM = 9;
/** Width of the province name column, shown first and kept in view when scrolling sideways. */
const NAME_REM = 11;

/** The province name column shown first and kept in view: the language's, if the table has it. */
export function nameColumnOf(names: readonly string[], lang: Lang): string | null {
  const wanted = lang === 'th' ? 'province_th' : 'province_en';
  return names.includes(wanted) ? wanted : null;
}

/** Props of {@link TableView}. */
export interface TableViewProps {
  readonly table: Table | null;
  readonly lang: Lang;
  /** What the table is, e.g. "Current view: vaccination by province". */
  readonly caption: string;
  readonly exportOptions: ExportOptions;
  /** Set when the rows were cut at a limit. */
  readonly truncatedAt?: number | null;
  /** Height of the scrolling rows in CSS pixels (the pane's); 336 by default. */
  readonly viewHeight?: number;
}

/**
 * A sortable, virtualised table of an Arrow table: only the rows in view (and a few more) are in
 * the DOM, so a million rows scroll as smoothly as ten. Export writes what is shown, in the
 * order shown. Cell text is set as text, never as HTML.
 */
export function TableView(props: TableViewProps) {
  const { table, lang, caption, exportOptions, truncatedAt, viewHeight = VIEW_HEIGHT } = props;
  const [sort, setSort] = useState<SortState | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  // Null until a column is sorted: the rows then show in the file's order, row = position.
  const order = useMemo(() => (table && sort ? sortOrder(table, sort) : null), [table, sort]);
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
  // The name first: sorting by a figure or scrolling sideways keeps each row's province in view.
  const nameColumn = nameColumnOf(
    table.schema.fields.map((f) => f.name),
    lang,
  );
  const columns = table.schema.fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => Number(b.field.name === nameColumn) - Number(a.field.name === nameColumn));
  const fields = columns.map((c) => c.field);
  const vectors = columns.map((c) => table.getChildAt(c.index));
  const columnKinds = columns.map((c) => kinds[c.index]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const rowCount = table.numRows;
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  // Fixed column widths: every row is laid out alone (absolutely placed), so content-sized
  // columns would not line up from row to row.
  const named = nameColumn === null ? 0 : 1;
  const rest = fields.length - named;
  const template = `${named ? `${NAME_REM}rem ` : ''}repeat(${rest}, ${COLUMN_REM}rem)`;
  const width = `${named * NAME_REM + rest * COLUMN_REM}rem`;
  const cellClass = (name: string, kind: string) =>
    `dt-cell dt-${kind}${name === nameColumn ? ' dt-sticky' : ''}`;
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
    const row = order ? (order[position] ?? 0) : position;
    rows.push(
      <div
        key={row}
        role="row"
        className="dt-row"
        data-row-index={position}
        style={{ top: position * ROW_HEIGHT, gridTemplateColumns: template, width }}
      >
        {fields.map((field, c) => (
          <div
            role="cell"
            key={field.name}
            className={cellClass(field.name, columnKinds[c] ?? 'other')}
          >
            {cellText(vectors[c]?.get(row), columnKinds[c] ?? 'other', lang, field.name)}
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
        <div className="dt-scroll" style={{ height: viewHeight }} onScroll={onScroll}>
          <div
            role="row"
            className="dt-row dt-header"
            style={{ gridTemplateColumns: template, width }}
          >
            {fields.map((field) => {
              const sorted = sort?.column === field.name;
              const direction = sorted ? (sort.descending ? 'descending' : 'ascending') : 'none';
              return (
                <div
                  role="columnheader"
                  key={field.name}
                  aria-sort={direction}
                  className={cellClass(field.name, 'head')}
                >
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
          <div className="dt-body" style={{ height: rowCount * ROW_HEIGHT, width }}>
            {rows}
          </div>
        </div>
      </div>
    </section>
  );
}
