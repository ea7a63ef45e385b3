import { describe, expect, it } from 'vitest';
import { roadSafetyKpi, vaccinationKpi } from '../../state/kpis/kpis';
import { NAMED_PROVINCES, tickerAlerts } from './alerts';

describe('tickerAlerts', () => {
  it('lists the provinces a KPI tile counts past its threshold, by name', () => {
    const coverage = new Map([
      [10, 80],
      [30, 55],
      [38, 69.9],
    ]);
    const tile = vaccinationKpi(
      { coverageByCode: coverage, nationalPercent: 70, previousNationalPercent: null },
      'th',
    );
    expect(tickerAlerts([tile], 'th')).toEqual([
      {
        id: 'vaccination',
        headline: `${tile.label} · ${tile.alertText}`,
        provinces: 'นครราชสีมา, บึงกาฬ',
      },
    ]);
    expect(tickerAlerts([tile], 'en')[0]?.provinces).toBe('Nakhon Ratchasima, Bueng Kan');
  });

  it('leaves out tiles with no province past the threshold', () => {
    const tile = vaccinationKpi(
      { coverageByCode: new Map([[10, 90]]), nationalPercent: 90, previousNationalPercent: null },
      'th',
    );
    expect(tile.alertCount).toBe(0);
    const road = roadSafetyKpi(
      {
        deathsByCode: new Map(),
        periodDays: 7,
        overallDeathsByCode: new Map(),
        overallDays: 365,
        previousDeaths: null,
      },
      'th',
    );
    expect(tickerAlerts([tile, road], 'th')).toEqual([]);
  });

  it('names the first provinces and counts the rest', () => {
    const codes = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    const tile = vaccinationKpi(
      {
        coverageByCode: new Map(codes.map((code) => [code, 10])),
        nationalPercent: 10,
        previousNationalPercent: null,
      },
      'en',
    );
    const [alert] = tickerAlerts([tile], 'en');
    expect(alert?.provinces.split(', ')).toHaveLength(NAMED_PROVINCES);
    expect(alert?.provinces).toMatch(/^Bangkok, .* and 3 more$/);
  });
});
