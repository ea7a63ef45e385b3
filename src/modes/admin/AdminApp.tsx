import { useEffect, useMemo, useState } from 'react';
import staticDatasets from '../../../data/datasets.json';
import { ingestibleDatasets } from '../../data/ingest/ingest';
import type { SourceFile } from '../../data/ingest/ingest-types';
import { packFileName, publishStepReason, zipDataPack } from '../../data/ingest/pack/data-pack';
import { readSource } from '../../data/ingest/read-source';
import type { LocalText } from '../../data/manifest/manifest-types';
import type { ProvinceOutlines } from '../../map/province-outlines';
import { fetchOutlines, useOutlines } from './admin-outlines';
import { previewOf } from './admin-preview';
import {
  checkFiles,
  fetchManifest,
  saveFile,
  type CheckOutcome,
  type ManifestLoad,
} from './admin-check';
import './admin.css';
import { Both } from './Both';
import { FileDrop } from './FileDrop';
import { MappingForm } from './MappingForm';
import { EMPTY_MAPPING, mappingOf } from './mapping-model';
import { ADMIN_TEXT, bothText } from './messages';
import { PreviewView } from './PreviewView';
import { ReportView } from './ReportView';

/** ingestibleDatasets()' stand-in for "any new id": the indicator adapter. */
const INDICATOR = '<indicator id>';

const TITLES = new Map(
  (staticDatasets as readonly { id: string; title: LocalText }[]).map((d) => [d.id, d.title]),
);

/** Props of {@link AdminApp}; the defaults are the browser's, tests pass their own. */
export interface AdminAppProps {
  readonly loadManifest?: () => Promise<ManifestLoad>;
  readonly save?: (name: string, bytes: Uint8Array, type: string) => void;
  readonly now?: () => Date;
  /** The province outlines of the preview map. */
  readonly loadOutlines?: () => Promise<ProvinceOutlines>;
}

