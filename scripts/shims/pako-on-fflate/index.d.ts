/** pako 1.x as pdf-lib uses it (see index.js). */
export function deflate(
  data: Uint8Array | ArrayBuffer | number[],
  options?: { level?: number },
): Uint8Array;
export function inflate(data: Uint8Array | ArrayBuffer | number[]): Uint8Array;

declare const pako: { deflate: typeof deflate; inflate: typeof inflate };
export default pako;
