/**
 * Packs exported images into one file: a ZIP of PNGs, a PowerPoint deck (one slide per image,
 * a real title and the sources in the speaker notes) or a PDF of the same pages. All in the
 * browser, no server.
 */
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import PptxGenJS from 'pptxgenjs';
import type { ExportedImage } from './batch';
import { pageSizePt } from './presets';

/** A file ready to save. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** A ZIP holding the images under their file names (PNG is compressed already: stored as is). */
export function zipImages(images: readonly ExportedImage[], name: string): ExportFile {
  const entries: Record<string, Uint8Array> = {};
  for (const image of images) {
    let entryName = image.fileName;
    for (let n = 2; entryName in entries; n++) {
      entryName = image.fileName.replace(/\.png$/, `-${n}.png`);
    }
    entries[entryName] = image.png;
  }
  return { name, bytes: zipSync(entries, { level: 0 }), type: 'application/zip' };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

const MASTER = 'WAR_ROOM_BRIEFING';

/**
 * A PowerPoint deck with one slide per image, sized to the images' aspect ratio (10 inches
 * wide). Each slide has a title placeholder holding the page title (under the picture, so it
 * shows in the outline and to screen readers) and the sources in its notes.
 */
export async function pptxOfImages(
  images: readonly ExportedImage[],
  name: string,
  title: string,
): Promise<ExportFile> {
  const first = images[0];
  const aspect = first ? first.height / first.width : 9 / 16;
  const width = 10;
  const height = Math.round(width * aspect * 1000) / 1000;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BRIEFING', width, height });
  pptx.layout = 'BRIEFING';
  pptx.title = title;
  pptx.company = 'War Room';
  pptx.defineSlideMaster({
    title: MASTER,
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: 0.3, y: 0.2, w: width - 0.6, h: 0.8 },
          text: '',
        },
      },
    ],
  });
  for (const image of images) {
    const slide = pptx.addSlide({ masterName: MASTER });
    slide.addText(image.title, { placeholder: 'title' });
    slide.addImage({
      data: `data:image/png;base64,${base64(image.png)}`,
      x: 0,
      y: 0,
      w: width,
      h: height,
      altText: `${image.title}. ${image.subtitle}`,
    });
    slide.addNotes(`${image.title}\n${image.notes}`);
  }
  const data = await pptx.write({ outputType: 'uint8array' });
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
  return {
    name,
    bytes,
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  };
}

/** A PDF with one page per image, each page the image's size at `dpi`. */
export async function pdfOfImages(
  images: readonly ExportedImage[],
  name: string,
  title: string,
  dpi: number,
): Promise<ExportFile> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('War Room');
  pdf.setProducer('War Room briefing export');
  pdf.setSubject(images.map((image) => `${image.title}\n${image.notes}`).join('\n\n'));
  for (const image of images) {
    const png = await pdf.embedPng(image.png);
    const [width, height] = pageSizePt(image.width, image.height, dpi);
    const page = pdf.addPage([width, height]);
    page.drawImage(png, { x: 0, y: 0, width, height });
  }
  return { name, bytes: await pdf.save(), type: 'application/pdf' };
}

/** Offers `file` for download (a blob URL and a temporary link). */
export function saveFile(file: ExportFile): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
