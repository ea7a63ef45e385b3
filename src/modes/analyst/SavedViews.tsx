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
  mergeViews,
  renameView,
  saveView,
  savedViewsJson,
  storeSavedViews,
  type SavedView,
  type ViewStorage,
} from './saved-views';

/** Props of {@link SavedViews}. */
export interface SavedViewsProps {
  readonly lang: Lang;
  /** The query string of the view on screen (what "save" keeps). */
  readonly currentQuery: string;
  readonly onOpen: (query: string) => void;
}

/** localStorage, or null where the browser forbids it. */
function browserStorage(): ViewStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Named views kept in this browser: save, open, rename, delete, export and import as JSON. */
export function SavedViews({ lang, currentQuery, onOpen }: SavedViewsProps) {
  const [initial] = useState(() => loadSavedViews(browserStorage()));
  const [views, setViews] = useState<readonly SavedView[]>(initial.views);
  const [messages, setMessages] = useState<readonly string[]>(initial.problems);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const commit = (next: readonly SavedView[], notes: readonly string[] = []) => {
    const problem = storeSavedViews(browserStorage(), next);
    setViews(next);
    setMessages(problem === null ? notes : [...notes, problem]);
  };
  const save = () => {
    const clean = cleanViewName(name);
    if (clean === null) {
      setMessages([at(lang, 'viewNameBad')]);
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
  const exportViews = () => {
    const url = URL.createObjectURL(
      new Blob([savedViewsJson(views)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = 'war-room-views.json';
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessages([at(lang, 'viewFileTooBig', { file: file.name })]);
      return;
    }
    const read = importViewsText(await file.text(), file.name);
    if ('error' in read) {
      setMessages([read.error]);
      return;
    }
    const note = at(lang, 'viewImported', {
      count: formatCount(read.views.length, lang),
      file: file.name,
    });
    commit(mergeViews(views, read.views), [note, ...read.problems]);
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
      {messages.length > 0 && (
        <ul className="analyst-messages" role="status">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
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
        <button type="button" onClick={exportViews} disabled={views.length === 0}>
          {at(lang, 'viewExport')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
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
