/**
 * The injection probe itself: markup inserted as HTML is caught, text is not, and a key added to
 * Object.prototype is reported; so a component test that finds nothing has looked.
 */
import { describe, expect, it } from 'vitest';
import { PAYLOADS, watchInjection } from './payloads';
import { render } from './render';

describe('watchInjection', () => {
  it('reports payloads inserted as HTML, and nothing for the same payloads as text', async () => {
    const probe = watchInjection();
    const { container } = await render(<p>{Object.values(PAYLOADS).join(' ')}</p>);
    expect(container.textContent).toContain(PAYLOADS.iframe);
    expect(probe.stop()).toEqual([]);

    const caught = watchInjection();
    const unsafe = document.createElement('div');
    document.body.append(unsafe);
    // Exactly what the app must never do with text from data: done here to see the probe catch it.
    // eslint-disable-next-line no-restricted-syntax
    unsafe.innerHTML = `${PAYLOADS.img}${PAYLOADS.svg}${PAYLOADS.iframe}`;
    await new Promise((resolve) => setTimeout(resolve, 0));
    unsafe.remove();
    expect(caught.stop()).toEqual(expect.arrayContaining(['img src=x', 'svg onload=', 'iframe']));
  });

  it('reports a name added to Object.prototype', () => {
    const probe = watchInjection();
    Object.defineProperty(Object.prototype, 'polluted', { value: 'yes', configurable: true });
    try {
      expect(probe.prototypeChanges()).toEqual([
        'Object.prototype.polluted',
        '{} inherits polluted',
      ]);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted');
      probe.stop();
    }
    expect(probe.prototypeChanges()).toEqual([]);
  });
});