async function readFiles(picked: readonly File[]): Promise<SourceFile[]> {
  return Promise.all(
    picked.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

function datasetLabel(id: string): string {
  if (id === INDICATOR) return bothText(ADMIN_TEXT.newIndicator);
  const title = TITLES.get(id);
  const cli = publishStepReason(id, null) === null ? '' : ` (${bothText(ADMIN_TEXT.needsCli)})`;
  return `${id}${title === undefined ? '' : ` — ${title.th}`}${cli}`;
}

/**
 * `?mode=admin`: the data-pack builder for staff who do not use a terminal. Files are dropped,
 * checked by the same ingest core as `npm run ingest`, and packed with the deployment's manifest
 * into a ZIP to copy into the web server's data folder. Nothing leaves the browser.
 */
export function AdminApp({
  loadManifest = fetchManifest,
  save = saveFile,
  now = () => new Date(),
  loadOutlines = fetchOutlines,
}: AdminAppProps) {
  const outlines = useOutlines(loadOutlines);
  const datasets = useMemo(() => ingestibleDatasets(), []);
  const [files, setFiles] = useState<readonly SourceFile[]>([]);
  const [choice, setChoice] = useState(
    datasets.includes('vaccination') ? 'vaccination' : (datasets[0] ?? ''),
  );
  const [draft, setDraft] = useState(EMPTY_MAPPING);
  const [headers, setHeaders] = useState<readonly string[]>([]);
  const [manifest, setManifest] = useState<ManifestLoad>({ state: 'loading' });
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    let live = true;
    void loadManifest().then((loaded) => {
      if (live) setManifest(loaded);
    });
    return () => {
      live = false;
    };
  }, [loadManifest]);

  const indicator = choice === INDICATOR;
  const datasetId = indicator ? draft.id : choice;
  const mapping = indicator ? mappingOf(draft) : null;
  const cliReason = indicator ? null : publishStepReason(choice, null);
  const canCheck =
    files.length > 0 && cliReason === null && (mapping === null || mapping.ok) && !running;
  const pack = outcome?.pack ?? null;

  // Any change makes the last check stale: it can no longer be downloaded.
  const changed = () => {
    setOutcome(null);
  };

  // The mapping form offers the first file's columns.
  const takeFiles = (next: readonly SourceFile[]) => {
    setFiles(next);
    changed();
    const first = next[0];
    if (first === undefined) {
      setHeaders([]);
      return;
    }
    void readSource(first).then((read) => {
      setHeaders(read.ok ? read.source.table.headers.filter((h) => h.trim() !== '') : []);
    });
  };

  const addFiles = async (picked: readonly File[]) => {
    const read = await readFiles(picked);
    const names = new Set(read.map((f) => f.name));
    takeFiles([...files.filter((f) => !names.has(f.name)), ...read]);
  };

  const check = async () => {
    setRunning(true);
    try {
      const options = mapping?.ok === true ? { mapping: mapping.mapping } : {};
      setOutcome(await checkFiles(datasetId, files, options, manifest, now()));
    } finally {
      setRunning(false);
    }
  };

  const download = () => {
    if (pack?.ok !== true || outcome === null) return;
    const stamp = now();
    save(
      packFileName(datasetId, stamp.toISOString()),
      zipDataPack(pack.files, stamp),
      'application/zip',
    );
  };

  return (
    <main className="admin-page" lang="th">
      <header className="admin-header">
        <h1>
          <Both text={ADMIN_TEXT.title} />
        </h1>
        <p>
          <Both text={ADMIN_TEXT.intro} />
        </p>
      </header>
      <section className="admin-step">
        <h2>
          <Both text={ADMIN_TEXT.stepFiles} />
        </h2>
        <FileDrop
          files={files}
          onAdd={(picked) => void addFiles(picked)}
          onRemove={(name) => {
            takeFiles(files.filter((f) => f.name !== name));
          }}
        />
      </section>
      <section className="admin-step">
        <h2>
          <Both text={ADMIN_TEXT.stepDataset} />
        </h2>
        <select
          className="admin-dataset"
          value={choice}
          aria-label={bothText(ADMIN_TEXT.stepDataset)}
          onChange={(event) => {
            setChoice(event.currentTarget.value);
            changed();
          }}
        >
          {datasets.map((id) => (
            <option key={id} value={id}>
              {datasetLabel(id)}
            </option>
          ))}
        </select>
        {cliReason === null ? null : (
          <p className="admin-cli" data-cli={choice}>
            <Both text={cliReason} />
            <code>npm run ingest -- {choice} &lt;file…&gt;</code>
          </p>
        )}
        {indicator ? (
          <MappingForm
            headers={headers}
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              changed();
            }}
            problems={mapping?.ok === false ? mapping.problems : []}
          />
        ) : null}
      </section>
      <section className="admin-step">
        <h2>
          <Both text={ADMIN_TEXT.stepCheck} />
        </h2>
        <button
          type="button"
          className="admin-check"
          disabled={!canCheck}
          onClick={() => void check()}
        >
          {bothText(running ? ADMIN_TEXT.checking : ADMIN_TEXT.check)}
        </button>
        {outcome === null ? null : <ReportView report={outcome.result.report} />}
        {outcome?.result.ok === true && outcome.result.tables[0] !== undefined ? (
          <PreviewView preview={previewOf(outcome.result.tables[0])} outlines={outlines} />
        ) : null}
      </section>
      <section className="admin-step">
        <h2>
          <Both text={ADMIN_TEXT.stepDownload} />
        </h2>
        {manifest.state === 'loading' ? (
          <p className="admin-muted">
            <Both text={ADMIN_TEXT.manifestLoading} />
          </p>
        ) : null}
        {manifest.state === 'error' ? (
          <p className="admin-pack-error">
            <Both text={manifest.error} />
          </p>
        ) : null}
        {pack?.ok === false && manifest.state !== 'error' ? (
          <p className="admin-pack-error">
            <Both text={pack.error} />
          </p>
        ) : null}
        <button
          type="button"
          className="admin-download"
          disabled={pack?.ok !== true}
          onClick={download}
        >
          {bothText(ADMIN_TEXT.download)}
        </button>
        {pack?.ok === true ? (
          <div className="admin-pack">
            <p>
              <Both text={ADMIN_TEXT.packContents} />
            </p>
            <ul className="admin-pack-files">
              {pack.files.map((file) => (
                <li key={file.name}>{file.name}</li>
              ))}
            </ul>
            <p className="admin-muted">
              <Both text={ADMIN_TEXT.downloadHint} />
            </p>
          </div>
        ) : null}
      </section>
    </main>
  );
}
