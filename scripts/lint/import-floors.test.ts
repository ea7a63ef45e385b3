import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import floorsPlugin from './import-floors.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const FLOORS = [['low'], ['mid'], ['top', 'side']];

/** A tiny src/ with one upward import, one peer import, one circle and clean files. */
const FIXTURE: Record<string, string> = {
  'low/base.ts': 'export const base = 1;\n',
  // Upward: a low floor reaching for the top.
  'low/reaches-up.ts': "import { top } from '../top/top';\nexport const up = top;\n",
  // A circle of three made only of type imports, which still counts.
  'mid/a.ts': "import type { B } from './b';\nexport type A = { b?: B };\n",
  'mid/b.ts': "import type { C } from './c';\nexport type B = { c?: C };\n",
  'mid/c.ts': "import type { A } from './a';\nexport type C = { a?: A };\n",
  'mid/test-helper-user.ts': "import { fake } from './testing/fake';\nexport const f = fake;\n",
  'mid/testing/fake.ts': "import { top } from '../../top/top';\nexport const fake = top;\n",
  'mid/uses-low.test.ts': "import { top } from '../top/top';\nexport const t = top;\n",
  'top/top.ts': "import { base } from '../low/base';\nexport const top = base;\n",
  // Peers on one floor do not import each other, even lazily.
  'side/side.ts': "export const side = async () => (await import('../top/top')).top;\n",
  'main.ts':
    "import { side } from './side/side';\nimport { top } from './top/top';\nexport { side, top };\n",
};

let root = '';

async function lintFixture(): Promise<Map<string, string[]>> {
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { floors: floorsPlugin },
      rules: { 'floors/import-floors': ['error', { srcRoot: root, floors: FLOORS }] },
    },
  ];
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const byFile = new Map<string, string[]>();
  for (const result of await eslint.lintFiles(['**/*.ts'])) {
    const messages = result.messages.map((m) => `${String(m.line)}: ${m.message}`);
    if (messages.length > 0) byFile.set(path.relative(root, result.filePath), messages);
  }
  return byFile;
}

describe('floors/import-floors', () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'floors-'));
    for (const [name, text] of Object.entries(FIXTURE)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the upward import, the peer import, the test helper and every file of the circle', async () => {
    const reported = await lintFixture();
    const at = path.basename(root);
    expect(Object.fromEntries(reported)).toEqual({
      'low/reaches-up.ts': [
        `1: '${at}/low/reaches-up.ts' (floor low) imports '${at}/top/top.ts' from the higher floor top. Move the shared code down to a floor both can import, or pass it in from above.`,
      ],
      'mid/a.ts': [
        `1: Import circle: ${at}/mid/a.ts → ${at}/mid/b.ts → ${at}/mid/c.ts → ${at}/mid/a.ts. Move what both sides need (often a type) into a file that neither of them imports back.`,
      ],
      'mid/b.ts': [
        expect.stringContaining(
          `circle: ${at}/mid/b.ts → ${at}/mid/c.ts → ${at}/mid/a.ts → ${at}/mid/b.ts.`,
        ),
      ],
      'mid/c.ts': [
        expect.stringContaining(
          `circle: ${at}/mid/c.ts → ${at}/mid/a.ts → ${at}/mid/b.ts → ${at}/mid/c.ts.`,
        ),
      ],
      'mid/test-helper-user.ts': [
        `1: Production file '${at}/mid/test-helper-user.ts' imports test support '${at}/mid/testing/fake.ts'. Tests and testing/ helpers are never shipped.`,
      ],
      'side/side.ts': [
        `1: '${at}/side/side.ts' imports '${at}/top/top.ts' from its peer floor top: peers do not import each other. Move the shared code down a floor, or pass it in from above.`,
      ],
    });
  });

  it('is on for every source file of the project, with src/ and its floors', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const config = (await eslint.calculateConfigForFile(path.join(REPO, 'src/ui/App.tsx'))) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules['floors/import-floors']).toEqual([
      2,
      {
        srcRoot: path.join(REPO, 'src'),
        floors: [
          ['i18n'],
          ['data'],
          ['state'],
          ['datasets'],
          ['map', 'charts'],
          ['ui'],
          ['modes', 'export'],
        ],
      },
    ]);
  });
});
