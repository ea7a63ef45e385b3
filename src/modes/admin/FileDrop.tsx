import { useState, type DragEvent } from 'react';
import type { SourceFile } from '../../data/ingest/ingest-types';
import { Both } from './Both';
import { ADMIN_TEXT, bothText } from './messages';

/** Props of {@link FileDrop}. */
export interface FileDropProps {
  readonly files: readonly SourceFile[];
  readonly onAdd: (files: readonly File[]) => void;
  readonly onRemove: (name: string) => void;
}

/** Where the source files are dropped or picked, and the list of those taken. */
export function FileDrop({ files, onAdd, onRemove }: FileDropProps) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    onAdd([...event.dataTransfer.files]);
  };
  return (
    <div className="admin-files">
      <label
        className={over ? 'admin-drop admin-drop-over' : 'admin-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => {
          setOver(false);
        }}
        onDrop={drop}
      >
        <Both text={ADMIN_TEXT.dropHere} />
        <input
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.xlsx,.geojson,.json"
          aria-label={bothText(ADMIN_TEXT.chooseFiles)}
          onChange={(event) => {
            onAdd([...(event.currentTarget.files ?? [])]);
            // The same file picked again (after fixing it) must fire a change again.
            event.currentTarget.value = '';
          }}
        />
      </label>
      {files.length === 0 ? (
        <p className="admin-muted">
          <Both text={ADMIN_TEXT.noFiles} />
        </p>
      ) : (
        <ul className="admin-file-list">
          {files.map((file) => (
            <li key={file.name} data-file={file.name}>
              <span className="admin-file-name">{file.name}</span>{' '}
              <span className="admin-muted">{file.bytes.length.toLocaleString('en-US')} B</span>{' '}
              <button
                type="button"
                onClick={() => {
                  onRemove(file.name);
                }}
              >
                {bothText(ADMIN_TEXT.removeFile)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
