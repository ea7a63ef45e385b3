// @ts-check
/**
 * JSZip 3 as pptxgenjs uses it to write a deck, done by fflate so the export chunk carries one zip
 * library. pptxgenjs only writes: `new JSZip()`, `folder(name)` (chained), `file(name, text)`,
 * `file(name, base64, { base64: true })` and `generateAsync({ type, compression })`. Reading
 * (`loadAsync`, `file(name)` as a getter) is refused with an error naming the shim.
 *
 * Like JSZip: entries keep the order they were added in, folders (and the parents of files) get
 * their own directory entries, text is stored as UTF-8, and entries are stored uncompressed unless
 * `compression: 'DEFLATE'` is asked for (then level 6, JSZip's default). The archive is built with
 * fflate's synchronous `zipSync`: fflate's asynchronous API starts workers from blob: URLs, which
 * the app's Content-Security-Policy refuses.
 */
import { strToU8, zipSync } from 'fflate';

/** @typedef {{ level: 0 | 6 }} EntryOptions */
/** @typedef {Map<string, Uint8Array | null>} Entries  null marks a directory */

const SHIM = 'jszip shim (War Room)';
const EMPTY = new Uint8Array(0);
/** The MS-DOS external attribute of a directory (fflate writes MS-DOS as the host system). */
const DOS_DIRECTORY = 0x10;

/**
 * @param {string} text
 * @returns {Uint8Array}
 */
function bytesOfBase64(text) {
  const binary = globalThis.atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * @param {Uint8Array} bytes
 * @returns {string}
 */
function base64OfBytes(bytes) {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return globalThis.btoa(binary);
}

/**
 * @param {unknown} data
 * @param {{ base64?: boolean } | undefined} options
 * @returns {Uint8Array}
 */
function contentOf(data, options) {
  if (typeof data === 'string') return options?.base64 ? bytesOfBase64(data) : strToU8(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError(`${SHIM}: file contents must be a string, Uint8Array or ArrayBuffer`);
}

/**
 * Adds directory entries for `path` and each of its parents ("a/b/" adds "a/" then "a/b/").
 * @param {Entries} entries
 * @param {string} path  a folder path ending in "/"
 */
function addFolders(entries, path) {
  let end = path.indexOf('/');
  while (end > 0) {
    const folder = path.slice(0, end + 1);
    if (!entries.has(folder)) entries.set(folder, null);
    end = path.indexOf('/', end + 1);
  }
}

/**
 * @param {Uint8Array} bytes
 * @param {string} type
 * @param {string | undefined} mimeType
 * @returns {unknown}
 */
function output(bytes, type, mimeType) {
  switch (type) {
    case 'uint8array':
      return bytes;
    case 'arraybuffer':
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    case 'base64':
      return base64OfBytes(bytes);
    case 'blob':
      return new Blob([/** @type {BlobPart} */ (bytes)], { type: mimeType ?? 'application/zip' });
    case 'nodebuffer':
      if (typeof globalThis.Buffer === 'undefined')
        throw new Error(`${SHIM}: nodebuffer needs Node`);
      return globalThis.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    default:
      throw new Error(`${SHIM}: output type "${type}" is not supported`);
  }
}

export default class JSZip {
  /** @type {Entries} */
  #entries;
  /** @type {string} */
  #prefix;

  /**
   * @param {Entries} [entries]  shared with the folder views of one archive
   * @param {string} [prefix]
   */
  constructor(entries, prefix) {
    this.#entries = entries ?? /** @type {Entries} */ (new Map());
    this.#prefix = prefix ?? '';
  }

  /**
   * A view of the folder `name` (created with its parents); files added to it go under it.
   * @param {string} name
   * @returns {JSZip}
   */
  folder(name) {
    const path = `${this.#prefix}${name.replace(/\/*$/, '')}/`;
    addFolders(this.#entries, path);
    return new JSZip(this.#entries, path);
  }

  /**
   * Adds (or replaces) the file `name`.
   * @param {string} name
   * @param {string | Uint8Array | ArrayBuffer} [data]
   * @param {{ base64?: boolean }} [options]
   * @returns {JSZip}
   */
  file(name, data, options) {
    if (data === undefined) throw new Error(`${SHIM}: reading entries is not supported`);
    const path = `${this.#prefix}${name}`;
    addFolders(this.#entries, path.slice(0, path.lastIndexOf('/') + 1));
    this.#entries.set(path, contentOf(data, options));
    return this;
  }

  /**
   * The whole archive in the asked form.
   * @param {{ type?: string, compression?: string, mimeType?: string }} [options]
   * @returns {Promise<unknown>}
   */
  generateAsync(options) {
    try {
      const type = options?.type;
      if (type === undefined) throw new Error(`${SHIM}: no output type given`);
      const level = options?.compression === 'DEFLATE' ? 6 : 0;
      /** @type {import('fflate').Zippable} */
      const zippable = {};
      for (const [path, content] of this.#entries) {
        // A directory is an empty stored entry with the MS-DOS directory attribute, as JSZip writes it.
        zippable[path] =
          content === null ? [EMPTY, { level: 0, attrs: DOS_DIRECTORY }] : [content, { level }];
      }
      const bytes = zipSync(zippable);
      return Promise.resolve(output(bytes, type, options?.mimeType));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** @returns {never} */
  static loadAsync() {
    throw new Error(`${SHIM}: reading archives is not supported`);
  }
}
