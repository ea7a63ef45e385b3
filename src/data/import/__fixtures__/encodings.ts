/** Test-only encoders for the byte forms real files arrive in (TextEncoder only writes UTF-8). */

/** Windows-874 / TIS-620 bytes of ASCII and Thai text (Thai U+0E01-U+0E5B is 0xA1-0xFB). */
export function windows874(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
    throw new Error(`not encodable in Windows-874: ${ch}`);
  });
}

/** UTF-16 bytes of `text`, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const body = (bom ? '\uFEFF' : '') + text;
  const units = Array.from({ length: body.length }, (_, i) => body.charCodeAt(i));
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes[i * 2] = endian === 'le' ? lo : hi;
    bytes[i * 2 + 1] = endian === 'le' ? hi : lo;
  });
  return bytes;
}

/** UTF-8 bytes, optionally with a byte-order mark (as Excel's "CSV UTF-8" writes). */
export function utf8(text: string, bom = false): Uint8Array {
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
}
