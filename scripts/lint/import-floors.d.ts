// Types of import-floors.js (a plain JS module, as eslint.config.js loads it without a build).
import type { ESLint } from 'eslint';

/** The TypeScript file a relative specifier names, or null. */
export function resolveImport(fromFile: string, specifier: string): string | null;

declare const plugin: ESLint.Plugin;
export default plugin;
