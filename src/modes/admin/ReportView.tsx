import type { Finding, ValidationReport } from '../../data/ingest/ingest-types';
import type { LocalText } from '../../data/manifest/manifest-types';
import { PROVINCES } from '../../data/places/provinces';
import { Both } from './Both';
import { ADMIN_TEXT } from './messages';
import { reportFacts } from './report-facts';

/** Items listed per section; the JSON report in the pack holds them all. */
const LIST_LIMIT = 25;

const texts = (findings: readonly Finding[]): LocalText[] =>
  findings.map((finding) => ({ th: finding.th, en: finding.en }));

function Section({
  kind,
  title,
  items,
  count = items.length,
}: {
  readonly kind: string;
  readonly title: LocalText;
  readonly items: readonly LocalText[];
  /** What the heading counts, when it is not the items (one line naming many provinces). */
  readonly count?: number;
}) {
  if (items.length === 0) return null;
  const rest = items.length - LIST_LIMIT;
  return (
    <section className={`admin-report-section admin-report-${kind}`} data-section={kind}>
      <h4>
        <Both text={{ th: `${title.th} (${count})`, en: `${title.en} (${count})` }} />
      </h4>
      <ul>
        {items.slice(0, LIST_LIMIT).map((item, index) => (
          <li key={index}>
            <Both text={item} />
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <p className="admin-muted">
          … <Both text={{ th: `และอีก ${rest} รายการ`, en: `and ${rest} more` }} />
        </p>
      ) : null}
    </section>
  );
}

/** The validation report of one check, as a readable list. */
export function ReportView({ report }: { readonly report: ValidationReport }) {
  const missing = report.missingProvinces.map((p) => p.name).join(', ');
  return (
    <div className="admin-report" data-ok={report.ok}>
      <h3>
        <Both text={ADMIN_TEXT.reportTitle} />
      </h3>
      <p className={report.ok ? 'admin-status admin-status-ok' : 'admin-status admin-status-bad'}>
        <Both text={report.ok ? ADMIN_TEXT.reportOk : ADMIN_TEXT.reportFailed} />
        {report.adapter === null ? null : <span className="admin-muted"> ({report.adapter})</span>}
      </p>
      <ul className="admin-facts">
        {reportFacts(report, PROVINCES.length).map((fact, index) => (
          <li key={index}>
            <Both text={fact} />
          </li>
        ))}
      </ul>
      <Section kind="errors" title={ADMIN_TEXT.errors} items={report.errors} />
      <Section kind="caveats" title={ADMIN_TEXT.caveats} items={report.caveats} />
      <Section kind="warnings" title={ADMIN_TEXT.warnings} items={report.warnings} />
      <Section kind="out-of-range" title={ADMIN_TEXT.outOfRange} items={texts(report.outOfRange)} />
      <Section kind="duplicates" title={ADMIN_TEXT.duplicates} items={texts(report.duplicates)} />
      <Section kind="unmatched" title={ADMIN_TEXT.unmatched} items={texts(report.unmatched)} />
      {report.ok && report.missingProvinces.length > 0 ? (
        <Section
          kind="missing"
          title={ADMIN_TEXT.missing}
          items={[{ th: missing, en: missing }]}
          count={report.missingProvinces.length}
        />
      ) : null}
    </div>
  );
}
