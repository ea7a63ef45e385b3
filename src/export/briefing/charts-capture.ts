/**
 * The charts beside the map as pictures for the page: each chart frame's SVG (recharts draws
 * SVG) serialised with its computed colours and type inlined, and the app's Sarabun faces
 * embedded as data URLs (an SVG drawn as an image cannot reach the page's web fonts). Charts
 * drawn in HTML rather than SVG are left out.
 */
import type { PageChart } from './compose';

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

let fontCss: Promise<string> | null = null;

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('font could not be read'));
    };
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules of Sarabun with each file inlined (read once per page). */
function embeddedFontCss(): Promise<string> {
  fontCss ??= (async () => {
    const rules: string[] = [];
    for (const sheet of [...document.styleSheets]) {
      let cssRules: CSSRuleList;
      try {
        cssRules = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of [...cssRules]) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const style = rule.style;
        if (!style.getPropertyValue('font-family').includes('Sarabun')) continue;
        const match = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(style.getPropertyValue('src'));
        if (!match?.[1]) continue;
        const href = new URL(match[1], sheet.href ?? document.baseURI).href;
        const response = await fetch(href);
        if (!response.ok) continue;
        const data = await blobToDataUrl(await response.blob());
        rules.push(
          `@font-face{font-family:Sarabun;font-style:normal;font-weight:${style.getPropertyValue('font-weight')};` +
            `src:url(${data}) format('woff2');unicode-range:${style.getPropertyValue('unicode-range')};}`,
        );
      }
    }
    return rules.join('\n');
  })();
  return fontCss;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  // Through the CSSOM: a style attribute written as text is inline style, which the app's
  // Content-Security-Policy blocks; the serialised copy carries the attribute all the same.
  if (target instanceof SVGElement || target instanceof HTMLElement) {
    for (const property of STYLE_PROPERTIES) {
      target.style.setProperty(property, computed.getPropertyValue(property));
    }
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const a = sourceChildren[i];
    const b = targetChildren[i];
    if (a && b) inlineStyles(a, b);
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('a chart could not be drawn'));
    };
    image.src = url;
  });
}

/** The charts on screen (side panel), in screen order, as images at twice their CSS size. */
export async function captureCharts(root: ParentNode = document): Promise<PageChart[]> {
  const css = await embeddedFontCss();
  const charts: PageChart[] = [];
  for (const frame of root.querySelectorAll('.side-panel .chart-frame')) {
    const svg = frame.querySelector('svg.recharts-surface');
    if (!svg) continue;
    const { width, height } = svg.getBoundingClientRect();
    if (width < 10 || height < 10) continue;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, copy);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(width * 2));
    copy.setAttribute('height', String(height * 2));
    copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = css;
    copy.insertBefore(style, copy.firstChild);
    const text = new XMLSerializer().serializeToString(copy);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = await loadImage(url);
      const title = frame.querySelector('.chart-title')?.textContent ?? '';
      charts.push({ title, image, width: width * 2, height: height * 2 });
    } catch (error) {
      console.warn('chart left out of the export', error);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return charts;
}
