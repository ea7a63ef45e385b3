import { useRef, useState } from 'react';
import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import { at } from './messages';
import {
  cleanViewName,
  deleteView,
  importViewsText,
  loadSavedViews,
  MAX_IMPORT_BYTES,
  MAX_SAVED_VIEWS,
  mergeViews,
  renameView,
  saveView,
  savedViewsJson,
  type SavedView,
  type ViewStorage,
} from './saved-views';
import { commitViews, unsavedViewNames } from './saved-views-session';

/** Props of {@link SavedViews}. */
export interface SavedViewsProps {
  readonly lang: Lang;
  /** The query string of the view on screen (what "save" keeps). */
  readonly currentQuery: string;
  readonly onOpen: (query: string) => void;
  /** Where views are kept; the browser's localStorage unless a test gives another. */
  readonly storage?: ViewStorage | null;
}

/** localStorage, or null where the browser forbids it. */
function browserStorage(): ViewStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Offers `views` as the JSON file the import reads. */
function downloadViews(views: readonly SavedView[]): void {
  const url = URL.createObjectURL(new Blob([savedViewsJson(views)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'war-room-views.json';
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/**
 * Named views kept in this browser: save, open, rename, delete, export and import as JSON. Views
 * the browser refused to store stay for this session, marked, with a download offered.
 */
export function SavedViews(props: SavedViewsProps) {
  const { lang, currentQuery, onOpen } = props;
  const storage = () => (props.storage === undefined ? browserStorage() : props.storage);
  const [initial] = useState(() => loadSavedViews(storage()));
  const [views, setViews] = useState<readonly SavedView[]>(initial.views);
  /** The list as the browser last stored it (what a reload would show). */
  const [stored, setStored] = useState<readonly SavedView[]>(initial.views);
  const [messages, setMessages] = useState<readonly string[]>(initial.problems);
  const [importing, setImporting] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const unsaved = unsavedViewNames(views, stored);

  const commit = (next: readonly SavedView[], notes: readonly string[] = []) => {
    const { problem, ...session } = commitViews(storage(), next, stored);
    setViews(session.views);
    setStored(session.stored);
    setMessages(problem === null ? notes : [...notes, at(lang, 'viewNotStored'), problem]);
  };
  const save = () => {
    const clean = cleanViewName(name);
    if (clean === null) {
      setMessages([at(lang, 'viewNameBad')]);
      return;
    }
    if (views.length >= MAX_SAVED_VIEWS && !views.some((v) => v.name === clean)) {
      setMessages([at(lang, 'viewListFull', { max: formatCount(MAX_SAVED_VIEWS, lang) })]);
      return;
    }
    commit(saveView(views, clean, currentQuery, new Date().toISOString()));
    setName('');
  };
  const rename = () => {
    if (!renaming) return;
    const clean = cleanViewName(renaming.to);
    if (clean === null) {
      setMessages([at(lang, 'viewNameBad')]);
      return;
    }
    if (clean !== renaming.from && views.some((v) => v.name === clean)) {
      setMessages([at(lang, 'viewNameTaken')]);
      return;
    }
    commit(renameView(views, renaming.from, clean));
    setRenaming(null);
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessages([at(lang, 'viewFileTooBig', { file: file.name })]);
      return;
    }
    setImporting(file.name);
    const read = await importViewsText(await file.text(), file.name).finally(() => {
      setImporting(null);
    });
    if ('error' in read) {
      setMessages([read.error]);
      return;
    }
    const merged = mergeViews(views, read.views);
    const notes = [
      at(lang, 'viewImported', {
        count: formatCount(read.views.length - merged.leftOut, lang),
        file: file.name,
      }),
      ...(merged.leftOut > 0
        ? [
            at(lang, 'viewImportLeftOut', {
              file: file.name,
              count: formatCount(merged.leftOut, lang),
              max: formatCount(MAX_SAVED_VIEWS, lang),
            }),
          ]
        : []),
      ...read.problems,
    ];
    commit(merged.views, notes);
  };

  return (
    <section className="analyst-views" aria-label={at(lang, 'viewsTitle')}>
      <h3 className="analyst-field-title">{at(lang, 'viewsTitle')}</h3>
      <form
        className="analyst-threshold-row"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <input
          name="view-name"
          aria-label={at(lang, 'viewName')}
          placeholder={at(lang, 'viewName')}
          value={name}
          maxLength={100}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        <button type="submit">{at(lang, 'viewSave')}</button>
      </form>
      {(messages.length > 0 || importing !== null) && (
        <ul className="analyst-messages" role="status">
          {importing !== null && <li>{at(lang, 'viewImporting', { file: importing })}</li>}
          {messages.map((message, index) => (
            <li key={`${String(index)}:${message}`}>{message}</li>
          ))}
        </ul>
      )}
      {unsaved.size > 0 && (
        <button
          type="button"
          data-download-unsaved=""
          onClick={() => {
            downloadViews(views);
          }}
        >
          {at(lang, 'viewDownloadUnsaved')}
        </button>
      )}
      <ul className="analyst-view-list">
        {views.length === 0 && <li className="analyst-muted">{at(lang, 'viewNone')}</li>}
        {views.map((view) => (
          <li key={view.name} data-view={view.name}>
            {renaming?.from === view.name ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  rename();
                }}
              >
                <input
                  aria-label={at(lang, 'viewName')}
                  value={renaming.to}
                  maxLength={100}
                  onChange={(event) => {
                    setRenaming({ from: view.name, to: event.target.value });
                  }}
                />
                <button type="submit">{at(lang, 'viewRename')}</button>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  className="analyst-view-open"
                  onClick={() => {
                    onOpen(view.query);
                  }}
                >
                  {view.name}
                  {unsaved.has(view.name) && (
                    <span className="analyst-view-unsaved" data-unsaved="">
                      {at(lang, 'viewUnsaved')}
                    </span>
                  )}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setRenaming({ from: view.name, to: view.name });
                  }}
                >
                  {at(lang, 'viewRename')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    commit(deleteView(views, view.name));
                  }}
                >
                  {at(lang, 'viewDelete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="analyst-threshold-row">
        <button
          type="button"
          onClick={() => {
            downloadViews(views);
          }}
          disabled={views.length === 0}
        >
          {at(lang, 'viewExport')}
        </button>
        <button
          type="button"
          disabled={importing !== null}
          onClick={() => fileInput.current?.click()}
        >
          {at(lang, 'viewImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          name="import-views"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
    </section>
  );
}
