import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateDef } from '../../src/data/published/aggregates';
import { DEFAULT_OPTIONS, REPO_ROOT } from '../demo-data/options';
import { readStaticDatasets } from '../demo-data/reference-data';
import { aggregateSqlBlock } from './print-sql';
import { schemaOnlyRegistry } from './published-manifest';

describe('data/README.md', () => {
  it.each(['road_safety_daily', 'households'])(
    'shows the SQL `npm run aggregate -- --print-sql` prints for %s',
    (id) => {
      const readme = readFileSync(join(REPO_ROOT, 'data/README.md'), 'utf8');
      const raw = schemaOnlyRegistry(
        readStaticDatasets(join(DEFAULT_OPTIONS.dataDir, 'datasets.json')),
        'data/datasets.json',
      );
      const block = aggregateSqlBlock(raw, aggregateDef(id));
      // When this fails, paste the printed SQL into the section "Publishing real data".
      expect(readme).toContain(`\`\`\`sql\n${block}\n\`\`\``);
    },
  );
});
