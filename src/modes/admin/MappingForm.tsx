import type { LocalText } from '../../data/manifest/manifest-types';
import { Both } from './Both';
import { EMPTY_MEASURE, type MappingDraft, type MeasureDraft } from './mapping-model';
import { ADMIN_TEXT, bothText } from './messages';

/** Props of {@link MappingForm}. */
export interface MappingFormProps {
  /** The columns of the first file, as written in its header. */
  readonly headers: readonly string[];
  readonly draft: MappingDraft;
  readonly onChange: (draft: MappingDraft) => void;
  /** What is still missing (shown under the form). */
  readonly problems: readonly LocalText[];
}

function TextField({
  label,
  value,
  onChange,
}: {
  readonly label: LocalText;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <label className="admin-field">
      <span className="admin-field-label">
        <Both text={label} />
      </span>
      <input
        type="text"
        value={value}
        aria-label={bothText(label)}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    </label>
  );
}

function ColumnField({
  label,
  value,
  headers,
  none,
  onChange,
}: {
  readonly label: LocalText;
  readonly value: string;
  readonly headers: readonly string[];
  /** The label of the empty choice. */
  readonly none: LocalText;
  readonly onChange: (value: string) => void;
}) {
  return (
    <label className="admin-field">
      <span className="admin-field-label">
        <Both text={label} />
      </span>
      <select
        value={value}
        aria-label={bothText(label)}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      >
        <option value="">{bothText(none)}</option>
        {headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </label>
  );
}

function MeasureFields({
  index,
  measure,
  headers,
  onChange,
  onRemove,
}: {
  readonly index: number;
  readonly measure: MeasureDraft;
  readonly headers: readonly string[];
  readonly onChange: (measure: MeasureDraft) => void;
  readonly onRemove: (() => void) | null;
}) {
  const set = (patch: Partial<MeasureDraft>) => {
    onChange({ ...measure, ...patch });
  };
  const n = {
    th: `${ADMIN_TEXT.measure.th} ${index + 1}`,
    en: `${ADMIN_TEXT.measure.en} ${index + 1}`,
  };
  return (
    <fieldset className="admin-measure" data-measure={index}>
      <legend>
        <Both text={n} />
      </legend>
      <ColumnField
        label={ADMIN_TEXT.measureColumn}
        value={measure.column}
        headers={headers}
        none={ADMIN_TEXT.choose}
        onChange={(column) => {
          set({ column });
        }}
      />
      <TextField
        label={ADMIN_TEXT.measureTitleTh}
        value={measure.titleTh}
        onChange={(titleTh) => {
          set({ titleTh });
        }}
      />
      <TextField
        label={ADMIN_TEXT.measureTitleEn}
        value={measure.titleEn}
        onChange={(titleEn) => {
          set({ titleEn });
        }}
      />
      <TextField
        label={ADMIN_TEXT.unitTh}
        value={measure.unitTh}
        onChange={(unitTh) => {
          set({ unitTh });
        }}
      />
      <TextField
        label={ADMIN_TEXT.unitEn}
        value={measure.unitEn}
        onChange={(unitEn) => {
          set({ unitEn });
        }}
      />
      <label className="admin-field">
        <span className="admin-field-label">
          <Both text={ADMIN_TEXT.better} />
        </span>
        <select
          value={measure.better}
          aria-label={bothText(ADMIN_TEXT.better)}
          onChange={(event) => {
            set({ better: event.currentTarget.value === 'lower' ? 'lower' : 'higher' });
          }}
        >
          <option value="higher">{bothText(ADMIN_TEXT.higher)}</option>
          <option value="lower">{bothText(ADMIN_TEXT.lower)}</option>
        </select>
      </label>
      <label className="admin-field">
        <span className="admin-field-label">
          <Both text={ADMIN_TEXT.aggregate} />
        </span>
        <select
          value={measure.aggregate}
          aria-label={bothText(ADMIN_TEXT.aggregate)}
          onChange={(event) => {
            set({ aggregate: event.currentTarget.value === 'mean' ? 'mean' : 'sum' });
          }}
        >
          <option value="sum">{bothText(ADMIN_TEXT.sum)}</option>
          <option value="mean">{bothText(ADMIN_TEXT.mean)}</option>
        </select>
      </label>
      {onRemove === null ? null : (
        <button type="button" onClick={onRemove}>
          {bothText(ADMIN_TEXT.removeMeasure)}
        </button>
      )}
    </fieldset>
  );
}

/** The form building a new indicator dataset's column mapping from the file's own columns. */
export function MappingForm({ headers, draft, onChange, problems }: MappingFormProps) {
  const set = (patch: Partial<MappingDraft>) => {
    onChange({ ...draft, ...patch });
  };
  const setMeasure = (index: number, measure: MeasureDraft) => {
    set({ measures: draft.measures.map((m, i) => (i === index ? measure : m)) });
  };
  return (
    <div className="admin-mapping">
      <h3>
        <Both text={ADMIN_TEXT.mappingTitle} />
      </h3>
      {headers.length === 0 ? (
        <p className="admin-muted">
          <Both text={ADMIN_TEXT.mappingNeedsFile} />
        </p>
      ) : null}
      <TextField
        label={ADMIN_TEXT.datasetId}
        value={draft.id}
        onChange={(id) => {
          set({ id: id.trim() });
        }}
      />
      <TextField
        label={ADMIN_TEXT.datasetTitleTh}
        value={draft.titleTh}
        onChange={(titleTh) => {
          set({ titleTh });
        }}
      />
      <TextField
        label={ADMIN_TEXT.datasetTitleEn}
        value={draft.titleEn}
        onChange={(titleEn) => {
          set({ titleEn });
        }}
      />
      <ColumnField
        label={ADMIN_TEXT.provinceColumn}
        value={draft.province}
        headers={headers}
        none={ADMIN_TEXT.choose}
        onChange={(province) => {
          set({ province });
        }}
      />
      <ColumnField
        label={ADMIN_TEXT.dateColumn}
        value={draft.date}
        headers={headers}
        none={ADMIN_TEXT.noDate}
        onChange={(date) => {
          set({ date });
        }}
      />
      {draft.measures.map((measure, index) => (
        <MeasureFields
          key={index}
          index={index}
          measure={measure}
          headers={headers}
          onChange={(next) => {
            setMeasure(index, next);
          }}
          onRemove={
            draft.measures.length === 1
              ? null
              : () => {
                  set({ measures: draft.measures.filter((_, i) => i !== index) });
                }
          }
        />
      ))}
      <button
        type="button"
        onClick={() => {
          set({ measures: [...draft.measures, EMPTY_MEASURE] });
        }}
      >
        {bothText(ADMIN_TEXT.addMeasure)}
      </button>
      <TextField
        label={ADMIN_TEXT.sourceTh}
        value={draft.sourceTh}
        onChange={(sourceTh) => {
          set({ sourceTh });
        }}
      />
      <TextField
        label={ADMIN_TEXT.sourceEn}
        value={draft.sourceEn}
        onChange={(sourceEn) => {
          set({ sourceEn });
        }}
      />
      <TextField
        label={ADMIN_TEXT.licence}
        value={draft.licence}
        onChange={(licence) => {
          set({ licence });
        }}
      />
      {problems.length === 0 ? null : (
        <ul className="admin-problems">
          {problems.map((problem, index) => (
            <li key={index}>
              <Both text={problem} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
