// @ts-check
/**
 * pako 1.x as pdf-lib uses it, done by fflate so the export chunk carries one zip library.
 * pdf-lib deflates its content and image streams (`pako.deflate(bytes)`), @pdf-lib/upng deflates
 * with `{ level: 0 }` and @pdf-lib/standard-fonts inflates its font metrics (`pako.inflate(bytes)`).
 * Both work on zlib-wrapped data, as PDF's FlateDecode does. Any other option is refused loudly
 * instead of being ignored, so a future caller cannot get a silently different stream.
 */
import { unzlibSync, zlibSync } from 'fflate';

/** @typedef {0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9} Level */

/** zlib's default level, which pako's -1 means. */
const DEFAULT_LEVEL = 6;

/**
 * @param {unknown} data
 * @returns {Uint8Array}
 */
function bytesOf(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(/** @type {number[]} */ (data));
  throw new TypeError('pako shim (War Room): expected bytes (Uint8Array, ArrayBuffer or number[])');
}

/**
 * @param {Record<string, unknown> | undefined} options
 * @returns {Level}
 */
function levelOf(options) {
  for (const key of Object.keys(options ?? {})) {
    if (key !== 'level') {
      throw new Error(`pako shim (War Room): option "${key}" is not supported, only "level"`);
    }
  }
  const level = options?.level ?? -1;
  if (level === -1) return DEFAULT_LEVEL;
  if (typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= 9) {
    return /** @type {Level} */ (level);
  }
  throw new RangeError(
    `pako shim (War Room): level must be -1 or 0-9, got ${JSON.stringify(level)}`,
  );
}

/**
 * Compresses `data` into a zlib stream (RFC 1950), as pako.deflate does.
 * @param {Uint8Array | ArrayBuffer | number[]} data
 * @param {{ level?: number }} [options]
 * @returns {Uint8Array}
 */
export function deflate(data, options) {
  return zlibSync(bytesOf(data), { level: levelOf(options) });
}

/**
 * Decompresses a zlib stream, as pako.inflate does without options.
 * @param {Uint8Array | ArrayBuffer | number[]} data
 * @param {Record<string, unknown>} [options]
 * @returns {Uint8Array}
 */
export function inflate(data, options) {
  if (options !== undefined && Object.keys(options).length > 0) {
    throw new Error('pako shim (War Room): inflate takes no options here');
  }
  return unzlibSync(bytesOf(data));
}

// pdf-lib imports pako's default export (`import pako from 'pako'`).
export default { deflate, inflate };
