/**
 * `npm run report-template -- <dataset-id> [--group g:id] [--period label] [--deadline date]
 * [--out file.xlsx] [--manifest file]`: the province report template of the monthly meeting
 * (issue 15 item 5). See `--help`, scripts/report-template/ and
 * src/data/ingest/province-report/README.md.
 */
import {
  parseTemplateOptions,
  REPORT_TEMPLATE_USAGE,
  runReportTemplate,
} from './report-template/run-report-template';

try {
  const options = parseTemplateOptions(
    process.argv.slice(2),
    new Date().toISOString().slice(0, 10),
  );
  if (options === null) console.log(REPORT_TEMPLATE_USAGE);
  else for (const line of runReportTemplate(options)) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
