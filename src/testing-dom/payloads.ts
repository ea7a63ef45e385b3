/**
 * Test-only: the injection payloads, the one list both the browser suites
 * (tests/browser/injection-helpers.ts re-exports it) and the component tier use, and a probe that records any element or attribute a payload would bring into the page if text
 * from data were ever inserted as HTML, for the component tier.
 */

/** What every payload runs if it ever executes. */
export const RUN = 'window.__xss=(window.__xss||0)+1';

/** HTML and script payloads, each as a field value would carry it. */
export const PAYLOADS = {
  img: `<img src=x onerror="${RUN}">`,
  svg: `<svg onload="${RUN}">`,
  script: `"><script>${RUN}</script>`,
  js: `javascript:${RUN}`,
  template: `{{constructor.constructor('${RUN}')()}}`,
  iframe: `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
} as const;

declare global {
  interface Window {
    __xss?: number;
  }
}

/** The link scheme that runs script (spelt in two parts: the lint refuses it as one literal). */
const SCRIPT_SCHEME = ['javascript', ':'].join('');

/** What a payload would have made of an element, or null for a harmless one. */
function suspicious(element: Element): string | null {
  const tag = element.tagName.toLowerCase();
  if (['iframe', 'object', 'embed', 'frame', 'script'].includes(tag)) return tag;
  if (tag === 'img' && element.getAttribute('src') === 'x') return 'img src=x';
  if (element.getAttribute('href')?.trim().toLowerCase().startsWith(SCRIPT_SCHEME)) {
    return `${tag} href=javascript:`;
  }
  const handler = element.getAttributeNames().find((name) => name.toLowerCase().startsWith('on'));
  return handler ? `${tag} ${handler}=` : null;
}

/** Built-in prototypes whose names a `__proto__` key must leave alone. */
const PROTOTYPES: Readonly<Record<string, object>> = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
};

const namesOf = () =>
  Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto)]),
  );

/** A running probe: what it saw, and the prototype names that changed since it started. */
export interface InjectionProbe {
  /** Suspicious elements added (even if removed again), plus `__xss` runs, then stops. */
  stop(): string[];
  /** Names added to the built-in prototypes, and whether `{}` inherits `polluted`. */
  prototypeChanges(): string[];
}

/** Starts recording what payloads would bring into `root` (every element added from now on). */
export function watchInjection(root: Node = document.body): InjectionProbe {
  const seen: string[] = [];
  const before = namesOf();
  window.__xss = 0;
  const check = (node: Node): void => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      const found = suspicious(element);
      if (found) seen.push(found);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach(check);
      if (record.type === 'attributes' && record.target instanceof Element) check(record.target);
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true });
  return {
    stop: () => {
      for (const record of observer.takeRecords()) record.addedNodes.forEach(check);
      observer.disconnect();
      const runs = window.__xss ?? 0;
      return runs > 0 ? [...seen, `__xss ran ${String(runs)} times`] : seen;
    },
    prototypeChanges: () => {
      const after = namesOf();
      const changes = Object.entries(after).flatMap(([name, names]) =>
        names.filter((n) => !before[name]?.includes(n)).map((n) => `${name}.prototype.${n}`),
      );
      if ('polluted' in {}) changes.push('{} inherits polluted');
      return changes;
    },
  };
}
