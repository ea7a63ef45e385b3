import { describe, expect, it } from 'vitest';
import { parseMosaicOptions } from './options';

describe('parseMosaicOptions', () => {
  it('defaults to 1M incidents, widths 10/20/30 %, 20 steps and our app too', () => {
    expect(parseMosaicOptions([])).toEqual({
      incidents: 1_000_000,
      out: undefined,
      widths: [0.1, 0.2, 0.3],
      steps: 20,
      ours: true,
      screenshot: undefined,
    });
  });

  it('reads every option', () => {
    const options = parseMosaicOptions([
      '--incidents',
      '10_000_000',
      '--out',
      'x.json',
      '--widths',
      '0.25',
      '--steps',
      '5',
      '--no-ours',
      '--screenshot',
      'a.png',
    ]);
    expect(options).toEqual({
      incidents: 10_000_000,
      out: 'x.json',
      widths: [0.25],
      steps: 5,
      ours: false,
      screenshot: 'a.png',
    });
  });

  it('returns undefined for --help', () => {
    expect(parseMosaicOptions(['--help'])).toBeUndefined();
  });

  it('rejects bad values', () => {
    expect(() => parseMosaicOptions(['--incidents', 'many'])).toThrow(/--incidents/);
    expect(() => parseMosaicOptions(['--widths', '0.1,1.5'])).toThrow(/--widths/);
    expect(() => parseMosaicOptions(['--steps', '0'])).toThrow(/--steps/);
    expect(() => parseMosaicOptions(['--bogus'])).toThrow();
  });
});
