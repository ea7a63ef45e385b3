import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput, type DateSide } from './be-date';

const iso = (text: string, side: DateSide = 'from') => {
  const result = parseDateInput(text, side);
  return result.ok ? result.iso : `error:${result.reason}`;
};

describe('parseDateInput', () => {
  it('reads a bare Buddhist-era year as the whole Common Era year', () => {
    expect(iso('2564')).toBe('2021-01-01');
    expect(iso('2564', 'to')).toBe('2021-12-31');
    expect(iso('พ.ศ. 2568', 'to')).toBe('2025-12-31');
    expect(iso('2021')).toBe('2021-01-01');
  });

  it('reads day/month/year with a Buddhist-era or Common Era year', () => {
    expect(iso('1/3/2564')).toBe('2021-03-01');
    expect(iso('01-03-2564')).toBe('2021-03-01');
    expect(iso('31.12.2021')).toBe('2021-12-31');
    expect(iso('1/3/64')).toBe('2021-03-01');
    expect(iso('๑/๓/๒๕๖๔')).toBe('2021-03-01');
  });

  it('reads Thai and English month names, abbreviated or not', () => {
    expect(iso('1 มี.ค. 2564')).toBe('2021-03-01');
    expect(iso('1 มี.ค.2564')).toBe('2021-03-01');
    expect(iso('15 มีนาคม 2564')).toBe('2021-03-15');
    expect(iso('28 พ.ย. 2564')).toBe('2021-11-28');
    expect(iso('1 Mar 2021')).toBe('2021-03-01');
    expect(iso('1 march 2564')).toBe('2021-03-01');
    expect(iso('  2  Sept  2021 ')).toBe('2021-09-02');
  });

  it('reads a month with its year as its first or last day', () => {
    expect(iso('ก.พ. 2567', 'to')).toBe('2024-02-29');
    expect(iso('ก.พ. 2566', 'to')).toBe('2023-02-28');
    expect(iso('2/2567')).toBe('2024-02-01');
    expect(iso('Apr 2025', 'to')).toBe('2025-04-30');
  });

  it('reads ISO dates and what the inputs themselves show', () => {
    expect(iso('2021-03-01')).toBe('2021-03-01');
    expect(iso(formatDateInput('2021-03-01', 'th'))).toBe('2021-03-01');
    expect(iso(formatDateInput('2021-03-01', 'en'))).toBe('2021-03-01');
    expect(formatDateInput('2021-03-01', 'th')).toBe('1 มี.ค. 2564');
  });

  it('says why a text is not a date', () => {
    expect(iso('')).toBe('error:empty');
    expect(iso('31/2/2564')).toBe('error:day');
    expect(iso('2021-02-29')).toBe('error:day');
    expect(iso('1 Foo 2564')).toBe('error:format');
    expect(iso('13/13/2564')).toBe('error:format');
    expect(iso('1/3/1200')).toBe('error:year');
    expect(iso('yesterday')).toBe('error:format');
    expect(iso('1 มี.ค.')).toBe('error:format');
  });
});
