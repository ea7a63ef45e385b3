// @ts-check
/**
 * ESLint rule `floors/import-floors`: the folders of src/ are floors, and code only imports from
 * its own floor or a lower one, never from a peer on the same floor, and never in a circle.
 *
 * Why a local rule rather than eslint-plugin-import-x (`no-cycle` + `no-restricted-paths`):
 * import-x's no-cycle skips type-only imports, yet the circles this project had were all made of
 * types kept in the wrong file, and they tie the files together just as firmly. This rule counts
 * every relative import: value, type-only, `export … from` and dynamic `import()`. It also needs
 * no resolver and adds no dependency.
 *
 * Other files are read with TypeScript's pre-processor (imports only, no full parse) and cached
 * by modification time, so one lint run reads each file once.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Files that support tests: they may import any floor (and production code may not import them). */
const TEST_SUPPORT = [/\.test\.tsx?$/, /[\\/]testing[\\/]/, /[\\/]__fixtures__[\\/]/];

/** Extensions tried, in order, for an import written without one. */
const CANDIDATE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** @type {Map<string, { mtimeMs: number, imports: string[] }>} */
const importCache = new Map();

/** @param {string} file */
function isTestSupport(file) {
  return TEST_SUPPORT.some((pattern) => pattern.test(file));
}

/**
 * The TypeScript file a relative specifier names, or null (packages, CSS, JSON, missing files).
 * @param {string} fromFile
 * @param {string} specifier
 */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const bare = specifier.replace(/[?#].*$/, '').replace(/\.js$/, '');
  const base = path.resolve(path.dirname(fromFile), bare);
  for (const suffix of CANDIDATE_SUFFIXES) {
    const candidate = base + suffix;
    if (!/\.tsx?$/.test(candidate)) continue;
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this candidate; try the next.
    }
  }
  return null;
}

/**
 * The files one file imports (relative TypeScript imports only), read from disk.
 * @param {string} file
 * @returns {string[]}
 */
function importsOf(file) {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = importCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.imports;
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const imports = [];
  for (const imported of info.importedFiles) {
    const target = resolveImport(file, imported.fileName);
    if (target) imports.push(target);
  }
  importCache.set(file, { mtimeMs, imports });
  return imports;
}

/**
 * The files of `start`'s strongly connected component (the files it is in a circle with),
 * by Tarjan's algorithm over what `start` reaches.
 * @param {string} start
 * @returns {Set<string>}
 */
function circleOf(start) {
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {Set<string>} */
  let found = new Set();
  /** @param {string} file */
  const visit = (file) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of importsOf(file)) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component = new Set();
      let member;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.add(member);
      } while (member !== file);
      if (component.has(start)) found = component;
    }
  };
  visit(start);
  return found;
}

/**
 * The shortest way back from `from` to `to` inside one circle, both ends included.
 * @param {string} from
 * @param {string} to
 * @param {Set<string>} circle
 */
function pathWithin(from, to, circle) {
  /** @type {Map<string, string | null>} */
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (file === to) break;
    for (const next of importsOf(file)) {
      if (circle.has(next) && !previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  const steps = [];
  for (let at = /** @type {string | null | undefined} */ (to); at; at = previous.get(at)) {
    steps.unshift(at);
  }
  return steps;
}

/**
 * @typedef {{ srcRoot: string, floors: string[][] }} FloorOptions
 * `floors`: folder names directly under `srcRoot`, lowest floor first; folders listed together
 * are peers. Files directly in `srcRoot` (main.tsx) are above every floor.
 */

/**
 * Where a file stands: the rank of its floor, the floor's name, or null when outside srcRoot or
 * in a folder on no floor.
 * @param {string} file
 * @param {FloorOptions} options
 */
function floorOf(file, options) {
  const relative = path.relative(options.srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  if (parts.length === 1) return { rank: options.floors.length, name: 'src', folder: null };
  const folder = parts[0] ?? '';
  const rank = options.floors.findIndex((group) => group.includes(folder));
  return rank < 0 ? null : { rank, name: folder, folder };
}

/** @type {import('eslint').Rule.RuleModule} */
const importFloors = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the floors of src/ and never in a circle.' },
    schema: [
      {
        type: 'object',
        properties: {
          srcRoot: { type: 'string' },
          floors: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        },
        required: ['srcRoot', 'floors'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward:
        "'{{from}}' (floor {{fromFloor}}) imports '{{to}}' from the higher floor {{toFloor}}. Move the shared code down to a floor both can import, or pass it in from above.",
      peer: "'{{from}}' imports '{{to}}' from its peer floor {{toFloor}}: peers do not import each other. Move the shared code down a floor, or pass it in from above.",
      testSupport:
        "Production file '{{from}}' imports test support '{{to}}'. Tests and testing/ helpers are never shipped.",
      circle:
        'Import circle: {{circle}}. Move what both sides need (often a type) into a file that neither of them imports back.',
    },
  },
  create(context) {
    const options = /** @type {FloorOptions} */ (context.options[0]);
    const file = context.filename;
    const display = (/** @type {string} */ target) =>
      path.relative(path.dirname(options.srcRoot), target).split(path.sep).join('/');
    const from = floorOf(file, options);
    const checksFloors = from !== null && !isTestSupport(file);
    /** @type {Set<string> | null} */
    let circle = null;

    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const target = resolveImport(file, source);
      if (!target) return;
      if (checksFloors && from) {
        const to = floorOf(target, options);
        const data = {
          from: display(file),
          to: display(target),
          fromFloor: from.name,
          toFloor: to?.name ?? '?',
        };
        if (isTestSupport(target)) {
          context.report({ node, messageId: 'testSupport', data });
        } else if (to && to.rank > from.rank) {
          context.report({ node, messageId: 'upward', data });
        } else if (to && to.rank === from.rank && to.folder !== from.folder) {
          context.report({ node, messageId: 'peer', data });
        }
      }
      circle ??= circleOf(file);
      if (circle.has(target)) {
        const loop = [file, ...pathWithin(target, file, circle)].map(display).join(' → ');
        context.report({ node, messageId: 'circle', data: { circle: loop } });
      }
    };

    return {
      ImportDeclaration: (node) => {
        check(node, node.source.value);
      },
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration: (node) => {
        check(node, node.source.value);
      },
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};

/** The plugin, registered in eslint.config.js as `floors`. */
export default { rules: { 'import-floors': importFloors } };
