import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * The briefing export ships one zip library: pptxgenjs's JSZip and pdf-lib's pako are replaced
 * by the shims in scripts/shims (package.json `overrides`), which call fflate. This reads the
 * build the browser tier serves (no browser needed) and follows the export chunk's imports.
 */

/** Strings each library's code carries (error messages survive minification). */
const MARKERS = {
  pptxgenjs: 'ppt/slideMasters/slideMaster1.xml',
  pdfLib: 'Failed to parse PDF document',
  jszip: 'The constructor with parameters has been removed in JSZip 3.0',
  pako: 'invalid stored block lengths',
  fflate: 'invalid zip data',
} as const;

function occurrences(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

/** The chunk holding pptxgenjs and every chunk it imports statically, as file name → code. */
function exportChunks(assets: string): Map<string, string> {
  const code = new Map<string, string>();
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    code.set(name, readFileSync(path.join(assets, name), 'utf8'));
  }
  const start = [...code].filter(([, text]) => text.includes(MARKERS.pptxgenjs));
  expect(start.map(([name]) => name)).toHaveLength(1);
  const reached = new Map<string, string>();
  const queue = start.map(([name]) => name);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const text = code.get(name);
    if (text === undefined || reached.has(name)) continue;
    reached.set(name, text);
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
      if (match[1]) queue.push(match[1]);
    }
  }
  return reached;
}

describe('the export chunk', () => {
  it('carries pptxgenjs and pdf-lib over fflate alone: no JSZip, no pako', () => {
    const chunks = exportChunks(path.join(inject('distDir'), 'assets'));
    const count = (marker: string) =>
      [...chunks.values()].reduce((sum, text) => sum + occurrences(text, marker), 0);
    expect(count(MARKERS.pptxgenjs)).toBeGreaterThan(0);
    expect(count(MARKERS.pdfLib)).toBeGreaterThan(0);
    expect(count(MARKERS.jszip)).toBe(0);
    expect(count(MARKERS.pako)).toBe(0);
    // fflate once: the same copy the xlsx reader and the ZIP of PNGs use.
    expect(count(MARKERS.fflate)).toBe(1);
  });
});
