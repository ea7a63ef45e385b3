/** The part of JSZip 3 that pptxgenjs uses to write a deck (see index.js). */
export interface GenerateOptions {
  type: 'uint8array' | 'arraybuffer' | 'base64' | 'blob' | 'nodebuffer';
  compression?: 'STORE' | 'DEFLATE';
  mimeType?: string;
}

export default class JSZip {
  constructor();
  folder(name: string): JSZip;
  file(
    name: string,
    data: string | Uint8Array | ArrayBuffer,
    options?: { base64?: boolean },
  ): JSZip;
  generateAsync(options: GenerateOptions): Promise<unknown>;
  static loadAsync(): never;
}
