import { createRequire } from 'node:module';
import { deflateSync, inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
// Imported by the package names pptxgenjs and pdf-lib use: proves package.json's overrides too.
import JSZip from 'jszip';
import pako, { deflate, inflate } from 'pako';
import { describe, expect, it } from 'vitest';

const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** The central directory in archive order: [name, compression method, external attributes]. */
function centralEntries(zip: Uint8Array): [string, number, number][] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries: [string, number, number][] = [];
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = decode(zip.subarray(at + 46, at + 46 + nameLength));
    entries.push([name, view.getUint16(at + 10, true), view.getUint32(at + 38, true)]);
    at += 45 + nameLength;
  }
  return entries;
}

describe('the jszip shim (pptxgenjs writes decks through it)', () => {
  it('is what the installed "jszip" resolves to, and nothing else is installed under that name', () => {
    const require = createRequire(import.meta.url);
    expect(require.resolve('jszip')).toMatch(/scripts\/shims\/jszip-on-fflate\/index\.js$/);
    expect(require.resolve('pako')).toMatch(/scripts\/shims\/pako-on-fflate\/index\.js$/);
  });

  it('writes folders, text as UTF-8 and base64 content in the order added, stored by default', async () => {
    const zip = new JSZip();
    zip.folder('ppt').folder('_rels');
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('ppt/slides/slide1.xml', '<a:t>ข้อมูลสาธิต</a:t>');
    zip.file('ppt/media/image-1.png', btoa('\x89PNG\x00\xff'), { base64: true });
    const bytes = (await zip.generateAsync({ type: 'uint8array' })) as Uint8Array;

    expect(centralEntries(bytes)).toEqual([
      ['ppt/', 0, 0x10],
      ['ppt/_rels/', 0, 0x10],
      ['[Content_Types].xml', 0, 0],
      ['ppt/slides/', 0, 0x10],
      ['ppt/slides/slide1.xml', 0, 0],
      ['ppt/media/', 0, 0x10],
      ['ppt/media/image-1.png', 0, 0],
    ]);
    const files = unzipSync(bytes);
    expect(decode(files['ppt/slides/slide1.xml'])).toBe('<a:t>ข้อมูลสาธิต</a:t>');
    expect([...(files['ppt/media/image-1.png'] ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 0xff]);
    expect(files['ppt/']).toEqual(new Uint8Array(0));
  });

  it('deflates files when asked, and gives the same archive as base64, arraybuffer and blob', async () => {
    const zip = new JSZip();
    const text = '<p:sld/>'.repeat(500);
    zip.file('slide.xml', text);
    const deflated = (await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
    })) as Uint8Array;
    expect(centralEntries(deflated)).toEqual([['slide.xml', 8, 0]]);
    expect(deflated.length).toBeLessThan(200);
    expect(decode(unzipSync(deflated)['slide.xml'])).toBe(text);

    const base64 = (await zip.generateAsync({ type: 'base64' })) as string;
    const fromBase64 = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    expect(decode(unzipSync(fromBase64)['slide.xml'])).toBe(text);
    const buffer = (await zip.generateAsync({ type: 'arraybuffer' })) as ArrayBuffer;
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(decode(unzipSync(new Uint8Array(buffer))['slide.xml'])).toBe(text);
    const blob = (await zip.generateAsync({ type: 'blob' })) as Blob;
    expect(blob.type).toBe('application/zip');
    expect(blob.size).toBe(buffer.byteLength);
  });

  it('refuses what it does not do, naming itself', async () => {
    const zip = new JSZip();
    await expect(zip.generateAsync({ type: 'string' as 'base64' })).rejects.toThrow(
      'jszip shim (War Room): output type "string" is not supported',
    );
    expect(() => zip.file('a.xml', undefined as unknown as string)).toThrow(
      'jszip shim (War Room): reading entries is not supported',
    );
    expect(() => JSZip.loadAsync()).toThrow('jszip shim (War Room): reading archives');
  });
});

describe('the pako shim (pdf-lib compresses streams and reads its fonts through it)', () => {
  const text = new TextEncoder().encode('BT /F1 12 Tf (War Room) Tj ET\n'.repeat(200));

  it('deflates to a zlib stream that Node’s zlib reads back', () => {
    const compressed = deflate(text);
    expect([compressed[0], compressed.length < text.length]).toEqual([0x78, true]);
    expect(new Uint8Array(inflateSync(compressed))).toEqual(text);
    // Level 0 (as @pdf-lib/upng asks) stores: a little longer than the input.
    const stored = pako.deflate(text, { level: 0 });
    expect(stored.length).toBeGreaterThan(text.length);
    expect(new Uint8Array(inflateSync(stored))).toEqual(text);
  });

  it('inflates a zlib stream Node’s zlib wrote', () => {
    expect(inflate(new Uint8Array(deflateSync(text)))).toEqual(text);
    // An ArrayBuffer is read too.
    expect(pako.inflate(new Uint8Array(deflateSync(text)).buffer)).toEqual(text);
  });

  it('refuses options it does not honour instead of ignoring them', () => {
    expect(() => deflate(text, { level: 11 })).toThrow('level must be -1 or 0-9, got 11');
    expect(() => deflate(text, { raw: true } as { level?: number })).toThrow(
      'option "raw" is not supported',
    );
    expect(() =>
      (inflate as (d: Uint8Array, o: object) => Uint8Array)(text, { to: 'string' }),
    ).toThrow('inflate takes no options here');
  });
});
