import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ExportedImage } from './batch';
import { pdfOfImages, pptxOfImages } from './packages';

/** A 16 × 9 PNG of two colours, so the deck and the PDF carry a real picture. */
function pageImage(title: string, fileName: string): ExportedImage {
  const png = new PNG({ width: 16, height: 9 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data.set(i < png.data.length / 2 ? [200, 30, 40, 255] : [250, 250, 240, 255], i);
  }
  return {
    png: new Uint8Array(PNG.sync.write(png)),
    width: 16,
    height: 9,
    title,
    subtitle: 'ข้อมูลสาธิต · demo data',
    notes: 'ที่มา: กรมควบคุมโรค · ข้อมูล ณ 2025-03-31',
    fileName,
  };
}

const PAGES = [pageImage('ความครอบคลุมวัคซีน', 'a.png'), pageImage('เรื่องร้องเรียน', 'b.png')];

describe('the briefing packages, written with one zip library (fflate, through the shims)', () => {
  it('makes a deck: one slide per image, the picture byte for byte, titles and notes in Thai', async () => {
    const file = await pptxOfImages(PAGES, 'deck.pptx', 'บรรยายสรุป');
    const entries = unzipSync(file.bytes);
    const names = Object.keys(entries);
    expect(names).toContain('[Content_Types].xml');
    expect(names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toEqual([
      'ppt/slides/slide1.xml',
      'ppt/slides/slide2.xml',
    ]);
    const media = names.filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    expect(media).toHaveLength(2);
    for (const name of media) expect(entries[name]).toEqual(PAGES[0]?.png);
    const text = (name: string) => new TextDecoder().decode(entries[name]);
    expect(text('ppt/slides/slide2.xml')).toContain('เรื่องร้องเรียน');
    expect(text('ppt/notesSlides/notesSlide1.xml')).toContain('ข้อมูล ณ 2025-03-31');
    expect(text('docProps/core.xml')).toContain('<dc:title>บรรยายสรุป</dc:title>');
  });

  it('makes a PDF whose compressed streams are zlib that Node reads, one page per image', async () => {
    const file = await pdfOfImages(PAGES, 'deck.pdf', 'บรรยายสรุป', 96);
    const pdf = await PDFDocument.load(file.bytes);
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getPage(1).getSize()).toEqual({ width: 12, height: 6.75 });
    expect(pdf.getTitle()).toBe('บรรยายสรุป');
    const flate = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
      .filter((stream) => stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode'));
    // Per page: the image's colour, its alpha mask and the content stream drawing it.
    // Per page, deflated by the shim: the image's RGB samples (16 × 9 pixels × 3 bytes; an opaque
    // PNG gets no alpha mask) and the content stream that draws it.
    const sizes = flate.map((stream) => inflateSync(stream.contents).length);
    expect(sizes).toEqual([16 * 9 * 3, 89, 16 * 9 * 3, 89]);
  });
});
