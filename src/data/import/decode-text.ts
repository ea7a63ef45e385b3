/**
 * Text decoding for imported files: UTF-8 with or without a byte-order mark, UTF-16 with a BOM
 * (as Excel's "Unicode text" writes it), and the old Thai single-byte encoding TIS-620 /
 * Windows-874 that older government systems still export.
 */
import type { TextEncodingName } from './import-types';

/** Decoded text, or the byte offset where the bytes stop being any encoding we know. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly badByteOffset: number };

const THAI_FIRST_BYTE = 0xa1;
const THAI_LAST_BYTE = 0xfb;
// Bytes Windows-874 leaves unassigned in the Thai block.
const UNASSIGNED_874 = new Set([0xdb, 0xdc, 0xdd, 0xde]);
// Windows-874 punctuation below the Thai block: euro, ellipsis, curly quotes, dashes, NBSP.
const PUNCTUATION_874 = new Set([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa0]);

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : 3;
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    for (let k = 1; k <= extra; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return -1;
}

/**
 * Offset of the first byte that rules out Windows-874 Thai text, or -1 when every high byte is
 * an assigned Windows-874 character and at least one is Thai.
 */
function firstNonWindows874(bytes: Uint8Array): number {
  let thai = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b < 0x80 || PUNCTUATION_874.has(b)) continue;
    if (b < THAI_FIRST_BYTE || b > THAI_LAST_BYTE || UNASSIGNED_874.has(b)) return i;
    thai = true;
  }
  return thai ? -1 : 0;
}

/** UTF-16 without a BOM: ASCII text has a zero byte in every other position. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven += 1;
      else zeroOdd += 1;
    }
  }
  const half = sample / 2;
  if (zeroOdd > half * 0.4 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > half * 0.4 && zeroOdd === 0) return 'utf-16be';
  return null;
}

/**
 * Decodes file bytes to text, detecting the encoding: a UTF-8 or UTF-16 byte-order mark wins;
 * else valid UTF-8 is UTF-8; else bytes that are all ASCII or Thai (0xA1-0xFB) are Windows-874
 * (a superset of TIS-620). The BOM is not part of the text. Never throws.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) return { ok: false, badByteOffset: bad + 3 };
    return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8-bom' };
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16 !== null) return { ok: true, text: decodeUtf16(bytes, utf16), encoding: utf16 };
  const badUtf8 = firstInvalidUtf8(bytes);
  if (badUtf8 < 0) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  const bad874 = firstNonWindows874(bytes);
  if (bad874 >= 0) return { ok: false, badByteOffset: bad874 };
  return { ok: true, text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** 1-based line of a byte offset (counting LF bytes; CR-only files count CRs). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) lf += 1;
    else if (bytes[i] === 0x0d) cr += 1;
  }
  return 1 + (lf > 0 ? lf : cr);
}
